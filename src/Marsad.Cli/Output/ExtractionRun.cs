using Marsad.Core.Contract;
using Marsad.Core.IO;
using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Read;

namespace Marsad.Cli.Output;

public enum OutputFormat { Jsonl, Table }

/// <summary>
/// What <c>extract</c> and <c>demo</c> share: read the inputs, run the pipeline over them in
/// parallel, write each document in input order (the JSON contract or a table), report skipped
/// inputs and warnings on standard error, and give the exit code.
/// </summary>
public static class ExtractionRun
{
    public static int Execute(IReadOnlyList<string> paths, OutputFormat format, string? outFile, TextWriter stdout, TextWriter stderr,
        Read.Formats.JsonFieldMap? fields = null)
    {
        AtomicFile? file = null;
        TextWriter output = stdout;
        if (outFile is not null && OutputTarget.Conflict(outFile, paths) is { } conflict)
        {
            stderr.WriteLine("marsad: " + conflict);
            return ExitCodes.Usage;
        }
        if (Composition.LoadPipeline(stderr) is not { } pipeline) return ExitCodes.Partial;
        if (outFile is not null)
        {
            try { file = AtomicFile.Create(outFile); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"marsad: cannot write {outFile}: {ex.Message}");
                return ExitCodes.Usage;
            }
            output = new StreamWriter(file.Stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
        }

        var terminal = TerminalInfo.For(output);
        Func<Document, string> render = format == OutputFormat.Table
            ? doc => DocumentSummary.Render(doc, terminal)
            : doc => ExtractionJsonWriter.ToJson(doc) + "\n";

        int documents = 0, skipped = 0, entities = 0, events = 0;
        try
        {
            foreach (var item in BatchExtractor.Run(DocumentReader.ReadAll(paths, fields: fields), render, pipeline))
            {
                if (item.Read.Warning is { } warning) stderr.WriteLine($"marsad: warning: {item.Read.Origin}: {warning}");
                if (item.IsError)
                {
                    stderr.WriteLine($"marsad: skipped {item.Read.Origin}: {item.Error}");
                    skipped++;
                    continue;
                }
                output.Write(item.Output);
                output.Flush();
                documents++;
                entities += item.Read.Document!.Entities.Count;
                events += item.Read.Document!.Events.Count;
            }
            if (format == OutputFormat.Table) output.WriteLine($"{documents} documents, {entities} entities, {events} events.");
            output.Flush();
            if (file is not null)
            {
                output.Dispose();
                file.Commit();
                file = null;
            }
        }
        catch (IOException ex) when (outFile is null)
        {
            // The reader went away (| head) or the disk filled: stop, say so, lose nothing silently.
            stderr.WriteLine($"marsad: output closed after {documents} documents: {ex.Message}");
            return ExitCodes.Partial;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"marsad: cannot write {outFile}: {ex.Message}");
            return ExitCodes.Partial;
        }
        finally
        {
            if (file is not null)
            {
                try { output.Dispose(); } catch (Exception e) when (e is IOException or ObjectDisposedException) { /* reported above */ }
                file.Dispose();
            }
        }

        if (skipped > 0) stderr.WriteLine($"marsad: {skipped} input{(skipped == 1 ? "" : "s")} skipped, {documents} document{(documents == 1 ? "" : "s")} extracted.");
        else if (documents == 0) stderr.WriteLine("marsad: no documents found.");
        return skipped > 0 ? ExitCodes.Partial : ExitCodes.Ok;
    }
}
