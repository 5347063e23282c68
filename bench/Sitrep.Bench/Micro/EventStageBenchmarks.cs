using BenchmarkDotNet.Attributes;
using Sitrep.Core.Documents;
using Sitrep.Core.Events;
using Sitrep.Core.Names;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench.Micro;

/// <summary>The event and quote stages alone on one ~5 KB and ~50 KB article whose earlier layers
/// (tokens, sentences, times, places, names, relations) are already there: what events cost per page.</summary>
[MemoryDiagnoser]
public class EventStageBenchmarks
{
    private Document _doc = null!;
    private EventStage _events = null!;
    private QuoteStage _quotes = null!;

    [Params(5, 50)]
    public int SizeKB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new PipelineBuilder(Sitrep.Core.Knowledge.DataDirectory.Locate());
        var pipeline = new PipelineBuilder(builder.DataDir)
            .Use(new TokenizeStage(builder.Tokenizer))
            .Use(new SentenceStage(new Sitrep.Core.Text.SentenceSplitter(builder.Abbreviations)))
            .Use(new Sitrep.Core.Time.TimeStage(new Sitrep.Core.Time.TimeFinder()))
            .Use(new Sitrep.Core.Places.PlaceStage(builder.Gazetteer))
            .Use(new NameStage(builder.Actors, builder.RoleCues))
            .Use(new RelationStage(builder.Actors, builder.RelationWords))
            .Build();
        _doc = pipeline.Process(new RawArticle(new SourceInfo("micro", Published: new DateOnly(2024, 1, 29)), MicroInputs.Article(SizeKB).RawText, "text")).Stories[0];
        _events = new EventStage(builder.EventLexicon, builder.Actors, builder.Gazetteer, builder.RoleCues);
        _quotes = new QuoteStage(builder.EventLexicon, builder.Actors);
    }

    [Benchmark]
    public int Events()
    {
        _doc.Events.Clear();
        _events.Run(_doc);
        return _doc.Events.Count;
    }

    [Benchmark]
    public int Quotes()
    {
        _doc.Quotes.Clear();
        _quotes.Run(_doc);
        return _doc.Quotes.Count;
    }
}
