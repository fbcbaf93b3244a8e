using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Document = Marsad.Core.Model.Document;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Marsad.Read.Formats;

/// <summary>
/// Reads a Word document (.docx): the body's paragraphs, tables included, in document order and
/// separated by blank lines as page paragraphs are; the title from the document properties, else
/// from a first paragraph styled as a title or heading. The file's dates are when it was written,
/// not published, so the publication date is left to the dateline.
/// </summary>
public static class DocxReader
{
    public static ReadResult Read(byte[] bytes, string origin, string id)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var doc = WordprocessingDocument.Open(stream, isEditable: false);
            var body = doc.MainDocumentPart?.Document?.Body;
            if (body is null) return ReadResult.Fail(origin, "Word document without a body");
            var paragraphs = body.Descendants<Paragraph>().Select(p => (Style: StyleOf(p), Text: TextOf(p).Trim()))
                .Where(p => p.Text.Length > 0).ToList();
            var text = string.Join("\n\n", paragraphs.Select(p => p.Text));
            if (text.Length == 0) return ReadResult.Fail(origin, "no text in the Word document");
            if (text.Length > ReadLimits.MaxDocumentChars) return ReadResult.Fail(origin, ReadLimits.TooLong(text.Length));
            var title = doc.PackageProperties.Title is { Length: > 0 } t ? t.Trim()
                : paragraphs[0].Style is { } s && (s.StartsWith("Title", StringComparison.OrdinalIgnoreCase) || s.StartsWith("Heading", StringComparison.OrdinalIgnoreCase))
                    ? paragraphs[0].Text : null;
            return ReadResult.Ok(new Document(id, text) { Origin = origin, Title = title });
        }
        // Whatever the Open XML SDK throws on a damaged package is a reason to skip that file, never a crash of the batch.
        catch (Exception ex) when (ex is not (OutOfMemoryException or StackOverflowException))
        {
            return ReadResult.Fail(origin, "not a readable Word (.docx) document: " + ex.Message);
        }
    }

    private static string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    /// <summary>The paragraph's runs with tabs and line breaks kept as white space.</summary>
    private static string TextOf(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case WordText t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break or CarriageReturn: sb.Append('\n'); break;
            }
        }
        return sb.ToString();
    }
}
