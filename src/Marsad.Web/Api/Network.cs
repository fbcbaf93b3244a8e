using Marsad.Store;

namespace Marsad.Web.Api;

/// <summary>The graph and timeline answers: parameters resolved to entities and dates, several types filtered.</summary>
public static class Network
{
    public static GraphAnswer Graph(ICorpusStore store, string? entity, string? from, string? to, string? types, int? limit)
    {
        var focus = string.IsNullOrWhiteSpace(entity) ? null : ApiParams.Entity(store, entity, "entity");
        var wanted = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => ApiParams.Type(t, "types", relationTypes: true)!).ToHashSet(StringComparer.Ordinal);
        var graph = store.Graph(new GraphQuery(focus?.Id, ApiParams.Date(from, "from"), ApiParams.Date(to, "to"),
            wanted.Count == 1 ? wanted.First() : null, MaxEdges: ApiParams.Limit(limit, 500, 5000)));
        var edges = wanted.Count > 1 ? graph.Edges.Where(e => wanted.Contains(e.Type)).ToList() : graph.Edges;
        var linked = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet();
        var nodes = graph.Nodes.Where(n => linked.Contains(n.Id) || n.Id == focus?.Id).ToList();
        return new GraphAnswer(focus?.Ref, nodes, edges);
    }

    public static TimelineAnswer Timeline(ICorpusStore store, string? entity, string? entity2, string? from, string? to, string? type, string? outlet = null,
        string? with = null, string? with2 = null)
    {
        var first = ApiParams.Entity(store, entity, "entity");
        var second = string.IsNullOrWhiteSpace(entity2) ? null : ApiParams.Entity(store, entity2, "entity2");
        long[] ids = second is null ? [first.Id] : [first.Id, second.Id];
        IReadOnlyList<long>[] counted = second is null ? [ApiParams.Ids(with, "with")] : [ApiParams.Ids(with, "with"), ApiParams.Ids(with2, "with2")];
        var events = store.Timeline(new TimelineQuery(ids, ApiParams.Date(from, "from"), ApiParams.Date(to, "to"), ApiParams.Type(type, "type"),
            Outlet: ApiParams.Text(outlet, "outlet"), With: counted));
        return new TimelineAnswer(first.Ref, second?.Ref, events);
    }
}
