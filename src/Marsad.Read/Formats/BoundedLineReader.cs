using System.Text;

namespace Marsad.Read.Formats;

/// <summary>One line of a streamed file: its 1-based number and its text, or null when it was too long.</summary>
public readonly record struct Line(int Number, string? Text, long Length);

/// <summary>
/// Reads lines from a stream one at a time, so that a 1 GB JSON Lines file is never held in
/// memory; a line longer than the limit is skipped (and reported) rather than buffered.
/// Accepts \n and \r\n line ends.
/// </summary>
public static class BoundedLineReader
{
    public static IEnumerable<Line> ReadLines(TextReader reader, int maxChars)
    {
        var sb = new StringBuilder();
        var buffer = new char[64 * 1024];
        int number = 0;
        long length = 0;
        bool overflow = false, any = false, endsWithCr = false;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            for (int i = 0; i < read; i++)
            {
                if (buffer[i] != '\n') continue;
                Take(buffer.AsSpan(start, i - start));
                yield return Finish();
                start = i + 1;
            }
            Take(buffer.AsSpan(start, read - start));
        }
        if (any) yield return Finish();

        void Take(ReadOnlySpan<char> chunk)
        {
            if (chunk.IsEmpty) return;
            any = true;
            length += chunk.Length;
            endsWithCr = chunk[^1] == '\r';
            if (overflow) return;
            if (sb.Length + chunk.Length > maxChars) { overflow = true; sb.Clear(); return; }
            sb.Append(chunk);
        }

        Line Finish()
        {
            number++;
            if (endsWithCr)
            {
                length--;
                if (!overflow) sb.Length--;
            }
            var line = new Line(number, overflow ? null : sb.ToString(), length);
            sb.Clear();
            length = 0;
            overflow = false;
            any = false;
            endsWithCr = false;
            return line;
        }
    }
}
