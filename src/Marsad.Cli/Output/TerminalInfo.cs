namespace Marsad.Cli.Output;

/// <summary>Whether output goes to a terminal (colours, its width) or to a file or pipe (plain, 120 columns).</summary>
public readonly record struct TerminalInfo(bool Ansi, int Width)
{
    public static TerminalInfo For(TextWriter writer)
    {
        bool terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        int width = 120;
        if (terminal)
        {
            try { width = Math.Max(60, Console.WindowWidth); } catch (IOException) { }
        }
        return new TerminalInfo(terminal && Environment.GetEnvironmentVariable("NO_COLOR") is null, width);
    }
}
