using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private sealed class NeedsSentences : IStage
    {
        public StageInfo Info { get; } = new("needs", 1, Layers.Sentences, Layers.Events);
        public void Run(Document document) => document.Events.Add(new EventRecord("ASSAULT", null, "reported") { Evidence = [0] });
    }

    private sealed class Throws : IStage
    {
        public StageInfo Info { get; } = new("throws", 1, Layers.None, Layers.None);
        public void Run(Document document) => throw new InvalidOperationException("boom");
    }

    [Fact]
    public void Builder_refuses_a_stage_whose_layers_no_earlier_stage_adds()
    {
        var e = Assert.Throws<SitrepException>(() => new PipelineBuilder(Shared.DataDir).Use(new NeedsSentences()).Build());
        Assert.Equal("needs@1", e.Where);
        Assert.Contains("Sentences", e.Problem);
    }

    [Fact]
    public void Stages_run_in_order_and_are_recorded_on_the_document()
    {
        var pipeline = new PipelineBuilder(Shared.DataDir).UseDefaults().Use(new NeedsSentences()).Build();
        Assert.Equal("clean@2,stories@1,tokenize@1,sentences@1,times@1,places@1,names@1,relations@1,quotes@1,events@1,needs@1", pipeline.Signature);
        var doc = pipeline.Process(new RawArticle(new SourceInfo("x"), "A drone hit the base.", "text")).Stories.Single();
        Assert.Equal(["tokenize@1", "sentences@1", "times@1", "places@1", "names@1", "relations@1", "quotes@1", "events@1", "needs@1"], doc.Stages);
        Assert.Equal("ASSAULT", doc.Events[^1].Type);
        Assert.Equal([0], doc.Events[^1].Evidence);
    }

    [Fact]
    public void A_failing_stage_reports_the_article_instead_of_stopping_the_batch()
    {
        var pipeline = new PipelineBuilder(Shared.DataDir).Use(new Throws()).Build();
        var articles = Enumerable.Range(0, 3).Select(i => new RawArticle(new SourceInfo($"a{i}", Origin: $"file{i}.txt"), "Text.", "text"));
        var results = pipeline.ProcessMany(articles).ToList();
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal(ErrorCodes.Pipeline, r.Error!.Code));
        Assert.Equal("file1.txt", results[1].Error!.Where);
    }

    [Fact]
    public void Parallel_processing_keeps_input_order_and_gives_the_same_result_as_serial()
    {
        var articles = Enumerable.Range(0, 200)
            .Select(i => new RawArticle(new SourceInfo($"a{i}"), $"Headline number {i} here\n\nRockets hit base {i} on Tuesday. Nobody was hurt, officials said.", "text"))
            .ToList();
        var parallel = Shared.Pipeline.ProcessMany(articles, 4).Select(r => r.Page!.Stories.Single().Id).ToList();
        var serial = articles.Select(a => Shared.Pipeline.Process(a).Stories.Single().Id).ToList();
        Assert.Equal(serial, parallel);
    }
}
