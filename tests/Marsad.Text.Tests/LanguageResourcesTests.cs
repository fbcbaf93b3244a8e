using Marsad.Core;

namespace Marsad.Text.Tests;

/// <summary>The word tables come from the data folder a program is given, not from the copies compiled in.</summary>
public sealed class LanguageResourcesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("marsad-language-").FullName;

    public LanguageResourcesTests()
    {
        // a data folder of its own: the checkout's data/text tables, copied
        File.WriteAllText(Path.Combine(_folder, DataFolder.Marker), "");
        var text = Directory.CreateDirectory(Path.Combine(_folder, "text")).FullName;
        foreach (var f in Directory.GetFiles(DataFolder.Locate().File("text")))
            File.Copy(f, Path.Combine(text, Path.GetFileName(f)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_title_added_to_the_given_folder_is_read_by_the_loaded_tables()
    {
        File.AppendAllText(Path.Combine(_folder, "text", "titles.tsv"), "قائمقام\tname\t-\t-\n");
        var loaded = LanguageResources.Load(new DataFolder(_folder));
        Assert.True(loaded.NameTitles.IsTitle("القائمقام"));
        Assert.Equal("محمد علي", loaded.NameTitles.Strip("القائمقام محمد علي"));
        Assert.False(LanguageResources.Compiled.NameTitles.IsTitle("القائمقام"));
    }

    [Fact]
    public void The_same_tables_analyse_words_as_the_compiled_copies()
    {
        var loaded = LanguageResources.Load(new DataFolder(_folder));
        foreach (var word in new[] { "وللحكومة", "بالجيش", "سيزور", "الليبيين", "فلسطين" })
            Assert.Equal(LanguageResources.Compiled.Words.Analyze(word), loaded.Words.Analyze(word));
    }

    [Fact]
    public void A_missing_table_fails_when_the_tables_are_loaded_naming_the_file()
    {
        File.Delete(Path.Combine(_folder, "text", "function_words.tsv"));
        var e = Assert.Throws<FileNotFoundException>(() => LanguageResources.Load(new DataFolder(_folder)));
        Assert.Contains("data/text/function_words.tsv", e.Message);
    }
}
