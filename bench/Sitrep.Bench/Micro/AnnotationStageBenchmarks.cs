using BenchmarkDotNet.Attributes;
using Sitrep.Core.Documents;
using Sitrep.Core.Names;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Places;
using Sitrep.Core.Time;

namespace Sitrep.Bench.Micro;

/// <summary>The time, place, name and relation stages alone on one ~5 KB and ~50 KB article whose
/// tokens and sentences (and, for relations, mentions) are already there: what each costs per page.</summary>
/// <remarks>The places and names stages share the cut of the tokens into name parts, kept per thread
/// for the last story (<c>NameParts.Of</c>): in the pipeline the places stage pays for it once per
/// story; here, the same story run again finds it made, so both figures leave that cut out. Each
/// trie's memory of part keys is warm too, as it is after the first few hundred articles of a run.</remarks>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet's generated runner derives from the benchmark class.
public class AnnotationStageBenchmarks
{
    private Document _doc = null!;
    private TimeStage _times = null!;
    private PlaceStage _places = null!;
    private NameStage _names = null!;
    private RelationStage _relations = null!;

    [Params(5, 50)]
    public int SizeKB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new PipelineBuilder(Sitrep.Core.Knowledge.DataDirectory.Locate());
        _times = new TimeStage(new TimeFinder());
        _places = new PlaceStage(builder.Gazetteer);
        _names = new NameStage(builder.Actors, builder.RoleCues);
        _relations = new RelationStage(builder.Actors, builder.RelationWords);
        var pipeline = new PipelineBuilder(builder.DataDir)
            .Use(new TokenizeStage(builder.Tokenizer))
            .Use(new SentenceStage(new Sitrep.Core.Text.SentenceSplitter(builder.Abbreviations)))
            .Use(_times).Use(_places).Use(_names).Use(_relations)
            .Build();
        _doc = pipeline.Process(new RawArticle(new SourceInfo("micro", Published: new DateOnly(2024, 1, 29)), MicroInputs.Article(SizeKB).RawText, "text")).Stories[0];
    }

    [Benchmark]
    public int Times()
    {
        _doc.Times.Clear();
        _times.Run(_doc);
        return _doc.Times.Count;
    }

    [Benchmark]
    public int Places()
    {
        _doc.Places.Clear();
        _places.Run(_doc);
        return _doc.Places.Count;
    }

    [Benchmark]
    public int Names()
    {
        _doc.Mentions.Clear();
        _doc.Unlinked.Clear();
        _names.Run(_doc);
        return _doc.Mentions.Count;
    }

    [Benchmark]
    public int Relations()
    {
        _doc.Relations.Clear();
        _relations.Run(_doc);
        return _doc.Relations.Count;
    }
}
