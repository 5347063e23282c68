using System.Globalization;

namespace Sitrep.Bench.Throughput;

/// <summary>The command line of <c>throughput</c>.</summary>
public sealed record ThroughputOptions(IReadOnlyList<int> Sizes, bool Store, string? Out, double WarmupSeconds, int Repeat)
{
    public const string Usage = """
        usage: throughput [--sizes 1000,10000,100000] [--store] [--out FILE] [--warmup SECONDS] [--repeat N]
          --sizes   corpus sizes in articles, comma-separated (default 1000,10000,100000)
          --store   also time pipeline+sqlite: a fresh temporary SQLite file, batches of 256 pages
          --out     also write the results: markdown for a .md file, JSON for any other
          --warmup  least seconds of untimed warm-up, until the JIT has settled (default 5; 0 skips it)
          --repeat  timed runs of each size and mode; the median is reported (default 3)
        """;

    /// <summary>Parses the arguments, or returns null and an error message (no message: help was asked for).</summary>
    public static (ThroughputOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        int[] sizes = [1000, 10000, 100000];
        bool store = false;
        string? output = null;
        double warmup = 5;
        int repeat = 3;
        for (int i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "-h" or "--help": return (null, null);
                case "--store": store = true; break;
                case "--out":
                    output = Value();
                    if (output is null) return (null, "--out needs a file name");
                    break;
                case "--sizes":
                    var list = Value()?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var parsed = list?.Select(s => int.TryParse(s.Replace("_", ""), CultureInfo.InvariantCulture, out var n) ? n : 0).ToArray();
                    if (parsed is not { Length: > 0 } || parsed.Any(n => n <= 0))
                        return (null, "--sizes needs positive whole numbers separated by commas, e.g. 1000,10000");
                    sizes = parsed;
                    break;
                case "--warmup":
                    if (!double.TryParse(Value(), CultureInfo.InvariantCulture, out warmup) || warmup < 0)
                        return (null, "--warmup needs a number of seconds >= 0");
                    break;
                case "--repeat":
                    if (!int.TryParse(Value(), CultureInfo.InvariantCulture, out repeat) || repeat < 1)
                        return (null, "--repeat needs a whole number >= 1");
                    break;
                default: return (null, $"unknown argument '{args[i]}'");
            }
        }
        return (new ThroughputOptions(sizes, store, output, warmup, repeat), null);
    }
}
