using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Sitrep.Bench.Stages;

/// <summary>
/// CPU time of the calling thread, in nanoseconds: what a step cost even when other processes take
/// the core away (wall time then counts their turns too). Linux's CLOCK_THREAD_CPUTIME_ID; elsewhere
/// the wall clock.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux() && Probe();

    public static long Now()
    {
        if (IsCpuTime && ClockGetTime(ThreadCpuTime, out var t) == 0) return t.Seconds * 1_000_000_000 + t.Nanoseconds;
        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    private static bool Probe()
    {
        try { return ClockGetTime(ThreadCpuTime, out _) == 0; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }
}
