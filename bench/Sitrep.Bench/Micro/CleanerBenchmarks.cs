using BenchmarkDotNet.Attributes;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Documents;

namespace Sitrep.Bench.Micro;

/// <summary>Cleaner.Clean on a ~5 KB and a ~50 KB raw page with boilerplate, repeats and odd spaces.</summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet's generated runner derives from the benchmark class.
public class CleanerBenchmarks
{
    private Cleaner _cleaner = null!;
    private RawArticle _page = null!;

    [Params(5, 50)]
    public int SizeKB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cleaner = new Cleaner(MicroInputs.LineRules);
        _page = MicroInputs.BoilerplatePage(SizeKB);
    }

    [Benchmark]
    public Page Clean() => _cleaner.Clean(_page);
}
