using Marsad.Core.Model;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Marsad.Cli.Output;

/// <summary>
/// Renders a processed document as readable tables: its entities (with the spellings found),
/// its events (type, who → whom, date, modality, according to whom, trigger) and its relations
/// (roles, family, membership). Rendered to a string so that documents render in parallel.
/// </summary>
public static class DocumentSummary
{
    private const int MaxSpellings = 4;

    public static string Render(Document doc, TerminalInfo terminal)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal.Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = terminal.Ansi ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = terminal.Width;
        foreach (var part in Parts(doc)) console.Write(part);
        console.WriteLine();
        return writer.ToString();
    }

    private static IEnumerable<IRenderable> Parts(Document doc)
    {
        var heading = doc.Title is null ? doc.Id : $"{doc.Id} — {doc.Title}";
        yield return new Rule($"[bold]{Markup.Escape(heading)}[/]") { Justification = Justify.Left };
        yield return new Markup(
            $"published [bold]{doc.Published?.ToString() ?? "unknown"}[/] · {doc.Text.Length:N0} characters · {doc.Sentences.Count} sentences · " +
            $"{doc.Entities.Count} entities · {doc.Events.Count} events · {doc.Relations.Count} relations\n");
        if (doc.Entities.Count > 0) yield return Entities(doc);
        if (doc.Events.Count > 0) yield return Events(doc);
        if (doc.Relations.Count > 0) yield return Relations(doc);
    }

    private static Table Entities(Document doc)
    {
        var table = NewTable("Entities", "id", "name", "type", "English", "kb", "mentions", "spellings");
        foreach (var e in doc.Entities)
        {
            var spellings = e.Mentions.Select(m => doc.TextOf(m.Span)).Distinct(StringComparer.Ordinal).Take(MaxSpellings);
            table.AddRow(Cell(e.Id), Cell(e.Name), Cell(e.Type.ToString()), Cell(e.NameEn), Cell(e.Kb),
                Cell(e.Mentions.Count.ToString()), Cell(string.Join("، ", spellings)));
        }
        return table;
    }

    private static Table Events(Document doc)
    {
        var table = NewTable("Events", "type", "source → target", "date", "modality", "according to", "trigger", "quantities");
        foreach (var ev in doc.Events)
        {
            var type = ev.Mode is null ? ev.Type.ToString() : $"{ev.Type} ({ev.Mode})";
            var roles = $"{Names(ev.Sources)} → {Names(ev.Targets)}";
            var according = ev.Attribution?.Entity?.Name ?? ev.Attribution?.Text;
            var quantities = string.Join("، ", ev.Quantities.Select(q => doc.TextOf(q.Span)));
            table.AddRow(Cell(type), Cell(roles), Cell(ev.Date?.Date.ToString()), Cell(ev.Modality.ToString().ToLowerInvariant()),
                Cell(according), Cell(doc.TextOf(ev.Trigger)), Cell(quantities));
        }
        return table;
    }

    private static Table Relations(Document doc)
    {
        var table = NewTable("Relations", "type", "subject", "label", "object");
        foreach (var r in doc.Relations)
            table.AddRow(Cell(r.Type.ToString()), Cell(r.Subject.Name), Cell(r.LabelEn is null ? r.Label : $"{r.Label} ({r.LabelEn})"), Cell(r.Object.Name));
        return table;
    }

    private static string Names(List<Entity> entities) => entities.Count == 0 ? "?" : string.Join("، ", entities.Select(e => e.Name));

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded, Expand = false };
        foreach (var c in columns) table.AddColumn(new TableColumn(Markup.Escape(c)));
        return table;
    }

    private static IRenderable Cell(string? text) => new Spectre.Console.Text(string.IsNullOrEmpty(text) ? "—" : text);
}
