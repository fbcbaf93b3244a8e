using Marsad.Read.Formats;
using Marsad.Read.Inputs;

namespace Marsad.Read;

/// <summary>
/// Reads documents from files (.txt, .html/.htm, .jsonl, RSS/Atom feeds .rss/.atom/.xml, Word .docx,
/// .pdf; other names only if they decode as text), folders (recursive) and standard input ("-": the
/// format sniffed from the first bytes). Yields, in input order, one result per document or per skipped input,
/// so one bad file or JSONL line never loses the others. JSON Lines are streamed.
/// </summary>
/// <remarks>A publication date missing from the metadata is taken later from a dateline in the
/// text, by the dateline stage (Marsad.Text.Dates.DatelineStage) (it needs the tokens of the text stage).</remarks>
public static class DocumentReader
{
    private const int SniffBytes = 64 * 1024;

    /// <param name="paths">Files, folders, or "-" for standard input.</param>
    /// <param name="openStdin">Opens standard input (tests pass their own stream).</param>
    /// <param name="fields">How JSON Lines field names map to document fields (default: the contract's names and common aliases).</param>
    public static IEnumerable<ReadResult> ReadAll(IEnumerable<string> paths, Func<Stream>? openStdin = null, JsonFieldMap? fields = null)
    {
        foreach (var input in InputPlanner.Plan(paths))
        {
            if (input.Error is not null) { yield return ReadResult.Fail(input.Origin, input.Error); continue; }
            Func<IEnumerable<ReadResult>> read = input.Kind switch
            {
                InputKind.Stdin => () => ReadStream((openStdin ?? Console.OpenStandardInput)(), input.Origin, input.Id, fields),
                InputKind.Pipe => () => ReadStream(File.OpenRead(input.Origin), input.Origin, input.Id, fields),
                _ => () => ReadFile(input, fields),
            };
            foreach (var r in Guarded(read, input.Origin)) yield return r;
        }
    }

    /// <summary>Reads one file of any supported kind.</summary>
    public static IEnumerable<ReadResult> ReadFile(string path) =>
        Guarded(() => ReadFile(new Input(path, Input.KindOf(path), Path.GetFileNameWithoutExtension(path))), path);

    private static IEnumerable<ReadResult> ReadFile(Input input, JsonFieldMap? fields = null)
    {
        if (input.Kind == InputKind.JsonLines) return JsonLinesReader.Read(File.OpenRead(input.Origin), input.Origin, input.Id, fields);
        long size = new FileInfo(input.Origin).Length;
        long limit = LimitOf(input.Kind);
        if (size > limit) return [ReadResult.Fail(input.Origin, $"file too large: {size:N0} bytes (the limit is {limit:N0})")];
        if (input.Kind == InputKind.Pdf) return [PdfReader.Read(input.Origin, input.Origin, input.Id)];
        return ReadBytes(File.ReadAllBytes(input.Origin), input);
    }

    private static long LimitOf(InputKind kind) => kind switch
    {
        InputKind.Html => ReadLimits.MaxHtmlFileBytes,
        InputKind.Feed or InputKind.Docx or InputKind.Pdf => ReadLimits.MaxPackedFileBytes,
        _ => ReadLimits.MaxTextFileBytes,
    };

    private static IEnumerable<ReadResult> ReadBytes(byte[] bytes, Input input)
    {
        switch (input.Kind)
        {
            case InputKind.Feed: return FeedFileReader.Read(bytes, input.Origin, input.Id);
            case InputKind.Docx: return [DocxReader.Read(bytes, input.Origin, input.Id)];
            case InputKind.Pdf: return [ReadPdfBytes(bytes, input)];
            case InputKind.Html: return [HtmlReader.Read(bytes, input.Origin, input.Id)];
        }
        var r = PlainTextReader.Read(bytes, input.Origin, input.Id);
        if (r.IsError && input.Kind == InputKind.Unknown)
            return [ReadResult.Fail(input.Origin, $"unknown file type '{Path.GetExtension(input.Origin)}' and not text: {r.Error}")];
        return [r];
    }

    /// <summary>pdftotext reads files: a PDF from standard input or a pipe goes through a temporary one.</summary>
    private static ReadResult ReadPdfBytes(byte[] bytes, Input input)
    {
        var temp = Path.Combine(Path.GetTempPath(), $"marsad-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(temp, bytes);
            return PdfReader.Read(temp, input.Origin, input.Id);
        }
        finally { File.Delete(temp); }
    }

    /// <summary>Reads a stream whose format is unknown, sniffing it from its first bytes.</summary>
    public static IEnumerable<ReadResult> ReadStream(Stream stream, string origin, string id, JsonFieldMap? fields = null)
    {
        var prefix = new byte[SniffBytes];
        int n = stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        if (n == 0) { stream.Dispose(); return [ReadResult.Fail(origin, "empty input")]; }
        var kind = Sniff(prefix.AsSpan(0, n));
        var all = new PrefixedStream(prefix, n, stream);
        if (kind == InputKind.JsonLines) return JsonLinesReader.Read(all, origin, id, fields);

        using (all)
        {
            long limit = LimitOf(kind);
            using var ms = new MemoryStream();
            var buffer = new byte[SniffBytes];
            int read;
            while ((read = all.Read(buffer)) > 0)
            {
                if (ms.Length + read > limit) return [ReadResult.Fail(origin, $"input too large: more than {limit:N0} bytes")];
                ms.Write(buffer, 0, read);
            }
            return ReadBytes(ms.ToArray(), new Input(origin, kind, id));
        }
    }

    /// <summary>PDF and Word (a zip package) by their signatures; JSON Lines if the first visible byte is
    /// '{'; a feed if it starts with '<' and names an RSS, RDF or Atom root early on, HTML if other '<'; else text.</summary>
    public static InputKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8)) return InputKind.Pdf;
        if (head.StartsWith("PK\u0003\u0004"u8)) return InputKind.Docx;
        foreach (byte b in head)
        {
            // Skip whitespace, byte-order marks and the zero bytes of UTF-16.
            if (b is 0 or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF or 0xFE or 0xFF) continue;
            if (b == '{') return InputKind.JsonLines;
            if (b != '<') return InputKind.Text;
            var start = head[..Math.Min(head.Length, 1024)];
            return start.IndexOf("<rss"u8) >= 0 || start.IndexOf("<rdf:RDF"u8) >= 0 || start.IndexOf("<feed"u8) >= 0
                ? InputKind.Feed : InputKind.Html;
        }
        return InputKind.Text;
    }

    /// <summary>Turns an I/O failure while reading an input into a reported result instead of a crash.</summary>
    private static IEnumerable<ReadResult> Guarded(Func<IEnumerable<ReadResult>> read, string origin)
    {
        IEnumerator<ReadResult>? e = null;
        try
        {
            while (true)
            {
                ReadResult? next;
                string? failure = null;
                try
                {
                    e ??= read().GetEnumerator();
                    next = e.MoveNext() ? e.Current : null;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
                {
                    next = null;
                    failure = "cannot read: " + ex.Message;
                }
                if (failure is not null) { yield return ReadResult.Fail(origin, failure); yield break; }
                if (next is null) yield break;
                yield return next;
            }
        }
        finally { e?.Dispose(); }
    }
}
