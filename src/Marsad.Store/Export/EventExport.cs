using System.Globalization;
using System.Text;
using Marsad.Core.Model;

namespace Marsad.Store.Export;

/// <summary>
/// Event tables: CSV in ACLED-like columns (one row per event, actors joined with "; ") and a
/// GDELT-style CAMEO table (tab-separated, one row per source–target dyad, as GDELT records events).
/// </summary>
public static class EventExport
{
    public static readonly string[] CsvColumns =
    [
        "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "location",
        "quantities", "source", "attribution", "notes", "modality", "cameo", "document_id", "title",
    ];

    /// <summary>
    /// CSV (RFC 4180, UTF-8). event_date is the event's own date, or the publication date with
    /// time_precision "published" when the text gives none; notes is the evidence sentence.
    /// </summary>
    public static void WriteCsv(TextWriter w, IEnumerable<TimelineEvent> events)
    {
        w.Write(string.Join(",", CsvColumns));
        w.Write("\r\n");
        foreach (var e in events)
        {
            string?[] row =
            [
                e.Id.ToString(CultureInfo.InvariantCulture), e.Date ?? e.Published, e.Date is null ? (e.Published is null ? null : "published") : e.DatePrecision,
                e.Type, e.Mode, Actors(e.Sources), Actors(e.Targets), e.Location?.Name,
                string.Join("; ", e.Quantities.Select(Quantity)), e.Outlet ?? e.DocumentId, e.Attribution, OneLine(e.Evidence),
                e.Modality, e.Cameo ?? Cameo.DefaultCode(e.Type), e.DocumentId, e.Title,
            ];
            w.Write(string.Join(",", row.Select(Csv)));
            w.Write("\r\n");
        }
    }

    public static readonly string[] CameoColumns =
    [
        "GLOBALEVENTID", "SQLDATE", "DatePrecision", "Actor1Code", "Actor1Name", "Actor1Type", "Actor2Code", "Actor2Name", "Actor2Type",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "Modality", "Attribution",
        "ActionGeo_FullName", "DocumentId", "Source", "Evidence",
    ];

    /// <summary>
    /// GDELT-style table. Actor codes are Wikidata ids where known (Marsad assigns no CAMEO actor codes);
    /// SQLDATE is YYYYMMDD of the first day the date can mean, with its precision in DatePrecision.
    /// </summary>
    public static void WriteCameo(TextWriter w, IEnumerable<TimelineEvent> events)
    {
        w.Write(string.Join("\t", CameoColumns));
        w.Write('\n');
        long n = 0;
        foreach (var e in events)
        {
            var code = e.Cameo ?? Cameo.DefaultCode(e.Type);
            var root = code.Length >= 2 ? code[..2] : code;
            var date = e.Date ?? e.Published;
            var sqlDate = PartialDate.TryParse(date, out var pd) ? pd.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "";
            var sources = e.Sources.Count > 0 ? e.Sources : [null!];
            var targets = e.Targets.Count > 0 ? e.Targets : [null!];
            foreach (var s in sources)
                foreach (var t in targets)
                {
                    n++;
                    string?[] row =
                    [
                        n.ToString(CultureInfo.InvariantCulture), sqlDate, e.Date is null ? "published" : e.DatePrecision,
                        s?.Kb, s?.NameEn ?? s?.Name, s?.Type, t?.Kb, t?.NameEn ?? t?.Name, t?.Type,
                        "1", code, code.Length >= 3 ? code[..3] : code, root, Cameo.QuadClass(e.Type).ToString(CultureInfo.InvariantCulture),
                        e.Modality, e.Attribution, e.Location?.NameEn ?? e.Location?.Name, e.DocumentId, e.Outlet, OneLine(e.Evidence),
                    ];
                    w.Write(string.Join("\t", row.Select(v => (v ?? "").Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '))));
                    w.Write('\n');
                }
        }
    }

    private static string Actors(IReadOnlyList<EntityRef> actors) => string.Join("; ", actors.Select(a => a.Name));

    private static string Quantity(QuantityView q) =>
        $"{q.Value.ToString(CultureInfo.InvariantCulture)} {q.Unit}{(q.Item is null ? "" : $" ({q.Item})")}";

    private static string OneLine(string s) => s.Replace("\r", " ").Replace("\n", " ");

    private static string Csv(string? v)
    {
        if (string.IsNullOrEmpty(v)) return "";
        if (v.IndexOfAny([',', '"', '\n', '\r']) < 0) return v;
        return "\"" + v.Replace("\"", "\"\"") + "\"";
    }
}

/// <summary>CAMEO codes for PLOVER types when the extractor gave none, and GDELT's quad classes.</summary>
public static class Cameo
{
    /// <summary>The CAMEO root code (two digits) closest to each PLOVER type.</summary>
    public static string DefaultCode(string plover) => plover switch
    {
        "AGREE" => "05", "CONSULT" => "04", "SUPPORT" => "05", "CONCEDE" => "08", "COOPERATE" => "06", "AID" => "07",
        "RETREAT" => "08", "REQUEST" => "02", "ACCUSE" => "11", "REJECT" => "12", "THREATEN" => "13", "PROTEST" => "14",
        "SANCTION" => "16", "MOBILIZE" => "15", "COERCE" => "17", "ASSAULT" => "18", _ => "",
    };

    /// <summary>1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public static int QuadClass(string plover) => plover switch
    {
        "AGREE" or "CONSULT" or "SUPPORT" or "REQUEST" => 1,
        "CONCEDE" or "COOPERATE" or "AID" or "RETREAT" => 2,
        "ACCUSE" or "REJECT" or "THREATEN" => 3,
        _ => 4,
    };
}
