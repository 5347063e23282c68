using System.Text;

namespace Sitrep.Core.Incidents.Export;

/// <summary>RFC 4180 CSV: a field with a comma, quote or line break is quoted, quotes doubled.</summary>
public static class Csv
{
    public static string Line(IEnumerable<string?> fields)
    {
        var sb = new StringBuilder();
        bool first = true;
        foreach (var f in fields)
        {
            if (!first) sb.Append(',');
            first = false;
            if (f is null) continue;
            if (f.AsSpan().IndexOfAny(",\"\r\n") < 0) sb.Append(f);
            else sb.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        return sb.Append("\r\n").ToString();
    }
}
