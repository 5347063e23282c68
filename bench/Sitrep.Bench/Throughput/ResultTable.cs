using System.Globalization;
using System.Text;

namespace Sitrep.Bench.Throughput;

/// <summary>Renders results as a fixed-width console table or a markdown table.</summary>
public static class ResultTable
{
    private static readonly string[] Headers =
        ["corpus", "mode", "articles", "words", "seconds", "articles/s", "words/s", "words/s/core", "words/CPU-s", "CPU use", "peak WS MB", "db MB", "spread"];

    private static string[] Cells(RunResult r) =>
    [
        N(r.CorpusSize), r.Mode, N(r.Articles), N(r.Words), r.Seconds.ToString("0.00", CultureInfo.InvariantCulture),
        N(r.ArticlesPerSecond), N(r.WordsPerSecond), N(r.WordsPerSecondPerCore), N(r.WordsPerCpuSecond),
        r.CpuUsePercent.ToString("0", CultureInfo.InvariantCulture) + "%", N(r.PeakWorkingSetMB),
        r.DatabaseMB is { } db ? N(db) : "-",
        r.RunSeconds.Count < 2 ? "-" : r.SpreadPercent.ToString("0", CultureInfo.InvariantCulture) + "%",
    ];

    private static string N(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A table aligned with spaces, numbers right-aligned.</summary>
    public static string Text(IReadOnlyList<RunResult> results)
    {
        var rows = results.Select(Cells).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            for (int c = 0; c < row.Length; c++)
            {
                // The mode column is text; the rest are numbers and read best right-aligned.
                sb.Append(c == 1 ? row[c].PadRight(widths[c]) : row[c].PadLeft(widths[c]));
                sb.Append(c + 1 < row.Length ? "  " : "\n");
            }
        }
        return sb.ToString();
    }

    public static string Markdown(IReadOnlyList<RunResult> results)
    {
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", Headers).Append(" |\n");
        sb.Append('|').AppendJoin("", Headers.Select((_, c) => c == 1 ? ":---|" : "---:|")).Append('\n');
        foreach (var r in results) sb.Append("| ").AppendJoin(" | ", Cells(r)).Append(" |\n");
        return sb.ToString();
    }
}
