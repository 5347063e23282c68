namespace Sitrep.Bench.Throughput;

/// <summary>One timed run: a corpus size through one mode.</summary>
/// <param name="CorpusSize">Articles generated.</param>
/// <param name="Mode"><c>pipeline</c> or <c>pipeline+sqlite</c>.</param>
/// <param name="Articles">Articles (pages) that came through without an error.</param>
/// <param name="Stories">Stories the pages were split into.</param>
/// <param name="Words">Sum of <c>Document.WordCount</c> over all stories.</param>
/// <param name="Failed">Pages on which the pipeline reported an error.</param>
/// <param name="Seconds">Wall-clock time of the run.</param>
/// <param name="Cores">Environment.ProcessorCount during the run.</param>
/// <param name="PeakWorkingSetMB">Peak working set during the run (or of the process so far, see <paramref name="PeakIsPerRun"/>).</param>
/// <param name="PeakIsPerRun">Whether the peak was reset before the run.</param>
/// <param name="DatabaseMB">Size of the SQLite file and its WAL after the run, for the store mode.</param>
public sealed record RunResult(
    int CorpusSize, string Mode, int Articles, int Stories, long Words, int Failed,
    double Seconds, int Cores, double PeakWorkingSetMB, bool PeakIsPerRun, double? DatabaseMB)
{
    /// <summary>Seconds of every timed run of this size and mode; <see cref="Seconds"/> is their median.</summary>
    public IReadOnlyList<double> RunSeconds { get; init; } = [];

    /// <summary>(slowest - fastest) / median of <see cref="RunSeconds"/>, in percent.</summary>
    public double SpreadPercent => RunSeconds.Count < 2 ? 0 : 100 * (RunSeconds.Max() - RunSeconds.Min()) / Seconds;

    /// <summary>Share of the run's wall-clock time during which the GC paused the threads, in percent.</summary>
    public double GcPausePercent => 100 * GcPauseSeconds / Seconds;

    /// <summary>CPU time the process used during the run (all threads, user and system).</summary>
    public double CpuSeconds { get; init; }

    /// <summary>CPU time over the wall-clock time of all cores, in percent: 100 means every core was busy throughout.</summary>
    public double CpuUsePercent => 100 * CpuSeconds / (Seconds * Cores);

    /// <summary>Words per second of CPU time the process used: per-core efficiency that holds up when
    /// other processes share the cores (words/s/core does not).</summary>
    public double WordsPerCpuSecond => CpuSeconds > 0 ? Words / CpuSeconds : 0;

    /// <summary>Garbage collections during the run (all generations) and of generation 2.</summary>
    public int Collections { get; init; }
    public int Gen2Collections { get; init; }

    /// <summary>Time the runtime paused threads for garbage collection during the run.</summary>
    public double GcPauseSeconds { get; init; }

    /// <summary>Time spent inside SqliteStore.StoreAsync, for the store mode.</summary>
    public double? StoreSeconds { get; init; }

    /// <summary>Mean milliseconds per StoreAsync batch over the first and the last tenth of the batches:
    /// shows whether storing slows down as the database grows.</summary>
    public BatchTimes? StoreBatchMs { get; init; }

    /// <summary>Stories the store already held (same cleaned text): stored once, skipped after.</summary>
    public int KnownStories { get; init; }

    public double ArticlesPerSecond => Articles / Seconds;
    public double WordsPerSecond => Words / Seconds;
    public double WordsPerSecondPerCore => WordsPerSecond / Cores;
}

/// <summary>Mean milliseconds per store batch at the start and at the end of a run.</summary>
public sealed record BatchTimes(double FirstTenth, double LastTenth);
