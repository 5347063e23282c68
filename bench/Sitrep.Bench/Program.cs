using Sitrep.Bench.Micro;
using Sitrep.Bench.Throughput;

namespace Sitrep.Bench;

/// <summary>Sitrep's benchmarks: <c>throughput</c> (whole pipeline over synthetic corpora) and
/// <c>micro</c> (BenchmarkDotNet micro-benchmarks of single stages).</summary>
public static class Program
{
    private const string Usage = """
        usage: dotnet run -c Release --project bench/Sitrep.Bench -- MODE [ARGS]
          throughput [--sizes 1000,10000,100000] [--store] [--out FILE] [--warmup S] [--repeat N]
                     whole-pipeline throughput over synthetic corpora (see 'throughput --help')
          micro [BenchmarkDotNet args, e.g. --filter '*Tokenizer*' --job short]
                     BenchmarkDotNet micro-benchmarks of the stages
          stages [--articles 2000] [--passes 3] [--warmup 3]
                     time and allocations of each pipeline step, one thread
          words [--articles 2000] [--repeat 3]
                     what a word id (the tokenizer's look-up of each word) costs, with warm and cold caches
          incidents [--count 1000000] [--db PATH] [--repeat N] [--out FILE]
                     filtered incident queries over a store of generated incidents
        """;

    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "throughput":
                return await ThroughputCommand.RunAsync(args[1..], Console.Out);
            case "micro":
                return MicroCommand.Run(args[1..]);
            case "stages":
                return Stages.StagesCommand.Run(args[1..], Console.Out);
            case "words":
                return Stages.WordsCommand.Run(args[1..], Console.Out);
            case "incidents":
                return await Incidents.IncidentQueryBench.RunAsync(args[1..], Console.Out);
            case "-h" or "--help" or "help":
                Console.WriteLine(Usage);
                return 0;
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }
}
