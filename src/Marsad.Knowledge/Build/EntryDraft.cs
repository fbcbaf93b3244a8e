using Marsad.Core.Model;
using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Build;

/// <summary>A knowledge-base entry being assembled from several sources.</summary>
public sealed class EntryDraft(string id, KbKind kind, string nameAr)
{
    private readonly List<string> _aliases = [];
    private readonly HashSet<string> _aliasSet = new(StringComparer.Ordinal);
    private readonly List<string> _nisba = [];
    private readonly HashSet<string> _nisbaSet = new(StringComparer.Ordinal);
    private readonly List<string> _sources = [];

    public string Id { get; } = id;
    public KbKind Kind { get; set; } = kind;
    public EntityType? Type { get; set; }
    public string NameAr { get; set; } = nameAr;
    public string? NameEn { get; set; }
    public string? Iso2 { get; set; }
    public string? StateId { get; set; }
    public string? Role { get; set; }
    public int Prior { get; set; }
    public PartialDate? From { get; set; }
    public PartialDate? To { get; set; }
    public IReadOnlyList<string> Aliases => _aliases;
    public IReadOnlyList<string> Nisba => _nisba;
    public IReadOnlyList<string> Sources => _sources;

    public EntryDraft Alias(string? surface)
    {
        surface = Clean(surface);
        if (surface.Length > 0 && _aliasSet.Add(surface)) _aliases.Add(surface);
        return this;
    }

    public EntryDraft NisbaForm(string surface)
    {
        surface = Clean(surface);
        if (surface.Length > 0 && _nisbaSet.Add(surface)) _nisba.Add(surface);
        return this;
    }

    public void RemoveAliases(Func<string, bool> drop) { _aliases.RemoveAll(a => drop(a) && _aliasSet.Remove(a)); }

    public void RemoveNisba(Func<string, bool> drop) { _nisba.RemoveAll(a => drop(a) && _nisbaSet.Remove(a)); }

    public EntryDraft Source(string source)
    {
        if (!_sources.Contains(source)) _sources.Add(source);
        return this;
    }

    public KbEntry ToEntry() => new()
    {
        Id = Id,
        Kind = Kind,
        Type = Type ?? KbKinds.DefaultType(Kind),
        NameAr = NameAr,
        NameEn = NameEn,
        Iso2 = Iso2,
        StateId = StateId,
        Role = Role,
        Prior = Prior,
        From = From,
        To = To,
        Source = string.Join('+', _sources),
        Aliases = [NameAr, .. _aliases.Where(a => a != NameAr)],
        NisbaForms = [.. _nisba],
    };

    /// <summary>Trimmed, inner whitespace collapsed; separators of the index format removed.</summary>
    public static string Clean(string? s) =>
        string.Join(' ', (s ?? "").Replace('|', ' ').Replace('\t', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
