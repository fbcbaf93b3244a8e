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
root.Subcommands.Add(EvalNerCommand.Create());

return MarsadCli.Invoke(root, args);
