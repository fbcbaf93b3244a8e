namespace Marsad.Cli;

/// <summary>Process exit codes, documented in --help.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Some input was skipped (unreadable file, bad JSONL line) or the command failed.</summary>
    public const int Partial = 1;
    public const int Usage = 2;
}
