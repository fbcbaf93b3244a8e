using System.CommandLine;
using Marsad.Broker.Queue;
using Marsad.Broker.Worker;
using Marsad.Extraction;
using Marsad.Store;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad worker --broker amqp://… --db …</c>: extract and store documents from the broker's queue.</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var broker = BrokerCommand.BrokerOption("The RabbitMQ broker to take documents from");
        var queue = BrokerCommand.QueueOption();
        var db = CorpusCommand.DbOption();
        var prefetch = new Option<int>("--prefetch") { Description = "Unacknowledged documents taken from the broker at once (default 16).", DefaultValueFactory = _ => 16 };
        var parallel = new Option<int>("--parallel", "-j") { Description = "Documents extracted at the same time (default: one per core).", DefaultValueFactory = _ => 0 };
        var attempts = new Option<int>("--max-attempts") { Description = "Tries before a failing document, or one its workers died on, goes to the dead-letter queue (default 3).", DefaultValueFactory = _ => 3 };
        var untilEmpty = new Option<bool>("--until-empty") { Description = "Exit once the queue is empty instead of waiting for more documents." };
        var cmd = new Command("worker", """
            Take documents from a RabbitMQ queue (published by 'marsad ingest --broker'), extract them and store
            them in the corpus. A message is acknowledged only after its document is committed, so a worker that
            dies loses nothing; documents already stored are skipped, so redelivery duplicates nothing. Several
            workers, on one machine or many, can share a queue and a PostgreSQL database. A document that fails
            --max-attempts times goes to the dead-letter queue with its error ('marsad stats --broker' lists them),
            and so does one whose workers died on it (crashed or killed) that many times: a document handed out
            again is extracted alone, its start recorded in the database first, so that such deaths are counted.
            Runs until interrupted (Ctrl+C) or, with --until-empty, until the queue is empty.
            """) { broker, queue, db, prefetch, parallel, attempts, untilEmpty };
        cmd.SetAction(async (p, ct) =>
        {
            string? usage = BrokerCommand.Broker(p.GetValue(broker)) is null ? "worker needs --broker amqp://…"
                : p.GetValue(prefetch) is < 1 or > 65535 ? "--prefetch must be between 1 and 65535"
                : p.GetValue(parallel) < 0 ? "--parallel must be 0 (one per core) or more"
                : p.GetValue(attempts) < 1 ? "--max-attempts must be at least 1" : null;
            if (usage is not null) { CorpusCommand.Fail(usage); return ExitCodes.Usage; }
            var uri = BrokerCommand.Broker(p.GetValue(broker))!;
            var options = new WorkerOptions
            {
                Prefetch = p.GetValue(prefetch), Parallelism = p.GetValue(parallel), MaxAttempts = p.GetValue(attempts), UntilEmpty = p.GetValue(untilEmpty),
            };
            return await BrokerCommand.RunAsync(uri, p.GetValue(queue)!, q => Task.FromResult(CorpusCommand.Run(p.GetValue(db), store =>
            {
                var worker = new DocumentWorker(q, store, Composition.Pipeline, options)
                {
                    OnProgress = s => Console.Error.WriteLine(
                        $"marsad: worker {s.Done} documents ({s.Stored} stored, {s.Unchanged} already stored, {s.Retried} retried, {s.DeadLettered} dead-lettered), " +
                        $"{s.DocumentsPerSecond:F1} docs/s; queue {s.Waiting} waiting, {s.DeadLetters} dead letters"),
                    OnError = (id, message) => Console.Error.WriteLine($"marsad: document {id} failed: {message}"),
                    OnRedelivered = (id, message) => Console.Error.WriteLine($"marsad: document {id} {message}"),
                };
                Console.Error.WriteLine($"marsad: worker on {DocumentQueue.Describe(uri)} queue {q.Name}, storing in {store.Backend}");
                var r = worker.RunAsync(ct).GetAwaiter().GetResult();
                Console.WriteLine($"{r.Done} documents in {r.Elapsed.TotalSeconds:F1} s: {r.Stored} stored, {r.Unchanged} already stored, {r.DeadLettered} dead-lettered");
                return r.DeadLettered > 0 || ct.IsCancellationRequested ? ExitCodes.Partial : ExitCodes.Ok;
            })), ct);
        });
        return cmd;
    }
}
