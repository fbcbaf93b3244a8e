using System.Text;
using Marsad.Cli;
using Marsad.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);

var root = MarsadCli.CreateRoot();
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(BuildKbCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(TrainNerCommand.Create());
root.Subcommands.Add(TrainEmbeddingsCommand.Create());
root.Subcommands.Add(EvalNerCommand.Create());
root.Subcommands.Add(TrainEventsCommand.Create());
root.Subcommands.Add(EvalEventsCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(EntityCommand.Create());
root.Subcommands.Add(GraphCommand.Create());
root.Subcommands.Add(TimelineCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(CorrectCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(BenchStoreCommand.Create());
root.Subcommands.Add(CampsCommand.Create());
root.Subcommands.Add(ClaimsCommand.Create());
root.Subcommands.Add(OutletsCommand.Create());
root.Subcommands.Add(WordStatsCommand.Create());
root.Subcommands.Add(WorkerCommand.Create());
root.Subcommands.Add(NerSampleCommand.Create());

return MarsadCli.Invoke(root, args);
