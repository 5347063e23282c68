using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitrep.Core.Tests.Support;

/// <summary>One expected or predicted event, in FORMAT.md's terms (names, not ids).</summary>
public sealed record ScoredEvent(string Type, string? Actor, string? Target, string? Place, double? Lat, double? Lon, string Evidence);

/// <summary>
/// The event pairing of <c>eval/score.py</c>, for tests that must run without Python: within an
/// article, a predicted event pairs with a gold one of the same type whose actor, target or place
/// agrees (names compared after folding, through the article's alias sets; places by name or within
/// 25 km); the best pairs are taken greedily. Sums matched, predicted and gold counts, over all
/// events and over the material ones.
/// </summary>
public sealed class EventScorer
{
    private static readonly HashSet<string> Material = ["ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "SANCTION"];

    public int Matched, Predicted, Gold, MaterialMatched, MaterialPredicted, MaterialGold;
    public List<string> Misses { get; } = [];

    public double F1 => Score(Matched, Predicted, Gold);
    public double MaterialF1 => Score(MaterialMatched, MaterialPredicted, MaterialGold);

    private static double Score(int tp, int predicted, int gold)
    {
        double p = predicted == 0 ? (gold == 0 ? 1 : 0) : (double)tp / predicted;
        double r = gold == 0 ? 1 : (double)tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>Scores one article: its gold and predicted events and the alias sets of its names.</summary>
    public void Add(string doc, IReadOnlyList<ScoredEvent> gold, IReadOnlyList<ScoredEvent> predicted,
        Func<string, ISet<string>> goldAliases, Func<string, ISet<string>> predictedAliases)
    {
        var pairs = new List<(int Score, int G, int P)>();
        for (int g = 0; g < gold.Count; g++)
            for (int p = 0; p < predicted.Count; p++)
            {
                var (a, b) = (gold[g], predicted[p]);
                if (a.Type != b.Type) continue;
                int score = (SameActor(a.Actor, b.Actor, goldAliases, predictedAliases) ? 1 : 0)
                    + (SameActor(a.Target, b.Target, goldAliases, predictedAliases) ? 1 : 0) + (SamePlace(a, b) ? 1 : 0);
                if (score > 0) pairs.Add((score, g, p));
            }
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        foreach (var (_, g, p) in pairs.OrderByDescending(x => x.Score).ThenBy(x => x.G).ThenBy(x => x.P))
            if (usedG.Add(g))
            {
                if (!usedP.Add(p)) { usedG.Remove(g); continue; }
                Matched++;
                if (Material.Contains(gold[g].Type)) MaterialMatched++;
            }
        Gold += gold.Count;
        Predicted += predicted.Count;
        MaterialGold += gold.Count(e => Material.Contains(e.Type));
        MaterialPredicted += predicted.Count(e => Material.Contains(e.Type));
        for (int g = 0; g < gold.Count; g++)
            if (!usedG.Contains(g)) Misses.Add($"{doc}: MISSED {gold[g].Type} {gold[g].Actor} -> {gold[g].Target} :: {Cut(gold[g].Evidence)}");
        for (int p = 0; p < predicted.Count; p++)
            if (!usedP.Contains(p)) Misses.Add($"{doc}: SPURIOUS {predicted[p].Type} {predicted[p].Actor} -> {predicted[p].Target} :: {Cut(predicted[p].Evidence)}");
    }

    private static string Cut(string s) => s.Length > 100 ? s[..100] : s;

    private static bool SameActor(string? a, string? b, Func<string, ISet<string>> gold, Func<string, ISet<string>> predicted) =>
        a is not null && b is not null && gold(Fold(a)).Overlaps(predicted(Fold(b)));

    private static bool SamePlace(ScoredEvent a, ScoredEvent b)
    {
        if (a.Place is null || b.Place is null) return false;
        if (Fold(a.Place) == Fold(b.Place)) return true;
        if (a.Lat is not { } la1 || a.Lon is not { } lo1 || b.Lat is not { } la2 || b.Lon is not { } lo2) return false;
        double r = Math.PI / 180, dlat = (la2 - la1) * r, dlon = (lo2 - lo1) * r;
        double h = Math.Sin(dlat / 2) * Math.Sin(dlat / 2) + Math.Cos(la1 * r) * Math.Cos(la2 * r) * Math.Sin(dlon / 2) * Math.Sin(dlon / 2);
        return 6371 * 2 * Math.Asin(Math.Min(1, Math.Sqrt(h))) <= 25;
    }

    /// <summary>score.py's folding: case, accents, apostrophes, hyphens and a leading "the "/"al ".</summary>
    public static string Fold(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '`' or '\u2018' or '\u2019' or '\u02BC' or '\u02BF' or '\u02BE' or '\u00B4') continue;
            sb.Append(c is '-' or '_' or '/' or '.' or ',' or '"' or '(' or ')' or (>= '\u2010' and <= '\u2015') ? ' ' : char.ToLowerInvariant(c));
        }
        var s = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var prefix in new[] { "the ", "al " })
            if (s.StartsWith(prefix, StringComparison.Ordinal)) s = s[prefix.Length..];
        return s;
    }

    /// <summary>The events of a FORMAT.md object (gold or predicted).</summary>
    public static List<ScoredEvent> EventsOf(JsonElement article)
    {
        var list = new List<ScoredEvent>();
        if (!article.TryGetProperty("events", out var events)) return list;
        foreach (var e in events.EnumerateArray())
        {
            string? place = null;
            double? lat = null, lon = null;
            if (e.TryGetProperty("location", out var loc) && loc.ValueKind == JsonValueKind.Object)
            {
                place = Str(loc, "name");
                if (loc.TryGetProperty("lat", out var la) && la.ValueKind == JsonValueKind.Number) lat = la.GetDouble();
                if (loc.TryGetProperty("lon", out var lo) && lo.ValueKind == JsonValueKind.Number) lon = lo.GetDouble();
            }
            list.Add(new ScoredEvent(Str(e, "type")!, Str(e, "actor"), Str(e, "target"), place, lat, lon, Str(e, "evidence") ?? ""));
        }
        return list;
    }

    /// <summary>The alias sets of an article's actors.</summary>
    public static Func<string, ISet<string>> AliasesOf(JsonElement article)
    {
        var sets = new Dictionary<string, HashSet<string>>();
        foreach (var a in new[] { article })
        {
            if (!a.TryGetProperty("actors", out var actors)) continue;
            foreach (var actor in actors.EnumerateArray())
            {
                var names = new HashSet<string> { Fold(Str(actor, "name") ?? "") };
                if (actor.TryGetProperty("aliases", out var al))
                    foreach (var n in al.EnumerateArray()) names.Add(Fold(n.GetString() ?? ""));
                names.Remove("");
                foreach (var n in names)
                {
                    if (!sets.TryGetValue(n, out var set)) sets[n] = set = [];
                    set.UnionWith(names);
                }
            }
        }
        return name => sets.TryGetValue(name, out var set) ? set : new HashSet<string> { name };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
