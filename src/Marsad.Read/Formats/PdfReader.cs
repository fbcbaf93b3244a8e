using System.Diagnostics;
using System.Text;
using Marsad.Core.Model;
using Marsad.Text;

namespace Marsad.Read.Formats;

/// <summary>
/// Reads a PDF through poppler's <c>pdftotext</c> (Debian package poppler-utils), found on the PATH at
/// run time; without it, each PDF is reported with how to install it and the batch goes on. The text
/// is the extractor's reading order with its layout marks removed (bidi embeddings around each line,
/// page breaks as paragraph breaks) and the letters of lam-alef ligatures put back in order
/// (<see cref="LamAlefRepair"/>). Offsets refer to that text.
/// </summary>
public static class PdfReader
{
    public const string Tool = "pdftotext";

    /// <summary>Long enough for a book-length PDF on a loaded machine; a hung extractor is stopped.</summary>
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    /// <param name="tool">The extractor to run (tests name a missing one).</param>
    public static ReadResult Read(string path, string origin, string id, string tool = Tool)
    {
        string stdout, stderr;
        try
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var a in new[] { "-enc", "UTF-8", "-q", path, "-" }) start.ArgumentList.Add(a);
            using var p = Process.Start(start)!;
            var err = p.StandardError.ReadToEndAsync();
            var output = p.StandardOutput.ReadToEndAsync();
            if (!p.WaitForExit(s_timeout))
            {
                p.Kill(entireProcessTree: true);
                return ReadResult.Fail(origin, $"{tool} did not finish within {s_timeout.TotalMinutes:0} minutes: PDF skipped");
            }
            stdout = output.Result;
            stderr = err.Result;
            if (p.ExitCode != 0) return ReadResult.Fail(origin, $"not a readable PDF ({tool} exit code {p.ExitCode}): {FirstLine(stderr)}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return ReadResult.Fail(origin, $"reading PDF needs '{tool}', not found on the PATH (Debian/Ubuntu: apt-get install poppler-utils)");
        }
        var text = LanguageResources.Compiled.LamAlef.Repair(Clean(stdout));
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(origin, "no text in the PDF (a scanned PDF needs OCR first)");
        if (text.Length > ReadLimits.MaxDocumentChars) return ReadResult.Fail(origin, ReadLimits.TooLong(text.Length));
        return ReadResult.Ok(new Document(id, text) { Origin = origin, Title = PlainTextReader.TitleLine(text) });
    }

    /// <summary>Removes bidi embedding, override and isolate marks; a form feed (page break) becomes a paragraph break.</summary>
    public static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069') continue;
            if (c == '\f') { sb.Append("\n\n"); continue; }
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    private static string FirstLine(string s)
    {
        var line = s.Trim().Split('\n')[0].Trim();
        return line.Length == 0 ? "no message" : line;
    }
}
