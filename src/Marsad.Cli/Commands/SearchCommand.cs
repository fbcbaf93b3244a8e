using System.CommandLine;
using System.Text;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad search QUERY</c>: Arabic-aware full-text search with filters and snippets.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words to find (spelling variants, clitics and nisba/plural endings don't matter); \"quoted words\" form a phrase.", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
        var entity = new Option<string?>("--entity") { Description = "Only documents mentioning this entity (any spelling, English name or KB id)." };
        var type = new Option<string?>("--type") { Description = "Only documents with an event of this PLOVER type (e.g. AID) or an entity of this type (PER, ORG, GPE, LOC, MISC)." };
        var from = CorpusCommand.DateOption("--from", "Published on or after");
        var to = CorpusCommand.DateOption("--to", "Published on or before");
        var outlet = new Option<string?>("--outlet") { Description = "Only documents from an outlet whose name contains this (any case)." };
        var exact = new Option<bool>("--exact") { Description = "Exact words: only spelling variants, diacritics and proclitics are ignored, not word endings (المشير does not find مشيرا)." };
        var limit = new Option<int>("--limit", "-n") { Description = "Hits to show.", DefaultValueFactory = _ => 20 };
        var offset = new Option<int>("--offset") { Description = "Hits to skip (paging).", DefaultValueFactory = _ => 0 };
        var db = CorpusCommand.DbOption();
        var format = CorpusCommand.FormatOption();
        var cmd = new Command("search", "Search the corpus. Example: marsad search \"فايز السراج\" --from 2019 --type AID")
            { query, entity, type, from, to, outlet, exact, limit, offset, db, format };
        cmd.SetAction(p => CorpusCommand.Run(p.GetValue(db), store =>
        {
            var q = new SearchQuery(p.GetValue(query) ?? "", p.GetValue(entity), p.GetValue(type),
                CorpusCommand.ParseDate(p.GetValue(from), "--from"), CorpusCommand.ParseDate(p.GetValue(to), "--to"),
                p.GetValue(outlet), p.GetValue(limit), p.GetValue(offset), p.GetValue(exact));
            if (string.IsNullOrWhiteSpace(q.Text) && q.Entity is null && q.Type is null && q.From is null && q.To is null && q.Outlet is null)
                throw new ArgumentException("give words to search for, or a filter (--entity, --type, --from, --to, --outlet)");
            var r = store.Search(q);
            switch (p.GetValue(format))
            {
                case "json": CorpusCommand.WriteJson(r); break;
                case "jsonl": CorpusCommand.WriteJsonLines(r.Hits); break;
                default: Table(r, q); break;
            }
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static void Table(SearchResults r, SearchQuery q)
    {
        var console = CorpusCommand.Out();
        var t = CorpusCommand.NewTable("#", "document", "published", "outlet", "title / passage");
        int i = q.Offset;
        foreach (var h in r.Hits)
        {
            var title = h.Title is null ? "" : $"[bold]{CorpusCommand.E(h.Title)}[/]\n";
            var sources = h.StorySize > 1 ? $"\n[grey]story of {h.StorySize} sources[/]" : "";
            t.AddRow((++i).ToString(), CorpusCommand.E(h.DocumentId), CorpusCommand.Dash(h.Published), CorpusCommand.Dash(h.Outlet),
                title + Highlight(h) + sources);
        }
        console.Write(t);
        console.MarkupLine($"[grey]{r.Hits.Count} of {(r.TotalEstimated ? "about " : "")}{r.Total} documents[/]");
    }

    private static string Highlight(SearchHit h)
    {
        if (BidiVisual.Enabled) return CorpusCommand.E(h.Snippet); // reordered text has no stable offsets to mark
        var sb = new StringBuilder();
        int at = 0;
        foreach (var m in h.Highlights)
        {
            sb.Append(Markup.Escape(h.Snippet[at..m.Start])).Append("[yellow bold]").Append(Markup.Escape(h.Snippet[m.Start..m.End])).Append("[/]");
            at = m.End;
        }
        return sb.Append(Markup.Escape(h.Snippet[at..])).ToString();
    }
}
