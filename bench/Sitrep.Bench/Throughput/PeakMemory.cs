using System.Diagnostics;

namespace Sitrep.Bench.Throughput;

/// <summary>The process's peak working set, with a per-run reset where the OS allows one.</summary>
public static class PeakMemory
{
    /// <summary>
    /// Collects garbage, then asks Linux to restart the peak at the current resident size (writing 5
    /// to <c>/proc/self/clear_refs</c> resets VmHWM, which PeakWorkingSet64 reads), so each run
    /// reports its own peak rather than the largest so far. Returns false where that is not possible:
    /// the figure is then the peak of the whole process up to that point.
    /// </summary>
    public static bool Reset()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Peak working set in MB, read afresh.</summary>
    public static double PeakMB()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
