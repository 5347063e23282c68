using System.Runtime;
using System.Runtime.InteropServices;

namespace Sitrep.Bench.Throughput;

/// <summary>Facts about the machine and runtime that a throughput figure depends on.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string Os, string Runtime, string Gc, DateTimeOffset Date)
{
    /// <summary>The 1, 5 and 15-minute load averages (Linux), or null: a load near or above the core
    /// count before a run means other processes were competing for the cores.</summary>
    public static string? LoadAverage()
    {
        try
        {
            return OperatingSystem.IsLinux() ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static MachineInfo Current() => new(
        CpuModel(),
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription + " " + RuntimeInformation.OSArchitecture,
        RuntimeInformation.FrameworkDescription,
        (GCSettings.IsServerGC ? "server" : "workstation") + (GCSettings.LatencyMode == GCLatencyMode.Batch ? "" : ", concurrent"),
        DateTimeOffset.UtcNow);

    /// <summary>The CPU model from /proc/cpuinfo on Linux, else the architecture.</summary>
    private static string CpuModel()
    {
        try
        {
            if (OperatingSystem.IsLinux())
                foreach (var line in File.ReadLines("/proc/cpuinfo"))
                    if (line.StartsWith("model name", StringComparison.Ordinal))
                        return line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
            // Unknown CPU model is not worth failing a benchmark over.
        }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }

    public override string ToString() =>
        $"{Cpu}, {Cores} cores (Environment.ProcessorCount), {Os}, {Runtime}, {Gc} GC";
}
