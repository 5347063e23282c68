using BenchmarkDotNet.Attributes;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;

namespace Sitrep.Bench.Micro;

/// <summary>SentenceSplitter.Split on the tokens and lines of a ~5 KB and a ~50 KB article.</summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet's generated runner derives from the benchmark class.
public class SentenceSplitterBenchmarks
{
    private SentenceSplitter _splitter = null!;
    private string _text = "";
    private Token[] _tokens = [];
    private IReadOnlyList<Block> _blocks = [];

    [Params(5, 50)]
    public int SizeKB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var page = MicroInputs.Article(SizeKB);
        _splitter = new SentenceSplitter(MicroInputs.Abbreviations);
        _text = page.CleanText;
        _tokens = new Tokenizer(MicroInputs.Abbreviations).Tokenize(_text);
        _blocks = page.Blocks;
    }

    [Benchmark]
    public Sentence[] Split() => _splitter.Split(_text, _tokens, _blocks);
}
