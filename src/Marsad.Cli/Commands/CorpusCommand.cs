using System.CommandLine;
using System.Data.Common;
using System.Text.Json;
using Marsad.Core.Model;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// What the corpus commands (ingest, search, entity, graph, timeline, stats, export) share: the
/// --db and --format options, opening the store with readable errors, and table/JSON output.
/// </summary>
internal static class CorpusCommand
{
    public static Option<string?> DbOption() => new("--db")
    {
        Description = $"The corpus: a SQLite file (default ${CorpusStore.EnvironmentVariable} or {CorpusStore.DefaultFile}, created on first use) or a PostgreSQL connection string (Host=…;Database=… or postgresql://…).",
    };

    public static Option<string> FormatOption(string defaultFormat = "table")
    {
        var o = new Option<string>("--format", "-f")
        {
            Description = "table: readable on a terminal; json: one JSON document; jsonl: one JSON object per line.",
            DefaultValueFactory = _ => defaultFormat,
        };
        o.AcceptOnlyFromAmong("table", "json", "jsonl");
        return o;
    }

    /// <summary>--field NAME=FIELD (repeatable): read a JSON Lines field under another name.</summary>
    public static Option<string[]> FieldOption() => new("--field")
    {
        Description = "JSON Lines: read field NAME as a document field (published, id, text, title, url, outlet), e.g. --field fecha=published. "
            + "Common names (date, pubDate, published_at, link, source, headline, body …) are read without it. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string?> DateOption(string name, string description) => new(name) { Description = description + " (YYYY, YYYY-MM or YYYY-MM-DD)." };

    /// <summary>
    /// Opens the store and runs the command, turning storage and input problems into one-line errors.
    /// Only commands that store documents (<paramref name="create"/>) may create a SQLite file: a query on a mistyped
    /// path is a usage error, not an empty answer from a new empty database. Commands that change an existing
    /// corpus (<paramref name="writes"/>: corrections) open it for writing; queries open it read-only.
    /// </summary>
    public static int Run(string? db, Func<ICorpusStore, int> work, bool create = false, bool writes = false)
    {
        var name = string.IsNullOrWhiteSpace(db) ? Environment.GetEnvironmentVariable(CorpusStore.EnvironmentVariable) : db;
        if (string.IsNullOrWhiteSpace(name)) name = CorpusStore.DefaultFile;
        if (!create && !CorpusStore.IsPostgres(name) && !File.Exists(name))
        {
            Console.Error.WriteLine($"marsad: no corpus database at {name} (create one with: marsad ingest FILES --db {name})");
            return ExitCodes.Usage;
        }
        try
        {
            using var store = create || writes ? CorpusStore.Open(db) : CorpusStore.OpenForReading(db);
            return work(store);
        }
        catch (StoreException ex) { return Fail(ex.Message); }
        catch (ArgumentException ex) { Fail(ex.Message); return ExitCodes.Usage; }
        catch (DbException ex) { return Fail("database error: " + ex.Message); }
        catch (IOException ex) { return Fail(ex.Message); }
        catch (InvalidDataException ex) { return Fail(ex.Message); } // a damaged data file (knowledge base, model)
        catch (UnauthorizedAccessException ex) { return Fail(ex.Message); }
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine("marsad: " + message);
        return ExitCodes.Partial;
    }

    public static PartialDate? ParseDate(string? value, string option)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (PartialDate.TryParse(value, out var d)) return d;
        throw new ArgumentException($"{option}: '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    /// <summary>Resolves an entity argument (any spelling, English name, KB id or corpus id) or throws a readable error.</summary>
    public static EntitySummary Entity(ICorpusStore store, string name) =>
        store.FindEntity(name) ?? throw new StoreException($"no entity in the corpus matches '{name}' (try 'marsad entity' to list them)");

    public static void WriteJson<T>(T value)
    {
        using var stdout = Console.OpenStandardOutput();
        JsonSerializer.Serialize(stdout, value, StoreJson.Indented);
        stdout.Write("\n"u8);
    }

    public static void WriteJsonLines<T>(IEnumerable<T> items)
    {
        using var stdout = Console.OpenStandardOutput();
        foreach (var item in items)
        {
            JsonSerializer.Serialize(stdout, item, StoreJson.Options);
            stdout.Write("\n"u8);
        }
    }

    /// <summary>A console for tables on standard output; wide when redirected so that rows are not folded.</summary>
    public static IAnsiConsole Out()
    {
        bool redirected = Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (redirected) console.Profile.Width = 200;
        return console;
    }

    public static Table NewTable(params string[] headers)
    {
        var t = new Table().Border(TableBorder.Rounded);
        foreach (var h in headers) t.AddColumn(new TableColumn(Markup.Escape(h)));
        return t;
    }

    /// <summary>Cell text, escaped for Spectre markup and laid out for the terminal (see <see cref="BidiVisual"/>).</summary>
    public static string E(string? s) => Markup.Escape(BidiVisual.Apply(s ?? ""));

    public static string Dash(string? s) => string.IsNullOrEmpty(s) ? "—" : E(s);

    public static string Name(EntityRef e) => e.NameEn is null ? E(e.Name) : $"{E(e.Name)} [grey]({E(e.NameEn)})[/]";

    public static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
