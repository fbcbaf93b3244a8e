using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Marsad.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
