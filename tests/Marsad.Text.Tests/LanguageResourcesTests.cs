using Marsad.Core;
using Marsad.Text.Tokenization;

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

    [Fact]
    public void A_number_word_added_to_the_given_folder_is_read_by_numbers_and_durations()
    {
        // ترليون: a spelling of تريليون (10^12) the compiled table does not list
        File.AppendAllText(Path.Combine(_folder, "text", "number_words.tsv"), "scale\tترليون\t1000000000000\n");
        var loaded = LanguageResources.Load(new DataFolder(_folder));
        const string text = "بلغت الخسائر ثلاثة ترليون دولار";
        Assert.Equal(3e12, Assert.Single(loaded.Numbers.Find(text, Tokenizer.Tokenize(text, loaded.Words))).Value);
        Assert.Equal(3, Assert.Single(LanguageResources.Compiled.Numbers.Find(text, Tokenizer.Tokenize(text))).Value);
        Assert.Same(loaded.Numbers, loaded.Time.Numbers);
    }

    [Fact]
    public void A_word_list_is_read_from_the_given_folder_and_a_missing_one_is_named()
    {
        File.WriteAllText(Path.Combine(_folder, "text", "test_words.tsv"), "# words of a test\nوزير\nسفير\n");
        var loaded = LanguageResources.Load(new DataFolder(_folder));
        var list = loaded.WordList("test_words.tsv");
        Assert.Equal(2, list.Count);
        Assert.True(list.Contains("سفير".AsSpan()));
        var e = Assert.Throws<FileNotFoundException>(() => loaded.WordList("other_words.tsv"));
        Assert.Contains("data/text/other_words.tsv", e.Message);
    }
}
