using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Places;

/// <summary>
/// Finds the places a story names and picks each one's referent from context: a candidate whose
/// country, governorate or district the same sentence names wins, then one the story names, then
/// one in the country the story talks about most; a hand-made entry beats a GeoNames town, a major
/// kind a minor one. Minor places (GeoNames towns) count only where the text marks a place ("in X",
/// "near X", "X district"), so a town named like a word or a surname is not taken.
/// </summary>
public sealed class PlaceStage(Gazetteer gazetteer) : IStage
{
    public const string StageName = "places";
    public const int Version = 1;

    public StageInfo Info { get; } = new(StageName, Version, Layers.Sentences, Layers.Places);

    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "outside", "inside", "from", "to", "into", "around", "toward", "towards", "of", "across", "via", "north", "south", "east", "west",
    };

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "town", "village", "city", "district", "province", "governorate", "area", "base", "airport", "region", "border", "crossing", "camp", "airbase", "field",
    };

    public void Run(Document doc)
    {
        var parts = new List<NamePart>(doc.Tokens.Length);
        gazetteer.Parts(doc, parts);
        var matches = new List<(int First, int Last, List<int> Candidates)>();
        gazetteer.Match(doc.Text, parts, matches);
        var found = new List<(int Start, int End, int Sentence, List<Place> Candidates)>();
        foreach (var (first, last, candidates) in matches)
        {
            var a = parts[first];
            var b = parts[last];
            var places = candidates.Select(i => gazetteer.Places[i]).ToList();
            if (places.All(p => p.Minor) && !Marked(doc, a.Token, b.Token)) continue;
            found.Add((a.Start, b.End, a.Sentence, places));
        }
        // Context: the places named without doubt, by sentence and in the whole story.
        var sure = found.Where(f => f.Candidates.Count == 1).Select(f => (f.Sentence, f.Candidates[0])).ToList();
        var country = found.SelectMany(f => f.Candidates.Take(1)).GroupBy(p => p.Country).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;
        foreach (var (start, end, sentence, candidates) in found)
        {
            var best = candidates.OrderByDescending(c => Score(c, sentence, sure, country)).ThenBy(c => c.Id, StringComparer.Ordinal).First();
            doc.Places.Add(new PlaceMention(start, end - start, sentence, best.Id, best.Lat, best.Lon, best.Precision));
        }
    }

    private int Score(Place c, int sentence, List<(int Sentence, Place Place)> sure, string? country)
    {
        int score = 0;
        var ancestors = gazetteer.Ancestry(c).Skip(1).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (s, p) in sure)
        {
            if (p.Id == c.Id) continue;
            bool holds = ancestors.Contains(p.Id) || (p.Kind == "country" && p.Country == c.Country);
            if (holds) score += s == sentence ? 40 : 10;
        }
        if (c.Country == country) score += 5;
        if (!c.Minor) score += 3;
        score += c.Kind switch { "military_base" or "airport" or "embassy" => 3, "city" or "governorate" or "country" => 2, "town" or "district" => 1, _ => 0 };
        return score;
    }

    /// <summary>Whether the text marks the name as a place: a locative word before it, or a place noun after it.</summary>
    private static bool Marked(Document doc, int firstToken, int lastToken)
    {
        var tokens = doc.Tokens;
        for (int t = firstToken - 1; t >= 0 && t >= firstToken - 3; t--)
        {
            var w = doc.Text.AsSpan(tokens[t].Start, tokens[t].Length);
            if (Locatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) return true;
            if (!(w is "the" or "," || tokens[t].Is(TokenFlags.Capitalized))) break;
        }
        if (lastToken + 1 < tokens.Length)
        {
            var next = doc.Text.AsSpan(tokens[lastToken + 1].Start, tokens[lastToken + 1].Length);
            if (PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next)) return true;
        }
        return false;
    }
}
