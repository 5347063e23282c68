using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Sitrep.Core.Knowledge;

namespace Sitrep.Bench.Micro;

/// <summary>The <c>micro</c> mode: hands its arguments to BenchmarkDotNet's switcher, so
/// <c>--filter</c>, <c>--job short</c>, <c>--list flat</c> and the rest work as documented there.</summary>
public static class MicroCommand
{
    public static int Run(string[] args)
    {
        // BenchmarkDotNet runs each benchmark in a child process built in its own folder; naming the
        // data folder here lets the children find the knowledge files wherever they run from.
        Environment.SetEnvironmentVariable("SITREP_DATA", DataDirectory.Locate());
        var config = DefaultConfig.Instance
            .AddColumn(RateColumn.MegabytesPerSecond, RateColumn.MillionWordsPerSecond);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroCommand).Assembly).Run(args, config);
        // A benchmark that failed to build or run must not look like a success to a script.
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
