using Marsad.Knowledge.Geo;
using Marsad.Store;
using Marsad.Store.Export;

namespace Marsad.Web.Api;

/// <summary>A place on the map: a city or region as a point, a country as its shape (by ISO numeric code, as world-atlas names them).</summary>
public sealed record MapPlace(EntityRef Entity, string Kind, string Country, string CountryName, double Lat, double Lon, int Events, int Documents);

/// <summary>A country's shape: the events at it and at its places, the documents that name the country itself.</summary>
public sealed record MapCountry(string Id, string Name, int Events, int Documents);

/// <summary>Places of the corpus that the knowledge base locates, by country; <see cref="Unplaced"/> counts places it cannot.</summary>
public sealed record MapAnswer(IReadOnlyList<MapPlace> Places, IReadOnlyList<MapCountry> Countries, MapUnplaced Unplaced);

public sealed record MapUnplaced(int Places, int Events, int Documents);

/// <summary>The events behind a point or a shape, newest first.</summary>
public sealed record MapEvents(IReadOnlyList<MapEvent> Events, int Total);

public sealed record MapEvent(long Id, string Type, string? Date, EntityRef Place, string DocumentId, string? Title, string? Outlet, string Trigger);

/// <summary>GET /api/map and /api/map/events: the store's place counts located by the knowledge base's coordinates (data/kb/geo.tsv).</summary>
public static class PlaceMap
{
    public static MapAnswer Places(ICorpusStore store, ActorCoder coder, string? from, string? to, string? type)
    {
        var located = Locate(store, coder, Query(from, to, type));
        var places = located.Where(l => l.Geo is not null).Select(l => l.Point!).ToList();
        var countries = places.GroupBy(p => p.Country)
            .Select(g => new MapCountry(g.Key, g.First().CountryName, g.Sum(p => p.Events), g.Where(p => p.Kind == "country").Sum(p => p.Documents)))
            .OrderByDescending(c => c.Events).ThenByDescending(c => c.Documents).ToList();
        var unplaced = located.Where(l => l.Geo is null).ToList();
        // countries are drawn as shapes; points are the places inside them
        return new MapAnswer(places.Where(p => p.Kind != "country").ToList(), countries,
            new MapUnplaced(unplaced.Count, unplaced.Sum(l => l.Count.Events), unplaced.Sum(l => l.Count.Documents)));
    }

    /// <summary>The events at one place (a corpus entity id) or in one country (ISO numeric code, its places included).</summary>
    public static MapEvents Events(ICorpusStore store, ActorCoder coder, string? place, string? country, string? from, string? to, string? type, int? limit)
    {
        var q = Query(from, to, type);
        var located = Locate(store, coder, q).Where(l => l.Geo is not null).ToList();
        List<long> ids;
        if (ApiParams.Text(place, "place") is { } p)
            ids = long.TryParse(p, out var id) ? [id] : throw ApiException.BadRequest($"'place' must be a corpus entity id, not '{p}'.");
        else if (ApiParams.Text(country, "country") is { } c)
            ids = located.Where(l => l.Point!.Country == c).Select(l => l.Count.Place.Id).ToList();
        else throw ApiException.BadRequest("Give 'place' (an entity id) or 'country' (an ISO 3166 numeric code).");
        var refs = located.ToDictionary(l => l.Count.Place.Id, l => l.Count.Place);
        var total = located.Where(l => ids.Contains(l.Count.Place.Id)).Sum(l => l.Count.Events);
        var events = store.PlaceEvents(q with { Places = ids, Limit = ApiParams.Limit(limit, 100, 1000) });
        return new MapEvents(events.Where(e => refs.ContainsKey(e.Place))
            .Select(e => new MapEvent(e.Id, e.Type, e.Date, refs[e.Place], e.DocumentId, e.Title, e.Outlet, e.Trigger)).ToList(), total);
    }

    private static PlaceQuery Query(string? from, string? to, string? type) =>
        new(ApiParams.Date(from, "from"), ApiParams.Date(to, "to"), ApiParams.Type(type, "type"));

    private sealed record Located(PlaceCount Count, GeoPlace? Geo, MapPlace? Point);

    private static List<Located> Locate(ICorpusStore store, ActorCoder coder, PlaceQuery q) =>
        store.PlaceCounts(q).Select(c =>
        {
            var geo = coder.Place(c.Place);
            var country = geo is null ? null : coder.Geo.Country(geo.Iso2);
            var point = geo is null ? null
                : new MapPlace(c.Place, geo.Kind, geo.IsoNumeric.PadLeft(3, '0'), country?.NameEn ?? "", geo.Latitude, geo.Longitude, c.Events, c.Documents);
            return new Located(c, geo, point);
        }).ToList();
}
