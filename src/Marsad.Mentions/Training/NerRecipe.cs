using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marsad.Mentions.Training;

/// <summary>
/// How the committed tagger is trained: its data, the guide, the ensemble and the learner's settings.
/// A JSON file committed beside the model (<c>data/models/ner.recipe.json</c>) that <c>marsad train-ner</c>
/// reads, so the model can be made again from the repository alone; deterministic for its seed. Every
/// field is required and an unknown field is an error: a recipe says everything or is refused.
/// </summary>
public sealed record NerRecipe
{
    public const string DefaultFile = "ner.recipe.json";

    /// <summary>Training file in ANERcorp format, relative to ../shared/data/ner (never the test split).</summary>
    [JsonRequired] public required string Train { get; init; }
    /// <summary>Also train the main model on AQMAR and WikiFANE Gold (they train the guide in any case).</summary>
    [JsonRequired] public required bool Aqmar { get; init; }
    [JsonRequired] public required bool Wikifane { get; init; }
    /// <summary>A standoff NER set over the unlabelled news (its train split only), relative to the data folder; null for none.</summary>
    [JsonRequired] public required string? Domain { get; init; }
    /// <summary>How many times each domain sentence is seen per epoch.</summary>
    [JsonRequired] public required int DomainWeight { get; init; }
    /// <summary>Stack on a guide tagger trained on AQMAR and WikiFANE Gold, and take its labels of the news as word features.</summary>
    [JsonRequired] public required bool Guide { get; init; }
    /// <summary>Guide weights under this are dropped (the guide only has to get labels right).</summary>
    [JsonRequired] public required float GuidePruneBelow { get; init; }
    /// <summary>Models trained with seeds seed, seed+1, … and averaged into one.</summary>
    [JsonRequired] public required int Ensemble { get; init; }
    [JsonRequired] public required TrainingObjective Objective { get; init; }
    [JsonRequired] public required int Epochs { get; init; }
    [JsonRequired] public required int Seed { get; init; }
    [JsonRequired] public required double WordDropout { get; init; }
    [JsonRequired] public required int MinCount { get; init; }
    [JsonRequired] public required float PruneBelow { get; init; }
    /// <summary>Resources learned from unlabelled text left out (clusters, stats, labels): for measuring them.</summary>
    [JsonRequired] public required string[] Without { get; init; }

    public static readonly string[] Resources = ["clusters", "stats", "labels"];

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        WriteIndented = true,
    };

    /// <summary>The learner's settings.</summary>
    public TrainOptions Options => new()
    {
        Epochs = Epochs, Seed = Seed, WordDropout = WordDropout, Objective = Objective, MinCount = MinCount, PruneBelow = PruneBelow,
    };

    /// <summary>Reads a recipe; a missing or unknown field, or a value out of range, is an error naming the file.</summary>
    public static NerRecipe Read(string path)
    {
        NerRecipe? recipe;
        try { recipe = JsonSerializer.Deserialize<NerRecipe>(File.ReadAllText(path), s_json); }
        catch (JsonException e) { throw new InvalidDataException($"{path}: {e.Message}", e); }
        if (recipe is null) throw new InvalidDataException($"{path}: empty recipe");
        recipe.Check(path);
        return recipe;
    }

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public void Check(string where)
    {
        if (Ensemble < 1) throw new InvalidDataException($"{where}: ensemble must be at least 1");
        if (DomainWeight < 1) throw new InvalidDataException($"{where}: domain_weight must be at least 1");
        if (Epochs < 1) throw new InvalidDataException($"{where}: epochs must be at least 1");
        if (WordDropout is < 0 or >= 1) throw new InvalidDataException($"{where}: word_dropout must be in [0, 1)");
        if (Train.Contains("test", StringComparison.OrdinalIgnoreCase)) throw new InvalidDataException($"{where}: '{Train}' looks like a test split; the tagger never trains on one");
        if (Without.FirstOrDefault(w => !Resources.Contains(w)) is { } unknown) throw new InvalidDataException($"{where}: without: '{unknown}' is not clusters, stats or labels");
    }
}
