using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Marsad.Broker.Tests;

/// <summary>
/// Servers of a test's own, for the fault tests that stop and start them: the shared servers of
/// scripts/test-setup.d serve every other test at the same time. Started the same way as those
/// scripts (Debian's binaries, a temporary folder, free local ports) and removed on dispose. A server
/// that cannot start fails the test.
/// </summary>
internal static class OwnServer
{
    /// <summary>Runs a command to its end; throws with its output when it fails.</summary>
    public static void Run(string file, IEnumerable<string> args, IDictionary<string, string>? env = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var errors = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', psi.ArgumentList)} did not finish");
        }
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', psi.ArgumentList)} failed ({p.ExitCode}): {output.Result} {errors.Result}");
    }

    public static int FreePort()
    {
        using var s = new TcpListener(IPAddress.Loopback, 0);
        s.Start();
        return ((IPEndPoint)s.LocalEndpoint).Port;
    }

    public static string TempFolder(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;

    public static bool IsRoot => Environment.UserName == "root";
}

/// <summary>A throwaway PostgreSQL cluster (as scripts/test-setup.d/postgres.sh makes one) that a test can restart.</summary>
public sealed class OwnPostgres : IDisposable
{
    private readonly string _dir, _bin;
    private readonly int _port = OwnServer.FreePort();

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=marsad;Database=marsad_test";

    public OwnPostgres()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).LastOrDefault() ?? ""
            : "";
        if (_bin.Length == 0) throw new InvalidOperationException("PostgreSQL is not installed: scripts/test-setup.d/postgres.sh installs it");
        _dir = OwnServer.TempFolder("marsad-own-pg.");
        if (OwnServer.IsRoot) OwnServer.Run("chown", ["postgres", _dir]); // initdb refuses to run as root
        As("initdb", "-D", Data, "-U", "marsad", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8");
        Start();
        As("psql", "-h", "127.0.0.1", "-p", _port.ToString(), "-U", "marsad", "-d", "postgres", "-qc", "CREATE DATABASE marsad_test");
    }

    private string Data => Path.Combine(_dir, "data");

    private void As(string tool, params string[] args) =>
        OwnServer.Run(OwnServer.IsRoot ? "runuser" : Path.Combine(_bin, tool),
            OwnServer.IsRoot ? ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args] : args);

    public void Start() => As("pg_ctl", "-D", Data, "-l", Path.Combine(_dir, "server.log"), "-w", "-t", "120",
        "-o", $"-p {_port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");

    /// <summary>Stops the server the way an administrator does: open sessions are terminated, transactions in flight rolled back.</summary>
    public void Stop() => As("pg_ctl", "-D", Data, "-m", "fast", "-w", "-t", "120", "stop");

    public void Dispose()
    {
        try { Stop(); } catch (Exception) { /* already stopped */ }
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>A throwaway RabbitMQ node (as scripts/test-setup.d/rabbitmq.sh makes one) that a test can stop and start again with its data.</summary>
public sealed class OwnRabbitMq : IDisposable
{
    private const string Bin = "/usr/lib/rabbitmq/bin";
    private readonly string _dir;
    private readonly int _port = OwnServer.FreePort();
    private readonly Dictionary<string, string> _env;
    private Process? _server;

    public string Uri => $"amqp://guest:guest@127.0.0.1:{_port}/";

    public OwnRabbitMq()
    {
        if (!File.Exists(Path.Combine(Bin, "rabbitmq-server"))) throw new InvalidOperationException("RabbitMQ is not installed: scripts/test-setup.d/rabbitmq.sh installs it");
        _dir = OwnServer.TempFolder("marsad-own-mq.");
        foreach (var d in new[] { "home", "mnesia", "log" }) Directory.CreateDirectory(Path.Combine(_dir, d));
        File.WriteAllText(Path.Combine(_dir, "enabled_plugins"), "[].");
        File.WriteAllText(Path.Combine(_dir, "rabbitmq.conf"), "disk_free_limit.absolute = 50MB\n");
        _env = new()
        {
            ["HOME"] = Path.Combine(_dir, "home"),
            ["RABBITMQ_NODENAME"] = $"marsad-own-{_port}@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = _port.ToString(),
            ["RABBITMQ_DIST_PORT"] = OwnServer.FreePort().ToString(),
            ["ERL_EPMD_PORT"] = OwnServer.FreePort().ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_dir, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(_dir, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_dir, "enabled_plugins"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_dir, "rabbitmq"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(_dir, "rabbitmq.pid"),
        };
        Start();
    }

    public void Start()
    {
        var psi = new ProcessStartInfo(Path.Combine(Bin, "rabbitmq-server")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (k, v) in _env) psi.Environment[k] = v;
        _server = Process.Start(psi)!;
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        OwnServer.Run(Path.Combine(Bin, "rabbitmqctl"), ["-q", "wait", "--timeout", "300", _env["RABBITMQ_PID_FILE"]], _env, TimeSpan.FromMinutes(6));
    }

    /// <summary>
    /// Stops the node as a service manager does (SIGTERM: an orderly shutdown; clients lose their connections);
    /// durable queues and persistent messages stay on disk.
    /// </summary>
    public void Stop()
    {
        if (_server is null) return;
        OwnServer.Run("kill", ["-TERM", File.ReadAllText(_env["RABBITMQ_PID_FILE"]).Trim()]);
        if (!_server.WaitForExit(TimeSpan.FromMinutes(3))) throw new TimeoutException("RabbitMQ did not stop");
        _server.Dispose();
        _server = null;
        File.Delete(_env["RABBITMQ_PID_FILE"]);
    }

    public void Dispose()
    {
        try { Stop(); } catch (Exception) { _server?.Kill(entireProcessTree: true); }
        try { OwnServer.Run("epmd", ["-kill"], _env, TimeSpan.FromMinutes(1)); } catch (Exception) { /* epmd already gone */ }
        Directory.Delete(_dir, recursive: true);
    }
}
