namespace Marsad.Read.Formats;

/// <summary>
/// Which JSON Lines field fills which document field. The contract's names (id, text, title, published,
/// url, outlet) and the names common exports use for them (date, pubDate, published_at, datePublished,
/// link, source, site, headline, body, content …) are read; a user mapping (<c>--field name=published</c>)
/// adds or overrides a name. Every other field is counted as unknown and reported once per file.
/// </summary>
public sealed class JsonFieldMap
{
    public static readonly string[] Targets = ["id", "text", "title", "published", "url", "outlet"];

    private static readonly (string Name, string Target)[] s_aliases =
    [
        ("id", "id"), ("doc_id", "id"), ("guid", "id"), ("uuid", "id"),
        ("text", "text"), ("body", "text"), ("content", "text"), ("article", "text"), ("full_text", "text"),
        ("title", "title"), ("headline", "title"),
        ("published", "published"), ("date", "published"), ("pubDate", "published"), ("pub_date", "published"),
        ("published_at", "published"), ("publishedAt", "published"), ("datePublished", "published"),
        ("publication_date", "published"), ("publish_date", "published"), ("created_at", "published"),
        ("url", "url"), ("link", "url"), ("href", "url"), ("source_url", "url"),
        ("outlet", "outlet"), ("source", "outlet"), ("site", "outlet"), ("site_name", "outlet"),
        ("publisher", "outlet"), ("newspaper", "outlet"), ("media", "outlet"),
    ];

    private readonly Dictionary<string, string> _targetOf;
    private readonly Dictionary<string, string[]> _namesOf;

    public static JsonFieldMap Default { get; } = new([]);

    /// <param name="mappings">User mappings "name=target" (target one of <see cref="Targets"/>).</param>
    public JsonFieldMap(IEnumerable<string> mappings)
    {
        _targetOf = s_aliases.ToDictionary(a => a.Name, a => a.Target, StringComparer.Ordinal);
        var user = new List<(string Name, string Target)>();
        foreach (var m in mappings)
        {
            int eq = m.IndexOf('=');
            var name = eq > 0 ? m[..eq].Trim() : "";
            var target = eq > 0 ? m[(eq + 1)..].Trim() : "";
            if (name.Length == 0 || !Targets.Contains(target))
                throw new ArgumentException($"--field '{m}': expected NAME=FIELD with FIELD one of {string.Join(", ", Targets)}");
            _targetOf[name] = target;
            user.Add((name, target));
        }
        // a user's name is tried first, then the contract name, then the aliases in the order listed
        _namesOf = Targets.ToDictionary(t => t, t => user.Where(u => u.Target == t).Select(u => u.Name)
            .Concat(s_aliases.Where(a => a.Target == t).Select(a => a.Name)).Distinct().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The JSON names that may hold a document field, most specific first.</summary>
    public IReadOnlyList<string> NamesOf(string target) => _namesOf[target];

    public bool IsKnown(string name) => _targetOf.ContainsKey(name);
}
