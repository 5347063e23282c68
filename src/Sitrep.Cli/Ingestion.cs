using Sitrep.Core;
using Sitrep.Core.Documents;
using Sitrep.Core.Ingest;
using Sitrep.Core.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary>What one ingest run did.</summary>
public sealed record IngestReport(int Pages, int NewStories, int KnownStories, int Failed, TimeSpan Elapsed);

/// <summary>
/// Reads inputs, runs them through the pipeline in parallel and stores them batch by batch, each
/// batch one transaction. An input that cannot be read or processed is one error line and the run
/// goes on; a storage error stops the run with the batch rolled back.
/// </summary>
public sealed class Ingestion(SitrepPipeline pipeline, InputReader reader, SqliteStore store, TextWriter errors)
{
    public int BatchSize { get; init; } = 256;

    public async Task<IngestReport> RunAsync(IEnumerable<string> paths, Action<int, string?> progress, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        int pages = 0, failed = 0;
        var counts = new IngestCounts(0, 0);
        var batch = new List<RawArticle>(BatchSize);
        foreach (var read in reader.Read(paths))
        {
            ct.ThrowIfCancellationRequested();
            if (read.Error is { } error)
            {
                errors.WriteLine(error.ToString());
                failed++;
                continue;
            }
            batch.Add(read.Article!);
            if (batch.Count >= BatchSize)
            {
                (counts, pages, failed) = await FlushAsync(batch, counts, pages, failed, ct);
                progress(pages, $"pages, {counts.NewStories} new stories");
            }
        }
        (counts, pages, failed) = await FlushAsync(batch, counts, pages, failed, ct);
        progress(pages, $"pages, {counts.NewStories} new stories");
        return new IngestReport(pages, counts.NewStories, counts.KnownStories, failed, started.Elapsed);
    }

    private async Task<(IngestCounts, int, int)> FlushAsync(List<RawArticle> batch, IngestCounts counts, int pages, int failed, CancellationToken ct)
    {
        if (batch.Count == 0) return (counts, pages, failed);
        var processed = new List<ProcessedPage>(batch.Count);
        foreach (var result in pipeline.ProcessMany(batch))
        {
            if (result.Error is { } e) { errors.WriteLine($"error {e.Message}"); failed++; }
            else processed.Add(result.Page!);
        }
        counts += await store.StoreAsync(processed, pipeline.Signature, ct);
        pages += processed.Count;
        batch.Clear();
        return (counts, pages, failed);
    }
}
