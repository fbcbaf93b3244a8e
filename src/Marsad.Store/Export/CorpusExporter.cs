using System.Globalization;
using System.Text;
using Marsad.Core.Model;

namespace Marsad.Store.Export;

/// <summary>
/// The filters an export accepts; every format applies each one or refuses it. <see cref="Text"/> keeps what the documents
/// found by a search for these words hold (<see cref="Exact"/>: the search's exact-word mode), as the search page shows them.
/// </summary>
public sealed record ExportFilter(long? Entity = null, PartialDate? From = null, PartialDate? To = null, string? Type = null, string? Outlet = null,
    string? Text = null, bool Exact = false);

/// <summary>Options of the table formats: a byte-order mark for Excel (ACLED CSV), a header row (GDELT).</summary>
public sealed record ExportOptions(bool Bom = false, bool Header = false);

/// <summary>A filter or option that a format cannot honour; the caller reports it as a usage error.</summary>
public sealed class ExportRefusedException(string message) : Exception(message);

/// <summary>
/// Writes the corpus in one of the export formats with the same filters for the command line and the
/// HTTP API. Documents and events stream from the store a page at a time (constant memory); the
/// graph is aggregated by the store first.
/// </summary>
public sealed class CorpusExporter(ICorpusStore store, ActorCoder coder, CameoScale scale)
{
    public static readonly string[] Formats = ["jsonl", "acled", "gdelt", "graphml", "gexf"];

    /// <summary>Older names kept working: csv is the ACLED table, cameo the GDELT one.</summary>
    public static string Canonical(string format) => format switch { "csv" => "acled", "cameo" => "gdelt", _ => format };

    public static string MediaType(string format) => Canonical(format) switch
    {
        "jsonl" => "application/x-ndjson", "acled" => "text/csv; charset=utf-8", "gdelt" => "text/tab-separated-values; charset=utf-8",
        "graphml" => "application/graphml+xml", _ => "application/gexf+xml",
    };

    public static string Extension(string format) => Canonical(format) switch { "acled" => "csv", "gdelt" => "tsv", var f => f };

    /// <summary>
    /// Refuses a format, filter or option the export cannot honour; called by <see cref="Write"/> and by callers
    /// that must refuse before sending any byte (the HTTP API).
    /// </summary>
    public static void Check(string format, ExportFilter filter, ExportOptions options)
    {
        var f = Canonical(format);
        Refuse(!Formats.Contains(f), $"unknown format '{format}' (one of: {string.Join(", ", Formats)})");
        Refuse(filter.Outlet is not null && f is "graphml" or "gexf", "the graph exports cannot filter by outlet (edges aggregate many documents)");
        Refuse(filter.Text is not null && f is "graphml" or "gexf", "the graph exports cannot filter by search words (edges aggregate many documents)");
        Refuse(options.Bom && f != "acled", "the byte-order mark (--bom) applies to the acled format only");
        Refuse(options.Header && f != "gdelt", "the header line (--header) applies to the gdelt format only");
    }

    /// <summary>Writes the export; returns how many items (documents, events or dyads, edges) it holds.</summary>
    public long Write(Stream stream, string format, ExportFilter filter, ExportOptions? options = null, DateTimeOffset? now = null)
    {
        options ??= new ExportOptions();
        Check(format, filter, options);
        var when = now ?? DateTimeOffset.UtcNow;
        var found = Found(filter);
        switch (Canonical(format))
        {
            case "jsonl":
                return ContractExport.WriteJsonl(stream, store.Documents().Where(d => Matches(d, filter) && (found is null || found.Contains(d.Id))));
            case "graphml" or "gexf":
                var graph = store.Graph(new GraphQuery(filter.Entity, filter.From, filter.To, filter.Type, MaxEdges: int.MaxValue, EvidencePerEdge: 0));
                if (Canonical(format) == "graphml") GraphExport.WriteGraphMl(stream, graph); else GraphExport.WriteGexf(stream, graph);
                return graph.Edges.Count;
            case "acled":
            {
                using var w = Writer(stream, options.Bom);
                return new AcledExport(coder).Write(w, Events(filter, found), when.ToUnixTimeSeconds());
            }
            case "gdelt":
            {
                using var w = Writer(stream, false);
                return new GdeltExport(coder, scale).Write(w, Events(filter, found), DateOnly.FromDateTime(when.UtcDateTime), options.Header);
            }
            default:
                throw new InvalidOperationException("unreachable: Check refused the format");
        }
    }

    private IEnumerable<TimelineEvent> Events(ExportFilter f, HashSet<string>? found) =>
        store.ExportEvents(new TimelineQuery(f.Entity is { } e ? [e] : [], f.From, f.To, f.Type, Limit: 1000, Outlet: f.Outlet))
            .Where(e => found is null || found.Contains(e.DocumentId));

    /// <summary>The ids of the documents a search for the filter's words and with its filters finds (every page of hits), or null without words.</summary>
    private HashSet<string>? Found(ExportFilter f)
    {
        if (string.IsNullOrWhiteSpace(f.Text)) return null;
        const int page = 1000;
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (int offset = 0; ; offset += page)
        {
            var hits = store.Search(new SearchQuery(f.Text, f.Entity?.ToString(CultureInfo.InvariantCulture), f.Type, f.From, f.To, f.Outlet, page, offset, f.Exact)).Hits;
            found.UnionWith(hits.Select(h => h.DocumentId));
            if (hits.Count < page) return found;
        }
    }

    /// <summary>A document passes when it is dated within the range, comes from the outlet, names the entity and has an event of the type.</summary>
    private static bool Matches(DocumentView d, ExportFilter f)
    {
        if (f.From is not null || f.To is not null)
        {
            if (!PartialDate.TryParse(d.Published, out var p)) return false;
            if (f.From is { } from && p.End < from.Start) return false;
            if (f.To is { } to && p.Start > to.End) return false;
        }
        if (f.Outlet is { } o && (d.Outlet is null || !d.Outlet.Contains(o.Trim(), StringComparison.OrdinalIgnoreCase))) return false;
        if (f.Entity is { } id && !d.Entities.Any(x => x.EntityId == id)) return false;
        if (f.Type is { } t && !d.Events.Any(x => string.Equals(x.Type, t.Trim(), StringComparison.OrdinalIgnoreCase))) return false;
        return true;
    }

    private static StreamWriter Writer(Stream stream, bool bom) => new(stream, new UTF8Encoding(bom), 64 * 1024, leaveOpen: true);

    private static void Refuse(bool condition, string message)
    {
        if (condition) throw new ExportRefusedException(message);
    }
}
