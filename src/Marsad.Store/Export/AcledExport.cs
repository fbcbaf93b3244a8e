using System.Collections.Frozen;
using System.Globalization;
using Marsad.Core.Model;

namespace Marsad.Store.Export;

/// <summary>
/// Events as ACLED rows: the codebook's 31 columns in its order, one row per event (the first source and
/// target are actor1/actor2, the others assoc_actor_1/2). Mappings (README.md, "Exports"): event and
/// sub-event type from the PLOVER type, CAMEO code and actors; inter codes from the actor's kind or
/// sector; place and coordinates from the knowledge base; fatalities from quantities in unit "killed";
/// time_precision 1 for a day, 3 for a month or year, 2 when only the publication date is known.
/// Marsad's own fields (PLOVER type, mode, CAMEO, modality, attribution, generic actors' sector and
/// affiliation, document, URL) go to tags. Generic actors are named as ACLED names them (<see cref="ActorCoder.AcledName"/>).
/// </summary>
public sealed class AcledExport(ActorCoder coder)
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>Types that happen somewhere: without a stated place they are located in their target's or source's country.</summary>
    private static readonly FrozenSet<string> s_physical = new[] { "ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT", "AID" }.ToFrozenSet();

    public int Write(TextWriter w, IEnumerable<TimelineEvent> events, long timestamp)
    {
        Csv.WriteRecord(w, Columns);
        int n = 0;
        foreach (var e in events) { Csv.WriteRecord(w, Row(e, timestamp)); n++; }
        return n;
    }

    public string?[] Row(TimelineEvent e, long timestamp)
    {
        var a1 = e.Sources.Count > 0 ? e.Sources[0] : null;
        var a2 = e.Targets.Count > 0 ? e.Targets[0] : null;
        var c1 = a1 is null ? default : coder.Code(a1);
        var c2 = a2 is null ? default : coder.Code(a2);
        var cameo = e.Cameo ?? Cameo.DefaultCode(e.Type);
        var (disorder, type, sub) = Classify(e, cameo, a1 is null ? -1 : c1.Inter, a2 is null ? -1 : c2.Inter);
        var (date, precision) = DateOf(e);
        var place = coder.Place(e.Location);
        string geoPrecision = place is null ? "" : place.Kind == "city" ? "1" : place.Kind == "adm1" ? "2" : "3";
        string? locationName = e.Location?.NameEn ?? e.Location?.Name;
        if (place is null && s_physical.Contains(e.Type) && (c2.Country ?? c1.Country) is { } country)
        {
            // no place in the text: the country of the actor it happened to (or by), at country precision
            place = country; locationName = country.NameEn; geoPrecision = "3";
        }
        var countryRow = place is null ? null : coder.Geo.Country(place.Iso2);
        double killed = e.Quantities.Where(q => q.Unit == "killed").Sum(q => q.Value);
        var tags = new List<string> { $"plover={e.Type}" };
        if (e.Mode is not null) tags.Add($"mode={e.Mode}");
        tags.Add($"cameo={cameo}");
        tags.Add($"modality={e.Modality}");
        if (e.Attribution is not null) tags.Add($"according_to={Csv.OneLine(e.Attribution)}");
        GenericTags(tags, "actor1", a1);
        GenericTags(tags, "actor2", a2);
        tags.Add($"document={e.DocumentId}");
        if (e.Url is not null) tags.Add($"url={e.Url}");
        int i1 = a1 is null ? 0 : c1.Inter, i2 = a2 is null ? 0 : c2.Inter;
        return
        [
            (place?.Iso3 ?? "XXX") + e.Id.ToString(CultureInfo.InvariantCulture),
            date, date?[..4], precision, disorder, type, sub,
            a1 is null ? null : coder.AcledName(a1), Assoc(e.Sources), Int(i1),
            a2 is null ? null : coder.AcledName(a2), Assoc(e.Targets), Int(i2),
            Interaction(i1, i2),
            disorder == "Political violence" && i2 == 7 ? "Civilian targeting" : null,
            place?.IsoNumeric.TrimStart('0'), null, countryRow?.NameEn, place?.Admin1, null, null, locationName,
            place is null ? null : Coord(place.Latitude), place is null ? null : Coord(place.Longitude), geoPrecision,
            e.Outlet ?? e.DocumentId, null, Csv.OneLine(e.Evidence),
            ((long)killed).ToString(CultureInfo.InvariantCulture), string.Join("; ", tags), timestamp.ToString(CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>ACLED's disorder type, event type and sub-event type for a Marsad event.</summary>
    public static (string Disorder, string Type, string Sub) Classify(TimelineEvent e, string cameo, int inter1, int inter2)
    {
        const string violence = "Political violence", demo = "Demonstrations", strategic = "Strategic developments";
        switch (e.Type)
        {
            case "ASSAULT":
                if (cameo.StartsWith("1831", StringComparison.Ordinal)) return (violence, "Explosions/Remote violence", "Suicide bomb");
                if (cameo.StartsWith("183", StringComparison.Ordinal)) return (violence, "Explosions/Remote violence", "Remote explosive/landmine/IED");
                if (cameo.StartsWith("195", StringComparison.Ordinal)) return (violence, "Explosions/Remote violence", "Air/drone strike");
                if (cameo.StartsWith("194", StringComparison.Ordinal)) return (violence, "Explosions/Remote violence", "Shelling/artillery/missile attack");
                if (cameo.StartsWith("181", StringComparison.Ordinal)) return (violence, "Violence against civilians", "Abduction/forced disappearance");
                if (cameo.StartsWith("1821", StringComparison.Ordinal)) return (violence, "Violence against civilians", "Sexual violence");
                // both sides armed: a battle; otherwise an attack on people who are not
                return Armed(inter1) && Armed(inter2)
                    ? (violence, "Battles", "Armed clash")
                    : (violence, "Violence against civilians", "Attack");
            case "PROTEST":
                return e.Mode == "riot" ? (demo, "Riots", "Violent demonstration") : (demo, "Protests", "Peaceful protest");
            case "COERCE":
                if (cameo.StartsWith("173", StringComparison.Ordinal) || e.Mode == "arrest") return (strategic, strategic, "Arrests");
                if (cameo.StartsWith("1712", StringComparison.Ordinal)) return (strategic, strategic, "Looting/property destruction");
                return (strategic, strategic, "Other");
            case "AGREE": return (strategic, strategic, "Agreement");
            case "MOBILIZE": return (strategic, strategic, "Change to group/activity");
            case "RETREAT": return (strategic, strategic, "Non-violent transfer of territory");
            default: return (strategic, strategic, "Other");
        }
    }

    private static bool Armed(int inter) => inter is 1 or 2 or 3 or 8;

    /// <summary>ACLED's event_date and time_precision: the event's own date, else its publication date at precision 2.</summary>
    private static (string? Date, string? Precision) DateOf(TimelineEvent e)
    {
        if (e.Date is not null && PartialDate.TryParse(e.Date, out var d))
            return (d.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Precision == DatePrecision.Day ? "1" : "3");
        if (e.Published is not null && PartialDate.TryParse(e.Published, out var p))
            return (p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Precision == DatePrecision.Day ? "2" : "3");
        return (null, null);
    }

    /// <summary>ACLED's interaction: the two inter codes, lower first; a sole actor's code times ten.</summary>
    private static string? Interaction(int i1, int i2)
    {
        if (i1 == 0 && i2 == 0) return null;
        if (i1 == 0 || i2 == 0) return ((i1 + i2) * 10).ToString(CultureInfo.InvariantCulture);
        return (Math.Min(i1, i2) * 10 + Math.Max(i1, i2)).ToString(CultureInfo.InvariantCulture);
    }

    private string? Assoc(IReadOnlyList<EntityRef> actors) =>
        actors.Count > 1 ? string.Join("; ", actors.Skip(1).Select(coder.AcledName)) : null;

    /// <summary>A generic actor's sector and the entity it belongs to, which ACLED's columns have no place for.</summary>
    private static void GenericTags(List<string> tags, string column, EntityRef? actor)
    {
        if (actor is not { Kind: EntityKinds.Generic }) return;
        if (actor.Sector is not null) tags.Add($"{column}_sector={actor.Sector}");
        if (actor.Affiliation is { } owner) tags.Add($"{column}_affiliation={Csv.OneLine(owner.NameEn ?? owner.Name)}");
    }

    private static string? Int(int v) => v == 0 ? null : v.ToString(CultureInfo.InvariantCulture);

    private static string Coord(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
