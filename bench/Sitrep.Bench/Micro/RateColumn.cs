using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Sitrep.Bench.Micro;

/// <summary>
/// A throughput column computed from the mean time and the size of the benchmark's input: MB/s
/// (UTF-8 bytes of text) or millions of words per second, so a stage can be held against the
/// target of one million words per second per core.
/// </summary>
public sealed class RateColumn(string name, bool words) : IColumn
{
    public static readonly RateColumn MegabytesPerSecond = new("MB/s", words: false);
    public static readonly RateColumn MillionWordsPerSecond = new("Mwords/s", words: true);

    public string Id => nameof(RateColumn) + "." + ColumnName;
    public string ColumnName { get; } = name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => words ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => words
        ? "Millions of words (word, number, abbreviation tokens) of input per second, one thread"
        : "Megabytes (10^6 bytes of UTF-8 text) of input per second, one thread";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var kb = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "SizeKB")?.Value as int?;
        if (meanNs is not > 0 || kb is null) return "-";
        var (bytes, wordCount) = MicroInputs.Measure(benchmarkCase.Descriptor.Type, kb.Value);
        // Both rates are per 10^6 units per second: units per ns times 1000.
        double rate = (words ? wordCount : bytes) / meanNs.Value * 1000.0;
        return rate.ToString("0.00", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
