using System.Runtime.InteropServices;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Names;

/// <summary>
/// Finds the actors a story names and adds them as mentions:
/// <list type="number">
/// <item>every name of the knowledge base, longest first, in one pass (context aliases only once the
/// story has used a full name of the same actor; metonyms such as "Baghdad" only where they act,
/// not after "in", "near", "from" …);</item>
/// <item>abbreviations the story defines ("Kataeb Hezbollah (KH)") for the rest of the story;</item>
/// <item>capitalized names the knowledge base lacks, when a role cue stands next to them
/// ("government spokesman X", "X, a leader of …"), kept as unlinked actors, and their surnames
/// later on; commentators (analysts, experts) are left out;</item>
/// <item>short references ("the group", "the premier") to the last fitting actor named before.</item>
/// </list>
/// </summary>
/// <param name="gazetteer">The places, whose countries say which government "the government" of a story is
/// (without it, the state the story names most).</param>
public sealed class NameStage(ActorKb kb, RoleCues cues, Places.Gazetteer? gazetteer = null) : IStage
{
    /// <summary>Country code → id of its national government: the actor the country's own name stands for
    /// ("Iraq" → Government of Iraq).</summary>
    private readonly Dictionary<string, string> _governments = Governments(kb, gazetteer);

    private static Dictionary<string, string> Governments(ActorKb kb, Places.Gazetteer? gazetteer)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (gazetteer is null) return map;
        foreach (var p in gazetteer.Places)
            if (p.Kind == "country" && kb.Find(p.Name) is { Kind: "government" } government && government.Country == p.Country)
                map.TryAdd(p.Country, government.Id);
        return map;
    }

    /// <summary>Country code → id of its army: the state force of that country with a two-word name or alias "X army"
    /// ("Iraqi army" → Iraqi Army, "Turkish army" → Turkish Armed Forces), for "the army" of a story.</summary>
    private readonly Dictionary<string, string> _armies = Armies(kb);

    private static Dictionary<string, string> Armies(ActorKb kb)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in kb.Actors)
        {
            if (a is not { Kind: "state_force", Country: { } country }) continue;
            foreach (var n in a.Aliases.Prepend(a.Name))
                if (n.Split(' ') is [var first, var army] && army.Equals("army", StringComparison.OrdinalIgnoreCase)
                    && !first.Equals("the", StringComparison.OrdinalIgnoreCase) && char.IsUpper(first[0]))
                {
                    map.TryAdd(country, a.Id);
                    break;
                }
        }
        return map;
    }

    /// <summary>Country code → id of its police: the state force of that country with a two-word name or alias
    /// "X police" ("Iraqi police"), for a province's or city's police and for "police" alone.</summary>
    private readonly Dictionary<string, string> _police = Polices(kb, federal: false);

    /// <summary>Country code → id of its federal police: the state force named "X Federal Police" ("Iraqi Federal Police"),
    /// for "federal police" in lower case.</summary>
    private readonly Dictionary<string, string> _federalPolice = Polices(kb, federal: true);

    private static Dictionary<string, string> Polices(ActorKb kb, bool federal)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in kb.Actors)
        {
            if (a is not { Kind: "state_force", Country: { } country }) continue;
            foreach (var n in a.Aliases.Prepend(a.Name))
            {
                var words = n.Split(' ');
                if (words.Length != (federal ? 3 : 2) || !words[^1].Equals("police", StringComparison.OrdinalIgnoreCase) || !char.IsUpper(words[0][0])
                    || words[0].Equals("Federal", StringComparison.Ordinal) || federal != (words.Length == 3 && words[1].Equals("Federal", StringComparison.OrdinalIgnoreCase)))
                    continue;
                map.TryAdd(country, a.Id);
                break;
            }
        }
        return map;
    }

    /// <summary>Country code → its country adjectives ("IQ" → Iraqi), from <c>demonyms.tsv</c>.</summary>
    private readonly Dictionary<string, List<string>> _adjectives = Adjectives(kb, cues);

    private static Dictionary<string, List<string>> Adjectives(ActorKb kb, RoleCues cues)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (adjective, demonym) in cues.Rules.Demonyms())
            if (kb[demonym.ActorId]?.Country is { } country)
            {
                if (!map.TryGetValue(country, out var list)) map[country] = list = [];
                list.Add(adjective);
            }
        return map;
    }

    /// <summary>Country code → the state force "ADJECTIVE forces" names ("TR" → the Turkish Armed Forces), from
    /// <c>demonyms.tsv</c> and the knowledge base.</summary>
    private readonly Dictionary<string, int> _forcesOf = ForcesOf(kb, cues);

    private static Dictionary<string, int> ForcesOf(ActorKb kb, RoleCues cues)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (adjective, demonym) in cues.Rules.Demonyms())
            if (kb[demonym.ActorId]?.Country is { } country && !map.ContainsKey(country)
                && kb.Matcher.Lookup(adjective + " forces") is { Kind: AliasKind.Strong } hit
                && kb.Actors[hit.Actor] is { Kind: "state_force" } force && force.Country == country)
                map[country] = hit.Actor;
        return map;
    }

    /// <summary>When a country adjective of another state than the body's stands right before a mention of a state body
    /// or force: that state's forces (-1 when the knowledge base has none); null when no such adjective stands there.</summary>
    private int? ForeignOwner(Document doc, int firstToken, int actor)
    {
        if (firstToken == 0 || kb.Actors[actor] is not { Kind: "government" or "state_force", Country: { } own }
            || DemonymAt(doc, firstToken - 1) is not { } demonym || kb[demonym.ActorId]?.Country is not { } theirs || theirs == own)
            return null;
        return _forcesOf.TryGetValue(theirs, out int forces) ? forces : -1;
    }

    /// <summary>The actors whose bare name another country's body of the same kind has under its country's adjective
    /// ("Supreme Judicial Council" → "Iraqi Supreme Judicial Council"): only their mentions can stand for a twin, so
    /// only they are looked up again (a look-up of a whole name builds a string and its parts).</summary>
    private readonly HashSet<int> _twinned = Twinned(kb, cues);

    private static HashSet<int> Twinned(ActorKb kb, RoleCues cues)
    {
        var adjectives = cues.Rules.Demonyms().Select(d => d.Adjective).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var set = new HashSet<int>();
        for (int b = 0; b < kb.Actors.Count; b++)
        {
            if (kb.Actors[b] is not { Kind: "government" or "state_force" } body) continue;
            foreach (var name in body.AllNames)
                foreach (var adjective in adjectives)
                    if (name.Length > adjective.Length + 1 && name.StartsWith(adjective, StringComparison.OrdinalIgnoreCase) && name[adjective.Length] == ' '
                        && kb.Matcher.Lookup(name[(adjective.Length + 1)..]) is { } bare && bare.Actor != b)
                        set.Add(bare.Actor);
        }
        return set;
    }

    public const string StageName = "names";
    public const int Version = 1;

    public StageInfo Info { get; } = new(StageName, Version, Layers.Sentences, Layers.Mentions);

    public ActorKb Kb => kb;

    /// <summary>The lists and tables a story's pass fills and reads only within <see cref="Run"/>, emptied and reused story
    /// after story on a thread (one thread-static read a story): a new set, two tables and three lists a story were the
    /// step's own allocations besides its mentions.</summary>
    private sealed class Scratch
    {
        public readonly List<NamePart> Parts = [];
        public readonly List<NameMatch> Matches = [];
        public readonly List<Mention> Mentions = [];
        public readonly HashSet<int> Named = [];
        public readonly Dictionary<string, int> States = new(StringComparer.Ordinal);
        /// <summary>The story's places by country (<see cref="StoryState"/>).</summary>
        public readonly Dictionary<string, int> Countries = new(StringComparer.Ordinal);
        public readonly List<(int Sentence, string Country)> Named3 = [];
        public readonly List<Mention> Found = [];
        public readonly Dictionary<string, string> Surnames = new(StringComparer.Ordinal);
        public readonly Dictionary<string, (string Id, int At)> Defined = new(StringComparer.Ordinal);
    }

    [ThreadStatic] private static Scratch? _scratch;

    public void Run(Document doc)
    {
        // Reused per thread: the parts, matches and mentions are read only within this call (the
        // mentions are copied into the document at the end).
        var scratch = _scratch ??= new Scratch();
        var parts = scratch.Parts;
        parts.Clear();
        kb.Matcher.Parts(doc, parts);
        var matches = scratch.Matches;
        matches.Clear();
        kb.Matcher.Match(doc.Text, parts, matches);
        var named = scratch.Named;
        named.Clear();
        var mentions = scratch.Mentions;
        mentions.Clear();
        _coveredMentions = -1;
        int accepted = -1;
        // How often each country's government has been named so far (by name or as a place that acts).
        // (Never removed from, so a reused table lists its countries in the order they were added, as a new one would.)
        var states = scratch.States;
        states.Clear();
        // (The same, one entry a naming, with its sentence: which state the last few sentences speak of.)
        var named3 = scratch.Named3;
        named3.Clear();
        string? story = null;
        for (int i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var first = parts[m.First];
            var last = parts[m.Last];
            string via;
            switch (m.Kind)
            {
                case AliasKind.Context:
                    // "Kata'ib Hezbollah, Nujaba and Imam Ali": a short name listed beside a body of its
                    // kind means that body's peer even before the story gives its full name.
                    if (!named.Contains(m.Actor) && !(ListedWith(doc, parts, m, accepted == i - 1 ? i - 1 : -1, matches)
                        || (i + 1 < matches.Count && matches[i + 1].Kind == AliasKind.Strong && ListedWith(doc, parts, m, i + 1, matches))
                        || ((OfLeadingState(m.Actor, states) || OfStoryState(doc, m.Actor, first.Token, first.Sentence, named3, states, ref story)) && !OwnerNamed(doc, first.Token))
                        // "the American Treasury", "the Turkish Defence Ministry": its country's adjective right before a short name
                        // says whose body it is.
                        || OwnAdjectiveBefore(doc, first.Token, m.Actor)))
                        continue;
                    if (InsideLongerName(doc, first.Token, last.Token, first.Sentence)) continue;
                    named.Add(m.Actor);
                    via = "context";
                    // A common noun for a kind of body ("the coalition") means the body of that kind named
                    // just before, when that is another one: "the Fatah Alliance ... the leader of the
                    // coalition". Not for institutions ("parliament", "the administrative court").
                    if (!first.Capitalized && kb.Actors[m.Actor].Kind is "coalition" or "party" or "armed_group"
                        && NearestOfKind(mentions, kb.Actors[m.Actor], first.Sentence) is { } nearer)
                    {
                        mentions.Add(new Mention(first.Start, last.End - first.Start, first.Sentence, MentionKind.Actor, nearer, "reference"));
                        accepted = i;
                        continue;
                    }
                    break;
                case AliasKind.Metonym:
                    if (!ActsAsActor(doc, first.Token, last.Token, last.End, doc.Sentences[first.Sentence].FirstToken) || InsideLongerName(doc, first.Token, last.Token, first.Sentence)) continue;
                    if (AttackedCity(doc, first.Token, first.Start)) continue;
                    if (CountryOfPlaceBefore(doc, first.Token, last.Token, m.Actor)) continue;
                    if (InsideLongerPlace(doc, first.Start, last.End)) continue;
                    via = "metonym";
                    break;
                default:
                    // "the Strategic Framework Agreement" names an agreement, not the Framework.
                    if (InsideLongerName(doc, first.Token, last.Token, first.Sentence)) continue;
                    // "a depot near Mayadin", "the towns of al-Mayadin and Albu Kamal": a channel's name that is also the name
                    // of a town, governed by a word of place, is the town ("Al-Mayadeen reported", "told al-Mayadeen" stay the channel).
                    if (kb.Actors[m.Actor].Kind == "media" && PlaceStartingAt(doc, first.Start) is { } town && town.Start + town.Length == last.End
                        && !ActsAsActor(doc, first.Token, last.Token, last.End, doc.Sentences[first.Sentence].FirstToken)) continue;
                    if (CountryOfPlaceBefore(doc, first.Token, last.Token, m.Actor)) continue;
                    // "shot dead by Turkish security forces", "Iranian security services detained": a lower-case alias of one
                    // state's forces ("security forces" is Iraq's) after another state's adjective names that state's forces
                    // ("Turkish forces"), or none the knowledge base has: nobody, rather than Iraq's.
                    if (!first.Capitalized && ForeignOwner(doc, first.Token, m.Actor) is { } owner)
                    {
                        if (owner < 0) continue;
                        m = m with { Actor = owner };
                    }
                    if (TwinInStoryState(doc, m, first, last, states, ref story) is { } twin) m = m with { Actor = twin };
                    named.Add(m.Actor);
                    via = "name";
                    break;
            }
            mentions.Add(new Mention(first.Start, last.End - first.Start, first.Sentence, MentionKind.Actor, kb.Actors[m.Actor].Id, via));
            accepted = i;
            if (kb.Actors[m.Actor] is { Kind: "government", Country: { } country } && m.Kind != AliasKind.Context)
            {
                states[country] = states.GetValueOrDefault(country) + 1;
                named3.Add((first.Sentence, country));
            }
        }
        AddCommonNouns(doc, mentions);
        AddDemonymCompounds(doc, mentions);
        AddCoordinatedForces(doc, mentions);
        AddUnlinked(doc, mentions);
        // The story's state, for the rules below, is read once for all of them: from here on neither the states named nor
        // the places change. The loop above keeps its own when it read the states named so far (the story has no places).
        string? state = gazetteer is not null && doc.Places.Count > 0 ? story : null;
        AddPolice(doc, mentions, states, ref state);
        AddGovernors(doc, mentions);
        AddPlaceCommands(doc, mentions);
        AddCommandsOfOperations(doc, mentions);
        AddAbbreviations(doc, mentions);
        AddReferences(doc, mentions, states, ref state);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        doc.Mentions.AddRange(mentions);
        // "Qassem Soleimani", "Abu Baqir al-Saadi": a word of a person's name that the gazetteer also holds (Sulaymaniyah,
        // Saudi) is part of the name, no place.
        var outlets = OutletNames(doc, mentions);
        // (Loops, not RemoveAll: its lambdas made a closure and two delegates a story. Same order kept, same places asked.)
        var places = doc.Places;
        int kept = 0;
        for (int i = 0; i < places.Count; i++)
        {
            var place = places[i];
            if (InsideName(doc, mentions, place) || OfForces(doc, mentions, place) || Inside(outlets, place.Start, place.Length)) continue;
            places[kept++] = place;
        }
        places.RemoveRange(kept, places.Count - kept);
        // "told Baghdad Today that ...": a word of time in an outlet's name is none.
        if (outlets is not null)
        {
            var times = doc.Times;
            kept = 0;
            for (int i = 0; i < times.Count; i++)
                if (!Inside(outlets, times[i].Start, times[i].Length)) times[kept++] = times[i];
            times.RemoveRange(kept, times.Count - kept);
        }
    }

    /// <summary>The spans of the names of news outlets in the story: those the knowledge base holds ("Baghdad Today", "Kurdistan
    /// 24") and the page's own outlet as its source names it ("received by Baghdad Al-Youm"); null when there are none. A place
    /// or a "Today" inside one says nothing of where or when.</summary>
    private List<(int Start, int End)>? OutletNames(Document doc, List<Mention> mentions)
    {
        List<(int Start, int End)>? spans = null;
        foreach (var m in mentions)
            if (m.EntityId is { } id && KindOf(doc, id) == "media") (spans ??= []).Add((m.Start, m.End));
        if (doc.Source.Outlet is { Length: > 0 } outlet && outlet.IndexOf(' ') > 0)
            for (int at = doc.Text.IndexOf(outlet, StringComparison.OrdinalIgnoreCase); at >= 0; at = doc.Text.IndexOf(outlet, at + 1, StringComparison.OrdinalIgnoreCase))
                (spans ??= []).Add((at, at + outlet.Length));
        return spans;
    }

    /// <summary>"on the Iraq-Syria border", "in Iraq's north": a country's name inside a longer place name is part of the
    /// place, not the state acting.</summary>
    private static bool InsideLongerPlace(Document doc, int start, int end)
    {
        foreach (ref readonly var p in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(doc.Places))
            if (p.Start <= start && end <= p.Start + p.Length && p.Length > end - start) return true;
        return false;
    }

    private static bool Inside(List<(int Start, int End)>? spans, int start, int length)
    {
        if (spans is null) return false;
        foreach (var (from, to) in spans)
            if (from <= start && start + length <= to && to - from > length) return true;
        return false;
    }

    /// <summary>"attacks on US and coalition forces", "Iraqi and American troops": a state's name or adjective joined by
    /// "and" to a mention of armed forces shares its noun: it names that state's forces (the "ADJECTIVE forces" body of
    /// the knowledge base), not its government, and no place.</summary>
    private void AddCoordinatedForces(Document doc, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        int count = mentions.Count;
        for (int i = 0; i < count; i++)
        {
            var force = mentions[i];
            if (force.Kind != MentionKind.Actor || force.EntityId is not { } id || kb[id]?.Kind is not ("state_force" or "coalition")) continue;
            int first = doc.TokenAt(force.Start);
            if (first < 2 || Word(doc, first - 1) is not "and" || !EndsInForces(doc, force)) continue;
            int t = first - 2;
            if (tokens[t].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || !tokens[t].Is(TokenFlags.Capitalized) || doc.SentenceAt(tokens[t].Start) != force.Sentence) continue;
            string? country = DemonymAt(doc, t) is { } demonym ? kb[demonym.ActorId]?.Country : null;
            int named = ActorMentionAt(mentions, tokens[t].Start, tokens[t].Length);
            if (country is null && named >= 0 && kb[mentions[named].EntityId!] is { Kind: "government", Country: { } c }) country = c;
            if (country is null || !_forcesOf.TryGetValue(country, out var forces) || kb.Actors[forces].Id == id) continue;
            // (Via "shared": "US" is no spelling of the forces' name, only a word that shares the noun after it.)
            var mention = new Mention(tokens[t].Start, tokens[t].Length, force.Sentence, MentionKind.Actor, kb.Actors[forces].Id, "shared");
            if (named >= 0) mentions[named] = mention;
            else mentions.Add(mention);
        }
    }

    /// <summary>The index of the first actor mention of exactly this span, or -1. (A loop, not <c>FindIndex</c> with a lambda:
    /// the lambda's capture of the token was a closure allocated for every mention the caller's loop passed, speed round 29.)</summary>
    private static int ActorMentionAt(List<Mention> mentions, int start, int length)
    {
        var all = CollectionsMarshal.AsSpan(mentions);
        for (int k = 0; k < all.Length; k++)
            if (all[k].Kind == MentionKind.Actor && all[k].Start == start && all[k].Length == length) return k;
        return -1;
    }

    private static bool EndsInForces(Document doc, Mention m)
    {
        // (TokenAt gives the first token starting at or after an offset: the one after the mention, less one.)
        int last = doc.TokenAt(m.Start + m.Length) - 1;
        return Word(doc, last) is "forces" or "troops" or "soldiers" or "personnel" or "Forces";
    }

    /// <summary>Whether the place is a state's name that <see cref="AddCoordinatedForces"/> read as its forces.</summary>
    /// <remarks>The mentions are in order of their starts here: only those that start where the place does are read.</remarks>
    private bool OfForces(Document doc, List<Mention> mentions, PlaceMention place)
    {
        var all = CollectionsMarshal.AsSpan(mentions);
        for (int k = FirstStartingAt(all, place.Start); k < all.Length && all[k].Start == place.Start; k++)
        {
            ref readonly var m = ref all[k];
            if (m.Length == place.Length && m.Kind == MentionKind.Actor && m.EntityId is { } id && kb[id]?.Kind == "state_force")
                return true;
        }
        return false;
    }

    /// <summary>The first of mentions in order of their starts that starts at or after <paramref name="start"/>.</summary>
    private static int FirstStartingAt(ReadOnlySpan<Mention> mentions, int start)
    {
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Whether the place mention lies inside a person's name. (A group, a force or an office named after where
    /// it is, "the Islamic Resistance in Iraq", "Diwaniyah police", says where it acts.)</summary>
    private bool InsideName(Document doc, List<Mention> mentions, PlaceMention place)
    {
        int end = place.Start + place.Length;
        // (In place, not copied out of the list: this runs for every place and every mention before it.)
        foreach (ref readonly var m in CollectionsMarshal.AsSpan(mentions))
        {
            if (m.Start > place.Start) break;
            if (m.Start + m.Length >= end && m.Kind == MentionKind.Actor && m.EntityId is { } id && KindOf(doc, id) == "person") return true;
        }
        return false;
    }

    /// <summary>Kind of an actor id: from the knowledge base, or from the story's unlinked actors.</summary>
    public string? KindOf(Document doc, string id) =>
        kb[id]?.Kind ?? (doc.Unlinked.TryGetValue(id, out var u) ? u.Kind : null);

    /// <summary>The actor of <paramref name="actor"/>'s kind last named before, in this sentence or the one
    /// before, when it is another actor; null otherwise.</summary>
    private string? NearestOfKind(List<Mention> mentions, Actor actor, int sentence)
    {
        for (int k = mentions.Count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.Sentence < sentence - 1) return null;
            if (m.EntityId is null || kb[m.EntityId] is not { } other || other.Kind != actor.Kind) continue;
            return other.Id == actor.Id ? null : other.Id;
        }
        return null;
    }

    /// <summary>A bare name of one country's institution ("the Supreme Judicial Council", with no country word
    /// before it) in a story set in another country names that country's body of the same name, when the knowledge
    /// base has it under the country's adjective ("Iraqi Supreme Judicial Council"): the bare name belongs to the
    /// entry that took it first, not to every state's council. Null when the story's state is the name's own or has no such body.</summary>
    private int? TwinInStoryState(Document doc, NameMatch m, NamePart first, NamePart last, Dictionary<string, int> states, ref string? story)
    {
        if (!_twinned.Contains(m.Actor) || kb.Actors[m.Actor] is not { Kind: "government" or "state_force", Country: { } country } || OwnerNamed(doc, first.Token))
            return null;
        story ??= StoryState(doc, states);
        if (story.Length == 0 || kb[story]?.Country is not { } here || here == country || !_adjectives.TryGetValue(here, out var adjectives))
            return null;
        var name = doc.Text.AsSpan(first.Start, last.End - first.Start);
        foreach (var adjective in adjectives)
            if (LookupWithAdjective(adjective, name) is { Kind: AliasKind.Strong } twin && twin.Actor != m.Actor
                && kb.Actors[twin.Actor].Country == here && kb.Actors[twin.Actor].Kind == kb.Actors[m.Actor].Kind)
                return twin.Actor;
        return null;
    }

    // The knowledge base's answers for "ADJECTIVE NAME", kept: a look-up of a whole name tokenizes and folds it, and the
    // stories of a state name its bodies again and again. Capped, as the names come from the text.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int Actor, AliasKind Kind)?> _withAdjective = new(StringComparer.Ordinal);
    private const int MaxWithAdjective = 10_000;

    /// <summary><see cref="ActorMatcher.Lookup"/> of the adjective, a space and the name.</summary>
    private (int Actor, AliasKind Kind)? LookupWithAdjective(string adjective, ReadOnlySpan<char> name)
    {
        int length = adjective.Length + 1 + name.Length;
        Span<char> key = length <= 256 ? stackalloc char[length] : new char[length];
        adjective.CopyTo(key);
        key[adjective.Length] = ' ';
        name.CopyTo(key[(adjective.Length + 1)..]);
        var known = _withAdjective.GetAlternateLookup<ReadOnlySpan<char>>();
        if (known.TryGetValue(key, out var hit)) return hit;
        var whole = key.ToString();
        hit = kb.Matcher.Lookup(whole);
        if (_withAdjective.Count < MaxWithAdjective) _withAdjective.TryAdd(whole, hit);
        return hit;
    }

    /// <summary>Whether the words right before a name say whose it is: a possessive ("Turkey's Defence
    /// Ministry") or a country adjective ("the Turkish Defence Ministry"), which the leading state must not override.</summary>
    private bool OwnerNamed(Document doc, int firstToken)
    {
        if (firstToken == 0) return false;
        var prev = Word(doc, firstToken - 1);
        return prev is "'s" or "\u2019s" || DemonymAt(doc, firstToken - 1) is not null;
    }

    /// <summary>Whether <paramref name="actor"/> is an institution (a government body or state force) of the
    /// country whose government the story has named most so far, more than any other: "the Foreign
    /// Ministry" and "parliament" of a story about Iraq are Iraq's.</summary>
    private bool OfLeadingState(int actor, Dictionary<string, int> states)
    {
        if (kb.Actors[actor] is not { Kind: "government" or "state_force", Country: { } country } || !states.TryGetValue(country, out int n))
            return false;
        foreach (var (other, count) in states)
            if (other != country && count >= n) return false;
        return true;
    }

    /// <summary>Whether <paramref name="actor"/> is a ministry or office of the government of the country where most of the
    /// story's places lie, and no other state was named more often (by its government, or by its people's adjective:
    /// "Turkish jets") in the mention's sentence and the three before: "the interior ministry said it had detained 50
    /// currency dealers" in a story told in Baghdad and Basra is Iraq's, though the story named the US Treasury earlier on.</summary>
    private bool OfStoryState(Document doc, int actor, int firstToken, int sentence, List<(int Sentence, string Country)> named,
        Dictionary<string, int> states, ref string? story)
    {
        if (kb.Actors[actor] is not { Kind: "government", Country: { } country } body) return false;
        story ??= StoryState(doc, states);
        if (story.Length == 0 || kb[story]?.Country != country) return false;
        bool ofStory = false;
        foreach (var link in body.PartOf) ofStory |= link.Id == story;
        if (!ofStory) return false;
        int own = 0, other = 0;
        for (int i = named.Count - 1; i >= 0 && sentence - named[i].Sentence <= 3; i--)
            if (named[i].Country == country) own++; else other++;
        int from = doc.Sentences[Math.Max(0, sentence - 3)].FirstToken;
        for (int t = from; t < firstToken; t++)
            if (doc.Tokens[t].Is(TokenFlags.Capitalized) && DemonymAt(doc, t) is { } demonym && kb[demonym.ActorId]?.Country is { } theirs)
                if (theirs == country) own++; else other++;
        return other <= own;
    }

    /// <summary>Whether match <paramref name="m"/> and match <paramref name="other"/> (-1: none) stand side by
    /// side in a list of one sentence — a comma, or "and" / "or", with quotes, between them — and name
    /// two different bodies of one kind (not people: a surname beside another says less).</summary>
    private bool ListedWith(Document doc, List<NamePart> parts, NameMatch m, int other, List<NameMatch> matches)
    {
        if (other < 0) return false;
        var o = matches[other];
        var kind = kb.Actors[m.Actor].Kind;
        if (o.Actor == m.Actor || kind == "person" || kb.Actors[o.Actor].Kind != kind || parts[o.First].Sentence != parts[m.First].Sentence)
            return false;
        bool before = o.First < m.First;
        int from = (before ? parts[o.Last].Token : parts[m.Last].Token) + 1;
        int to = before ? parts[m.First].Token : parts[o.First].Token;
        if (to <= from || to - from > 4) return false;
        bool comma = false, conjunction = false, quoted = false;
        for (int t = from; t < to; t++)
        {
            var w = Word(doc, t);
            if (w is ",") comma = true;
            else if (w is "and" or "or") conjunction = true;
            else if (doc.Tokens[t].Kind == TokenKind.Quote) quoted = true;
            // "clashes between Saraya al-Salam and the Asaib": an article may open the short name listed second.
            else if (w is "the" && before && t == to - 1) continue;
            else return false;
        }
        // ", and" may join two clauses ("the shrine of Imam Ali, and Kata'ib Hezbollah stayed out"),
        // unless the names are quoted items of a list.
        return (comma || conjunction) && (!(comma && conjunction) || quoted);
    }

    /// <summary>Whether the name on tokens [<paramref name="firstToken"/>, <paramref name="lastToken"/>] is part
    /// of a longer capitalized name of another kind: a head noun of <c>name-heads.tsv</c> closes it within
    /// three capitalized words ("Strategic Framework Agreement") or opens it right before ("Operation Badr
    /// Storm"). Not in headlines, where every word is capitalized.</summary>
    private bool InsideLongerName(Document doc, int firstToken, int lastToken, int sentenceIndex)
    {
        var rules = cues.Rules;
        var sentence = doc.Sentences[sentenceIndex];
        if (doc.Blocks[sentence.Block].Kind == BlockKind.Heading) return false;
        var tokens = doc.Tokens;
        int end = sentence.FirstToken + sentence.TokenCount;
        for (int t = lastToken + 1; t < end && t <= lastToken + 3; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !tokens[t].Is(TokenFlags.Capitalized) || tokens[t].Is(TokenFlags.AllCaps)) break;
            if ((WordFacts(doc, t) & NameWord.HeadAfter) != 0) return true;
        }
        int before = firstToken - 1;
        return before > sentence.FirstToken && tokens[before].Kind == TokenKind.Word && tokens[before].Is(TokenFlags.Capitalized)
            && (WordFacts(doc, before) & NameWord.HeadBefore) != 0;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "and", "or", "of",
    };

    /// <summary>Lower-case nouns of <c>common-nouns.tsv</c> that name an actor before the right next word:
    /// "coalition troops", "a coalition base" (not "the ruling coalition", "the Victory coalition").</summary>
    private void AddCommonNouns(Document doc, List<Mention> mentions)
    {
        var rules = cues.Rules;
        var tokens = doc.Tokens;
        bool[]? covered = null;
        var determiners = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            var sentence = doc.Sentences[s];
            int end = sentence.FirstToken + sentence.TokenCount;
            for (int t = sentence.FirstToken; t < end; t++)
            {
                if (tokens[t].Kind != TokenKind.Word || (WordFacts(doc, t) & NameWord.Noun) == 0 || rules.NounOf(Word(doc, t)) is not { } rule) continue;
                if (rule.Next.Count > 0 && (t + 1 >= end || tokens[t + 1].Kind != TokenKind.Word || !rule.NextLookup.Contains(Word(doc, t + 1)))) continue;
                // "the occupation of Palestine": a next word the rule rules out.
                if (rule.NotNext.Count > 0 && t + 1 < end && rule.NotNextLookup.Contains(Word(doc, t + 1))) continue;
                // ("^" in ONLY AFTER: the sentence's first word may be the noun: "Army units deployed near ...".)
                if (rule.OnlyAfter.Count > 0 && (t == sentence.FirstToken ? !rule.OnlyAfter.Contains("^") : !rule.OnlyAfterLookup.Contains(Word(doc, t - 1)))) continue;
                if (t > sentence.FirstToken)
                {
                    var prev = Word(doc, t - 1);
                    if (rule.NotAfterLookup.Contains(prev)) continue;
                    if (tokens[t - 1].Kind is TokenKind.Word or TokenKind.Abbreviation && tokens[t - 1].Is(TokenFlags.Capitalized)
                        && !determiners.Contains(prev) && DemonymAt(doc, t - 1) is null)
                        continue;
                }
                if (kb[rule.ActorId] is null) continue;
                covered ??= Covered(doc, mentions);
                if (covered[t]) continue;
                mentions.Add(new Mention(tokens[t].Start, tokens[t].Length, s, MentionKind.Actor, rule.ActorId, "noun"));
                covered[t] = true;
            }
        }
    }

    /// <summary>Words before "police" that say which police, kept in the name: "the provincial police", "local police".
    /// (Riot police are told of as the security forces as often as as the police, and are left to the other rules.)</summary>
    private static readonly HashSet<string> PoliceKinds = new(StringComparer.OrdinalIgnoreCase) { "local", "provincial", "traffic", "city" };

    /// <summary>Nouns after "police" that make it a modifier of a place, a person or a thing, no body acting or hit:
    /// "a police station", "a police officer was wounded", "a police source said". (Its chief, commander or spokesman
    /// speak for it and are not here.)</summary>
    private static readonly HashSet<string> PoliceCompounds = new(StringComparer.OrdinalIgnoreCase)
    {
        "station", "stations", "post", "posts", "officer", "officers", "colonel", "major", "captain", "lieutenant", "brigadier",
        "general", "source", "sources", "checkpoint", "checkpoints", "patrol", "patrols", "vehicle", "vehicles", "car", "cars",
        "building", "buildings", "headquarters", "academy", "college", "report", "reports", "record", "records", "units", "unit",
        "recruits", "cadets", "personnel", "members", "man", "men", "woman", "women", "killing", "killings",
    };

    /// <summary>Words that, joined to "police" by "and" or "or", make a pair of forces no single police tells
    /// ("troops and police opened fire", "the police and the army"): left to the forces' own words.</summary>
    private static readonly HashSet<string> OtherForces = new(StringComparer.OrdinalIgnoreCase)
    {
        "army", "troops", "soldiers", "forces", "military", "security",
    };

    /// <summary>"Police" that no name took is the police of a country (<see cref="_police"/>): of the place right before it
    /// ("Nahrawan police", "Basra's police chief", with that place in the name, so it acts there), of the place after "of" or
    /// "in" ("the police of Maysan", "police in neighbouring Muthanna province"), of a country adjective ("Turkish police"),
    /// else of the story's country. A capitalized word before it other than a place or adjective makes it part of another
    /// name, and a country with no police in the knowledge base gives none.</summary>
    private void AddPolice(Document doc, List<Mention> mentions, Dictionary<string, int> states, ref string? story)
    {
        if (_police.Count == 0) return;
        var tokens = doc.Tokens;
        bool[]? covered = null;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || (WordFacts(doc, t) & NameWord.Police) == 0) continue;
            covered ??= Covered(doc, mentions);
            if (covered[t]) continue;
            int sentence = doc.SentenceAt(tokens[t].Start), sentenceFirst = doc.Sentences[sentence].FirstToken;
            if (t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.Word && PoliceCompounds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(doc, t + 1))) continue;
            if (JoinedToForce(doc, t, sentenceFirst)) continue;
            // "Erbil's Asayish security police", "Asayish police": police named after a force the knowledge base has are that force.
            if (NamedForceBefore(doc, mentions, covered, Word(doc, t - 1).Equals("security", StringComparison.OrdinalIgnoreCase) ? t - 2 : t - 1, sentenceFirst))
                continue;
            if (t > sentenceFirst && Word(doc, t - 1).Equals("riot", StringComparison.OrdinalIgnoreCase)) continue;
            int first = t;
            // "federal police": the state's federal police, a body of its own ("the Iraqi Federal Police").
            if (first > sentenceFirst && Word(doc, first - 1).Equals("federal", StringComparison.OrdinalIgnoreCase))
            {
                if (!covered[first - 1] && (story ??= StoryState(doc, states)) is { Length: > 0 } home && kb[home]?.Country is { } c
                    && _federalPolice.TryGetValue(c, out var federal))
                {
                    mentions.Add(new Mention(tokens[first - 1].Start, tokens[t].End - tokens[first - 1].Start, sentence, MentionKind.Actor, federal, "noun"));
                    covered[first - 1] = covered[t] = true;
                }
                continue;
            }
            if (first > sentenceFirst && PoliceKinds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(doc, first - 1)) && !covered[first - 1]) first--;
            string? country = null;
            int before = first - 1;
            if (before >= sentenceFirst && Word(doc, before) is "'s" or "\u2019s") before--;
            if (before >= sentenceFirst && PlaceEndingAt(doc, tokens[before].End) is { } place)
            {
                country = gazetteer?[place.PlaceId]?.Country;
                first = doc.TokenAt(place.Start);
            }
            else if (before >= sentenceFirst && DemonymAt(doc, before) is { } demonym)
            {
                country = kb[demonym.ActorId]?.Country;
                first = before;
            }
            else if (first > sentenceFirst && tokens[first - 1].Is(TokenFlags.Capitalized) && tokens[first - 1].Kind is TokenKind.Word or TokenKind.Abbreviation
                && !Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(doc, first - 1)))
                continue;
            else
            {
                // "the police of Maysan", "police in neighbouring al-Muthanna province"
                int after = t + 1;
                if (Word(doc, after) is "of" or "in")
                {
                    after++;
                    if (Word(doc, after) is "the" or "neighbouring" or "neighboring" or "nearby") after++;
                    if (after < tokens.Length && PlaceStartingAt(doc, tokens[after].Start) is { } there)
                        country = gazetteer?[there.PlaceId]?.Country;
                }
            }
            if (country is null && (story ??= StoryState(doc, states)) is { Length: > 0 } state) country = kb[state]?.Country;
            if (country is null || !_police.TryGetValue(country, out var police)) continue;
            bool taken = false;
            for (int k = first; k <= t; k++) taken |= covered[k];
            if (taken) continue;
            mentions.Add(new Mention(tokens[first].Start, tokens[t].End - tokens[first].Start, sentence, MentionKind.Actor, police, "noun"));
            for (int k = first; k <= t; k++) covered[k] = true;
        }
    }

    /// <summary>Whether a mention of a state force ends at token <paramref name="k"/>.</summary>
    private bool NamedForceBefore(Document doc, List<Mention> mentions, bool[] covered, int k, int sentenceFirst)
    {
        if (k < sentenceFirst || !covered[k]) return false;
        int end = doc.Tokens[k].End;
        foreach (var m in mentions)
            if (m.Start + m.Length == end && m.EntityId is { } id && kb[id]?.Kind == "state_force") return true;
        return false;
    }

    /// <summary>Whether "police" at <paramref name="t"/> is joined by "and" or "or" to another force's word, either side,
    /// past a "the": "troops and police", "the police and the army".</summary>
    private static bool JoinedToForce(Document doc, int t, int sentenceFirst)
    {
        var forces = OtherForces.GetAlternateLookup<ReadOnlySpan<char>>();
        int b = t - 1;
        if (b >= sentenceFirst && Word(doc, b) is "the" or "The") b--;
        if (b - 1 >= sentenceFirst && Word(doc, b) is "and" or "or" && forces.Contains(Word(doc, b - 1))) return true;
        int a = t + 1;
        if (Word(doc, a) is "and" or "or")
        {
            a++;
            if (Word(doc, a) is "the") a++;
            if (forces.Contains(Word(doc, a))) return true;
        }
        return false;
    }

    /// <summary>"The governor of Maysan announced a curfew", "Najaf's governor ordered ...", "the Diyala governor": a province's or
    /// city's governor whom the sentence does not name is the office, kept as the unlinked actor "Governor of X" (a name after
    /// the title, "the governor of Basra Asaad al-Eidani", makes it that person's, and a deputy or former governor is none).</summary>
    private void AddGovernors(Document doc, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        bool[]? covered = null;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || (WordFacts(doc, t) & NameWord.Governor) == 0) continue;
            covered ??= Covered(doc, mentions);
            if (covered[t]) continue;
            int sentence = doc.SentenceAt(tokens[t].Start), sentenceFirst = doc.Sentences[sentence].FirstToken;
            if (Word(doc, t - 1) is "deputy" or "Deputy" or "former" or "Former" or "vice" or "acting" or "new" or "late") continue;
            PlaceMention? place = null;
            int first = t, last = t;
            int before = t - 1;
            if (before >= sentenceFirst && Word(doc, before) is "'s" or "\u2019s") before--;
            if (before >= sentenceFirst && PlaceEndingAt(doc, tokens[before].End) is { } p)
            {
                place = p;
                first = doc.TokenAt(p.Start);
            }
            else if (Word(doc, t + 1) is "of" && t + 2 < tokens.Length && PlaceStartingAt(doc, tokens[t + 2].Start) is { } q)
            {
                place = q;
                last = t + 2;
                while (last + 1 < tokens.Length && tokens[last + 1].End <= q.Start + q.Length) last++;
            }
            if (place is not { } at || gazetteer?[at.PlaceId] is not { Country: "IQ" }) continue;
            // A person's name after the title, or after a comma: "the governor of Basra Asaad al-Eidani", "Nineveh's governor, Mansour al-Marid,".
            int next = last + 1;
            if (Word(doc, next) is ",") next++;
            if (next < tokens.Length && tokens[next].Is(TokenFlags.Capitalized) && tokens[next].Kind == TokenKind.Word
                && doc.SentenceAt(tokens[next].Start) == sentence) continue;
            bool taken = false;
            for (int k = first; k <= last; k++) taken |= covered[k];
            if (taken) continue;
            var placeName = doc.Text.Substring(at.Start, at.Length);
            foreach (var suffix in new[] { " province", " Province", " governorate", " Governorate" })
                if (placeName.EndsWith(suffix, StringComparison.Ordinal)) placeName = placeName[..^suffix.Length];
            var id = "unlinked:governor-of-" + at.PlaceId;
            doc.Unlinked.TryAdd(id, new UnlinkedActor(id, "Governor of " + placeName, "government", "governor"));
            mentions.Add(new Mention(tokens[first].Start, tokens[last].End - tokens[first].Start, sentence, MentionKind.Actor, id, "unlinked"));
            for (int k = first; k <= last; k++) covered[k] = true;
        }
    }

    /// <summary>"The Maysan Operations Command": an operations command named after a place that the knowledge base lacks is
    /// kept as the unlinked state force of that name (those it has are linked before this runs).</summary>
    private void AddPlaceCommands(Document doc, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        bool[]? covered = null;
        for (int t = 1; t + 1 < tokens.Length; t++)
        {
            if (Word(doc, t) is not "Operations" || Word(doc, t + 1) is not "Command") continue;
            covered ??= Covered(doc, mentions);
            if (covered[t] || covered[t + 1] || PlaceEndingAt(doc, tokens[t - 1].End) is not { } place) continue;
            int first = doc.TokenAt(place.Start);
            // A place that ends the sentence before (a headline with no stop, "... in Baghdad" above "Operations Command
            // said") names no command.
            if (covered[first] || doc.SentenceAt(place.Start) != doc.SentenceAt(tokens[t].Start)) continue;
            var id = "unlinked:operations-command-" + place.PlaceId;
            doc.Unlinked.TryAdd(id, new UnlinkedActor(id, doc.Text.Substring(place.Start, place.Length) + " Operations Command", "state_force", "command"));
            mentions.Add(new Mention(tokens[first].Start, tokens[t + 1].End - tokens[first].Start, doc.SentenceAt(tokens[t].Start), MentionKind.Actor, id, "unlinked"));
            for (int k = first; k <= t + 1; k++) covered[k] = true;
        }
    }

    /// <summary>"The command of the Anbar operations", "the operations of Baghdad command" (Arabic word order kept by a
    /// translation): the operations command of that place, as "the Anbar Operations Command" names it (the knowledge base's
    /// when it holds one, the unlinked state force of that name otherwise).</summary>
    private void AddCommandsOfOperations(Document doc, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        for (int t = 0; t + 3 < tokens.Length; t++)
        {
            bool commandFirst = Word(doc, t) is "command" or "Command";
            if (!commandFirst && Word(doc, t) is not ("operations" or "Operations")) continue;
            if (Word(doc, t + 1) is not "of") continue;
            int p = Word(doc, t + 2) is "the" ? t + 3 : t + 2;
            if (p >= tokens.Length || PlaceStartingAt(doc, tokens[p].Start) is not { } place) continue;
            int end = doc.TokenAt(place.Start + place.Length);
            int existing = -1;
            // ("the command of the Anbar operations": the knowledge base's "Anbar Operations" may have been read inside it.)
            for (int i = 0; i < mentions.Count && existing < 0; i++)
                if (mentions[i].Start == place.Start && mentions[i].Kind == MentionKind.Actor && mentions[i].EntityId is { } held
                    && kb[held]?.Kind == "state_force" && doc.TokenAt(mentions[i].End) - 1 is var tail
                    && Word(doc, tail) is "operations" or "Operations") { existing = i; end = tail; }
            if (end >= tokens.Length || !(commandFirst ? Word(doc, end) is "operations" or "Operations" : Word(doc, end) is "command" or "Command")) continue;
            if (doc.SentenceAt(tokens[t].Start) != doc.SentenceAt(tokens[end].Start)) continue;
            var covered = Covered(doc, mentions);
            bool taken = false;
            for (int k = t; k <= end; k++) taken |= covered[k] && (existing < 0 || tokens[k].Start < mentions[existing].Start || tokens[k].Start >= mentions[existing].End);
            if (taken) continue;
            var name = doc.Text.Substring(place.Start, place.Length) + " Operations Command";
            string id = existing >= 0 ? mentions[existing].EntityId! : OperationsCommandOf(name) ?? "unlinked:operations-command-" + place.PlaceId;
            if (id.StartsWith("unlinked:", StringComparison.Ordinal)) doc.Unlinked.TryAdd(id, new UnlinkedActor(id, name, "state_force", "command"));
            var wide = new Mention(tokens[t].Start, tokens[end].End - tokens[t].Start, doc.SentenceAt(tokens[t].Start), MentionKind.Actor, id,
                existing >= 0 ? mentions[existing].Via : id.StartsWith("unlinked:", StringComparison.Ordinal) ? "unlinked" : "name");
            if (existing >= 0) mentions[existing] = wide; else mentions.Add(wide);
            for (int k = t; k <= end; k++) covered[k] = true;
            t = end;
        }
    }

    private readonly Dictionary<string, string> _commandsByName = CommandsByName(kb);

    /// <summary>The knowledge base's operations command of that name ("Anbar Operations Command"), if it holds one.</summary>
    private string? OperationsCommandOf(string name) => _commandsByName.GetValueOrDefault(name);

    /// <summary>The knowledge base's operations commands by every name they go by, built once at load.</summary>
    private static Dictionary<string, string> CommandsByName(ActorKb kb)
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in kb.Actors)
            if (a.Kind == "state_force")
                foreach (var n in a.AllNames)
                    if (n.EndsWith(" Operations Command", StringComparison.OrdinalIgnoreCase)) byName.TryAdd(n, a.Id);
        return byName;
    }

    /// <summary>Whether the word before the token is the adjective of the actor's own country ("the American Treasury").</summary>
    private bool OwnAdjectiveBefore(Document doc, int firstToken, int actor) =>
        firstToken > 0 && kb.Actors[actor].Country is { } country && DemonymAt(doc, firstToken - 1) is { } demonym
        && kb[demonym.ActorId]?.Country == country;

    private static PlaceMention? PlaceEndingAt(Document doc, int end)
    {
        foreach (var p in doc.Places) if (p.Start + p.Length == end) return p;
        return null;
    }

    private static PlaceMention? PlaceStartingAt(Document doc, int start)
    {
        foreach (var p in doc.Places) if (p.Start == start) return p;
        return null;
    }

    private static readonly string[] Backing = ["backed", "aligned", "allied", "supported", "funded", "sponsored", "armed"];

    /// <summary>A country adjective in a compound of backing ("Iranian-backed", "Turkish-funded") names
    /// its state, as "Iran-backed" does.</summary>
    private void AddDemonymCompounds(Document doc, List<Mention> mentions)
    {
        var rules = cues.Rules;
        var tokens = doc.Tokens;
        bool[]? covered = null;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !tokens[t].Is(TokenFlags.HasHyphen) || !tokens[t].Is(TokenFlags.Capitalized)) continue;
            var w = Word(doc, t);
            int dash = w.IndexOf('-');
            if (dash <= 0 || rules.DemonymOf(w[..dash]) is not { } demonym || kb[demonym.ActorId] is null) continue;
            var rest = w[(dash + 1)..];
            bool backing = false;
            foreach (var b in Backing) backing |= rest.Equals(b, StringComparison.OrdinalIgnoreCase);
            if (!backing) continue;
            covered ??= Covered(doc, mentions);
            if (covered[t]) continue;
            mentions.Add(new Mention(tokens[t].Start, dash, doc.SentenceAt(tokens[t].Start), MentionKind.Actor, demonym.ActorId, "demonym"));
            covered[t] = true;
        }
    }

    /// <summary>"condemned the attack on Erbil", "rockets in an assault against Baghdad", "rockets hit Baghdad": an Iraqi city
    /// (the gazetteer's) that stands for a government after a word of a happening and "on" or "against", or right after a verb
    /// of attack, is where it was, no target.</summary>
    private bool AttackedCity(Document doc, int firstToken, int start)
    {
        // A foreign capital attacked ("a drone attack on Riyadh") stands for its state, the one hit; a country is its state.
        if (PlaceStartingAt(doc, start) is not { } at || gazetteer?[at.PlaceId] is not { Country: "IQ", Kind: "city" }) return false;
        int t = firstToken - 1;
        while (t >= 0 && doc.Tokens[t].Kind != TokenKind.Word) t--;
        // "missiles hit Ain al-Asad and Erbil", "attacks on Balad, Taji and Baghdad": a city in a list of places is where as well.
        while (t >= 1 && (Word(doc, t) is "and" or "or" || (Word(doc, t + 1) is "," && t + 1 < firstToken)) && (Word(doc, t) is "and" or "or" ? t - 1 : t) is var e && e >= 0 && PlaceEndingAt(doc, doc.Tokens[e].End) is { } listed)
        {
            // The token that holds the place's start: "al-Mansour, Baghdad" is one token whose place starts at "Mansour", and
            // the first token at or after that offset is the comma (which looped here for ever).
            int holds = doc.TokenAt(listed.Start);
            if (holds >= doc.Tokens.Length || doc.Tokens[holds].Start > listed.Start) holds--;
            if (holds > t) break;
            t = holds - 1;
            while (t >= 0 && doc.Tokens[t].Kind != TokenKind.Word) t--;
        }
        // "rockets hit Baghdad", "Iranian missiles struck Erbil": the object city of a verb of attack (cue class attack-verb).
        if (t >= 0 && Is(doc, t, CueClass.AttackVerb)) return true;
        if (t < 0 || Word(doc, t) is not ("on" or "against")) return false;
        t--;
        while (t >= 0 && doc.Tokens[t].Kind != TokenKind.Word) t--;
        return t >= 0 && Is(doc, t, CueClass.Event);
    }

    /// <summary>"rockets struck Camp Taji, Iraq, on March 11", "a drone hit Erbil, Iraq.": a country's name set off by a
    /// comma right after a place of that country says where the place is, as US releases and wires write; it stands for
    /// no government.</summary>
    private bool CountryOfPlaceBefore(Document doc, int firstToken, int lastToken, int actor)
    {
        if (gazetteer is null || firstToken < 2 || Word(doc, firstToken - 1) is not "," || kb.Actors[actor] is not { Kind: "government", Country: { } country }) return false;
        // ("Iraq's", "Iraq said", "Iraq and Syria" may be the state: only punctuation or a word of time or place may follow.)
        if (lastToken + 1 < doc.Tokens.Length && doc.Tokens[lastToken + 1].Kind == TokenKind.Word
            && Word(doc, lastToken + 1) is not ("on" or "in" or "at" or "near" or "late" or "early" or "overnight" or "after" or "before"
                or "when" or "where" or "which" or "during")) return false;
        return PlaceEndingAt(doc, doc.Tokens[firstToken - 2].End) is { } place && gazetteer[place.PlaceId] is { } p
            && p.Country == country && p.Kind != "country";
    }

    private bool ActsAsActor(Document doc, int firstToken, int lastToken, int mentionEnd, int sentenceStart = 0)
    {
        var tokens = doc.Tokens;
        // Inside a compound ("Iran-backed", "Baghdad-based") the name qualifies an actor: it acts.
        if (mentionEnd < tokens[lastToken].End && doc.Text[mentionEnd] == '-') return true;
        // A state owning a body or an office: "of Iran's foreign ministry", "in Iraq's parliament".
        if (lastToken + 2 < tokens.Length && Word(doc, lastToken + 1) is "'s"
            && Is(doc, lastToken + 2, RoleCues.BodyOrOffice))
            return true;
        if (lastToken + 1 < tokens.Length)
        {
            var next = tokens[lastToken + 1];
            if (next.Kind == TokenKind.Word && next.Is(TokenFlags.Capitalized) && !next.Is(TokenFlags.Joined)) return false;
            // "the Erbil strike", "after the Baghdad raid": a place before a word of a happening says where it was.
            if (next.Kind == TokenKind.Word && Is(doc, lastToken + 1, CueClass.Event)) return false;
        }
        // Walk back over a list of names ("in Iraq and Syria") to the word that governs it.
        for (int t = firstToken - 1; t >= 0 && t >= firstToken - 8; t--)
        {
            var tok = tokens[t];
            var w = doc.Text.AsSpan(tok.Start, tok.Length);
            // "In Baghdad, four demonstrators were killed": the sentence's first word is capitalized, and may govern it.
            if (t == sentenceStart && Is(doc, t, CueClass.Locative)) return false;
            if (tok.Kind == TokenKind.Word && tok.Is(TokenFlags.Capitalized)) continue;
            // "In April, the US and Iraq agreed ...": a comma right after a time closes an opening phrase, which governs no name after it.
            if (w is "," && t > 0 && InTime(doc, t - 1)) return true;
            if (w is "," or "and" or "or" or "the" or "'s") continue;
            // "in the capital Baghdad", "in the centre of the city of Basra": a word for a kind of place names the place after it.
            if (w is "capital" or "city" or "town" or "province" or "governorate") continue;
            return !Is(doc, t, CueClass.Locative);
        }
        return true;
    }

    private void AddUnlinked(Document doc, List<Mention> mentions)
    {
        var covered = Covered(doc, mentions);
        var surnames = _scratch!.Surnames;
        surnames.Clear();
        foreach (var sentence in doc.Sentences)
        {
            int end = sentence.FirstToken + sentence.TokenCount;
            for (int t = sentence.FirstToken; t < end; t++)
            {
                if (covered[t] || !IsNameToken(doc, t)) continue;
                int runEnd = t;
                while (runEnd + 1 < end && !covered[runEnd + 1] && IsNameToken(doc, runEnd + 1)) runEnd++;
                // "On 19 August Reham Yacoub, a doctor, ...": a month's name of a time the time stage found opens no name.
                int opening = t;
                while (t < runEnd && InTime(doc, t)) t++;
                if (t != opening && t == runEnd) continue;
                int first = t;
                // A title inside the run ("British Foreign Secretary Dominic Raab") or right before it
                // ("Iraqi defence minister Thabit al-Abbasi", "KRG spokesman X"): the name follows it.
                var title = TitleBefore(doc, sentence, t, runEnd, mentions, out int nameStart);
                if (title.Found) first = nameStart;
                while (first <= runEnd && (ClassOf(doc, first) & CueClass.Title) != 0) first++;
                int last = runEnd;
                // ("under the Global Magnitsky Act", "the Strategic Framework Agreement": a name a law's or a pact's head closes is no person.)
                if (last - first >= 1 && !AnyOf(doc, first, last, CueClass.NotName) && !Is(doc, last, CueClass.OrgHead)
                    && (WordFacts(doc, last) & NameWord.HeadAfter) == 0
                    && !OnlyCues(doc, first, last) && !OnPlace(doc, first, last)
                    && (title.Found || !ContinuesAName(doc, t)))
                {
                    var cue = title.Found ? title.Cue : CueAround(doc, sentence, t, runEnd);
                    if (cue is not null)
                    {
                        var name = doc.Text[doc.Tokens[first].Start..doc.Tokens[last].End];
                        var id = "unlinked:" + string.Join('-', Enumerable.Range(first, last - first + 1).Select(k => KeyOfToken(doc, k)));
                        doc.Unlinked.TryAdd(id, new UnlinkedActor(id, name, "person", cue, title.Role));
                        mentions.Add(new Mention(doc.Tokens[first].Start, doc.Tokens[last].End - doc.Tokens[first].Start,
                            doc.SentenceAt(doc.Tokens[first].Start), MentionKind.Actor, id, "unlinked"));
                        surnames.TryAdd(KeyOfToken(doc, last), id);
                        for (int k = first; k <= last; k++) covered[k] = true;
                    }
                }
                t = runEnd;
            }
        }
        if (surnames.Count == 0) return;
        // A surname alone later in the story ("Al-Rubaie said") is the same person.
        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[Knowledge.Actors.NameFolder.MaxKey + 1];
        for (int t = 0; t < doc.Tokens.Length; t++)
        {
            if (covered[t] || doc.Tokens[t].Kind != TokenKind.Word || !IsNameToken(doc, t)) continue;
            if (t + 1 < doc.Tokens.Length && IsNameToken(doc, t + 1) && !covered[t + 1]) continue;
            if (lookup.TryGetValue(KeyOfToken(doc, t, key), out var id) && NamedBefore(mentions, id, doc.Tokens[t].Start))
            {
                mentions.Add(new Mention(doc.Tokens[t].Start, doc.Tokens[t].Length, doc.SentenceAt(doc.Tokens[t].Start), MentionKind.Actor, id, "surname"));
                covered[t] = true;
            }
        }
    }

    /// <summary>A title of <c>titles.tsv</c> before a person's name: inside the capitalized run [t, runEnd]
    /// with two words of name after it at least, or ending right before the run. Gives where the name
    /// starts, the title as cue and, with a country adjective or a state's name ("Britain's") before
    /// the title, the office ("Foreign Secretary of the United Kingdom").</summary>
    private (bool Found, string? Cue, string? Role) TitleBefore(Document doc, Sentence sentence, int t, int runEnd, List<Mention> mentions, out int nameStart)
    {
        var rules = cues.Rules;
        var tokens = doc.Tokens;
        nameStart = t;
        int start = -1, end = -1;
        string? role = null;
        for (int k = t; k <= runEnd - 2 && start < 0; k++)
            if ((WordFacts(doc, k) & NameWord.TitleStart) != 0 && rules.TitleAt(doc.Text, tokens, k, runEnd - 2, out int last, out role)) { start = k; end = last; }
        if (start < 0)
        {
            for (int k = t - 1; k >= sentence.FirstToken && k >= t - 4 && start < 0; k--)
                if ((WordFacts(doc, k) & NameWord.TitleStart) != 0 && rules.TitleAt(doc.Text, tokens, k, t - 1, out int last, out role) && last == t - 1) { start = k; end = last; }
            if (start < 0) return default;
        }
        else nameStart = end + 1;
        var cue = doc.Text[tokens[start].Start..tokens[end].End];
        if (role is null) return (true, cue, null);
        // Whose office: "Iraqi Defence Minister", "Britain's Foreign Secretary".
        string? country = null;
        if (start > sentence.FirstToken)
        {
            var prev = Word(doc, start - 1);
            if (DemonymAt(doc, start - 1) is { } d) country = d.Country;
            else if (prev is "'s" && start - 2 >= sentence.FirstToken)
                foreach (var m in mentions)
                    if (m.End == tokens[start - 2].End && m.EntityId is { } id && rules.CountryOf(id) is { } c) { country = c; break; }
        }
        return (true, cue, country is null ? null : role + " of " + country);
    }

    /// <summary>Whether every word of a would-be name is a role or title word ("the Deputy Chairman of …").</summary>
    private bool OnlyCues(Document doc, int first, int last)
    {
        for (int t = first; t <= last; t++)
            if (ClassOf(doc, t) == CueClass.None && !Is(doc, t, RoleCues.BodyOrOffice)) return false;
        return true;
    }

    /// <summary>Whether a would-be name overlaps a place the place stage found ("the Green Zone", "the Baghdad Belt").</summary>
    private static bool OnPlace(Document doc, int first, int last)
    {
        int start = doc.Tokens[first].Start, end = doc.Tokens[last].End;
        foreach (var p in doc.Places)
            if (p.Start < end && start < p.Start + p.Length) return true;
        return false;
    }

    /// <summary>Whether a mention of <paramref name="id"/> starts before <paramref name="offset"/>. A loop, not
    /// <c>Any</c> with a lambda: the lambda's closure over the loop's variables was allocated for every token.</summary>
    private static bool NamedBefore(List<Mention> mentions, string id, int offset)
    {
        foreach (var m in mentions) if (m.EntityId == id && m.Start < offset) return true;
        return false;
    }

    /// <summary>Whether a run of capitalized words continues a name before it: "Center for Political
    /// Thinking", "Ministry of Foreign Affairs".</summary>
    private static bool ContinuesAName(Document doc, int first) =>
        first >= 2 && Word(doc, first - 1) is "for" or "of" or "and" or "on" && doc.Tokens[first - 2].Is(TokenFlags.Capitalized);

    /// <summary>The role cue that makes a name an actor, or null (none, or a commentator's cue).</summary>
    private string? CueAround(Document doc, Sentence sentence, int first, int last)
    {
        // "gunmen assassinated, yesterday, Wednesday, the journalist X", "the killing of X", "X, a researcher,
        // was shot dead": one who suffered a killing or a kidnapping is a party to it, whatever role word is beside.
        if ((VictimBefore(doc, sentence, first) ?? VictimAfter(doc, sentence, last)) is { } victim) return victim;
        string? found = null;
        int from = Math.Max(sentence.FirstToken, first - 8);
        for (int t = first - 1; t >= from; t--)
        {
            var w = Word(doc, t);
            if (w is "." or ";") break;
            // "A faction leader told the X": the cue belongs to the teller, not to the one told.
            if (w is "told" or "tells" or "telling" or "said" or "says") break;
            var cls = ClassOf(doc, t);
            if ((cls & CueClass.Skip) != 0 && first - t <= 6) return null;
            if (found is null && (cls & CueClass.Person) != 0) found = w.ToString();
        }
        int end = sentence.FirstToken + sentence.TokenCount;
        if (last + 1 < end && Word(doc, last + 1) is ",")
        {
            // The apposition to its end: "head of the Baghdad Centre for Strategic Studies" is a commentator
            // however long the body's name; the role word itself stands near the name.
            for (int t = last + 2; t < Math.Min(end, last + 15); t++)
            {
                var w = Word(doc, t);
                if (w is "." or ";" or ",") break;
                var cls = ClassOf(doc, t);
                if ((cls & CueClass.Skip) != 0) return null;
                if (found is null && t < last + 9 && (cls & CueClass.Person) != 0) found = w.ToString();
            }
        }
        return found;
    }

    /// <summary>A word of killing that governs the name starting at <paramref name="first"/>: "killed X",
    /// "assassinated the activist X", "the abduction of X", with role words, articles and a time set off by
    /// commas ("assassinated yesterday, Wednesday, the doctor X") in between; a person cue on the way leaves
    /// the name to the other cues. Null for none.</summary>
    private string? VictimBefore(Document doc, Sentence sentence, int first)
    {
        for (int t = first - 1; t >= Math.Max(sentence.FirstToken, first - 10); t--)
        {
            var w = Word(doc, t);
            if (Is(doc, t, CueClass.Victim))
            {
                // A noun of killing governs a name only through "of": "the killing of X".
                bool noun = w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || w.EndsWith("tion", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("murder", StringComparison.OrdinalIgnoreCase);
                return !noun || Word(doc, t + 1) is "of" ? w.ToString() : null;
            }
            if (w is ",")
            {
                // Only a time set off by commas stands between a verb and its object.
                if (t - 1 < sentence.FirstToken || !InTime(doc, t - 1)) return null;
                continue;
            }
            if (doc.Tokens[t].Kind == TokenKind.Number) return null;
            if (doc.Tokens[t].Kind != TokenKind.Word || (ClassOf(doc, t) & CueClass.Person) != 0) return null;
            if (doc.Tokens[t].Is(TokenFlags.Capitalized) && !InTime(doc, t)) return null;
            // Another clause or verb in between: "killed when supporters of X stormed the Y".
            if (w is "said" or "says" or "told" or "by" or "with" or "in" or "at" or "near" or "after" or "before" or "when" or "as" or "while"
                or "who" or "which" or "that" || (w is "and" && first - t > 4) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return null;
        }
        return null;
    }

    /// <summary>A passive of killing after the name ending at <paramref name="last"/>, past an apposition set off by
    /// commas: "X was killed", "X, a researcher, was shot dead", "X, who was kidnapped". Null for none.</summary>
    private string? VictimAfter(Document doc, Sentence sentence, int last)
    {
        int end = sentence.FirstToken + sentence.TokenCount, t = last + 1;
        if (t < end && Word(doc, t) is ",")
        {
            int k = t + 1;
            if (Word(doc, k) is "who") t = k + 1;
            else
            {
                while (k < end && k < t + 14 && Word(doc, k) is not ("," or "." or ";")) k++;
                if (k >= end || Word(doc, k) is not ",") return null;
                t = k + 1;
            }
        }
        if (t >= end || Word(doc, t) is not ("was" or "were" or "had" or "has")) return null;
        t++;
        if (Word(doc, t) is "been") t++;
        if (Word(doc, t) is "reportedly" or "allegedly" or "later") t++;
        var w = Word(doc, t);
        return t < end && ((Is(doc, t, CueClass.Victim) && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) || w is "shot") ? w.ToString() : null;
    }

    /// <summary>Whether the token lies inside a time the time stage found ("yesterday", "Wednesday", "on Friday night").</summary>
    private static bool InTime(Document doc, int t)
    {
        var token = doc.Tokens[t];
        foreach (var time in doc.Times)
            if (token.Start >= time.Start && token.End <= time.Start + time.Length) return true;
        return false;
    }

    private void AddAbbreviations(Document doc, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        var defined = _scratch!.Defined;
        defined.Clear();
        foreach (var m in mentions)
        {
            int t = doc.TokenAt(m.End);
            if (t + 2 >= tokens.Length || Word(doc, t) is not "(" || Word(doc, t + 2) is not ")") continue;
            var abbr = Word(doc, t + 1);
            if (Knowledge.Actors.NameFolder.IsAcronym(abbr)) defined.TryAdd(abbr.ToString(), (m.EntityId!, tokens[t + 1].Start));
        }
        if (defined.Count == 0) return;
        var covered = Covered(doc, mentions);
        var lookup = defined.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int t = 0; t < tokens.Length; t++)
        {
            if (covered[t]) continue;
            if (lookup.TryGetValue(Word(doc, t), out var def) && tokens[t].Start >= def.At)
                mentions.Add(new Mention(tokens[t].Start, tokens[t].Length, doc.SentenceAt(tokens[t].Start), MentionKind.Actor, def.Id, "abbreviation"));
        }
    }

    private void AddReferences(Document doc, List<Mention> mentions, Dictionary<string, int> states, ref string? story)
    {
        // (A story with no actor named yet may still speak of "the authorities".)
        if (cues.References.Count == 0) return;
        // (Asked before the sort: Covered marks only the mentions added since it was last asked, by their place in the list.)
        var covered = Covered(doc, mentions);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var found = _scratch!.Found;
        found.Clear();
        var day = doc.Published;
        var tokens = doc.Tokens;
        // One pass over the tokens: a "the" followed by the words of a reference.
        for (int t = 0; t + 1 < tokens.Length; t++)
        {
            if (covered[t]) continue;
            var facts = WordFacts(doc, t);
            // "Thousands of supporters of X": a phrase of leading needs no "the" (the person named after it says whose).
            bool the = (facts & NameWord.The) != 0;
            // "Authorities imposed a curfew in Kut": a sentence may open with the plural and no "the".
            bool opens = !the && (facts & NameWord.Authorities) != 0 && doc.Sentences[doc.SentenceAt(tokens[t].Start)].FirstToken == t;
            if (!the && t > 0 && (WordFacts(doc, t - 1) & NameWord.The) != 0) continue;
            // "army units reinforced the checkpoints": a bare "army" before its men or units is "the army".
            // So does one joined to another force before their men: "army and Federal Police units were sent", "army and police
            // reinforcements".
            bool bareArmy = !the && t + 1 < tokens.Length && (facts & NameWord.Army) != 0
                && (Is(doc, t + 1, CueClass.ArmyBody) || JoinedBeforeBody(doc, t + 1))
                && (doc.Sentences[doc.SentenceAt(tokens[t].Start)].FirstToken == t || !tokens[t - 1].Is(TokenFlags.Capitalized));
            // (Without "the" only a phrase of leading is read: a word no such phrase starts with is skipped unlooked-up.)
            if (!the && !bareArmy && !opens && (facts & NameWord.MayLead) == 0) continue;
            int from = the ? t + 1 : t;
            var means = cues.ReferenceAfterThe(doc.Text, tokens, from, out int last);
            if (means is null || covered[last]) continue;
            if (means.Length > 0 && RoleCues.IsLeads(means[0]))
            {
                // "the bloc of former Prime Minister X": the body X leads, named by the words before "of".
                if (LedBy(doc, mentions, last + 1, means, day) is { } body)
                    found.Add(new Mention(tokens[t].Start, tokens[last - 1].End - tokens[t].Start, doc.SentenceAt(tokens[t].Start), MentionKind.Actor, body, "leader"));
                continue;
            }
            if (means.Length > 0 && means[0] == "army")
            {
                // "The army launched a search operation", "army units reinforced the checkpoints": the army the story named
                // last before it, else the army of the story's country. "the army of X" names its own.
                if ((the || bareArmy) && Word(doc, last + 1) is not ("of" or "-" or "'s" or "’s") && Army(doc, mentions, tokens[t].Start, states, ref story) is { } army)
                    found.Add(new Mention(tokens[t].Start, tokens[last].End - tokens[t].Start, doc.SentenceAt(tokens[t].Start), MentionKind.Actor, army, "reference"));
                continue;
            }
            if (!the && !(opens && means is ["state"])) continue;
            int at = tokens[t].Start, end = tokens[last].End;
            if (means.Length > 0 && means[0] == "state")
            {
                // "called on the authorities to ...", "urged the federal government to ...": the government of
                // the story's country. "the government of X" names its own.
                if (Word(doc, last + 1) is not ("of" or "-") && (story ??= StoryState(doc, states)) is { Length: > 0 } state)
                    found.Add(new Mention(at, end - at, doc.SentenceAt(at), MentionKind.Actor, state, "reference"));
                continue;
            }
            int k = mentions.BinarySearch(new Mention(at, 0, 0, MentionKind.Actor, null), StartComparer);
            for (k = (k < 0 ? ~k : k) - 1; k >= 0; k--)
            {
                var m = mentions[k];
                if (m.EntityId is not null && Fits(doc, m.EntityId, means, day))
                {
                    found.Add(new Mention(at, end - at, doc.SentenceAt(at), MentionKind.Actor, m.EntityId, "reference"));
                    break;
                }
            }
        }
        // "Abadi's bloc", "Sadr's supporters": the body the person leads; so do "Sadr supporters", "the Sadr movement",
        // with the word right after the name.
        foreach (var m in mentions)
        {
            if (m.EntityId is null || kb[m.EntityId] is not { Kind: "person" } person) continue;
            int t = doc.TokenAt(m.End);
            if (t < tokens.Length && Word(doc, t) is not "'s" && !covered[t] && tokens[t].Start >= m.End) t--;
            else if (t + 1 >= tokens.Length || Word(doc, t) is not "'s") continue;
            if (t + 1 >= tokens.Length || covered[t + 1]) continue;
            if (cues.LeadsAfterPossessive(Word(doc, t + 1)) is { } kinds && Leads(person, kinds, day) is { } body)
                found.Add(new Mention(tokens[t + 1].Start, tokens[t + 1].Length, m.Sentence, MentionKind.Actor, body, "leader"));
        }
        // "Sadr quit politics. Thousands of his supporters stormed the palace": "his" is the last person named, within
        // the sentence or the two before it.
        for (int t = 0, k = 0; t + 1 < tokens.Length; t++)
        {
            if ((WordFacts(doc, t) & NameWord.HisOrHer) == 0 || covered[t + 1] || cues.LeadsAfterPossessive(Word(doc, t + 1)) is not { } kinds) continue;
            while (k < mentions.Count && mentions[k].Start < tokens[t].Start) k++;
            int sentence = doc.SentenceAt(tokens[t].Start);
            for (int i = k - 1; i >= 0 && sentence - mentions[i].Sentence <= 2; i--)
            {
                if (mentions[i].EntityId is not { } id || kb[id] is not { Kind: "person" } person) continue;
                if (Leads(person, kinds, day) is { } body)
                    found.Add(new Mention(tokens[t + 1].Start, tokens[t + 1].Length, sentence, MentionKind.Actor, body, "leader"));
                break;
            }
        }
        mentions.AddRange(found);
    }

    /// <summary>What the rules that pass over every token ask of a word (the references, common nouns, police, governors).</summary>
    [Flags]
    private enum NameWord
    {
        None = 0,
        /// <summary>"the", any case.</summary>
        The = 1,
        /// <summary>"Authorities", as written.</summary>
        Authorities = 2,
        /// <summary>"army", any case.</summary>
        Army = 4,
        /// <summary>"his" or "her", any case.</summary>
        HisOrHer = 8,
        /// <summary>A word a reference of leading may start with (<see cref="RoleCues.MayLeadFrom"/>).</summary>
        MayLead = 16,
        /// <summary>A common noun with a rule (<see cref="NameRules.NounOf"/>).</summary>
        Noun = 32,
        /// <summary>"police", any case.</summary>
        Police = 64,
        /// <summary>"governor", any case.</summary>
        Governor = 128,
        // Bits 8-19: the word's role-cue classes (RoleCues.AllOf), shifted by CueShift; read by CuesOf.
        /// <summary>A head noun that closes a longer name (<see cref="NameRules.HeadOf"/>, <see cref="HeadPlace.After"/>).</summary>
        HeadAfter = 1 << 20,
        /// <summary>A head noun that opens a longer name (<see cref="HeadPlace.Before"/>).</summary>
        HeadBefore = 1 << 21,
        /// <summary>A title of <c>titles.tsv</c> may start with the word (<see cref="NameRules.MayStartTitle"/>).</summary>
        TitleStart = 1 << 22,
        /// <summary>A country adjective, as written (<see cref="NameRules.DemonymOf"/>).</summary>
        Demonym = 1 << 23,
    }

    private const int CueShift = 8;

    /// <summary>Each word's <see cref="NameWord"/> facts by word id: one array read a token where each pass compared
    /// every token with its words or looked it up, and where the rules around a name (titles, role cues, head nouns,
    /// country adjectives) hashed its text into their sets.</summary>
    private readonly Text.WordFacts _wordFacts = new(word =>
        (int)cues.AllOf(word) << CueShift
        | (int)((word.Equals("the", StringComparison.OrdinalIgnoreCase) ? NameWord.The : 0)
            | (word is "Authorities" ? NameWord.Authorities : 0)
            | (word.Equals("army", StringComparison.OrdinalIgnoreCase) ? NameWord.Army : 0)
            | (word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) ? NameWord.HisOrHer : 0)
            | (cues.MayLeadFrom(word) ? NameWord.MayLead : 0)
            | (cues.Rules.NounOf(word) is not null ? NameWord.Noun : 0)
            | (word.Equals("police", StringComparison.OrdinalIgnoreCase) ? NameWord.Police : 0)
            | (word.Equals("governor", StringComparison.OrdinalIgnoreCase) ? NameWord.Governor : 0)
            | ((cues.Rules.HeadOf(word) & HeadPlace.After) != 0 ? NameWord.HeadAfter : 0)
            | ((cues.Rules.HeadOf(word) & HeadPlace.Before) != 0 ? NameWord.HeadBefore : 0)
            | (cues.Rules.MayStartTitle(word) ? NameWord.TitleStart : 0)
            | (cues.Rules.DemonymOf(word) is not null ? NameWord.Demonym : 0)));

    private NameWord WordFacts(Document doc, int t) =>
        t >= 0 && t < doc.Tokens.Length ? (NameWord)_wordFacts.Of(doc.Tokens[t], Word(doc, t)) : NameWord.None;

    /// <summary>Every role-cue class of token <paramref name="t"/>'s word (<see cref="RoleCues.AllOf"/>); none past either end.</summary>
    private CueClass CuesOf(Document doc, int t) => (CueClass)((int)WordFacts(doc, t) >> CueShift & 0xFFF);

    /// <summary><see cref="RoleCues.ClassOf"/> of token <paramref name="t"/>'s word.</summary>
    private CueClass ClassOf(Document doc, int t) => CuesOf(doc, t) & RoleCues.NameClasses;

    /// <summary><see cref="RoleCues.Is"/> of token <paramref name="t"/>'s word.</summary>
    private bool Is(Document doc, int t, CueClass cls) => (CuesOf(doc, t) & cls) != 0;

    /// <summary>The country adjective token <paramref name="t"/> is, or null (<see cref="NameRules.DemonymOf"/>, asked only of a word
    /// that is one).</summary>
    private Demonym? DemonymAt(Document doc, int t) =>
        (WordFacts(doc, t) & NameWord.Demonym) != 0 ? cues.Rules.DemonymOf(Word(doc, t)) : null;

    /// <summary>Whether token <paramref name="t"/> is "and" followed, within three words of one name, by a word of a force's
    /// men or parts ("and Federal Police units", "and police reinforcements").</summary>
    private bool JoinedBeforeBody(Document doc, int t)
    {
        if (!Word(doc, t).Equals("and", StringComparison.Ordinal)) return false;
        int sentence = doc.SentenceAt(doc.Tokens[t].Start);
        for (int k = t + 2; k <= t + 4 && k < doc.Tokens.Length && doc.SentenceAt(doc.Tokens[k].Start) == sentence; k++)
        {
            if (Is(doc, k, CueClass.ArmyBody)) return true;
            if (doc.Tokens[k - 1].Kind != TokenKind.Word || Word(doc, k - 1) is "the" or "of" or "and" or "or") return false;
        }
        return false;
    }

    /// <summary>The army named last before <paramref name="at"/>, else that of the story's country; null for none.</summary>
    private string? Army(Document doc, List<Mention> mentions, int at, Dictionary<string, int> states, ref string? story)
    {
        string? named = null;
        foreach (var m in mentions)
        {
            if (m.Start >= at) break;
            // (Named as an army: "US forces" names more than the US Army.)
            if (m.EntityId is { } id && kb[id] is { Kind: "state_force", Country: { } c } && _armies.TryGetValue(c, out var a) && a == id
                && (doc.Text.AsSpan(m.Start, m.Length).EndsWith("army", StringComparison.OrdinalIgnoreCase) || kb[id]!.Name.EndsWith("Army", StringComparison.Ordinal)))
                named = id;
        }
        if (named is not null) return named;
        if ((story ??= StoryState(doc, states)) is not { Length: > 0 } state || kb[state]?.Country is not { } country) return null;
        return _armies.TryGetValue(country, out var army) ? army : null;
    }

    /// <summary>The national government of the country where most of the story's places lie; with no place, that
    /// of the state the story names most; "" for none or a tie.</summary>
    private string StoryState(Document doc, Dictionary<string, int> states)
    {
        var counts = gazetteer is not null && doc.Places.Count > 0 ? gazetteer.CountriesOf(doc.Places, _scratch!.Countries) : states;
        return Places.Gazetteer.Most(counts) is { } best && _governments.TryGetValue(best, out var id) ? id : "";
    }

    /// <summary>The body that the person named from token <paramref name="from"/> on (after a few title
    /// words: "former Prime Minister") leads on <paramref name="day"/>, of a kind <paramref name="means"/> allows.</summary>
    private string? LedBy(Document doc, List<Mention> mentions, int from, string[] means, DateOnly? day)
    {
        var tokens = doc.Tokens;
        for (int t = from; t < tokens.Length && t < from + 5; t++)
        {
            foreach (var m in mentions)
                if (m.Start == tokens[t].Start && m.EntityId is not null && kb[m.EntityId] is { Kind: "person" } person)
                {
                    var kinds = new string[means.Length];
                    for (int k = 0; k < means.Length; k++) kinds[k] = means[k].StartsWith("leads:", StringComparison.Ordinal) ? means[k]["leads:".Length..] : means[k];
                    return Leads(person, kinds, day);
                }
            // Only words of a title stand between: "former", "late", "the Shia cleric", capitalized words; no
            // preposition or conjunction ("supporters of the protests against X" are not X's).
            if (tokens[t].Kind != TokenKind.Word || Word(doc, t) is "against" or "and" or "or" or "of" or "to" or "with" or "from" or "for"
                or "in" or "on" or "at" or "who" or "which" or "that" or "not" or "than") return null;
        }
        return null;
    }

    private string? Leads(Actor person, string[] kinds, DateOnly? day)
    {
        // (Indexed: a foreach through the roles' IReadOnlyList made the array's enumerator.)
        var roles = person.Roles;
        for (int i = 0; i < roles.Count; i++)
            if (roles[i] is var r && r.Role == "leader" && r.Of is { } of && r.HoldsOn(day) && kb[of] is { } body && Array.IndexOf(kinds, body.Kind) >= 0)
                return body.Id;
        return null;
    }

    private static readonly Comparer<Mention> StartComparer = Comparer<Mention>.Create((a, b) => a.Start.CompareTo(b.Start));

    /// <summary>Whether the actor holds on <paramref name="day"/> an office whose title has <paramref name="word"/> (any case).</summary>
    /// <remarks>A loop: <see cref="Fits"/> is asked of every mention before a reference until one fits, and a lambda over
    /// its day made a closure and a delegate at each call, with a copy of the word.</remarks>
    private static bool HoldsOffice(Actor a, ReadOnlySpan<char> word, DateOnly? day)
    {
        var roles = a.Roles;
        for (int i = 0; i < roles.Count; i++)
            if (roles[i] is var r && r.Role == "office" && r.HoldsOn(day) && r.Title!.AsSpan().Contains(word, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private bool Fits(Document doc, string id, string[] means, DateOnly? day)
    {
        var kind = KindOf(doc, id);
        foreach (var mean in means)
        {
            if (mean.StartsWith("office:", StringComparison.Ordinal))
            {
                if (kb[id] is { } a && HoldsOffice(a, mean.AsSpan("office:".Length), day)) return true;
            }
            else if (mean.StartsWith("named:", StringComparison.Ordinal))
            {
                // "the ministry", "the command": the body named last whose name has that word ("the Interior Ministry",
                // "Baghdad Operations Command").
                var name = kb[id]?.Name ?? (doc.Unlinked.TryGetValue(id, out var u) ? u.Name : null);
                if (name is not null && HasWord(name, mean.AsSpan("named:".Length))) return true;
            }
            else if (mean == kind) return true;
            // "the group" of a story about the Islamic Resistance is that umbrella, never a bloc of parties.
            else if (mean == "armed_coalition" && kind == "coalition" && _armedCoalitions.Contains(id)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="word"/> stands in <paramref name="name"/> as a whole word, in any case.</summary>
    private static bool HasWord(string name, ReadOnlySpan<char> word)
    {
        for (int from = 0; from < name.Length;)
        {
            int k = name.AsSpan(from).IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (k < 0) return false;
            int at = from + k, end = at + word.Length;
            if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end]))) return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary>Coalitions most of whose members are armed groups (the umbrellas of armed factions, not blocs).</summary>
    private readonly HashSet<string> _armedCoalitions = ArmedCoalitions(kb);

    private static HashSet<string> ArmedCoalitions(ActorKb kb)
    {
        var balance = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in kb.Actors)
            foreach (var l in a.MemberOf)
                if (kb[l.Id] is { Kind: "coalition" }) balance[l.Id] = balance.GetValueOrDefault(l.Id) + (a.Kind == "armed_group" ? 1 : -1);
        return balance.Where(kv => kv.Value > 0).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    [ThreadStatic] private static bool[]? _covered;
    /// <summary>How many of the story's mentions, from the first, <see cref="_covered"/> holds; -1 when it holds none of
    /// this story's (<see cref="Run"/> sets it so at the start of a story).</summary>
    [ThreadStatic] private static int _coveredMentions;
    /// <summary>The span of the last mention <see cref="_covered"/> marked: if the mention at that place in the list is not of
    /// that span, the list was changed otherwise than by adding, and the count starts again.</summary>
    [ThreadStatic] private static (int Start, int Length) _coveredLast;

    /// <summary>Which tokens the mentions cover: the first <c>doc.Tokens.Length</c> entries of the thread's buffer (the
    /// rules that ask it, one after the other, each read and mark it only within their own call and never past the
    /// story's last token), so that eight arrays a story are not allocated.</summary>
    /// <remarks>The buffer is kept through the story and only the mentions added since the last call are marked: between
    /// two calls the rules only add mentions (or put one in the place of another of the same span, <c>AddCoordinatedForces</c>),
    /// and every token a rule marks itself is a token of a mention it adds, so the buffer is what a fresh count would give.
    /// A rule that removes or reorders mentions must do so after its call (as <c>AddReferences</c> sorts them); fewer
    /// mentions than were marked, or another span than the last one marked at its place, start the count again (a guard,
    /// not a proof: a list changed so that both hold would still be read stale).</remarks>
    private static bool[] Covered(Document doc, List<Mention> mentions)
    {
        int count = doc.Tokens.Length;
        var covered = _covered;
        int from = _coveredMentions;
        if (from < 0 || from > mentions.Count || covered is null || covered.Length < count
            || (from > 0 && (mentions[from - 1].Start, mentions[from - 1].Length) != _coveredLast))
        {
            covered = covered is { } buffer && buffer.Length >= count ? buffer : _covered = new bool[Math.Max(count, 1024)];
            Array.Clear(covered, 0, count);
            from = 0;
        }
        for (int i = from; i < mentions.Count; i++)
        {
            var m = mentions[i];
            for (int t = doc.TokenAt(m.Start); t < doc.Tokens.Length && doc.Tokens[t].Start < m.End; t++)
                covered[t] = true;
        }
        _coveredMentions = mentions.Count;
        if (mentions.Count > 0) _coveredLast = (mentions[^1].Start, mentions[^1].Length);
        return covered;
    }

    /// <summary>The token's text, or nothing past either end of the text.</summary>
    private static ReadOnlySpan<char> Word(Document doc, int t) =>
        t >= 0 && t < doc.Tokens.Length ? doc.Text.AsSpan(doc.Tokens[t].Start, doc.Tokens[t].Length) : default;

    private static bool IsNameToken(Document doc, int t)
    {
        var tok = doc.Tokens[t];
        if (tok.Kind != TokenKind.Word) return false;
        var w = Word(doc, t);
        if (tok.Is(TokenFlags.Capitalized) && !tok.Is(TokenFlags.AllCaps)) return true;
        // al-Sudani, el-Sisi, bin Laden's "bin": particles inside Arabic names. (The tokenizer's flag first: most words have no hyphen.)
        if (!tok.Is(TokenFlags.HasHyphen)) return false;
        int dash = w.IndexOf('-');
        return dash is > 0 and <= 3 && dash + 1 < w.Length && char.IsUpper(w[dash + 1]);
    }

    private bool AnyOf(Document doc, int first, int last, CueClass cls)
    {
        for (int t = first; t <= last; t++) if (Is(doc, t, cls)) return true;
        return false;
    }

    private static string KeyOfToken(Document doc, int t)
    {
        Span<char> key = stackalloc char[Knowledge.Actors.NameFolder.MaxKey + 1];
        return KeyOfToken(doc, t, key).ToString();
    }

    /// <summary>The folded key of a token, its article dropped ("al-Rubaie" is "Rubaie").</summary>
    private static ReadOnlySpan<char> KeyOfToken(Document doc, int t, Span<char> key)
    {
        var w = Word(doc, t);
        int dash = w.LastIndexOf('-');
        if (dash >= 0 && Knowledge.Actors.NameFolder.IsArticle(w[..dash])) w = w[(dash + 1)..];
        return key[..Knowledge.Actors.NameFolder.Fold(w, key)];
    }
}
