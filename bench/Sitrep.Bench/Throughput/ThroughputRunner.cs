using System.Diagnostics;
using Sitrep.Bench.Corpus;
using Sitrep.Core.Documents;
using Sitrep.Core.Ingest;
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

    /// <summary>The ingestion batch size the CLI uses (Sitrep.Storage.Ingestion.BatchSize).</summary>
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
                // The very ingestion sitrep ingest runs: the pipeline works on the next batch while one is stored.
                var ingestion = new Ingestion(pipeline, store, TextWriter.Null)
                {
                    BatchSize = BatchSize,
                    PageProcessed = tally.Add,
                    BatchStored = (elapsed, counts) => tally.AddBatch(elapsed, counts.KnownStories),
                };
                await ingestion.RunAsync(corpus.Articles().Select(ReadResult.Ok), (_, _) => { }, CancellationToken.None);
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

    private static double SizeMB(string path) => File.Exists(path) ? new FileInfo(path).Length / (1024.0 * 1024.0) : 0;
}
