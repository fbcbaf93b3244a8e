using Marsad.Core.Model;

namespace Marsad.Store.Export;

/// <summary>Rebuilds a Core <see cref="Document"/> from a stored document so that it can be written in the extraction contract (without the events an analyst flagged as wrong).</summary>
public static class ContractDocument
{
    public static Document From(DocumentView v)
    {
        var doc = new Document(v.Id, v.Text) { Title = v.Title, Url = v.Url, Outlet = v.Outlet, Origin = v.Origin };
        if (PartialDate.TryParse(v.Published, out var p)) doc.Published = p;
        var entities = new Dictionary<string, Entity>();
        foreach (var e in v.Entities)
        {
            EntityTypes.TryParse(e.Type, out var type);
            var entity = new Entity(e.LocalId, type, e.Name)
            {
                Kb = e.Kb, NameEn = e.NameEn, Sector = e.Sector,
                Kind = e.Kind == EntityKinds.Generic ? EntityKind.Generic : EntityKind.Named,
            };
            foreach (var m in e.Mentions)
            {
                var mention = new Mention(new TextSpan(m.Start, m.End), type, "store") { Nisba = m.Nisba, KbId = e.Kb, Entity = entity };
                entity.Mentions.Add(mention);
                doc.Mentions.Add(mention);
            }
            entities[e.LocalId] = entity;
            doc.Entities.Add(entity);
        }
        Entity? Get(string? id) => id is not null && entities.TryGetValue(id, out var e) ? e : null;
        foreach (var e in v.Entities) entities[e.LocalId].Affiliation = Get(e.Affiliation);
        foreach (var ev in v.Events.Where(e => !e.Flagged))
        {
            var e = new Event(Enum.Parse<EventType>(ev.Type), Span(ev.Trigger), Span(ev.Evidence))
            {
                Mode = ev.Mode,
                Cameo = ev.Cameo,
                Location = Get(ev.Location),
                Modality = Enum.TryParse<Modality>(ev.Modality, ignoreCase: true, out var mod) ? mod : Modality.Asserted,
                Confidence = ev.Confidence,
            };
            if (PartialDate.TryParse(ev.Date, out var d)) e.Date = new EventDate(d);
            e.Sources.AddRange(ev.Sources.Select(Get).OfType<Entity>());
            e.Targets.AddRange(ev.Targets.Select(Get).OfType<Entity>());
            if (ev.Attribution is { } a) e.Attribution = new Attribution(Get(a.Entity), a.Text, a.Span is { } s ? Span(s) : null);
            e.Quantities.AddRange(ev.Quantities.Select(q => new Quantity(q.Value, q.Unit, q.Item, Span(q.Span))));
            doc.Events.Add(e);
        }
        foreach (var r in v.Relations)
            if (Get(r.Subject) is { } s && Get(r.Object) is { } o)
                doc.Relations.Add(new Relation(Enum.Parse<RelationType>(r.Type), s, o, r.Label, Span(r.Evidence)) { LabelEn = r.LabelEn });
        return doc;
    }

    private static TextSpan Span(SpanText s) => new(s.Start, s.End);
}
