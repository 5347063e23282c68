namespace Sitrep.Bench.Throughput;

/// <summary>A snapshot of the runtime's garbage-collection counters, to tell what a run cost the GC.</summary>
public readonly record struct GcCounters(int Collections, int Gen2, TimeSpan Pause)
{
    public static GcCounters Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static GcCounters operator -(GcCounters after, GcCounters before) =>
        new(after.Collections - before.Collections, after.Gen2 - before.Gen2, after.Pause - before.Pause);
}
