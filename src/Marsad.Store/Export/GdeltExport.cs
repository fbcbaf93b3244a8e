using System.Globalization;
using Marsad.Core.Model;
using Marsad.Knowledge.Geo;

namespace Marsad.Store.Export;

/// <summary>
/// Events as a GDELT 1.0 event table: the 58 tab-separated fields in GDELT's order (57 + SOURCEURL), no
/// header unless asked, one row per source–target dyad as GDELT records events. Actor codes are CAMEO
/// codes from the knowledge base (<see cref="ActorCoder"/>); QuadClass and GoldsteinScale from the
/// CAMEO code (<see cref="CameoScale"/>); NumArticles and NumSources from the story's stored copies and
/// their outlets, NumMentions = NumArticles. Departures, documented in README.md: geo CountryCode is ISO
/// alpha-2 (GDELT uses FIPS 10-4), ADM1Code is ISO 3166-2, FeatureID is the Wikidata id, AvgTone is empty
/// (Marsad measures no tone), and the three ethnic/religion/known-group code fields are empty.
/// </summary>
public sealed class GdeltExport(ActorCoder coder, CameoScale scale)
{
    public static readonly string[] Columns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>Writes the rows (and the header when asked); returns the number of rows.</summary>
    public long Write(TextWriter w, IEnumerable<TimelineEvent> events, DateOnly dateAdded, bool header = false)
    {
        if (header) Line(w, Columns);
        long n = 0;
        foreach (var e in events)
        {
            IReadOnlyList<EntityRef?> sources = e.Sources.Count > 0 ? (IReadOnlyList<EntityRef?>)e.Sources : [null];
            IReadOnlyList<EntityRef?> targets = e.Targets.Count > 0 ? (IReadOnlyList<EntityRef?>)e.Targets : [null];
            foreach (var s in sources)
                foreach (var t in targets)
                    Line(w, Row(e, s, t, ++n, dateAdded));
        }
        return n;
    }

    public string?[] Row(TimelineEvent e, EntityRef? a1, EntityRef? a2, long id, DateOnly dateAdded)
    {
        var code = e.Cameo ?? Cameo.DefaultCode(e.Type);
        bool dated = PartialDate.TryParse(e.Date ?? e.Published, out var when);
        var day = dated ? when.Start : default;
        var c1 = a1 is null ? default : coder.Code(a1);
        var c2 = a2 is null ? default : coder.Code(a2);
        var place = coder.Place(e.Location);
        string? Inv(double v) => v.ToString(CultureInfo.InvariantCulture);
        return
        [
            Inv(id), dated ? day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : null, dated ? day.ToString("yyyyMM", CultureInfo.InvariantCulture) : null,
            dated ? Inv(day.Year) : null, dated ? (day.Year + (day.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture) : null,
            .. Actor(a1, c1), .. Actor(a2, c2),
            "1", code, code.Length >= 3 ? code[..3] : code, code.Length >= 2 ? code[..2] : code,
            Inv(CameoScale.QuadClass(code)), scale.Goldstein(code) is { } g ? g.ToString("0.0", CultureInfo.InvariantCulture) : null,
            Inv(e.StoryArticles), Inv(e.StoryOutlets), Inv(e.StoryArticles), null,
            .. Geo(c1.Country), .. Geo(c2.Country), .. Geo(place),
            dateAdded.ToString("yyyyMMdd", CultureInfo.InvariantCulture), e.Url ?? e.DocumentId,
        ];
    }

    private static string?[] Actor(EntityRef? a, ActorCode c) => a is null
        ? new string?[10]
        : [c.Cameo, (a.NameEn ?? a.Name).ToUpperInvariant(), c.Country?.Iso3, null, null, null, null, c.Role.Length > 0 ? c.Role : null, null, null];

    /// <summary>GDELT geo fields: type 1 country, 4 world city, 5 world state (first-level division).</summary>
    private string?[] Geo(GeoPlace? p)
    {
        if (p is null) return new string?[7];
        var type = p.Kind switch { "country" => "1", "adm1" => "5", _ => "4" };
        // "Cairo, Cairo, Egypt" as GDELT writes it: place, first-level division, country
        string?[] parts = [p.Kind == "country" ? null : p.NameEn, p.Kind == "city" ? p.Admin1 : null, coder.Geo.Country(p.Iso2)?.NameEn];
        var full = string.Join(", ", parts.Where(x => x is not null));
        return [type, full, p.Iso2, p.Admin1Code, p.Latitude.ToString("0.####", CultureInfo.InvariantCulture), p.Longitude.ToString("0.####", CultureInfo.InvariantCulture), p.KbId];
    }

    /// <summary>One tab-separated line; a field is quoted (RFC 4180) only when it holds a quote, so a strict tab split still sees 58 fields.</summary>
    private static void Line(TextWriter w, IEnumerable<string?> fields)
    {
        bool first = true;
        foreach (var f in fields)
        {
            if (!first) w.Write('\t');
            var v = f is null ? "" : Csv.OneLine(f);
            w.Write(v.Contains('"') ? "\"" + v.Replace("\"", "\"\"") + "\"" : v);
            first = false;
        }
        w.Write('\n');
    }
}
