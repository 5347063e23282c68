using System.Diagnostics;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench.Throughput;

/// <summary>
/// Counts and measures one timed run. Made right before the run, it resets the peak working set,
/// takes the GC and CPU counters and starts the clock; <see cref="Finish"/> stops them all.
/// </summary>
public sealed class RunTally
{
    private readonly bool _peakIsPerRun = PeakMemory.Reset();
    private readonly GcCounters _gc = GcCounters.Now();
    private readonly TimeSpan _cpu = CpuTime();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<TimeSpan> _batches = [];
    private int _articles, _stories, _failed, _known;
    private long _words;

    /// <summary>Counts one page that came out of the pipeline.</summary>
    public void Add(PageResult result)
    {
        if (result.Page is not { } page) { _failed++; return; }
        _articles++;
        foreach (var story in page.Stories)
        {
            _stories++;
            _words += story.WordCount;
        }
    }

    /// <summary>Records one StoreAsync call: how long it took and how many stories it found already stored.</summary>
    public void AddBatch(TimeSpan elapsed, int knownStories)
    {
        _batches.Add(elapsed);
        _known += knownStories;
    }

    public RunResult Finish(int size, string mode)
    {
        _clock.Stop();
        var cpu = CpuTime() - _cpu;
        var gc = GcCounters.Now() - _gc;
        return new RunResult(size, mode, _articles, _stories, _words, _failed, _clock.Elapsed.TotalSeconds,
            Environment.ProcessorCount, PeakMemory.PeakMB(), _peakIsPerRun, null)
        {
            Collections = gc.Collections,
            Gen2Collections = gc.Gen2,
            GcPauseSeconds = gc.Pause.TotalSeconds,
            CpuSeconds = cpu.TotalSeconds,
            StoreSeconds = _batches.Count == 0 ? null : _batches.Sum(b => b.TotalSeconds),
            StoreBatchMs = _batches.Count == 0 ? null : new BatchTimes(TenthMs(_batches), TenthMs([.. Enumerable.Reverse(_batches)])),
            KnownStories = _known,
        };
    }

    /// <summary>Mean milliseconds per batch over the first tenth of <paramref name="batches"/>.</summary>
    private static double TenthMs(List<TimeSpan> batches) =>
        batches.Take(Math.Max(1, batches.Count / 10)).Average(b => b.TotalMilliseconds);

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
