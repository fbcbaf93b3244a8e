using System.Text;
using System.Text.Json;

namespace Marsad.Cli.Tests;

public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Good_documents_come_out_bad_ones_are_named_on_stderr_and_the_exit_code_is_1()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string utf8Text = "وصل الرئيس التركي رجب طيب أردوغان إلى القاهرة أمس.";
        const string cp1256Text = "التقى وزير الخارجية المصري نظيره الروسي في موسكو.";
        Write("good.txt", Encoding.UTF8.GetBytes(utf8Text));
        Write("arabic-1256.txt", Encoding.GetEncoding(1256).GetBytes(cp1256Text));
        var noise = new byte[4096];
        new Random(42).NextBytes(noise);
        Write("noise.bin", noise);
        Write("empty.txt", []);
        Write("feed.jsonl", Encoding.UTF8.GetBytes("{\"id\":\"j1\",\"text\":\"أعلنت ليبيا وتركيا اتفاقاً.\"}\n{\"id\":\"j2\",\"text\":\"مقطوع\n"));

        var r = CliProcess.Run(["extract", _dir]);

        Assert.Equal(1, r.ExitCode);
        var docs = r.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["arabic-1256", "j1", "good"], docs.Select(d => d.GetProperty("id").GetString()));
        var texts = new Dictionary<string, string> { ["arabic-1256"] = cp1256Text, ["j1"] = "أعلنت ليبيا وتركيا اتفاقاً.", ["good"] = utf8Text };
        foreach (var d in docs) ContractShape.AssertDocument(d, texts[d.GetProperty("id").GetString()!]);
        Assert.Contains("empty.txt: empty file", r.Stderr);
        Assert.Contains("feed.jsonl:2: malformed JSON", r.Stderr);
        Assert.Contains("noise.bin: unknown file type '.bin' and not text: binary data", r.Stderr);
        Assert.Contains("3 inputs skipped, 3 documents extracted", r.Stderr);
    }

    [Fact]
    public void Everything_readable_gives_exit_code_0_and_nothing_on_stderr()
    {
        Write("a.txt", Encoding.UTF8.GetBytes("زار حفتر القاهرة."));
        var r = CliProcess.Run(["extract", _dir]);
        Assert.Equal((0, ""), (r.ExitCode, r.Stderr));
        Assert.Single(r.Lines);
    }

    [Fact]
    public void Standard_input_is_read_with_dash()
    {
        var r = CliProcess.Run(["extract", "-"], stdin: "{\"id\":\"s1\",\"text\":\"قالت مصر إن تركيا تدعم حكومة الوفاق.\"}\n{\"id\":\"s2\"}\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("s1", JsonDocument.Parse(Assert.Single(r.Lines)).RootElement.GetProperty("id").GetString());
        Assert.Contains("-:2: missing \"text\"", r.Stderr);
    }
}

public class ClosedStdinTests
{
    /// <summary>
    /// With descriptor 0 closed, the runtime's first opened file would become "standard input" and
    /// `extract -` waited on it forever. The launcher gives the command an empty input instead.
    /// The wait is generous: the launcher builds the CLI first when its sources are newer.
    /// </summary>
    [Fact]
    public async Task Extract_from_a_closed_standard_input_ends_with_an_error_instead_of_hanging()
    {
        var launcher = Path.Combine(Path.GetDirectoryName(Marsad.Core.DataPaths.Data)!, "marsad");
        var psi = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("exec 0<&-; exec \"$0\" extract -");
        psi.ArgumentList.Add(launcher);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEndAsync();
        using var wait = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try { await p.WaitForExitAsync(wait.Token); }
        catch (OperationCanceledException) { p.Kill(entireProcessTree: true); Assert.Fail("extract - with a closed standard input did not end"); }
        Assert.Equal(1, p.ExitCode);
        Assert.Contains("skipped -: empty input", await stderr);
        Assert.Equal("", await stdout);
    }
}
