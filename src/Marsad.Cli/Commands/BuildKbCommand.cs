using System.CommandLine;
using System.Diagnostics;
using Marsad.Cli.Output;
using Marsad.Core;
using Marsad.Knowledge;
using Marsad.Knowledge.Build;
using Marsad.Knowledge.Generic;
using Marsad.Knowledge.Index;
using Marsad.Knowledge.Model;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad build-kb</c>: compiles ../shared/data/kb and the curated files in data/kb into the committed
/// index data/kb/marsad-kb.tsv, refusing to write an index that fails validation.
/// </summary>
public static class BuildKbCommand
{
    public static Command Create()
    {
        var shared = new Option<string?>("--shared") { Description = "The shared data folder holding kb/ and ner/ (default: ../shared/data beside the repository)." };
        var curated = new Option<string?>("--curated") { Description = "The curated knowledge-base folder (default: data/kb)." };
        var output = new Option<string?>("--out") { Description = "Where to write the index (default: data/kb/marsad-kb.tsv)." };
        var verbose = new Option<bool>("--verbose") { Description = "List the place names the ambiguity filter removed." };
        var cmd = new Command("build-kb", """
            Compile the knowledge base (states, places, nisba adjectives, actors) into data/kb/marsad-kb.tsv,
            and the generic-actor lexicon (data/kb/generic) into data/kb/generic-actors.tsv.
            Users never need this: the compiled index is committed. Run it after editing data/kb/*.tsv.
            """) { shared, curated, output, verbose };
        cmd.SetAction(parse => Run(parse.GetValue(shared), parse.GetValue(curated), parse.GetValue(output), parse.GetValue(verbose)));
        return cmd;
    }

    private static int Run(string? shared, string? curated, string? output, bool verbose)
    {
        shared ??= Path.Combine(Composition.Shared, "data");
        curated ??= Composition.Data.File("kb");
        output ??= Path.Combine(curated, KbIndexFile.FileName);
        // The index may replace the previous index, never a source file of the compiler.
        var sources = new[] { curated, Path.Combine(shared, "kb") }.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => Path.GetFileName(f) != KbIndexFile.FileName);
        if (OutputTarget.Conflict(output, sources) is { } conflict)
        {
            Console.Error.WriteLine("marsad build-kb: " + conflict);
            return ExitCodes.Usage;
        }
        var sw = Stopwatch.StartNew();
        KbCompileResult result;
        GenericCompileResult generic;
        try
        {
            result = KbCompiler.Compile(shared, curated);
            generic = GenericActorCompiler.Compile(curated, Path.Combine(shared, "kb"));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"marsad build-kb: {e.Message}");
            return ExitCodes.Partial;
        }
        if (result.Problems.Count > 0)
        {
            foreach (var p in result.Problems) Console.Error.WriteLine($"marsad build-kb: invalid: {p}");
            Console.Error.WriteLine($"marsad build-kb: {result.Problems.Count} problem(s); index not written.");
            return ExitCodes.Partial;
        }
        IReadOnlyList<Knowledge.Geo.GeoPlace> geo;
        try
        {
            KbIndexFile.Write(output, result.Entries, result.NotNames);
            geo = GeoTableBuilder.Build(shared, result.Entries);
            GeoTableBuilder.Write(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, Knowledge.Geo.GeoTable.FileName), geo);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"marsad build-kb: cannot write {output}: {e.Message}");
            return ExitCodes.Partial;
        }
        var kb = new KnowledgeBase(result.Entries, result.NotNames);
        Console.WriteLine($"wrote {output}: {result.Entries.Count} entries, {kb.KeyCount} keys, compiled in {sw.ElapsedMilliseconds} ms");
        foreach (var g in result.Entries.GroupBy(e => e.Kind).OrderBy(g => g.Key))
            Console.WriteLine($"  {KbKinds.Name(g.Key),-14} {g.Count(),6}");
        Console.WriteLine($"  geo table: {geo.Count} places with coordinates");
        Console.WriteLine($"  ambiguity filter ({string.Join(", ", result.CorporaUsed)}): {result.Dropped.Count} place names removed");
        if (verbose) foreach (var d in result.Dropped) Console.WriteLine($"    {d}");

        var genericPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, GenericLexicon.FileName);
        try { GenericLexicon.Write(genericPath, generic.Entries); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"marsad build-kb: cannot write {genericPath}: {e.Message}");
            return ExitCodes.Partial;
        }
        Console.WriteLine($"wrote {genericPath}: {generic.Entries.Count} generic-actor keys ({generic.UpstreamPhrasesUsed} phrases from {GenericActorCompiler.UpstreamName}, {generic.UpstreamPhrasesSkipped} left out)");
        return ExitCodes.Ok;
    }
}
