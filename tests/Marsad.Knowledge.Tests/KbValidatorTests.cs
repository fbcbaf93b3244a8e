using Marsad.Core.Model;
using Marsad.Knowledge.Build;
using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Tests;

public class KbValidatorTests
{
    private static KbEntry Entry(string id, string source = "test", string[]? aliases = null, string? state = null, KbKind kind = KbKind.Person) => new()
    {
        Id = id, Kind = kind, Type = KbKinds.DefaultType(kind), NameAr = "اسم", Source = source,
        Aliases = aliases ?? ["اسم"], StateId = state, Iso2 = kind == KbKind.State ? "XX" : null,
    };

    [Fact]
    public void A_sound_set_has_no_problems() =>
        Assert.Empty(KbValidator.Validate([Entry("Q1", kind: KbKind.State), Entry("M:a", state: "Q1")]));

    [Theory]
    [InlineData("duplicate id")]
    [InlineData("no source")]
    [InlineData("normalises to nothing")]
    [InlineData("does not exist")]
    [InlineData("no alias")]
    public void Problems_are_reported(string problem)
    {
        KbEntry[] entries = problem switch
        {
            "duplicate id" => [Entry("M:a"), Entry("M:a")],
            "no source" => [Entry("M:a", source: "")],
            "normalises to nothing" => [Entry("M:a", aliases: ["اسم", "ًٌ ، ـ"])],
            "does not exist" => [Entry("M:a", state: "Q404")],
            _ => [Entry("M:a", aliases: [])],
        };
        Assert.Contains(KbValidator.Validate(entries), p => p.Contains(problem));
    }

    [Fact]
    public void The_compiler_refuses_a_curated_row_without_source()
    {
        var dir = Directory.CreateTempSubdirectory("marsad-kb-test").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "states.tsv"), "iso2\tname_ar\taliases\tsource\nEG\t\tمصر\t\n");
            var shared = Path.Combine(Core.DataPaths.Shared, "data");
            var e = Assert.Throws<InvalidDataException>(() => KbCompiler.Compile(shared, dir));
            Assert.Contains("source", e.Message);
        }
        finally { Directory.Delete(dir, true); }
    }
}
