using System.Globalization;
using Sitrep.Core.Incidents;

namespace Sitrep.Cli;

/// <summary>
/// Incidents per ISO week (Monday to Sunday) as text bars, one line a week from the first week to
/// the last (empty weeks included, so gaps show). With a split, each bar is drawn in one character
/// per group (the five largest groups, the rest as "other"), with a legend.
/// </summary>
public static class TimelineChart
{
    private const int Width = 50;
    private static readonly char[] Marks = ['█', '▓', '▒', '░', '#', '·'];

    public static IEnumerable<string> Render(IReadOnlyList<Incident> incidents, string? by, Func<string, string> actorName)
    {
        var dated = incidents.Where(i => i.Start is not null).ToList();
        if (dated.Count == 0) { yield return "no dated incidents match"; yield break; }
        string Group(Incident i) => by switch
        {
            "actor" => i.Actor is null ? "(unknown actor)" : actorName(i.Actor),
            "mode" => i.Mode ?? "unspecified",
            "type" => i.Type,
            _ => "incidents",
        };
        var groups = dated.GroupBy(Group).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var shown = groups.Take(Marks.Length - 1).ToList();
        string Bucket(Incident i) => shown.Contains(Group(i)) ? Group(i) : "other";
        var legend = shown.Concat(groups.Count > shown.Count ? ["other"] : []).ToList();

        var byWeek = dated.GroupBy(i => Monday(i.Start!.Value)).ToDictionary(g => g.Key, g => g.ToList());
        var first = byWeek.Keys.Min();
        var last = byWeek.Keys.Max();
        int most = byWeek.Values.Max(l => l.Count);
        double scale = most <= Width ? 1 : (double)Width / most;

        if (by is not null)
            yield return "legend: " + string.Join("  ", legend.Select((g, n) => $"{Marks[n]} {g}"));
        for (var week = first; week <= last; week = week.AddDays(7))
        {
            var list = byWeek.GetValueOrDefault(week) ?? [];
            var bar = new System.Text.StringBuilder();
            var parts = new List<string>();
            for (int n = 0; n < legend.Count; n++)
            {
                int count = list.Count(i => Bucket(i) == legend[n]);
                if (count == 0) continue;
                bar.Append(Marks[n], Math.Max(1, (int)Math.Round(count * scale)));
                if (by is not null) parts.Add($"{legend[n]} {count}");
            }
            var label = $"{ISOWeek.GetYear(week.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(week.ToDateTime(TimeOnly.MinValue)):D2} {week:yyyy-MM-dd}";
            yield return $"{label}  {list.Count,4} {bar}{(parts.Count > 1 ? "  (" + string.Join(", ", parts) + ")" : "")}".TrimEnd();
        }
        yield return $"{dated.Count} incident(s) over {(last.DayNumber - first.DayNumber) / 7 + 1} week(s){(scale < 1 ? $"; one mark is {1 / scale:0.#} incidents" : "")}";
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
