using Sitrep.Core.Cleaning;
using Sitrep.Core.Documents;
using Sitrep.Core.Stories;

namespace Sitrep.Core.Pipeline;

/// <summary>A page after the pipeline: the cleaned page and its stories, fully annotated.</summary>
public sealed record ProcessedPage(Page Page, IReadOnlyList<Document> Stories);

/// <summary>
/// The frozen pipeline: clean → split into stories → the story stages in order. Built once by
/// <see cref="PipelineBuilder"/>, immutable and thread-safe afterwards, so pages can be processed in
/// parallel with no locks.
/// </summary>
public sealed class SitrepPipeline
{
    private readonly Cleaner _cleaner;
    private readonly StorySplitter _splitter;
    private readonly IStage[] _stages;

    internal SitrepPipeline(Cleaner cleaner, StorySplitter splitter, IStage[] stages)
    {
        _cleaner = cleaner;
        _splitter = splitter;
        _stages = stages;
        Stages = [$"{Cleaner.Name}@{Cleaner.Version}", $"{StorySplitter.Name}@{StorySplitter.Version}",
            .. stages.Select(s => s.Info.ToString())];
    }

    /// <summary>Every stage as <c>name@version</c>, in order: recorded with what the pipeline makes.</summary>
    public IReadOnlyList<string> Stages { get; }

    public string Signature => string.Join(",", Stages);

    public ProcessedPage Process(RawArticle raw)
    {
        var page = _cleaner.Clean(raw);
        var cuts = _splitter.Split(page);
        var stories = new List<Document>(cuts.Count);
        for (int i = 0; i < cuts.Count; i++)
        {
            var doc = cuts[i].ToDocument(page, i);
            foreach (var stage in _stages)
            {
                stage.Run(doc);
                doc.Stages.Add(stage.Info.ToString());
            }
            stories.Add(doc);
        }
        return new ProcessedPage(page, stories);
    }

    /// <summary>Processes pages in parallel and yields them in input order, so output is deterministic.
    /// A page on which a stage fails comes back with the error instead of stopping the rest.</summary>
    public IEnumerable<PageResult> ProcessMany(IEnumerable<RawArticle> articles, int degreeOfParallelism = 0)
    {
        int dop = degreeOfParallelism > 0 ? degreeOfParallelism : Environment.ProcessorCount;
        return articles.AsParallel().AsOrdered().WithDegreeOfParallelism(dop)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(TryProcess);
    }

    public PageResult TryProcess(RawArticle article)
    {
        try
        {
            return new PageResult(article, Process(article), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A stage must not throw on any text; if one does, the page is reported, not lost silently.
            return new PageResult(article, null, new SitrepException(ErrorCodes.Pipeline, article.Source.Origin,
                $"the pipeline failed on this article ({e.GetType().Name}: {e.Message}); please report it", e));
        }
    }
}

/// <summary>A page through the pipeline, or the error that stopped it.</summary>
public sealed record PageResult(RawArticle Article, ProcessedPage? Page, SitrepException? Error);
