using System.IO.Compression;
using System.Text.Json;
using Marsad.Mentions.Corpora;
using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Tests;

/// <summary>The domain NER set: standoff rows over a news file, read back as labelled sentences; the sampler's rule.</summary>
public sealed class StandoffCorpusTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-standoff-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Body = "قال الرئيس التونسي الباجي قائد السبسي في تونس إن الحكومة ستعمل. وأكد وزير الخارجية أن حركة النهضة لم تشارك.";

    private string News(params (string Id, string Text)[] articles)
    {
        var path = Path.Combine(_dir, "news.jsonl.gz");
        using var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var w = new StreamWriter(gz);
        foreach (var (id, text) in articles) w.WriteLine(JsonSerializer.Serialize(new { id, title = "عنوان", text }));
        return path;
    }

    private void Write(string sentences, string entities)
    {
        File.WriteAllText(Path.Combine(_dir, StandoffCorpus.SentencesFile), "# header\n" + sentences);
        File.WriteAllText(Path.Combine(_dir, StandoffCorpus.EntitiesFile), entities);
    }

    private static int At(string word, int nth = 0)
    {
        int i = -1;
        for (int k = 0; k <= nth; k++) i = Body.IndexOf(word, i + 1, StringComparison.Ordinal);
        return i;
    }

    [Fact]
    public void Entity_offsets_become_BIO_labels_of_the_pipeline_tokens()
    {
        var news = News(("a1", Body));
        int end = Body.IndexOf('.') + 1;
        int per = At("الباجي"), perEnd = At("السبسي") + "السبسي".Length;
        int loc = At("في تونس") + 3;
        Write($"a1\ttext\t0\t{end}\ttrain\n",
            $"a1\ttext\t{per}\t{perEnd}\tPER\na1\ttext\t{loc}\t{loc + 4}\tLOC\n");
        var s = Assert.Single(StandoffCorpus.Read(_dir, news));
        Assert.Equal(["قال", "الرئيس", "التونسي", "الباجي", "قائد", "السبسي", "في", "تونس", "إن", "الحكومة", "ستعمل", "."], s.Words);
        Assert.Equal(["O", "O", "O", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "O"], s.Labels.Select(l => BioLabels.Names[l]));
        Assert.True(s.StartsDocument);
    }

    [Fact]
    public void Splits_are_read_apart_and_entities_of_other_sentences_ignored()
    {
        var news = News(("a1", Body));
        int cut = Body.IndexOf('.') + 1, second = cut + 1;
        int org = At("النهضة");
        Write($"a1\ttext\t0\t{cut}\ttrain\na1\ttext\t{second}\t{Body.Length}\tdev\n", $"a1\ttext\t{org}\t{org + 6}\tORG\n");
        var train = Assert.Single(StandoffCorpus.Read(_dir, news, "train"));
        Assert.All(train.Labels, l => Assert.Equal(BioLabels.O, l));
        var dev = Assert.Single(StandoffCorpus.Read(_dir, news, "dev"));
        Assert.Equal("B-ORG", BioLabels.Names[dev.Labels[Array.IndexOf(dev.Words, "النهضة")]]);
        Assert.Equal(2, StandoffCorpus.Read(_dir, news).Count);
    }

    [Theory]
    [InlineData(1, 0, "do not fall on token boundaries")]   // starts inside الرئيس
    [InlineData(0, -2, "do not fall on token boundaries")]  // ends inside السبسي
    public void An_entity_off_the_token_boundaries_is_an_error_naming_its_line(int startShift, int endShift, string message)
    {
        var news = News(("a1", Body));
        int end = Body.IndexOf('.') + 1;
        int s = At("الرئيس") + startShift, e = At("السبسي") + "السبسي".Length + endShift;
        Write($"a1\ttext\t0\t{end}\ttrain\n", $"# comment\na1\ttext\t{s}\t{e}\tPER\n");
        var error = Assert.Throws<InvalidDataException>(() => StandoffCorpus.Read(_dir, news));
        Assert.Contains("entities.tsv:2:", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Overlapping_entities_unknown_types_and_missing_articles_are_errors()
    {
        var news = News(("a1", Body));
        int end = Body.IndexOf('.') + 1, per = At("الباجي"), perEnd = At("السبسي") + 6;
        Write($"a1\ttext\t0\t{end}\ttrain\n", $"a1\ttext\t{per}\t{perEnd}\tPER\na1\ttext\t{At("قائد")}\t{At("قائد") + 4}\tPER\n");
        Assert.Contains("overlaps", Assert.Throws<InvalidDataException>(() => StandoffCorpus.Read(_dir, news)).Message);
        Write($"a1\ttext\t0\t{end}\ttrain\n", $"a1\ttext\t{per}\t{perEnd}\tPERSON\n");
        Assert.Contains("is not PER, ORG, LOC or MISC", Assert.Throws<InvalidDataException>(() => StandoffCorpus.Read(_dir, news)).Message);
        Write($"b9\ttext\t0\t{end}\ttrain\n", "");
        Assert.Contains("article b9", Assert.Throws<InvalidDataException>(() => StandoffCorpus.Read(_dir, news)).Message);
        Write($"a1\ttext\t0\t{end}\ttest\n", "");
        Assert.Contains("is not train or dev", Assert.Throws<InvalidDataException>(() => StandoffCorpus.Read(_dir, news)).Message);
    }

    [Fact]
    public void The_sample_takes_one_fitting_sentence_per_article_deterministically_with_every_fourth_for_dev()
    {
        // Articles whose first sentence is too short or has no cue, then a fitting one.
        var articles = Enumerable.Range(0, 12).Select(i => ($"x{i}",
            $"خبر قصير. كلمات بلا إشارة إلى أي شيء في هذه الجملة الطويلة جدا هنا. قال الوزير محمد علي في مدينة رقم {i} إن العمل مستمر.")).ToArray();
        var news = News(articles);
        var sample = new DomainSample(new HashSet<string>(["قال"]));
        var first = sample.Draw(news, 8, seed: 1);
        Assert.Equal(8, first.Count);
        Assert.Equal(8, first.Select(d => d.Sentence.ArticleId).Distinct().Count());
        Assert.All(first, d => Assert.StartsWith("قال الوزير", articles.Single(a => a.Item1 == d.Sentence.ArticleId).Item2[d.Sentence.Start..d.Sentence.End]));
        Assert.Equal(["train", "train", "train", "dev", "train", "train", "train", "dev"], first.Select(d => d.Sentence.Split));
        Assert.Equal(first.Select(d => d.Sentence), sample.Draw(news, 8, seed: 1).Select(d => d.Sentence));
        Assert.NotEqual(first.Select(d => d.Sentence.ArticleId), sample.Draw(news, 8, seed: 2).Select(d => d.Sentence.ArticleId));
    }
}
