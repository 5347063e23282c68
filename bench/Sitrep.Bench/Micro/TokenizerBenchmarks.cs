using BenchmarkDotNet.Attributes;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;

namespace Sitrep.Bench.Micro;

/// <summary>Tokenizer.Tokenize on the cleaned text of a ~5 KB and a ~50 KB article.</summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet's generated runner derives from the benchmark class.
public class TokenizerBenchmarks
{
    private Tokenizer _tokenizer = null!;
    private string _text = "";

    [Params(5, 50)]
    public int SizeKB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _tokenizer = new Tokenizer(MicroInputs.Abbreviations);
        _text = MicroInputs.Article(SizeKB).CleanText;
    }

    [Benchmark]
    public Token[] Tokenize() => _tokenizer.Tokenize(_text);
}
