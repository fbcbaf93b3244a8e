using Marsad.Mentions.Corpora;
using Marsad.Mentions.Tagging;
using Marsad.Mentions.Training;

namespace Marsad.Mentions.Tests;

/// <summary>The representation learner (PPMI, randomized SVD, spherical k-means) on a tiny corpus.</summary>
public class WordRepresentationTests
{
    private static readonly string[] People = ["زيد", "عمرو", "خالد", "سعيد", "حسن", "كريم"];
    private static readonly string[] Places = ["دمشق", "بغداد", "عمان", "تونس", "صنعاء", "حلب"];
    private static readonly string[] Things = ["كتاب", "قلم", "باب", "بيت", "ماء", "خبز"];

    /// <summary>People speak after الرئيس, places follow في, things follow اشترى: each group shares its contexts.</summary>
    private static TokenCorpus Corpus()
    {
        var corpus = new TokenCorpus();
        var rng = new Random(3);
        for (int n = 0; n < 400; n++)
        {
            string p = People[rng.Next(People.Length)], q = Places[rng.Next(Places.Length)], t = Things[rng.Next(Things.Length)];
            string sentence = rng.Next(3) switch
            {
                0 => $"قال الرئيس {p} إن الوضع هادئ في {q} اليوم",
                1 => $"اشترى الرجل {t} جديدا من سوق {q} أمس",
                _ => $"وصل الرئيس {p} ومعه {t} كبير",
            };
            corpus.Add(TestLexicon.Words(sentence));
        }
        return corpus;
    }

    private static readonly VectorOptions Tiny = new() { MinCount = 1, Contexts = 60, Dimensions = 8, Oversample = 4, Seed = 5 };

    private static Dictionary<string, WordProfile> Learn() =>
        WordProfiles.Learn(Corpus(), TestLexicon.Create(), Tiny, [3, 8]).ToDictionary(p => p.Stem);

    [Fact]
    public void Words_of_shared_contexts_get_close_vectors()
    {
        var corpus = Corpus();
        var ids = corpus.Types.Select(t => t.Stem).Distinct().ToList();
        var sequences = Enumerable.Range(0, corpus.SequenceCount)
            .Select(s => corpus.Sequence(s).ToArray().Select(t => ids.IndexOf(corpus.Types[t].Stem)).ToArray()).ToList();
        var (words, vectors, dims) = WordVectors.Learn(sequences, ids.Count, Tiny);
        float[] V(string w) => vectors.AsSpan(Array.IndexOf(words, ids.IndexOf(TokenView.FromWord(w).Stem)) * dims, dims).ToArray();
        double Cos(string a, string b) => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(V(a), V(b));
        string[][] groups = [People, Places, Things];
        foreach (var g in groups)
            foreach (var other in groups.Where(o => o != g))
                Assert.True(Cos(g[0], g[1]) > Cos(g[0], other[0]) + 0.3, $"{g[0]}~{g[1]} {Cos(g[0], g[1]):F2}, {g[0]}~{other[0]} {Cos(g[0], other[0]):F2}");
    }

    [Fact]
    public void Words_of_shared_contexts_share_a_cluster_and_other_groups_do_not()
    {
        var profiles = Learn();
        int ClusterOf(string w) => profiles[TokenView.FromWord(w).Stem].Clusters[1];
        foreach (var group in new[] { People, Places, Things })
            Assert.Single(group.Select(ClusterOf).Distinct());
        Assert.Equal(3, new[] { People[0], Places[0], Things[0] }.Select(ClusterOf).Distinct().Count());
    }

    [Fact]
    public void Name_statistics_count_titles_before_and_the_article()
    {
        var profiles = Learn();
        var person = profiles[TokenView.FromWord(People[0]).Stem];
        Assert.Equal(person.Count, person.AfterTitle); // every person follows الرئيس
        Assert.Equal(0, profiles[TokenView.FromWord(Places[0]).Stem].AfterTitle);
        var man = profiles[TokenView.FromWord("الرجل").Stem];
        Assert.Equal(man.Count, man.Article);
    }

    [Fact]
    public void Learning_is_deterministic_for_a_seed_and_the_file_keeps_it()
    {
        var a = WordProfiles.Learn(Corpus(), TestLexicon.Create(), Tiny, [3, 6]);
        var b = WordProfiles.Learn(Corpus(), TestLexicon.Create(), Tiny, [3, 6]);
        Assert.Equal(a.Select(p => (p.Stem, p.Count, string.Join(',', p.Clusters))), b.Select(p => (p.Stem, p.Count, string.Join(',', p.Clusters))));

        var path = Path.Combine(Path.GetTempPath(), $"profiles-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            WordProfiles.Write(path, a, "{}");
            var read = WordProfiles.Read(path);
            Assert.Equal(a.Select(p => p with { Clusters = [] }), read.Select(p => p with { Clusters = [] }));
            Assert.Equal(a.SelectMany(p => p.Clusters), read.SelectMany(p => p.Clusters));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Eigen_decomposition_recovers_a_known_symmetric_matrix()
    {
        double[] m = [4, 1, 0, 1, 3, 0, 0, 0, 1];
        var (values, vectors) = WordVectors.Eigen(m, 3);
        Assert.Equal((7 + Math.Sqrt(5)) / 2, values[0], 9);
        Assert.Equal((7 - Math.Sqrt(5)) / 2, values[1], 9);
        Assert.Equal(1, values[2], 9);
        for (int j = 0; j < 3; j++)
            for (int i = 0; i < 3; i++)
            {
                double mv = 0;
                for (int k = 0; k < 3; k++) mv += m[i * 3 + k] * vectors[k * 3 + j];
                Assert.Equal(values[j] * vectors[i * 3 + j], mv, 9);
            }
    }
}
