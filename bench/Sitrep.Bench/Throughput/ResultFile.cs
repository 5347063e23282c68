using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitrep.Bench.Throughput;

/// <summary>Writes a throughput report to a file: markdown for <c>.md</c>, JSON otherwise.</summary>
public static class ResultFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // A file for people and scripts, not HTML: keep "pipeline+sqlite" readable instead of \u002B.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(string path, ThroughputReport report)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var text = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? Markdown(report)
            : JsonSerializer.Serialize(report, Json) + "\n";
        File.WriteAllText(path, text);
    }

    private static string Markdown(ThroughputReport report)
    {
        var m = report.Machine;
        var sb = new StringBuilder();
        sb.Append("# Sitrep throughput\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Date: {m.Date:yyyy-MM-dd HH:mm} UTC\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Machine: {m.Cpu}, {m.Cores} cores (Environment.ProcessorCount), {m.Os}\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Runtime: {m.Runtime}, {m.Gc} GC\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Command: `{report.Command}`\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Pipeline: `{report.Pipeline}`\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Corpus: {report.PoolHeadlines} demo headlines and {report.PoolSentences} demo sentences recombined, seed 42\n\n");
        sb.Append(ResultTable.Markdown(report.Results));
        sb.Append('\n');
        foreach (var note in report.Notes) sb.Append("- ").Append(note).Append('\n');
        return sb.ToString();
    }
}

/// <summary>Everything a throughput run reports.</summary>
public sealed record ThroughputReport(
    MachineInfo Machine, string Command, string Pipeline, int PoolHeadlines, int PoolSentences,
    IReadOnlyList<RunResult> Results, IReadOnlyList<string> Notes);
