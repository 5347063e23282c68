using System.Runtime.InteropServices;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Text;

namespace Sitrep.Core.Places;

/// <summary>One place of the gazetteer.</summary>
public sealed record Place(string Id, string Name, string Kind, string? Parent, string Country, double Lat, double Lon,
    IReadOnlyList<string> Aliases, string Source)
{
    /// <summary>ACLED-style precision: 1 an exact site or town, 2 a district, 3 a province or wider.</summary>
    public int Precision => Kind switch
    {
        "district" or "border" => 2,
        "governorate" or "country" or "region" or "part" => 3,
        _ => 1,
    };

    /// <summary>Whether GeoNames gave it (minor places: linked only where the text marks a place).</summary>
    public bool Minor => Id.StartsWith("gn-", StringComparison.Ordinal);
}

/// <summary>
/// The gazetteer of <c>data/places/*.tsv</c> (and the user's files): places with kinds, parents,
/// coordinates and names in every transliteration and in Arabic script, compiled into one trie over
/// the same folded name parts the actor matcher uses. Unlike actors, many places share a name:
/// a name keeps every candidate, and the geocoder chooses from context.
/// </summary>
public sealed class Gazetteer
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "country", "governorate", "district", "city", "town", "village", "military_base", "airport", "embassy",
        "border_crossing", "oil_field", "port", "region", "part", "border", "site",
    };

    private readonly List<Place> _places;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly NameTrie _trie;
    private readonly List<List<(int Place, string? Short)>?> _terminal = [];

    /// <summary>Per trie node that ends a name, its places without repeats in the order of <see cref="_terminal"/>, made at load:
    /// what <see cref="Match"/> finds for a name of two or more parts, or a one-part name none of whose entries is checked as
    /// written, without a new list for every name end tried (read only; speed round 31).</summary>
    private readonly List<int>?[] _distinct;

    /// <summary>Per trie node, whether one of its entries is a one-word spelling checked as written.</summary>
    private readonly bool[] _anyShort;

    /// <summary>First parts of the names of parts and borders the gazetteer writes in lower case ("northern Iraq", "north-east Syria"):
    /// such a name may start lower-case in the text too, where every other place name starts capitalized.</summary>
    private readonly HashSet<int> _lowerStarts = [];

    /// <summary>Capitalized words that are never a place, however their spelling folds (<c>data/places/not-places.txt</c>:
    /// "Koran" is no spelling of Qurna).</summary>
    private readonly HashSet<string> _notPlaces = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that name a kind of site ("the airport", "the square"), with the gazetteer kinds a place of that
    /// sort has, none when no kind marks it (<c>data/places/site-nouns.txt</c>).</summary>
    private readonly Dictionary<string, string[]> _siteNouns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _siteNounsBySpan;

    /// <summary>National capitals (<c>data/places/capitals.txt</c>): the usual referent of their name ("Riyadh" is the
    /// Saudi capital, not the town of al-Riyadh near Hawija, unless the sentence names Kirkuk).</summary>
    private readonly HashSet<string> _capitals = new(StringComparer.Ordinal);

    /// <summary>Hand-written places whose names are also people's names or common words ("Rashad", "al-Amin"): like a
    /// GeoNames town, a name of theirs counts only where the text marks a place (<c>data/places/marked-only.txt</c>).</summary>
    private readonly HashSet<string> _markedOnly = new(StringComparer.Ordinal);

    private Gazetteer(List<Place> places, Tokenizer tokenizer, IEnumerable<string>? notPlaces = null,
        IEnumerable<(string Noun, string[] Kinds)>? siteNouns = null, IEnumerable<string>? capitals = null,
        IEnumerable<string>? markedOnly = null)
    {
        _places = places;
        foreach (var id in capitals ?? []) _capitals.Add(id);
        foreach (var id in markedOnly ?? []) _markedOnly.Add(id);
        foreach (var w in notPlaces ?? []) _notPlaces.Add(w);
        foreach (var (noun, kinds) in siteNouns ?? []) _siteNouns[noun] = kinds;
        _siteNounsBySpan = _siteNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        _trie = new NameTrie(tokenizer);
        for (int i = 0; i < places.Count; i++) _index[places[i].Id] = i;
        foreach (var p in places)
            if (p.Kind == "country" && p.Country is not null) _countries.TryAdd(p.Country, p);
        foreach (var p in places) _ancestors[p.Id] = Ancestry(p).Skip(1).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        AddParts(places);
        for (int i = 0; i < places.Count; i++)
            foreach (var name in new[] { places[i].Name }.Concat(places[i].Aliases))
            {
                int firstKey = Add(name, i);
                if (places[i].Kind is "part" or "border" && char.IsLower(name[0]) && firstKey >= 0) _lowerStarts.Add(firstKey);
                if (places[i].Kind == "military_base")
                    foreach (var variant in BaseVariants(name)) Add(variant, i);
            }
        _distinct = new List<int>?[_terminal.Count];
        _anyShort = new bool[_terminal.Count];
        for (int n = 0; n < _terminal.Count; n++)
        {
            if (_terminal[n] is not { } t) continue;
            var d = new List<int>(t.Count);
            foreach (var c in t)
            {
                if (!d.Contains(c.Place)) d.Add(c.Place);
                if (c.Short is not null) _anyShort[n] = true;
            }
            _distinct[n] = d;
        }
    }

    /// <summary>A part of a unit ("northern Iraq", kind <c>part</c>) or a border area ("the Iraq-Syria border", kind
    /// <c>border</c>, in its COUNTRY with PARENT the other side) holds the unit's (or each side's) places that lie nearer
    /// its centre than the unit's: "Metina in northern Iraq" is in it, Basra is not.</summary>
    private void AddParts(List<Place> places)
    {
        foreach (var part in places)
        {
            if (part.Kind is not ("part" or "border") || part.Parent is null || this[part.Parent] is not { } unit) continue;
            Hold(places, part, unit);
            if (part.Kind == "border" && _countries.GetValueOrDefault(part.Country) is { } side && side != unit) Hold(places, part, side);
        }
    }

    private void Hold(List<Place> places, Place part, Place unit)
    {
        foreach (var p in places)
        {
            if (p == part || p == unit || p.Kind is "part" or "border") continue;
            bool inUnit = _ancestors[p.Id].Contains(unit.Id) || (unit.Kind == "country" && p.Country == unit.Country);
            if (inUnit && Incidents.Geo.DistanceKm(p.Lat, p.Lon, part.Lat, part.Lon) < Incidents.Geo.DistanceKm(p.Lat, p.Lon, unit.Lat, unit.Lon))
                _ancestors[p.Id].Add(part.Id);
        }
    }

    private static readonly string[] BaseSuffixes = [" Air Base", " Airbase", " Military Base", " Base"];

    /// <summary>The ways reporting words a base's name: "Victoria Base" is also "Victoria military base",
    /// "Victoria air base" and "Victoria airbase". Only a name that ends in "Base" has them; the bare stem
    /// ("Victoria") is no name of the base.</summary>
    internal static IEnumerable<string> BaseVariants(string name)
    {
        foreach (var suffix in BaseSuffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || name.Length == suffix.Length) continue;
            var stem = name[..^suffix.Length];
            foreach (var other in BaseSuffixes)
                if (other != suffix) yield return stem + other;
            yield break;
        }
    }

    public IReadOnlyList<Place> Places => _places;
    public Place? this[string id] => _index.TryGetValue(id, out var i) ? _places[i] : null;

    /// <summary>How many of the mentions lie in each country (by country code), counted into <paramref name="counts"/>
    /// (emptied first; returned).</summary>
    /// <remarks>The names step asks it once a story with places: a table of its own (cleared, so its countries are listed in
    /// the order they were first counted, as a new table's are) and an indexed loop, where a new table and an enumerator
    /// through <c>IEnumerable</c> were the call's allocations.</remarks>
    public Dictionary<string, int> CountriesOf(List<Documents.PlaceMention> mentions, Dictionary<string, int> counts)
    {
        counts.Clear();
        for (int k = 0; k < mentions.Count; k++)
            if (_index.TryGetValue(mentions[k].PlaceId, out var i))
                CollectionsMarshal.GetValueRefOrAddDefault(counts, _places[i].Country, out _)++;
        return counts;
    }

    /// <summary>The key counted most; null for none or a tie.</summary>
    public static string? Most(Dictionary<string, int> counts)
    {
        string? best = null;
        bool tie = false;
        foreach (var (key, n) in counts)
        {
            if (best is not null && n == counts[best]) tie = true;
            if (best is null || n > counts[best]) (best, tie) = (key, false);
        }
        return tie ? null : best;
    }

    /// <summary>The country (as a place) most of the story's places lie in; null for none or a tie.</summary>
    /// <remarks>The events step asks it of every story that tells a withdrawal: a loop over spans of the story's
    /// mentions and a map of the countries, where a query over the mentions and a walk through the gazetteer's places
    /// cost a hundredth of the step.</remarks>
    public Place? StoryCountry(Documents.Document doc)
    {
        var mentions = CollectionsMarshal.AsSpan(doc.Mentions);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        // "US forces", "the Islamic Resistance in Iraq": a place inside a longer name says whose it is, not where the story is.
        foreach (ref readonly var p in CollectionsMarshal.AsSpan(doc.Places))
            if (!InsideLongerMention(mentions, p) && this[p.PlaceId] is { } place) counts[place.Country] = counts.GetValueOrDefault(place.Country) + 1;
        return Most(counts) is { } code ? _countries.GetValueOrDefault(code) : null;
    }

    private static bool InsideLongerMention(ReadOnlySpan<Documents.Mention> mentions, in Documents.PlaceMention place)
    {
        foreach (ref readonly var m in mentions)
            if (m.Start <= place.Start && place.Start + place.Length <= m.Start + m.Length && m.Length > place.Length) return true;
        return false;
    }

    /// <summary>Country code → the first place of kind country with that code, in the gazetteer's order.</summary>
    private readonly Dictionary<string, Place> _countries = new(StringComparer.Ordinal);

    private readonly Dictionary<string, HashSet<string>> _ancestors = new(StringComparer.Ordinal);

    /// <summary>The ids of the admin units that hold a place (not the place itself); computed when the
    /// gazetteer is built, so reading needs no lock.</summary>
    public IReadOnlySet<string> AncestorsOf(Place p) => _ancestors[p.Id];

    /// <summary>The place and its admin units, innermost first.</summary>
    public IEnumerable<Place> Ancestry(Place p)
    {
        for (var at = p; at is not null; at = at.Parent is null ? null : this[at.Parent])
            yield return at;
    }

    public static Gazetteer Load(string dataDir, Tokenizer tokenizer, IEnumerable<string>? userFiles = null)
    {
        var places = new List<Place>();
        var folder = Path.Combine(dataDir, "places");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        foreach (var file in files.Concat(userFiles ?? [])) places.AddRange(Read(file));
        var byId = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var p in places) byId[p.Id] = p;
        foreach (var p in byId.Values)
            if (p.Parent is not null && !byId.ContainsKey(p.Parent))
                throw new SitrepException(ErrorCodes.DataInvalid, p.Source, $"'{p.Id}' names the parent '{p.Parent}', which no place file defines");
        var notPlaces = Path.Combine(folder, "not-places.txt");
        var words = File.Exists(notPlaces)
            ? File.ReadLines(notPlaces).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList()
            : [];
        var siteNouns = Path.Combine(folder, "site-nouns.txt");
        var nouns = File.Exists(siteNouns) ? ReadSiteNouns(siteNouns).ToList() : [];
        var capitalsFile = Path.Combine(folder, "capitals.txt");
        var capitals = File.Exists(capitalsFile) ? ReadCapitals(capitalsFile, byId).ToList() : [];
        var markedFile = Path.Combine(folder, "marked-only.txt");
        var marked = File.Exists(markedFile) ? ReadMarkedOnly(markedFile, byId).ToList() : [];
        return new Gazetteer([.. byId.Values.OrderBy(p => p.Id, StringComparer.Ordinal)], tokenizer, words, nouns, capitals, marked);
    }

    /// <summary>Reads the ids of the places named only where the text marks a place, one a line; each must exist.</summary>
    public static IEnumerable<string> ReadMarkedOnly(string path, IReadOnlyDictionary<string, Place> byId) => ReadPlaceIds(path, byId, kind: null);

    /// <summary>Reads place ids, one a line; each must be a place of the place files (of the kind, when one is given).</summary>
    private static IEnumerable<string> ReadPlaceIds(string path, IReadOnlyDictionary<string, Place> byId, string? kind)
    {
        foreach (var line in DataFile.ReadTsv(path))
        {
            var id = line.Fields[0].Trim();
            if (!byId.TryGetValue(id, out var place) || (kind is not null && place.Kind != kind))
                throw line.Error($"'{id}' is no {kind ?? "place"} of the place files");
            yield return id;
        }
    }

    /// <summary>Whether a name of the place counts only where the text marks a place ("in X", "X district"): a GeoNames
    /// town, or a place of <c>data/places/marked-only.txt</c>.</summary>
    public bool NeedsMark(Place place) => place.Minor || _markedOnly.Contains(place.Id);

    /// <summary>Reads the ids of national capitals, one a line; each must be a city the place files define.</summary>
    public static IEnumerable<string> ReadCapitals(string path, IReadOnlyDictionary<string, Place> byId) => ReadPlaceIds(path, byId, kind: "city");

    /// <summary>Whether the place is a national capital (<c>data/places/capitals.txt</c>).</summary>
    public bool IsCapital(Place place) => _capitals.Contains(place.Id);

    /// <summary>Reads the site nouns: NOUN and KINDS (','-separated, '-' for none), tab-separated.</summary>
    public static IEnumerable<(string Noun, string[] Kinds)> ReadSiteNouns(string path)
    {
        foreach (var line in DataFile.ReadTsv(path))
        {
            var f = line.Fields;
            if (f.Length != 2 || f[0].Trim().Length == 0) throw line.Error("expected NOUN and KINDS ('-' for none)");
            var kinds = f[1].Trim() == "-" ? [] : f[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var kind in kinds)
                if (!Kinds.Contains(kind)) throw line.Error($"unknown kind '{kind}' (one of {string.Join(", ", Kinds)}, or '-')");
            yield return (f[0].Trim(), kinds);
        }
    }

    /// <summary>Whether the word, as written, is a noun naming a kind of site ("airport", "square"); the noun as the
    /// file writes it comes out.</summary>
    public bool IsSiteNoun(ReadOnlySpan<char> written, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? noun)
    {
        if (_siteNounsBySpan.TryGetValue(written, out noun, out _)) return true;
        noun = null;
        return false;
    }

    /// <summary>Whether a place is a site of the kind the noun names: by its kind in the gazetteer, or by the noun in
    /// its name as the story or the gazetteer writes it ("Tahrir Square", "Erbil airport", "KAR refinery").</summary>
    public bool IsSiteOf(Place place, ReadOnlySpan<char> written, string noun) =>
        (_siteNouns.TryGetValue(noun, out var kinds) && Array.IndexOf(kinds, place.Kind) >= 0)
        || written.Contains(noun, StringComparison.OrdinalIgnoreCase) || place.Name.Contains(noun, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads one place file: ID, NAME, KIND, PARENT, COUNTRY, LAT, LON, ALIASES (;-separated).</summary>
    public static IEnumerable<Place> Read(string path)
    {
        foreach (var line in DataFile.ReadTsv(path))
        {
            var f = line.Fields;
            if (f.Length < 7) throw line.Error("expected ID, NAME, KIND, PARENT, COUNTRY, LAT, LON[, ALIASES]");
            if (!Kinds.Contains(f[2].Trim())) throw line.Error($"unknown kind '{f[2]}' (one of {string.Join(", ", Kinds)})");
            if (!double.TryParse(f[5], System.Globalization.CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
                || !double.TryParse(f[6], System.Globalization.CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
                throw line.Error($"bad coordinates '{f[5]}', '{f[6]}'");
            var aliases = f.Length > 7 ? f[7].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            yield return new Place(f[0].Trim(), f[1].Trim(), f[2].Trim(), string.IsNullOrWhiteSpace(f[3]) ? null : f[3].Trim(),
                f[4].Trim(), lat, lon, aliases, $"{path}:{line.Number}");
        }
    }

    /// <summary>Adds a name of the place; the key id of its first part, or -1 for a name with no parts.</summary>
    private int Add(string name, int place)
    {
        var parts = _trie.PartsOf(name, intern: true);
        if (parts.Count == 0) return -1;
        int node = _trie.Insert(parts);
        while (_terminal.Count < _trie.NodeCount) _terminal.Add(null);
        var list = _terminal[node] ??= [];
        string? exact = parts.Count == 1 ? NameFolder.Plain(name.AsSpan(parts[0].Start, parts[0].Length)) : null;
        // One-word spellings that fold alike ("Rmelan", "Rumeilan") are each kept: each is checked as written.
        foreach (var c in list) if (c.Place == place && (c.Short is null || c.Short == exact)) return parts[0].KeyId;
        list.Add((place, exact));
        return parts[0].KeyId;
    }

    /// <summary>The parts of a document, with the gazetteer's key ids.</summary>
    public void Parts(Documents.Document doc, List<NamePart> into) => _trie.Parts(doc, into);

    /// <summary>Every longest place name in the parts, left to right, with its candidates. The first
    /// part must stand capitalized (a place name is a proper noun; later parts may be "base",
    /// "airport", "22") unless a region's name starts so in lower case ("northern Iraq"), and a one-word
    /// name keeps its vowels.</summary>
    public void Match(string text, List<NamePart> parts, List<(int First, int Last, List<int> Candidates)> into)
    {
        // Spans, so a part is read in place, not copied out of its list.
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts);
        int i = 0;
        while (i < all.Length)
        {
            // A part no name has (or a break) starts no name: the first step would fail.
            if (all[i].KeyId < 0) { i++; continue; }
            int node = 0, bestEnd = -1;
            List<int>? best = null;
            for (int j = i; j < all.Length; j++)
            {
                ref readonly var p = ref all[j];
                if ((j == i && !p.Capitalized && !_lowerStarts.Contains(p.KeyId)) || p.Sentence != all[i].Sentence || !_trie.Step(node, p.KeyId, out node)) break;
                // A lower-case word of not-places.txt ("has", "said") is no later word of a name: "What has" is no White House.
                if (j > i && char.IsLower(text[p.Start]) && NotPlace(text.AsSpan(p.Start, p.Length))) break;
                // A name may start lower case only as a longer one ("northern Iraq"): "waste" is no Wasit, though it folds
                // like the "west" of "west Anbar".
                if (_trie.EndsName(node) && _terminal[node] is { } t && (j > i || all[i].Capitalized))
                {
                    // A plain loop, not a lambda: a lambda capturing p would allocate a closure for every part tried.
                    // With no entry to check as written, every entry fits: the list made at load (never changed below).
                    List<int>? fits = j > i || !_anyShort[node] ? _distinct[node] : null;
                    if (fits is null)
                        foreach (var c in t)
                            if ((c.Short is null || (NameFolder.SpelledAs(text.AsSpan(p.Start, p.Length), c.Short) && !NotPlace(text.AsSpan(p.Start, p.Length))))
                                && (fits is null || !fits.Contains(c.Place)))
                                (fits ??= []).Add(c.Place);
                    if (fits is { Count: > 1 })
                        fits = j == i ? SpelledExactly(t, fits, text.AsSpan(p.Start, p.Length))
                            : WrittenNearest(fits, text.AsSpan(all[i].Start, p.Start + p.Length - all[i].Start));
                    if (fits is not null) { bestEnd = j; best = fits; }
                }
            }
            if (best is null) { i++; continue; }
            into.Add((i, bestEnd, best));
            i = bestEnd + 1;
        }
    }

    /// <summary>"Karbala" is the city, not Karabla near al-Qaim, whose name folds alike: of the places a one-word name may mean,
    /// those with a spelling written exactly so, if any.</summary>
    private static List<int> SpelledExactly(List<(int Place, string? Short)> entries, List<int> fits, ReadOnlySpan<char> word)
    {
        var plain = NameFolder.Plain(word);
        List<int>? exact = null;
        foreach (var c in entries)
            if (c.Short == plain && fits.Contains(c.Place) && (exact is null || !exact.Contains(c.Place))) (exact ??= []).Add(c.Place);
        return exact ?? fits;
    }

    /// <summary>"Suleiman Bek" is the town near Tuz Khurmatu, not Salman Pak, whose "Salman Bak" folds alike: of the places a
    /// longer name may mean, those with a name or alias written nearest to the text (letters and digits, any case; fewest
    /// letters changed, so "Sulaiman Bek" is still the town), if one is nearer than the others. Runs on ties only.</summary>
    private List<int> WrittenNearest(List<int> fits, ReadOnlySpan<char> written)
    {
        var plain = NameFolder.Plain(written);
        List<int>? nearest = null;
        int best = int.MaxValue;
        foreach (var f in fits)
        {
            var names = PlainNames(f);
            int d = Distance(names[0], plain);
            for (int a = 1; d > 0 && a < names.Length; a++) d = Math.Min(d, Distance(names[a], plain));
            if (d < best) { best = d; (nearest ??= []).Clear(); }
            if (d == best) nearest!.Add(f);
        }
        return nearest ?? fits;
    }

    /// <summary>Per place, its name then its aliases as <c>NameFolder.Plain</c> writes them, made the first time
    /// <see cref="WrittenNearest"/> reads the place, not at every tie (two threads may both make one: the same strings).</summary>
    private string[]?[]? _plainNames;

    private string[] PlainNames(int place)
    {
        var all = _plainNames ??= new string[]?[_places.Count];
        if (all[place] is { } known) return known;
        var p = _places[place];
        var names = new string[1 + p.Aliases.Count];
        names[0] = NameFolder.Plain(p.Name);
        for (int a = 0; a < p.Aliases.Count; a++) names[a + 1] = NameFolder.Plain(p.Aliases[a]);
        return all[place] = names;
    }

    /// <summary>Letters added, dropped or changed to write <paramref name="a"/> as <paramref name="b"/> (Levenshtein).</summary>
    internal static int Distance(string a, string b)
    {
        Span<int> row = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) row[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int up = row[j];
                row[j] = Math.Min(Math.Min(up, row[j - 1]) + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = up;
            }
        }
        return row[b.Length];
    }

    private bool NotPlace(ReadOnlySpan<char> word) => _notPlaces.Count > 0 && _notPlaces.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The places a name in any spelling means ("Ain al-Assad", "عين الأسد"), or the place with this id.</summary>
    public IReadOnlyList<Place> Named(string text)
    {
        if (this[text] is { } byId) return [byId];
        var parts = _trie.PartsOf(text, intern: false);
        var matches = new List<(int, int, List<int>)>();
        Match(text, parts, matches);
        return matches.SelectMany(m => m.Item3).Distinct().Select(i => _places[i]).ToList();
    }

    /// <summary>Places whose name or alias contains the text, or that a name of the text means.</summary>
    public IEnumerable<Place> Search(string text)
    {
        var hits = Named(text);
        return hits.Concat(_places.Where(p => p.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
            || p.Aliases.Any(a => a.Contains(text, StringComparison.OrdinalIgnoreCase)))).Distinct();
    }
}
