using Marsad.Core.Model;
using Marsad.Store;

namespace Marsad.Web.Api;

/// <summary>Validation of query parameters: a bad value is a 400 that names the parameter.</summary>
public static class ApiParams
{
    public const int MaxQueryChars = 500;

    public static PartialDate? Date(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return PartialDate.TryParse(value, out var d) ? d
            : throw ApiException.BadRequest($"'{name}' must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '{Clip(value)}'.");
    }

    /// <summary>
    /// A document id from the address. Routing decodes every escape of a path segment but %2F (it would
    /// be a separator), so an id holding '/' (ingest names same-named files by their relative path) arrives with %2F.
    /// </summary>
    public static string DocumentId(string value) => value.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    public static string? Text(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        return value.Length <= MaxQueryChars ? value : throw ApiException.BadRequest($"'{name}' is longer than {MaxQueryChars} characters.");
    }

    public static int Limit(int? value, int fallback, int max, string name = "limit") =>
        value is null ? fallback
        : value >= 1 && value <= max ? value.Value
        : throw ApiException.BadRequest($"'{name}' must be between 1 and {max}.");

    public static int Offset(int? value) =>
        value is null or 0 ? 0 : value > 0 && value <= 100_000 ? value.Value : throw ApiException.BadRequest("'offset' must be between 0 and 100000.");

    /// <summary>An event type (PLOVER) or, where allowed, an entity or relation type.</summary>
    public static string? Type(string? value, string name, bool entityTypes = false, bool relationTypes = false)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var t = value.Trim().ToUpperInvariant();
        if (Enum.TryParse<EventType>(t, out _) && !int.TryParse(t, out _)) return t;
        if (entityTypes && EntityTypes.TryParse(t, out var et)) return et.ToString();
        if (relationTypes && Enum.TryParse<RelationType>(t, out _) && !int.TryParse(t, out _)) return t;
        var allowed = string.Join(", ", Enum.GetNames<EventType>())
            + (entityTypes ? ", " + string.Join(", ", Enum.GetNames<EntityType>()) : "")
            + (relationTypes ? ", " + string.Join(", ", Enum.GetNames<RelationType>()) : "");
        throw ApiException.BadRequest($"'{name}' must be one of {allowed}; got '{Clip(value)}'.");
    }

    /// <summary>An entity given by corpus id, Wikidata id or any spelling of its name.</summary>
    public static EntitySummary Entity(ICorpusStore store, string? value, string name)
    {
        var text = Text(value, name) ?? throw ApiException.BadRequest($"'{name}' is required (an entity id or name).");
        return store.FindEntity(text) ?? throw ApiException.NotFound($"No entity matches {name} '{Clip(text)}'.");
    }

    /// <summary>A comma-separated list of entity ids (none when empty).</summary>
    public static IReadOnlyList<long> Ids(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? [] : [.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v =>
            long.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id
                : throw ApiException.BadRequest($"'{name}' is a comma-separated list of entity ids, not '{Clip(v)}'."))];

    private static string Clip(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
