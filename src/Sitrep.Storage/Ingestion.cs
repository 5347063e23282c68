using System.Diagnostics;
using Sitrep.Core.Documents;
using Sitrep.Core.Ingest;
using Sitrep.Core.Pipeline;

namespace Sitrep.Storage;

/// <summary>What one ingest run did.</summary>
public sealed record IngestReport(int Pages, int NewStories, int KnownStories, int Failed, TimeSpan Elapsed);

/// <summary>
/// Reads inputs, runs them through the pipeline in parallel and stores them batch by batch, each
/// batch one transaction. While one batch is stored (one thread: SQLite has one writer), the
/// pipeline already works on the next one. An input that cannot be read or processed is one error
/// line and the run goes on; a storage error stops the run with its batch rolled back.
/// </summary>
public sealed class Ingestion(SitrepPipeline pipeline, SqliteStore store, TextWriter errors)
{
    public int BatchSize { get; init; } = 256;

    /// <summary>Called with every page the pipeline made (or failed on), on the processing thread.</summary>
    public Action<PageResult>? PageProcessed { get; init; }

    /// <summary>Called after every stored batch with the time the store took and what it did.</summary>
    public Action<TimeSpan, IngestCounts>? BatchStored { get; init; }

    /// <summary>Ingests what <paramref name="inputs"/> yields: articles, or read errors to report.</summary>
    public async Task<IngestReport> RunAsync(IEnumerable<ReadResult> inputs, Action<int, string?> progress, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        int pages = 0, failed = 0, storingPages = 0;
        var counts = new IngestCounts(0, 0);
        Task<IngestCounts>? storing = null;
        var batch = new List<RawArticle>(BatchSize);

        async Task FlushAsync()
        {
            if (batch.Count == 0) return;
            var work = batch.ToArray();
            batch.Clear();
            var processed = await Task.Run(() => Process(work, ref failed), ct);
            await WaitForStoreAsync();
            storingPages = processed.Count;
            storing = Task.Run(() => StoreAsync(processed, ct), ct);
        }

        async Task WaitForStoreAsync()
        {
            if (storing is null) return;
            counts += await storing;
            pages += storingPages;
            storing = null;
            progress(pages, $"pages, {counts.NewStories} new stories");
        }

        foreach (var read in inputs)
        {
            ct.ThrowIfCancellationRequested();
            if (read.Error is { } error)
            {
                errors.WriteLine(error.ToString());
                failed++;
                continue;
            }
            batch.Add(read.Article!);
            if (batch.Count >= BatchSize) await FlushAsync();
        }
        await FlushAsync();
        await WaitForStoreAsync();
        return new IngestReport(pages, counts.NewStories, counts.KnownStories, failed, started.Elapsed);
    }

    private async Task<IngestCounts> StoreAsync(List<ProcessedPage> processed, CancellationToken ct)
    {
        long start = Stopwatch.GetTimestamp();
        var counts = await store.StoreAsync(processed, pipeline.Signature, ct);
        BatchStored?.Invoke(Stopwatch.GetElapsedTime(start), counts);
        return counts;
    }

    private List<ProcessedPage> Process(RawArticle[] batch, ref int failed)
    {
        var processed = new List<ProcessedPage>(batch.Length);
        foreach (var result in pipeline.ProcessMany(batch))
        {
            PageProcessed?.Invoke(result);
            if (result.Error is { } e) { errors.WriteLine($"error {e.Message}"); failed++; }
            else processed.Add(result.Page!);
        }
        return processed;
    }
}
