using System.CommandLine;
using Marsad.Broker.Queue;

namespace Marsad.Cli.Commands;

/// <summary>What the commands that talk to RabbitMQ share: the --broker and --queue options and readable broker errors.</summary>
internal static class BrokerCommand
{
    public static Option<string?> BrokerOption(string description) => new("--broker") { Description = description + $" (amqp://user:password@host:5672/; default ${DocumentQueue.EnvironmentVariable})." };

    public static Option<string> QueueOption() => new("--queue")
    {
        Description = $"The work queue's name; failed documents go to NAME.dead (default {DocumentQueue.DefaultName}).",
        DefaultValueFactory = _ => DocumentQueue.DefaultName,
    };

    public static string? Broker(string? value) =>
        string.IsNullOrWhiteSpace(value) ? Environment.GetEnvironmentVariable(DocumentQueue.EnvironmentVariable) is { Length: > 0 } env ? env : null : value;

    /// <summary>Connects and runs the work, turning broker problems into one-line errors.</summary>
    public static async Task<int> RunAsync(string broker, string queueName, Func<DocumentQueue, Task<int>> work, CancellationToken ct)
    {
        try
        {
            await using var queue = await DocumentQueue.ConnectAsync(broker, queueName, ct);
            return await work(queue);
        }
        catch (BrokerException ex) { return CorpusCommand.Fail(ex.Message); }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException ex) { return CorpusCommand.Fail($"the broker closed the connection: {ex.Message}"); }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { return ExitCodes.Partial; }
    }
}
