using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Time;

/// <summary>One row of a table of time expressions: a sentence, its publication date, the expression
/// in it and the interval it must resolve to.</summary>
public sealed record TimeRow(int Line, DateOnly Published, string Sentence, string Expression, DateOnly Start, DateOnly End, string Precision, string? Note);

/// <summary>Reads tables of time expressions (<c>PUBLISHED, SENTENCE, EXPRESSION, START, END,
/// PRECISION[, NOTE]</c>, tab-separated, # comments) and resolves their rows with a pipeline.</summary>
public static class TimeTable
{
    public static List<TimeRow> Read(string path)
    {
        var rows = new List<TimeRow>();
        int n = 0;
        foreach (var line in Knowledge.DataFile.ReadTsv(path))
        {
            n++;
            var f = line.Fields;
            if (f.Length < 6) throw line.Error("expected PUBLISHED, SENTENCE, EXPRESSION, START, END, PRECISION");
            if (!DateOnly.TryParse(f[0], out var pub) || !DateOnly.TryParse(f[3], out var start) || !DateOnly.TryParse(f[4], out var end))
                throw line.Error("PUBLISHED, START and END must be YYYY-MM-DD dates");
            rows.Add(new TimeRow(n, pub, f[1], f[2], start, end, f[5].Trim(), f.Length > 6 ? f[6] : null));
        }
        return rows;
    }

    /// <summary>The interval the pipeline gives the row's expression: the time mention that covers
    /// the expression's first character; null when none does.</summary>
    public static TimeMention? Resolve(SitrepPipeline pipeline, TimeRow row)
    {
        var source = new SourceInfo($"time-{row.Line}", Published: row.Published, PublishedFrom: "table");
        var doc = pipeline.Process(new RawArticle(source, row.Sentence, "text")).Stories.Single();
        int at = doc.Text.IndexOf(row.Expression, StringComparison.Ordinal);
        if (at < 0) return null;
        foreach (var t in doc.Times)
            if (t.Start <= at && at < t.End) return t;
        foreach (var t in doc.Times)
            if (t.Start >= at && t.Start < at + row.Expression.Length) return t;
        return null;
    }
}
