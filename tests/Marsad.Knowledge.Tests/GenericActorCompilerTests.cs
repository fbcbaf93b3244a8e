using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Knowledge.Build;
using Marsad.Knowledge.Generic;

namespace Marsad.Knowledge.Tests;

public class GenericActorCompilerTests
{
    private static string SharedKb => Path.Combine(DataPaths.Shared, "data", "kb");

    [Fact]
    public void The_committed_lexicon_is_what_the_sources_compile_to()
    {
        var compiled = GenericActorCompiler.Compile(DataPaths.DataFile("kb"), SharedKb);
        var committed = GenericLexicon.Load(DataPaths.DataFile("kb", GenericLexicon.FileName));
        Assert.Equal(compiled.Entries.Count, committed.Count);
        foreach (var e in compiled.Entries) Assert.Equal(e, committed.Get(e.Key));
        Assert.True(compiled.UpstreamPhrasesUsed > 100);
    }

    [Fact]
    public void Lemma_phrases_are_expanded_into_written_forms()
    {
        var lex = new GenericLexicon(GenericActorCompiler.Compile(DataPaths.DataFile("kb"), SharedKb).Entries);
        // head forms × nisba agreement (قوة أمني → القوات الأمنية)
        Assert.Equal("COP", lex.Get("قوات امنيه")?.Sector);
        Assert.Equal("COP", lex.Get("قوات امن")?.Sector);
        // broken plural and indefinite accusative of a head (جنوداً)
        Assert.Equal("جندي", lex.Get("جنود")?.Head);
        Assert.Equal(GenericWordRole.Actor, lex.Get("جنودا")?.Role);
        // a head that needs something after it
        Assert.Equal(GenericWordRole.Head, lex.Get("عناصر")?.Role);
        Assert.Null(lex.Get("عناصر")?.Sector);
        // a phrase-only head gives no single word (وسائل is not an actor alone; keys are normalised: ئ → ي)
        Assert.Null(lex.Get("وسايل"));
        Assert.Equal("MED", lex.Get("وسايل اعلام")?.Sector);
        // a phrase taken from the UniversalPetrarch dictionary, with its source
        Assert.Contains(lex.Entries, e => e.Source == GenericActorCompiler.UpstreamName && e.Type == EntityType.PER);
    }

    [Fact]
    public void A_bad_curated_row_is_reported_with_its_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("marsad-generic-");
        try
        {
            var generic = Directory.CreateDirectory(Path.Combine(dir.FullName, "generic"));
            File.WriteAllText(Path.Combine(generic.FullName, "heads.tsv"), "lemma\tforms\talone\ttype\tsector\ten\tsource\nجندي\tجندي|جنود\t*\tPER\tXYZ\tsoldiers\ttest\n");
            File.WriteAllText(Path.Combine(generic.FullName, "phrases.tsv"), "phrase\ttype\tsector\ten\tsource\n");
            File.WriteAllText(Path.Combine(generic.FullName, "modifiers.tsv"), "lemma\trole\tforms\tsector\tsource\n");
            var e = Assert.Throws<InvalidDataException>(() => GenericActorCompiler.Compile(dir.FullName, SharedKb));
            Assert.Contains("heads.tsv:2", e.Message);
            Assert.Contains("XYZ", e.Message);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void A_damaged_lexicon_file_is_a_clear_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, GenericLexicon.Header + "\nقوات\tactor\n");
            var e = Assert.Throws<InvalidDataException>(() => GenericLexicon.Load(path));
            Assert.Contains(":2", e.Message);
        }
        finally { File.Delete(path); }
    }
}
