using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Places;

/// <summary>
/// Finds the places a story names and picks each one's referent from context: a candidate whose
/// country, governorate or district the same sentence names wins, then one the story names, then
/// one in the country the story talks about most; a hand-made entry beats a GeoNames town, a major
/// kind a minor one. Minor places (GeoNames towns, and the hand-written places of <c>marked-only.txt</c>) count only
/// where the text marks a place ("in X", "near X", "X district"), so a town named like a word or a surname is not taken.
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

    [ThreadStatic] private static List<NamePart>? _parts;
    /// <summary>Per thread, the story's lists of names matched, places found, and the places named for sure or maybe by
    /// sentence: read only within <see cref="Run"/>, and made anew for every story they were a third of the step's bytes
    /// (their arrays grown by doubling; speed round 29).</summary>
    [ThreadStatic] private static Buffers? _buffers;

    private sealed class Buffers
    {
        public readonly List<(int First, int Last, List<int> Candidates)> Matches = [];
        public readonly List<(int Start, int End, int Sentence, int From, int Count, string[]? Kinds)> Found = [];
        public readonly List<(int Sentence, Place Place)> Sure = [], Maybe = [];
        /// <summary>Every found name's candidates one after another (a name's are From, Count of Found): one list for the
        /// story, not a list per name (speed round 31).</summary>
        public readonly List<Place> Candidates = [];

        public Buffers Cleared()
        {
            Matches.Clear();
            Found.Clear();
            Candidates.Clear();
            Sure.Clear();
            Maybe.Clear();
            return this;
        }
    }

    public void Run(Document doc)
    {
        // Reused per thread: the parts are read only within this call.
        var parts = _parts ??= [];
        parts.Clear();
        gazetteer.Parts(doc, parts);
        var buffers = (_buffers ??= new Buffers()).Cleared();
        var matches = buffers.Matches;
        gazetteer.Match(doc.Text, parts, matches);
        var found = buffers.Found;
        var pool = buffers.Candidates;
        foreach (var (first, last, candidates) in matches)
        {
            var a = parts[first];
            var b = parts[last];
            bool allMinor = true;
            foreach (var i in candidates) allMinor &= gazetteer.NeedsMark(gazetteer.Places[i]);
            if (allMinor && !Marked(doc, a.Token, b.Token)) continue;
            int from = pool.Count;
            foreach (var i in candidates) pool.Add(gazetteer.Places[i]);
            found.Add((a.Start, b.End, a.Sentence, from, candidates.Count, KindsNamed(doc, a.Token, b.Token)));
        }
        // Read as a span from here on: the pool no longer grows.
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pool);
        // Context: the places named without doubt, by sentence and in the whole story.
        var sure = buffers.Sure;
        foreach (var f in found) if (f.Count == 1) sure.Add((f.Sentence, all[f.From]));
        var country = MostNamedCountry(found, pool);
        var maybe = buffers.Maybe;
        foreach (var f in found) foreach (var c in all.Slice(f.From, f.Count)) maybe.Add((f.Sentence, c));
        // Every place found is added below: the document's list grows once, not by doubling.
        doc.Places.EnsureCapacity(doc.Places.Count + found.Count);
        foreach (var (start, end, sentence, from, count, kinds) in found)
        {
            var candidates = all.Slice(from, count);
            // One candidate needs no choosing; several are scored by their context.
            var best = candidates[0];
            if (candidates.Length > 1)
            {
                // The highest score, then the first id in ordinal order.
                int bestScore = Score(best, sentence, sure, maybe, country, kinds);
                for (int i = 1; i < candidates.Length; i++)
                {
                    int score = Score(candidates[i], sentence, sure, maybe, country, kinds);
                    if (score > bestScore || (score == bestScore && string.CompareOrdinal(candidates[i].Id, best.Id) < 0))
                        (best, bestScore) = (candidates[i], score);
                }
            }
            doc.Places.Add(new PlaceMention(start, end - start, sentence, best.Id, best.Lat, best.Lon, best.Precision));
        }
    }

    /// <summary>The country of most first candidates (ties: the first in ordinal order; none: null). Loops rather
    /// than LINQ: it runs for every story.</summary>
    private static string? MostNamedCountry(List<(int Start, int End, int Sentence, int From, int Count, string[]? Kinds)> found,
        List<Place> pool)
    {
        var counts = new List<(string Country, int Count)>();
        foreach (var f in found)
        {
            if (f.Count == 0) continue;
            var country = pool[f.From].Country;
            int at = 0;
            while (at < counts.Count && counts[at].Country != country) at++;
            if (at == counts.Count) counts.Add((country, 1));
            else counts[at] = (country, counts[at].Count + 1);
        }
        if (counts.Count == 0) return null;
        var best = counts[0];
        foreach (var c in counts)
            if (c.Count > best.Count || (c.Count == best.Count && string.CompareOrdinal(c.Country, best.Country) < 0)) best = c;
        return best.Country;
    }

    private int Score(Place c, int sentence, List<(int Sentence, Place Place)> sure, List<(int Sentence, Place Place)> maybe,
        string? country, string[]? kinds)
    {
        int score = 0;
        // "Hasakah province", "Sulaymaniyah airport", "the port of Hodeidah": the kind the text names.
        if (kinds is not null && kinds.Contains(c.Kind)) score += 100;
        var ancestors = gazetteer.AncestorsOf(c);
        foreach (var (s, p) in sure)
        {
            // ("northern Iraq", "the Syrian border" hold places only by distance: no evidence for one name's referent.)
            if (p.Id == c.Id || p.Kind is "part" or "border") continue;
            // "Kirkuk" (the city) holds the villages of its district as the governorate it names does.
            bool holds = ancestors.Contains(p.Id) || (p.Kind == "country" && p.Country == c.Country)
                || (p.Kind == "city" && p.Parent is not null && ancestors.Contains(p.Parent));
            if (holds) score += s == sentence ? 40 : 10;
        }
        // Weaker: a place another mention may mean ("north of Erbil": city or governorate) holds it.
        foreach (var (s, p) in maybe)
            if (p.Id != c.Id && s == sentence && p.Kind is not ("part" or "border") && ancestors.Contains(p.Id)) score += 8;
        // An anchor: a place the same sentence names lies near this candidate ("Riyadh, west of Kirkuk", "al-Rashad,
        // northeast of Muqdadiya", "Rashad in Diyala"), whatever the files' hierarchy says; a country or a compass
        // part is too wide to tell. The nearest anchor counts once, from the surest mention that gives it.
        int near = 0;
        foreach (var (s, p) in maybe)
            if (s == sentence && p.Id != c.Id && p.Kind is not ("part" or "border" or "country")
                && Incidents.Geo.DistanceKm(c.Lat, c.Lon, p.Lat, p.Lon) <= NearAnchorKm)
                near = Math.Max(near, IsSure(p, sentence, sure) ? 30 : 8);
        score += near;
        if (c.Country == country) score += 5;
        if (!c.Minor) score += 3;
        // A national capital is its name's usual referent, even in a story about another country (which gives 5).
        if (gazetteer.IsCapital(c)) score += 6;
        score += c.Kind switch { "military_base" or "airport" or "embassy" => 3, "city" or "governorate" or "country" => 2, "town" or "district" => 1, _ => 0 };
        return score;
    }

    /// <summary>How near (km) a place named in the same sentence must lie to anchor one of a name's candidates.</summary>
    private const double NearAnchorKm = 75;

    private static bool IsSure(Place p, int sentence, List<(int Sentence, Place Place)> sure)
    {
        foreach (var (s, q) in sure) if (s == sentence && q.Id == p.Id) return true;
        return false;
    }

    private static readonly Dictionary<string, string[]> NounKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["province"] = ["governorate"], ["governorate"] = ["governorate"], ["airport"] = ["airport", "military_base"],
        ["airfield"] = ["airport", "military_base"], ["base"] = ["military_base", "site"], ["airbase"] = ["military_base"],
        ["camp"] = ["site", "military_base"], ["crossing"] = ["border_crossing"], ["port"] = ["port"], ["field"] = ["oil_field"],
        ["desert"] = ["region"], ["district"] = ["district"], ["town"] = ["town", "city", "village"], ["city"] = ["city", "town"],
        ["village"] = ["village", "town"],
    };

    /// <summary>The kinds of place the words around a name call it: "X province", "X air base",
    /// "the port of X", "the town of X".</summary>
    private static string[]? KindsNamed(Document doc, int firstToken, int lastToken)
    {
        var tokens = doc.Tokens;
        for (int t = lastToken + 1; t < Math.Min(tokens.Length, lastToken + 3); t++)
        {
            var w = doc.Text.AsSpan(tokens[t].Start, tokens[t].Length);
            if (NounKinds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out var kinds)) return kinds;
            if (!(w is "air" or "border" or "oil" or "gas" or "military")) break;
        }
        if (firstToken >= 2 && doc.Text.AsSpan(tokens[firstToken - 1].Start, tokens[firstToken - 1].Length) is "of"
            && NounKinds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.Text.AsSpan(tokens[firstToken - 2].Start, tokens[firstToken - 2].Length), out var before))
            return before;
        return null;
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
