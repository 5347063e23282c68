using BenchmarkDotNet.Attributes;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench.Micro;

/// <summary>The whole default pipeline (clean, story split, tokens, sentences) on one ~5 KB and ~50 KB
/// article, single-threaded: the per-page cost the throughput mode multiplies.</summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet's generated runner derives from the benchmark class.
public class PipelineBenchmarks
{
    private SitrepPipeline _pipeline = null!;
    private RawArticle _article = null!;

    [Params(5, 50)]
    public int SizeKB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = PipelineBuilder.Default();
        _article = new RawArticle(new SourceInfo("micro"), MicroInputs.Article(SizeKB).RawText, "text");
    }

    [Benchmark]
    public ProcessedPage Process() => _pipeline.Process(_article);
}
