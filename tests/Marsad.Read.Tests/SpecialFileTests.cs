using System.Diagnostics;

namespace Marsad.Read.Tests;

/// <summary>
/// Devices, pipes and links to them: folders yield only their regular files, a device named on the
/// command line is refused, and a pipe named on the command line is read as a stream under the same
/// byte limit as standard input. Nothing here may hang or grow without bound.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static async Task<List<ReadResult>> ReadWithin(IEnumerable<string> paths) =>
        await Task.Run(() => DocumentReader.ReadAll(paths).ToList()).WaitAsync(TimeSpan.FromSeconds(60));

    private static void MakeFifo(string path)
    {
        using var p = Process.Start("mkfifo", [path]);
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    [Fact]
    public async Task A_folder_yields_its_regular_files_and_names_the_special_ones()
    {
        _dir.Write("a-good.txt", "زار وزير الخارجية التركي القاهرة أمس.");
        File.CreateSymbolicLink(Path.Combine(_dir.Path, "b-zero.txt"), "/dev/zero");
        MakeFifo(Path.Combine(_dir.Path, "c-pipe.txt"));
        _dir.Write("d-good.txt", "التقى الرئيس المصري نظيره الفرنسي في باريس.");

        var results = await ReadWithin([_dir.Path]);

        Assert.Equal(["a-good", "d-good"], results.Where(r => !r.IsError).Select(r => r.Document!.Id));
        var skipped = results.Where(r => r.IsError).ToDictionary(r => Path.GetFileName(r.Origin), r => r.Error);
        Assert.Contains("not a regular file", skipped["b-zero.txt"]);
        Assert.Contains("not a regular file", skipped["c-pipe.txt"]);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public async Task A_device_named_as_input_is_refused_at_once(string device)
    {
        var link = Path.Combine(_dir.Path, "x.jsonl");
        File.CreateSymbolicLink(link, device);
        foreach (var path in new[] { device, link })
        {
            var r = Assert.Single(await ReadWithin([path]));
            Assert.True(r.IsError);
            Assert.Contains("a device", r.Error);
        }
    }

    [Fact]
    public async Task A_pipe_named_as_input_is_read_as_a_stream()
    {
        var fifo = Path.Combine(_dir.Path, "feed");
        MakeFifo(fifo);
        var writer = Task.Run(() => File.WriteAllText(fifo, "{\"id\":\"p1\",\"text\":\"أعلنت تركيا دعمها لحكومة الوفاق.\"}\n"));
        var results = await ReadWithin([fifo]);
        await writer;
        Assert.Equal("p1", Assert.Single(results).Document!.Id);
    }
}
