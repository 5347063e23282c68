using System.Diagnostics;
using Sitrep.Bench.Corpus;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Bench.Throughput;

/// <summary>
/// Times the default pipeline over synthetic corpora: alone (one <c>ProcessMany</c> over the whole
/// corpus, all cores), and with the SQLite store the way <c>sitrep ingest</c> drives it (batches of
/// 256 pages: process the batch in parallel, then store it in one transaction).
/// </summary>
public sealed class ThroughputRunner(SitrepPipeline pipeline)
{
    public const string PipelineMode = "pipeline";
    public const string StoreMode = "pipeline+sqlite";

    /// <summary>The CLI's ingestion batch size (Sitrep.Cli.Ingestion.BatchSize).</summary>
    public const int BatchSize = 256;

    public RunResult RunPipeline(SyntheticCorpus corpus)
    {
        var tally = new RunTally();
        foreach (var result in pipeline.ProcessMany(corpus.Articles()))
            tally.Add(result);
        return tally.Finish(corpus.Count, PipelineMode);
    }

    public async Task<RunResult> RunStoreAsync(SyntheticCorpus corpus)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Guid.NewGuid():N}.db");
        try
        {
            var tally = new RunTally();
            // Opening (schema creation) and closing (the final WAL checkpoint) are part of what ingestion costs.
            await using (var store = await SqliteStore.OpenAsync(path))
            {
                var batch = new List<RawArticle>(BatchSize);
                foreach (var article in corpus.Articles())
                {
                    batch.Add(article);
                    if (batch.Count == BatchSize) await FlushAsync(store, batch, tally);
                }
                await FlushAsync(store, batch, tally);
            }
            return tally.Finish(corpus.Count, StoreMode) with { DatabaseMB = SizeMB(path) + SizeMB(path + "-wal") };
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        }
    }

    /// <summary>Seconds to build the corpus's article strings alone, on one thread: the share of a
    /// timed run that is corpus making rather than pipeline work.</summary>
    public static double TextBuildSeconds(SyntheticCorpus corpus)
    {
        long chars = 0;
        var clock = Stopwatch.StartNew();
        foreach (var article in corpus.Articles()) chars += article.RawText.Length;
        clock.Stop();
        GC.KeepAlive(chars);
        return clock.Elapsed.TotalSeconds;
    }

    private async Task FlushAsync(SqliteStore store, List<RawArticle> batch, RunTally tally)
    {
        if (batch.Count == 0) return;
        var processed = new List<ProcessedPage>(batch.Count);
        foreach (var result in pipeline.ProcessMany(batch))
        {
            tally.Add(result);
            if (result.Page is { } page) processed.Add(page);
        }
        long start = Stopwatch.GetTimestamp();
        var counts = await store.StoreAsync(processed, pipeline.Signature);
        tally.AddBatch(Stopwatch.GetElapsedTime(start), counts.KnownStories);
        batch.Clear();
    }

    private static double SizeMB(string path) => File.Exists(path) ? new FileInfo(path).Length / (1024.0 * 1024.0) : 0;
}
