namespace Marsad.Cli;

/// <summary>Process exit codes, documented in --help.</summary>
public static class ExitCodes
{
    /// <summary>Everything was read and processed.</summary>
    public const int Ok = 0;
    /// <summary>Some input was skipped (unreadable file, bad JSONL line, …) or a command failed.</summary>
    public const int Partial = 1;
    /// <summary>Usage error: unknown command or option, bad option value, unwritable output.</summary>
    public const int Usage = 2;

    public const string Help = "Exit codes: 0 everything was read; 1 some input was skipped (reported on standard error) or the command failed; 2 usage error.";
}
