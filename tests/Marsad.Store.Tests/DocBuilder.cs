using Marsad.Core.Model;
using Marsad.Text;

namespace Marsad.Store.Tests;

/// <summary>
/// Builds processed documents by hand (text stage run for real; entities, events and relations
/// placed on the substrings named), so storage is tested without depending on extraction quality.
/// </summary>
public sealed class DocBuilder
{
    private readonly Document _doc;
    private readonly Dictionary<string, Entity> _entities = [];

    public DocBuilder(string id, string text, string? published = null, string? outlet = null, string? title = null)
    {
        _doc = new Document(id, text) { Outlet = outlet, Title = title };
        if (published is not null && PartialDate.TryParse(published, out var p)) _doc.Published = p;
        new TextStage(LanguageResources.Compiled.Words).Process(_doc);
    }

    /// <summary>An entity whose mentions are every occurrence of each surface form.</summary>
    public DocBuilder Entity(string localId, EntityType type, string name, string? kb = null, string? nameEn = null, params string[] surfaces)
    {
        var e = new Entity(localId, type, name) { Kb = kb, NameEn = nameEn };
        foreach (var s in surfaces.Length == 0 ? [name] : surfaces)
        {
            for (int at = _doc.Text.IndexOf(s, StringComparison.Ordinal); at >= 0; at = _doc.Text.IndexOf(s, at + s.Length, StringComparison.Ordinal))
            {
                if (e.Mentions.Any(m => m.Span.Overlaps(new TextSpan(at, at + s.Length)))) continue;
                var m = new Mention(new TextSpan(at, at + s.Length), type, "test") { Entity = e, KbId = kb };
                e.Mentions.Add(m);
                _doc.Mentions.Add(m);
            }
        }
        if (e.Mentions.Count == 0) throw new ArgumentException($"'{name}' is not in the text");
        _entities[localId] = e;
        _doc.Entities.Add(e);
        return this;
    }

    /// <summary>A generic actor (DESIGN.md, "Generic actors"): named by its role, with a CAMEO sector and the entity it belongs to.</summary>
    public DocBuilder Generic(string localId, EntityType type, string name, string? sector, string? affiliation = null, string? nameEn = null, params string[] surfaces)
    {
        Entity(localId, type, name, null, nameEn, surfaces);
        var e = _entities[localId];
        (e.Kind, e.Sector, e.Affiliation) = (EntityKind.Generic, sector, affiliation is null ? null : _entities[affiliation]);
        return this;
    }

    public DocBuilder Event(EventType type, string trigger, string[] sources, string[] targets, string? date = null,
        string? mode = null, string? attribution = null, string? location = null, Modality modality = Modality.Asserted,
        string? cameo = null, (string Text, double Value, string Unit)[]? quantities = null, string? attributionEntity = null)
    {
        var t = Find(trigger);
        var sentence = _doc.Sentences.FirstOrDefault(s => s.Span.Contains(t))?.Span ?? t;
        var ev = new Event(type, t, sentence) { Mode = mode, Modality = modality, Confidence = 0.75, Cameo = cameo };
        foreach (var q in quantities ?? []) ev.Quantities.Add(new Quantity(q.Value, q.Unit, null, Find(q.Text)));
        ev.Sources.AddRange(sources.Select(s => _entities[s]));
        ev.Targets.AddRange(targets.Select(s => _entities[s]));
        if (date is not null && PartialDate.TryParse(date, out var d)) ev.Date = new EventDate(d);
        if (attribution is not null) ev.Attribution = new Attribution(attributionEntity is null ? null : _entities[attributionEntity], attribution, Find(attribution));
        if (location is not null) ev.Location = _entities[location];
        _doc.Events.Add(ev);
        return this;
    }

    public DocBuilder Relation(RelationType type, string subject, string @object, string label, string? labelEn = null)
    {
        var l = Find(label);
        var sentence = _doc.Sentences.FirstOrDefault(s => s.Span.Contains(l))?.Span ?? l;
        _doc.Relations.Add(new Relation(type, _entities[subject], _entities[@object], label, sentence) { LabelEn = labelEn });
        return this;
    }

    public Document Build() => _doc;

    private TextSpan Find(string s)
    {
        int at = _doc.Text.IndexOf(s, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{s}' is not in the text");
        return new TextSpan(at, at + s.Length);
    }
}
