using System.Globalization;
using System.Text;
using System.Xml;
using Marsad.Core.Model;

namespace Marsad.Store.Export;

/// <summary>
/// Writes the actor network for Gephi and other graph tools: GraphML and GEXF 1.3, directed, nodes
/// with name, English name, type, KB id, weight, kind (named or generic) and a generic actor's sector
/// and affiliation (the English name of the entity it belongs to); edges with kind, relation or event type, weight
/// (evidence count), first and last date and polarity. Parallel edges of different types are kept
/// (GEXF marks them with its built-in <c>kind</c>, as Gephi expects for multigraphs; whether the edge
/// aggregates events or a stable relation is the attribute <c>category</c>). The GEXF graph is dynamic:
/// each edge lives from the first day of its first date to the last day of its last, each node over
/// the span of its edges, so Gephi's timeline filters by date.
/// </summary>
public static class GraphExport
{
    private static readonly XmlWriterSettings s_settings = new() { Indent = true, Encoding = new UTF8Encoding(false) };

    public static void WriteGraphMl(Stream stream, EntityGraph graph)
    {
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        using var w = XmlWriter.Create(stream, s_settings);
        w.WriteStartDocument();
        w.WriteStartElement("graphml", ns);
        (string Id, string For, string Name, string Type)[] keys =
        [
            ("label", "node", "label", "string"), ("name_en", "node", "name_en", "string"), ("type", "node", "type", "string"),
            ("kb", "node", "kb", "string"), ("nweight", "node", "weight", "int"),
            ("nkind", "node", "kind", "string"), ("sector", "node", "sector", "string"), ("affiliation", "node", "affiliation", "string"),
            ("kind", "edge", "kind", "string"), ("etype", "edge", "type", "string"), ("weight", "edge", "weight", "double"),
            ("first", "edge", "first_date", "string"), ("last", "edge", "last_date", "string"), ("polarity", "edge", "polarity", "int"),
            ("elabel", "edge", "label", "string"),
        ];
        foreach (var k in keys)
        {
            w.WriteStartElement("key", ns);
            w.WriteAttributeString("id", k.Id);
            w.WriteAttributeString("for", k.For);
            w.WriteAttributeString("attr.name", k.Name);
            w.WriteAttributeString("attr.type", k.Type);
            w.WriteEndElement();
        }
        w.WriteStartElement("graph", ns);
        w.WriteAttributeString("id", "marsad");
        w.WriteAttributeString("edgedefault", "directed");
        foreach (var n in graph.Nodes)
        {
            w.WriteStartElement("node", ns);
            w.WriteAttributeString("id", "n" + n.Id);
            Data(w, ns, "label", n.Name);
            Data(w, ns, "name_en", n.NameEn);
            Data(w, ns, "type", n.Type);
            Data(w, ns, "kb", n.Kb);
            Data(w, ns, "nweight", Int(n.Weight));
            Data(w, ns, "nkind", n.Kind);
            Data(w, ns, "sector", n.Sector);
            Data(w, ns, "affiliation", AffiliationName(n));
            w.WriteEndElement();
        }
        foreach (var e in graph.Edges)
        {
            w.WriteStartElement("edge", ns);
            w.WriteAttributeString("id", "e" + e.Id);
            w.WriteAttributeString("source", "n" + e.Source);
            w.WriteAttributeString("target", "n" + e.Target);
            Data(w, ns, "kind", e.Kind);
            Data(w, ns, "etype", e.Type);
            Data(w, ns, "weight", Int(e.Count));
            Data(w, ns, "first", e.First);
            Data(w, ns, "last", e.Last);
            Data(w, ns, "polarity", Int(e.Polarity));
            Data(w, ns, "elabel", e.Type);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Data(XmlWriter w, string ns, string key, string? value)
    {
        if (value is null) return;
        w.WriteStartElement("data", ns);
        w.WriteAttributeString("key", key);
        w.WriteString(value);
        w.WriteEndElement();
    }

    public static void WriteGexf(Stream stream, EntityGraph graph)
    {
        const string ns = "http://gexf.net/1.3";
        using var w = XmlWriter.Create(stream, s_settings);
        w.WriteStartDocument();
        w.WriteStartElement("gexf", ns);
        w.WriteAttributeString("version", "1.3");
        w.WriteStartElement("meta", ns);
        w.WriteAttributeString("lastmodifieddate", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteElementString("creator", ns, "Marsad");
        w.WriteElementString("description", ns, "Actor network: entities and aggregated events and relations between them");
        w.WriteEndElement();
        w.WriteStartElement("graph", ns);
        w.WriteAttributeString("defaultedgetype", "directed");
        w.WriteAttributeString("mode", "dynamic");
        w.WriteAttributeString("timeformat", "date");
        Attributes(w, ns, "node", [("0", "name_en", "string"), ("1", "type", "string"), ("2", "kb", "string"), ("3", "weight", "integer"),
            ("4", "kind", "string"), ("5", "sector", "string"), ("6", "affiliation", "string")]);
        Attributes(w, ns, "edge", [("0", "category", "string"), ("1", "type", "string"), ("2", "first_date", "string"), ("3", "last_date", "string"), ("4", "polarity", "integer")]);
        var spans = new Dictionary<long, (DateOnly Start, DateOnly End)>();
        foreach (var e in graph.Edges)
            if (Span(e) is { } span)
                foreach (var node in new[] { e.Source, e.Target })
                    spans[node] = spans.TryGetValue(node, out var s) ? (Min(s.Start, span.Start), Max(s.End, span.End)) : span;
        w.WriteStartElement("nodes", ns);
        foreach (var n in graph.Nodes)
        {
            w.WriteStartElement("node", ns);
            w.WriteAttributeString("id", "n" + n.Id);
            w.WriteAttributeString("label", n.Name);
            if (spans.TryGetValue(n.Id, out var ns1)) WriteSpan(w, ns1);
            AttValues(w, ns, [("0", n.NameEn), ("1", n.Type), ("2", n.Kb), ("3", Int(n.Weight)), ("4", n.Kind), ("5", n.Sector), ("6", AffiliationName(n))]);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("edges", ns);
        foreach (var e in graph.Edges)
        {
            w.WriteStartElement("edge", ns);
            w.WriteAttributeString("id", "e" + e.Id);
            w.WriteAttributeString("source", "n" + e.Source);
            w.WriteAttributeString("target", "n" + e.Target);
            w.WriteAttributeString("label", e.Type);
            w.WriteAttributeString("kind", e.Type);
            w.WriteAttributeString("weight", Int(e.Count));
            if (Span(e) is { } span) WriteSpan(w, span);
            AttValues(w, ns, [("0", e.Kind), ("1", e.Type), ("2", e.First), ("3", e.Last), ("4", Int(e.Polarity))]);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Attributes(XmlWriter w, string ns, string cls, (string Id, string Title, string Type)[] attrs)
    {
        w.WriteStartElement("attributes", ns);
        w.WriteAttributeString("class", cls);
        foreach (var a in attrs)
        {
            w.WriteStartElement("attribute", ns);
            w.WriteAttributeString("id", a.Id);
            w.WriteAttributeString("title", a.Title);
            w.WriteAttributeString("type", a.Type);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void AttValues(XmlWriter w, string ns, (string For, string? Value)[] values)
    {
        w.WriteStartElement("attvalues", ns);
        foreach (var (f, v) in values)
        {
            if (v is null) continue;
            w.WriteStartElement("attvalue", ns);
            w.WriteAttributeString("for", f);
            w.WriteAttributeString("value", v);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>An edge's life: the first day its first date can mean to the last day its last date can mean.</summary>
    private static (DateOnly Start, DateOnly End)? Span(GraphEdge e)
    {
        if (e.First is null || e.Last is null || !PartialDate.TryParse(e.First, out var first) || !PartialDate.TryParse(e.Last, out var last)) return null;
        return (first.Start, last.End);
    }

    private static void WriteSpan(XmlWriter w, (DateOnly Start, DateOnly End) span)
    {
        w.WriteAttributeString("start", span.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteAttributeString("end", span.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>The English (else Arabic) name of the entity a generic actor belongs to.</summary>
    private static string? AffiliationName(GraphNode n) => n.Affiliation is { } a ? a.NameEn ?? a.Name : null;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
}
