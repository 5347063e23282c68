using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>
/// Reads the events of one sentence from its triggers: roles from the words around each trigger,
/// status, mode, claim, counts, place and time, then casualties; triggers that only name what another
/// event threatens, asks for or refuses ("urged them to stop the attacks") make no event of their own.
/// </summary>
internal sealed partial class SentenceReader
{
    private readonly EventStage _stage;
    private readonly EventLexicon _lex;
    private readonly Document _doc;
    private readonly StoryIndex _index;
    // The sentence read (set by Begin; the reader is one per story, see the constructor).
    private int _sentence, _first, _end;
    private List<(Trigger Trigger, int First, int Last)> _hits = null!;
    private readonly SentenceCues _cues;
    /// <summary>Tokens of nouns a strike's count stands before ("struck 85 targets").</summary>
    private List<int>? _counted;

    /// <summary>A reader for the sentences of one story (the story's index is made by then); <see cref="Begin"/> sets
    /// the sentence it reads. (One reader a story, not one a sentence: 9 MB a pass of the stages bench's 2,000 articles.)</summary>
    public SentenceReader(EventStage stage, Document doc, StoryIndex index, StoryScratch scratch)
    {
        _stage = stage;
        _lex = stage.Lexicon;
        _doc = doc;
        _index = index;
        _cues = scratch.Cues;
        _scratch = scratch;
        _words = scratch.Words;
        _classes = scratch.Classes;
        _triggerAt = scratch.TriggerAt;
        _typeAt = scratch.TypeAt;
        _scan = scratch.Scan;
        _clauseEnd = scratch.ClauseEnd;
        _introducerAt = scratch.IntroducerAt;
    }

    /// <summary>The fields of one sentence's reading, back to what a new reader holds (a test sets every field
    /// this does not name as the story's and asks for its default after this).</summary>
    internal void ResetSentence()
    {
        _sentence = _first = _end = _hitsFrom = 0;
        _hits = null!;
        _counted = null;
        _clausesRead = _breaksRead = false;
        _tollInto = null;
        _story = null;
        _tellsToll = null;
    }

    /// <summary>Starts the reading of one sentence with its triggers: the sentence's cues read, the sure triggers marked.</summary>
    public void Begin(int sentence, List<(Trigger, int, int)> hits)
    {
        var doc = _doc;
        ResetSentence();
        _sentence = sentence;
        _first = doc.Sentences[sentence].FirstToken;
        _end = _first + doc.Sentences[sentence].TokenCount;
        // "BAGHDAD, March 12 (Reuters) - Rockets hit ...": the sentence starts after the dateline.
        if (sentence == 0 || doc.Sentences[sentence - 1].Block != doc.Sentences[sentence].Block) _first = Dateline.End(doc, _first, _end);
        _hits = hits;
        _cues.Read(doc, _lex, _first, _end, _scratch);
        Array.Clear(_triggerAt, _first, _end - _first);
        // (The triggers start from the sentence's first token, the dateline's words too.)
        _hitsFrom = doc.Sentences[sentence].FirstToken;
        Array.Clear(_typeAt, _hitsFrom, _end - _hitsFrom);
        Array.Clear(_introducerAt, _hitsFrom, _end - _hitsFrom);
        foreach (var h in hits)
        {
            _typeAt[h.Item2] ??= h.Item1.Type;
            if (h.Item1.Is(TriggerFlags.Weak)) continue;
            _triggerAt[h.Item2] = h.Item1.IsVerb && !_stage.PreferNoun(doc, h.Item2, h.Item3, _scratch) ? SureVerb : SureNoun;
        }
    }

    private readonly StoryScratch _scratch;
    /// <summary>The story's lower-case words (<see cref="StoryScratch.Words"/>), held here: <see cref="Word"/> is asked
    /// hundreds of times a trigger, and one array read is cheaper than the scratch, its lexemes and the lexeme's word.</summary>
    private readonly string?[] _words;
    /// <summary>The story's word classes per token (<see cref="StoryScratch.Classes"/>), for <see cref="WordIs"/>.</summary>
    private readonly WordClass[] _classes;
    /// <summary>Per token of the story (set only inside this sentence): <see cref="SureVerb"/> or
    /// <see cref="SureNoun"/> where a trigger that is not weak starts.</summary>
    private readonly byte[] _triggerAt;
    private const byte SureVerb = 1, SureNoun = 2;
    /// <summary>Per token of the story (set only from <see cref="_hitsFrom"/> to the sentence's end): what <see cref="TypeAt"/>
    /// answers for it. The rules ask it token after token, and a walk of the sentence's triggers each time cost more.</summary>
    private readonly string?[] _typeAt;
    private int _hitsFrom;
    /// <summary>Per token of the story (set only inside this sentence, once <see cref="ReadClauses"/> ran):
    /// what <see cref="ClauseEnd"/> answers for it.</summary>
    private readonly int[] _clauseEnd;
    private bool _clausesRead;
    private bool _breaksRead;
    private readonly RightScan _scan;
    /// <summary>Per token of the story (cleared from <see cref="_hitsFrom"/> to the sentence's end): what
    /// <see cref="Introducer(int, out int)"/> found for it (<see cref="StoryScratch.IntroducerAt"/>).</summary>
    private readonly int[] _introducerAt;

    /// <summary>Types whose complement names an act they do not report: "threatened to strike",
    /// "urged them to stop attacks", "refused to withdraw", "agreed to withdraw", "suspended attacks".</summary>
    private static readonly HashSet<string> Governing = new(StringComparer.Ordinal)
    {
        "THREATEN", "REQUEST", "REJECT", "AGREE", "CONCEDE",
    };

    private static readonly bool Debugging = Environment.GetEnvironmentVariable("SRDBG") is not null;

    /// <summary>Casualty verbs folded into an attack, by first token: their counts go to that attack.</summary>
    private Dictionary<int, Draft>? _tollInto;

    /// <summary>Whether the draft is an attack or an arrest that happened on <paramref name="camp"/>'s side.</summary>
    private bool Hits(Draft o, string camp) =>
        o.Type is "ASSAULT" or "COERCE" && o.Status == "reported" && o.Target is { } target && SameCamp(target, camp);

    /// <summary>Whether two actors stand on one side: one state, one body (a person stands for the body they
    /// hold a role in), one a member or part of the other, or members of one umbrella.</summary>
    private bool SameCamp(string a, string b)
    {
        if (SideOf(a) == SideOf(b)) return true;
        var kb = _stage.Kb;
        if (CampBody(a) is not { } ax || CampBody(b) is not { } ay) return false;
        string x = ax.Id, y = ay.Id;
        // (Indexed loops: Any with a lambda allocated a closure for each umbrella, and a foreach through IReadOnlyList
        // the array's enumerator.)
        for (int i = 0; i < ax.MemberOf.Count; i++)
        {
            var l = ax.MemberOf[i];
            if (l.Id == y) return true;
            if (LinksTo(ay.MemberOf, l.Id)) return true;
        }
        return LinksTo(ax.PartOf, y) || LinksTo(ay.MemberOf, x) || LinksTo(ay.PartOf, x);
    }

    /// <summary>Whether one of the links is to <paramref name="id"/>.</summary>
    private static bool LinksTo(IReadOnlyList<Knowledge.Actors.ActorLink> links, string id)
    {
        for (int i = 0; i < links.Count; i++) if (links[i].Id == id) return true;
        return false;
    }

    /// <summary>The body an actor stands for in a camp: a person's the body they hold a role in.</summary>
    private Knowledge.Actors.Actor? CampBody(string id)
    {
        var kb = _stage.Kb;
        var actor = kb[id];
        if (actor is { Kind: "person" })
            foreach (var role in kb.RolesOn(actor, _doc.Published))
                if (role.Of is not null && kb[role.Of] is { } body) return body;
        return actor;
    }

    /// <summary>The first act the trigger starting at <paramref name="first"/> governs ("threatened to impose
    /// sanctions"), or null.</summary>
    private (Trigger Trigger, int First, int Last)? GovernedAct(int first)
    {
        int self = 0;
        while (self < _hits.Count && _hits[self].First != first) self++;
        if (self == _hits.Count) return null;
        for (int h = self + 1; h < _hits.Count; h++)
            if (GovernedBy(self, h)) return _hits[h];
        return null;
    }

    private bool GovernedBy(int g, int h)
    {
        int first = _hits[h].First;
        var (gov, _, gLast) = _hits[g];
        if (!Governing.Contains(gov.Type) || gLast >= first) return false;
        // "threatened, in remarks to reporters on his plane, to impose sanctions": an aside set off by
        // commas right after the word takes no room of its reach.
        int reach = first - gLast;
        if (Word(gLast + 1) == "," && AsideEnd(gLast + 1, first) is var asideEnd && asideEnd > 0) reach -= asideEnd - gLast;
        if (reach > 10) return false;
        if (Boundary(gLast + 1, first - 1)) return false;
        // "KH threatened the embassy on Saturday, and its fighters fired rockets at the base": a past verb after ", and" and a
        // subject of its own ("its fighters", "the group") tells an act of its own, not what was threatened or asked.
        if (_hits[h].Trigger.IsVerb && (_hits[h].Trigger.Form & WordForm.Past) != 0)
            for (int t = gLast + 1; t + 2 < first; t++)
                if (Word(t) == "," && Word(t + 1) == "and" && Word(t + 2) is not ("to" or "then" or "later" or "also")) return false;
        // "threatened to strike", "vowed attacks": a verb of threat governs what follows in its clause;
        // a noun only what it links to ("the threat of strikes", "a warning that ... attacks"), not a
        // later clause of its sentence ("this threat follows rocket attacks on Israel").
        if (gov.Type == "THREATEN" && gov.IsVerb) return true;
        bool direct = true;
        for (int t = gLast + 1; t < first && direct; t++) direct = Word(t) is "a" or "an" or "the" or "any" or "all" or "further" or "new" or "more" or "its" or "their";
        if (direct) return true;
        // A noun links by the word right after it ("calls for an end to attacks", "a warning that ...");
        // a verb may have its object first ("urged them to stop").
        bool noun = !gov.IsVerb || _stage.PreferNoun(_doc, _hits[g].First, gLast, _scratch);
        for (int t = gLast + 1; t < (noun ? Math.Min(first, gLast + 2) : first); t++)
            if (Word(t) is "to" or "from" or "for" or "against" or "of" || (gov.Type == "THREATEN" && Word(t) == "that")) return true;
        return false;
    }

    /// <summary>The comma that closes an aside opened by the comma at <paramref name="open"/>, before
    /// <paramref name="limit"/> and within 16 words; -1 when there is none.</summary>
    private int AsideEnd(int open, int limit)
    {
        for (int t = open + 1; t < limit && t <= open + 16; t++)
            if (Word(t) == ",") return t;
        return -1;
    }

    /// <summary>Whether a trigger of an act (of <paramref name="type"/>, when given) starts in [from, to], weak ones too (which
    /// <c>_triggerAt</c> leaves out).</summary>
    private bool ActWithin(int from, int to, string? type = null)
    {
        foreach (var h in _hits)
            if (h.First >= from && h.First <= to && (type is null || h.Trigger.Type == type)) return true;
        return false;
    }

    private bool Boundary(int from, int to) => from <= to && _cues.Any("boundary", from, to);

    // (Inlined by force: the large rule methods ask it dozens of times each, and past their inlining budget the JIT left it a call.)
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private string Word(int t) => t >= _first && t < _end ? _words[t]! : "";

    /// <summary>The role-cue classes (<see cref="Names.RoleCues.ClassOf"/>) of <see cref="Word"/>, the token's lower-case word;
    /// none outside the sentence. Read by word id (<see cref="EventStage.RoleClassOfLower"/>).</summary>
    private Names.CueClass RoleOfWord(int t) => t >= _first && t < _end ? _stage.RoleClassOfLower(_doc, t, _words[t]!) : Names.CueClass.None;

    /// <summary>The role-cue classes of the token's text as written (<see cref="EventStage.RoleClass"/>).</summary>
    private Names.CueClass RoleOfText(int t) => _stage.RoleClass(_doc, t);

    /// <summary>Whether the token is a word of one of the classes (<c>cues.tsv</c>'s word classes).</summary>
    private bool WordIs(int t, WordClass classes) => t >= _first && t < _end && (_classes[t] & classes) != 0;

    /// <summary><see cref="Numbers.Cardinal"/> of the token's text.</summary>
    private int? Cardinal(int t) => t >= 0 && t < _doc.Tokens.Length ? _scratch.Lexeme(_doc, _lex, t).Cardinal : null;

    /// <summary>The body that declares in the passive before "as" and the participle of declaring or listing ("was designated
    /// by the Department of State as a Foreign Terrorist Organization", "has been listed by Washington as a terrorist group"):
    /// a name right after "by" (or "by the") that ends just before "as", the participle right before "by"; or (null, -1).</summary>
    private (string? Declarer, int Verb) PassiveDeclaredAs(int first, int clauseStart)
    {
        int t = first - 1;
        while (t > clauseStart && _doc.Tokens[t].Kind == TokenKind.Quote) t--;
        if (Word(t) is "a" or "an") t--;
        if (Word(t) != "as") return (null, -1);
        int end = t - 1;
        if (end <= clauseStart || _index.Actor[end] is var m && (m < 0 || _index.ActorLast[m] != end)) return (null, -1);
        int by = _index.ActorFirst[m] - 1;
        if (Word(by) == "the") by--;
        if (Word(by) != "by" || by - 1 < clauseStart) return (null, -1);
        int verb = by - 1;
        if (!(WordIs(verb, WordClass.DeclaringVerb) || WordIs(verb, WordClass.ListingVerb))
            || Word(verb - 1) is not ("was" or "were" or "been" or "is" or "are" or "be")) return (null, -1);
        return (_doc.Mentions[m].EntityId, verb);
    }

    /// <summary>The name declared to be what a participle describes and the verb of declaring ("declared the PKK a
    /// \"banned organisation\"", "has named the group an outlawed body"), or (null, -1).</summary>
    private (string? Declared, int Verb) DeclaredAs(int first, int clauseStart)
    {
        int t = first - 1;
        while (t > clauseStart && _doc.Tokens[t].Kind == TokenKind.Quote) t--;
        // "listed the group as a Specially Designated Global Terrorist", "designated Harakat al-Nujaba as a terrorist organisation"
        // ("named the two brothers as Specially Designated Global Terrorists": a plural after "as" alone).
        bool named;
        if (Word(t) is "a" or "an")
        {
            named = Word(t - 1) == "as";
            if (named) t--;
        }
        else if (Word(t) == "as") named = true;
        else return (null, -1);
        int end = t - 1;
        // "named Harakat al-Nujaba, the \"Movement of the Noble Ones\", a ...": over an apposition after the name.
        if (Word(end) == "," && AppositionStart(end, _first) is var open && open > _first) end = open - 1;
        // "the Kurdistan Workers' Party (PKK)": an abbreviation in brackets after the name is the name.
        if (Word(end) == ")" && end - 2 > clauseStart && Word(end - 2) == "(") end -= 3;
        if (end <= clauseStart || _index.Actor[end] is var m && (m < 0 || _index.ActorLast[m] != end)) return (null, -1);
        int before = _index.ActorFirst[m] - 1;
        if (Word(before) == "the") before--;
        if (before >= clauseStart && (WordIs(before, WordClass.DeclaringVerb) || (named && WordIs(before, WordClass.ListingVerb))))
            return (_doc.Mentions[m].EntityId, before);
        // "names AAH's secretary-general Qais al-Khazali and his brother Laith al-Khazali as Specially Designated Global Terrorists":
        // the last of a list of names before "as"; the declared is the first named after the verb, with only names, "and", commas,
        // possessives and lower-case words of kin or office between.
        if (!named) return (null, -1);
        for (int k = before; k >= Math.Max(clauseStart, before - 14); k--)
        {
            if (_index.Actor[k] >= 0) { k = _index.ActorFirst[_index.Actor[k]]; continue; }
            if (WordIs(k, WordClass.DeclaringVerb) || WordIs(k, WordClass.ListingVerb))
            {
                // ("AAH's secretary-general Qais al-Khazali": an owner before "'s" is no name of the list.)
                for (int j = k + 1; j <= end; j++)
                    if (_index.Actor[j] is var a && a >= 0 && Word(_index.ActorLast[a] + 1) is not ("'s" or "’s" or "'" or "’"))
                        return (_doc.Mentions[a].EntityId, k);
                return (null, -1);
            }
            if (_doc.Tokens[k].Kind is TokenKind.Punctuation && Word(k) != "," || _triggerAt[k] != 0 || _doc.Tokens[k].Is(TokenFlags.Capitalized)) return (null, -1);
        }
        return (null, -1);
    }

    /// <summary>The verb of command before a ban verb ("ordered eight channels to close their offices", "ordering all
    /// units to cut their ties ..., close their offices"): a command verb, then within its clause "to" before the trigger,
    /// and the first body named between them, whom the order binds; -1 if none.</summary>
    private (int Verb, string? Ordered) BanOrderAt(int first, int clauseStart)
    {
        int to = -1;
        for (int t = first - 1; t >= Math.Max(clauseStart, first - 16); t--)
        {
            if (Word(t) == "to" && to < 0) to = t;
            if (to < 0 || !WordIs(t, WordClass.CommandVerb)) continue;
            for (int k = t + 1; k < to; k++)
                if (_index.Actor[k] >= 0) return (t, _doc.Mentions[_index.Actor[k]].EntityId);
            return (t, null);
        }
        return (-1, null);
    }

    private const string UsForces = "us-forces", Coalition = "international-coalition";

    /// <summary>The two sides named after "between" within eight words after a trigger that ends at <paramref name="last"/>
    /// ("clashes between X and the Y", "broke out in Basra between X and Y"), or nulls.</summary>
    private (string?, string?) Sides(int last, int clauseEnd)
    {
        for (int t = last + 1; t <= Math.Min(clauseEnd, last + 8) && t < _end; t++)
        {
            if (Word(t) is "," or ";" or "and") return (null, null);
            if (Word(t) != "between") continue;
            int a = Word(t + 1) == "the" ? t + 2 : t + 1;
            // "between the members of Saraya al-Salam": the side's people stand for it.
            if (Word(a + 1) == "of" && a + 2 < _end && _index.Actor[a] < 0) a = Word(a + 2) == "the" ? a + 3 : a + 2;
            if (a >= _end || _index.Actor[a] is var m && (m < 0 || _index.ActorFirst[m] != a)) return (null, null);
            int e = _index.ActorLast[m];
            // "between X, the armed wing of the Sadrist movement, and Y": an apposition set off by commas.
            if (Word(e + 1) == "," && Word(e + 2) != "and")
                for (int c = e + 2; c <= Math.Min(_end - 2, e + 10); c++)
                    if (Word(c) == ",") { e = c - 1; break; }
                    else if (c == Math.Min(_end - 2, e + 10)) return (null, null);
            if (Word(e + 1) == "," && Word(e + 2) == "and") e++;
            if (Word(e + 1) != "and") return (null, null);
            int b = Word(e + 2) == "the" ? e + 3 : e + 2;
            if (b >= _end || _index.Actor[b] is var n && (n < 0 || _index.ActorFirst[n] != b)) return (null, null);
            string one = _doc.Mentions[m].EntityId!, other = _doc.Mentions[n].EntityId!;
            return one == other ? (null, null) : (one, other);
        }
        return (null, null);
    }

    // Shared lists for a frame without actor or place, read only: one allocation less each.
    private static readonly List<string> NoActor = [null!];
    private static readonly List<int> NoPlace = [-1];
    private static readonly List<int> NoPlaces = [];

    /// <summary>The side an actor acts for: a person's office holder on the story's date, and a state's
    /// government and forces one side per country ("Lloyd Austin said the United States will strike").</summary>
    private string SideOf(string id) => _stage.SideOf(id, _doc.Published);

    /// <summary>The one who says the words the trigger stands in: the subject of the last verb of saying
    /// before it in the sentence ("X said", "X told reporters that", "X warned"), or null.</summary>
    private string? Speaker(int first) => Speaker(first, out _);

    /// <summary>The speaker, and in <paramref name="told"/> the one told when the verb of saying has its
    /// listener right after it ("X told Y that ...", "X told Y in a phone call"). With
    /// <paramref name="verbsOfSaying"/> only a plain verb of saying (cue class speech) counts, not a
    /// statement trigger such as "rejected".</summary>
    private string? Speaker(int first, out string? told, bool verbsOfSaying = false)
    {
        told = null;
        // (Only a cue of class speech is read: a sentence with none skips the loop.)
        for (int i = _cues.MayHave("speech") ? _cues.Hits.Count - 1 : -1; i >= 0; i--)
        {
            var (f, l, cue) = _cues.Hits[i];
            // "United States": a word of saying inside a name says nothing.
            if (cue.Class != "speech" || l >= first || f < _first || _index.Actor[f] >= 0) continue;
            var subjects = Subjects(f, ClauseStart(f), out _);
            if (subjects.Count == 0) continue;
            told = Listener(l, first);
            return subjects[0];
        }
        if (verbsOfSaying) return null;
        foreach (var h in _hits)
            if (h.Last < first && h.Trigger.Is(TriggerFlags.Speech) && h.Trigger.IsVerb)
            {
                var subjects = Subjects(h.First, ClauseStart(h.First), out _);
                if (subjects.Count > 0) return subjects[0];
            }
        return null;
    }

    /// <summary>The one who says the words after them, after a comma: "X was behind the attack, US officials said".</summary>
    private string? SpeakerAfter(int last)
    {
        if (!_cues.MayHave("speech")) return null;
        foreach (var (f, _, cue) in _cues.Hits)
        {
            if (cue.Class != "speech" || f <= last || _index.Actor[f] >= 0) continue;
            int comma = f - 1;
            while (comma > last && Word(comma) != ",") comma--;
            if (comma <= last) continue;
            var subjects = Subjects(f, comma + 1, out _);
            return subjects.Count > 0 ? subjects[0] : null;
        }
        return null;
    }

    /// <summary>The actor named right after a verb of saying, over a title ("told Iraqi Prime Minister X"),
    /// before the words that follow it ("that", "in a phone call"); null when none is.</summary>
    private string? Listener(int speechLast, int before)
    {
        if (Word(speechLast) is not ("told" or "tells" or "tell" or "telling" or "informed" or "informs" or "assured" or "assures" or "reminded")) return null;
        for (int t = speechLast + 1; t < before && t <= speechLast + 6; t++)
        {
            // ("told US Secretary of State Antony Blinken": the person the title leads to, not the country before it.)
            if (_index.Actor[t] is var m && m >= 0) return _doc.Mentions[TitledPerson(m) is var person && person >= 0 ? person : m].EntityId;
            var text = _doc.TokenText(t);
            if (_doc.Tokens[t].Kind != TokenKind.Word || !(char.IsUpper(text[0]) || Word(t) is "the" || RoleOfWord(t) != Names.CueClass.None)) return null;
        }
        return null;
    }

    /// <summary>Whether the token is a word of a great, uncounted number of people: "hundreds", "thousands", "dozens",
    /// "scores" (<see cref="Word"/> is lower case).</summary>
    private bool GreatCount(int t) => WordIs(t, WordClass.GreatCount);

    /// <summary>"carried out the strike", "the attack", "attacked the base": told as a happening already known.</summary>
    private bool Definite(Trigger trigger, int first, int last)
    {
        // "denied any role": the act denied is one told before.
        if (trigger.Is(TriggerFlags.Negates)) return true;
        // "Kataib Hezbollah said two of its fighters were killed": the toll a side gives of its own men is of the act told before.
        if (trigger.Is(TriggerFlags.Toll) && OwnMenCounted(first)) return true;
        if (!trigger.IsVerb || _stage.PreferNoun(_doc, first, last, _scratch))
        {
            int t = first - 1;
            // "the Najaf attack", "the Nasiriyah shootings": a place named before the noun is no determiner of its own.
            // ("the cowardly attack", "the heinous crime": nor is a word of judgement, cue class epithet.)
            // ("the US strikes", "the Turkish bombardment": nor is the name or the people's word of its doer.)
            // ('the "cowardly" attack': nor are the quotes around such a word.)
            while (t >= _first && (_cues.At(t, "mode") >= 0 || _index.Place[t] >= 0 || _cues.At(t, "epithet") >= 0
                   || _index.Actor[t] >= 0 || _cues.At(t, "demonym") >= 0 || _doc.Tokens[t].Kind == TokenKind.Quote)) t--;
            // "Sunday's attack", "last week's strike": an act dated by a possessive day is one told as known; so are "both attacks".
            return Word(t) is "the" or "this" or "that" or "these" or "those" or "both" || (Word(t) is "'s" or "’s" && t > _first && _index.Time[t - 1] >= 0);
        }
        // "the rockets hit the sprawling base": weapons told with "the" are the ones of an attack told before.
        // ("the jets had destroyed the depot": a tense between them too.)
        int w = first - 1;
        while (w > _first && Word(w) is "had" or "has" or "have" or "was" or "were" or "is") w--;
        int mode = w;
        while (w >= _first && _cues.At(w, "mode") >= 0) w--;
        if (w < mode && Word(w) is "the" or "these" or "those") return true;
        // "the aircraft had tracked the launch and killed several fighters": a verb joined by "and" to one whose subject
        // is such weapons.
        if (Word(first - 1) is "and")
            for (int b = first - 2; b > _first && b >= first - 9 && Word(b) is not ("," or ";" or ":"); b--)
                if (_cues.At(b, "mode") >= 0 && Word(b - 1) is "the" or "these" or "those" && b + 1 < first - 1 && _cues.At(b + 1, "mode") < 0)
                    return true;
        // "the strike had targeted their commander": an attack told with "the" as the verb's subject.
        int s = first - 1;
        while (s > _first && Word(s) is "had" or "has" or "have" or "was" or "were" or "is" or "reportedly" or "also") s--;
        foreach (var h in _hits)
            if (h.Last == s && h.First < first && h.Trigger.Type == "ASSAULT" && !h.Trigger.IsVerb && Word(h.First - 1) is "the" or "this" or "that") return true;
        return Word(last + 1) == "the" && SiteNoun(last + 2);
    }

    /// <summary>Whether a count of a side's own men ("two of its fighters", "four of their members") is the subject of the toll
    /// word at <paramref name="first"/>, over its auxiliaries.</summary>
    private bool OwnMenCounted(int first)
    {
        int t = BeforeAuxiliaries(first - 1);
        // the noun of the men ("fighters", "members"), then "of its" or "of their" and the count
        return t - 3 >= _first && CountOfOwn(t - 1);
    }

    /// <summary>Whether the possessive at <paramref name="possessive"/> ends a count of a side's own: "two of its", "dozens
    /// of their", "several of its".</summary>
    private bool CountOfOwn(int possessive) =>
        possessive - 2 >= _first && Word(possessive) is "its" or "their" && Word(possessive - 1) == "of"
        && (Cardinal(possessive - 2) is not null || GreatCount(possessive - 2) || Word(possessive - 2) is "some" or "several" or "many");

    /// <summary>Whether a light verb joins the subject to a noun trigger: "X launched an attack",
    /// "X has carried out more than 70 attacks", "X claimed responsibility for the attack" — the verb
    /// right after the subject, the noun right after the verb's object words.
    /// With <paramref name="offer"/> (a noun of statement or aid) a verb of giving does too: "X offered
    /// military training", "X expressed its support", "X pledged $50 million in aid". A light verb whose cue
    /// value is an event type joins only a noun of that type (<paramref name="type"/>): "X declared a state of
    /// maximum readiness", "X's units were on full alert".</summary>
    private bool LightVerbBetween(int subjectLast, int first, bool offer = false, string? type = null, string? mode = null)
    {
        if (subjectLast < 0 || HeldAnswerable(subjectLast)) return false;
        // "Washington answered on Friday with air strikes on ...": a verb of answering right after the subject, "with" before the act.
        int with = first - 1;
        while (with > subjectLast && first - with <= 3 && (Word(with) is "a" or "an" or "new" or "more" or "several" || Cardinal(with) is not null)) with--;
        if (AnswerBefore(with, subjectLast) is var answer && answer >= 0 && answer - subjectLast <= 3) return true;
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (!(cue.Class is "claim" or "involvement" || (offer && cue.Class == "offer")
                  || (cue.Class == "light" && LightFits(cue.Value, type, mode)))
                || f <= subjectLast || l >= first) continue;
            // ("ordered air defence units to a higher state of alert", "its units along the border had been placed on alert",
            // "put its units along the frontier on full alert": the forces put on alert, or where they are, may stand between.)
            if (f - subjectLast > (type == "MOBILIZE" ? 8 : 4) || first - l - OverTime(l, first) > (type == "MOBILIZE" ? 9 : 6)) continue;
            bool clear = true;
            // A verb of giving reaches only its own object ("offered military training", "pledged $50 million
            // in aid"), not a noun further on ("voiced support for the talks"), and has its subject right before it.
            if (cue.Class == "offer")
            {
                for (int t = l + 1; t < first && clear; t++)
                    clear = !(_cues.At(t, "preposition") >= 0 && Word(t) != "in" && _index.Time[t + 1] < 0) && Word(t) is not ("'s" or "’s");
                for (int t = subjectLast + 1; t < f && clear; t++) clear = Word(t) is not ("and" or ",");
            }
            // ("ordered an investigation into the al-Azim attack": the light verb's object is another noun, the act only its topic.)
            for (int t = l + 1; t < first && clear; t++) clear = _index.Actor[t] < 0 && !StartsVerbTrigger(t) && Word(t) is not ("into" or "about" or "over");
            for (int t = subjectLast + 1; t < f && clear; t++) clear = _index.Actor[t] < 0 && !StartsVerbTrigger(t);
            if (clear) return true;
        }
        return false;
    }

    /// <summary>For a light verb ending at <paramref name="verb"/> with a time right after it and an attack or a coercion noun at
    /// <paramref name="first"/>, the tokens between that are the time or the commas and "on" around it ("carried out
    /// yesterday, Monday, an air-landing operation": the verb's object is as near as without the time); else 0.</summary>
    private int OverTime(int verb, int first)
    {
        int start = verb + 1;
        while (start < first && Word(start) is "," or "on") start++;
        if (TypeAt(first) is not ("ASSAULT" or "COERCE") || start >= first || _index.Time[start] < 0) return 0;
        int n = 0;
        for (int t = verb + 1; t < first; t++)
            if (_index.Time[t] >= 0 || Word(t) is "," or "on") n++;
        return n;
    }

    /// <summary>"held Washington responsible for the attack": the one a verb of holding blames, right after it, is the
    /// blame's object; the act named after it is what is blamed, not an act that one is told to do.</summary>
    private bool HeldAnswerable(int t)
    {
        foreach (var (trigger, f, l) in _hits)
            if (trigger.Is(TriggerFlags.HoldsAnswerable) && l < t && t - l <= 6) return true;
        return false;
    }

    /// <summary>Whether a light verb of cue value <paramref name="value"/> ("-", "TYPE" or "TYPE:MODE") makes a noun of this type
    /// and mode an act.</summary>
    private static bool LightFits(string value, string? type, string? mode) =>
        value == "-" || value == type || (mode is not null && IsTypeMode(value, type, mode));

    /// <summary>Whether a cue value "TYPE:MODE" ("COERCE:ban") is this type and mode.</summary>
    private static bool IsTypeMode(string value, string? type, string mode) =>
        type is not null && value.Length == type.Length + 1 + mode.Length && value.StartsWith(type, StringComparison.Ordinal)
        && value[type.Length] == ':' && value.EndsWith(mode, StringComparison.Ordinal);

    private bool Passive(int first, int last, out bool reduced)
    {
        reduced = false;
        if (Word(last + 1) == "by") return true;
        int t = first - 1;
        for (int seen = 0; t >= _first && seen < 4; t--, seen++)
        {
            var w = Word(t);
            if (PassiveAuxiliary(w)) return true;
            if (!WordIs(t, WordClass.Adverb)) break;
        }
        // "Iraqi troops deployed near Tarmiyah came under fire", "US forces stationed at the base were attacked": forces moved
        // or placed, told of by a participle right after their name, with the clause's finite verb still to come, are a
        // passive without its auxiliary that only says which forces.
        if (first == last && t >= _first && _index.Actor[t] >= 0 && TypeAt(first) is "MOBILIZE" or "RETREAT" && FiniteVerbAfter(last))
        {
            reduced = true;
            return true;
        }
        // A participle with no object after a noun that is no actor is a passive without its auxiliary:
        // "six men accused of ...", "two were killed and 14 others wounded when ...", "his rival jailed last month".
        if (first != last || t < _first || (_index.Actor[t] >= 0 && !ObjectOfVerbBefore(t)) || _index.Time[t] >= 0 || _index.Place[t] >= 0
            || Word(t) is "has" or "have" or "had" or "'ve" or "who" or "which" or "that" || JointNoun(t)
            // ("30 ISIS operatives killed and 74 detained": a count before the participle is its subject, too.)
            || Coreference.IsPronoun(_doc.TokenText(t), out _) || (_doc.Tokens[t].Kind != TokenKind.Word && Cardinal(t) is null)
            // "Kataib Hezbollah fighters clashed with the army": a verb that takes no object has no passive.
            || Word(first) is "clashed" or "skirmished"
            // "Turkish drones struck near the airport", "two rockets hit near the base": arms that strike are the subject.
            || (_cues.At(first, "weapon-verb") >= 0 && (_cues.At(t, "mode") >= 0 || _cues.At(t, "platform") >= 0))
            // "Army units deployed near Khanasor", "PMF units withdrew from the town": a body's forces move of themselves, unless
            // a verb after tells what befell the forces so moved ("army units deployed near X came under fire").
            || (TypeAt(first) is "MOBILIZE" or "RETREAT" && _cues.At(t, "troops") == t && t - 1 >= _first && _index.Actor[t - 1] >= 0 && !FiniteVerbAfter(last))
            // ("PMF fighters in armoured vehicles deployed at the gates", "the gunmen in three cars withdrew": the vehicles the movers
            // ride in describe them; the movers are the subject.)
            || (TypeAt(first) is "MOBILIZE" or "RETREAT" && RiddenBy(t) && !FiniteVerbAfter(last))) return false;
        // "gunmen killed on Tuesday the activist X": a time between the verb and its object leaves it active.
        // ("The militia threatened on Tuesday to target US forces": so does its complement.)
        if (ObjectAfterTime(last) >= 0 || ComplementAfterTime(first, last)) return false;
        reduced = (last + 1 < _end && _index.Time[last + 1] >= 0)
            || Word(last + 1) is "when" or "while" or "after" or "before" or "in" or "on" or "at" or "near" or "during" or "last"
                or "yesterday" or "early" or "late" or "." or "and" or "as" or "over" or "for" or "of" or "with" or "since"
                or ""
            // "A drone targeted, on Thursday, a car ...": a time set off by commas comes before the object.
            || (Word(last + 1) == "," && !TimeAside(last + 2));
        return reduced;
    }

    /// <summary>Whether the plural noun of vehicles at <paramref name="t"/> is what the forces or body before it ride in: "in" or
    /// "aboard" a few words before it ("fighters in pick-up trucks", "PMF units in armoured vehicles", "gunmen aboard three
    /// cars"), right after an actor or a noun of forces.</summary>
    private bool RiddenBy(int t)
    {
        if (!WordIs(t, WordClass.VehiclePlural)) return false;
        for (int k = t - 1; k > _first && t - k <= 4; k--)
        {
            if (Word(k) is "in" or "aboard" or "on")
                return _index.Actor[k - 1] >= 0 || (Word(k - 1) is "members" or "men" or "elements" && _index.Actor[k - 2] >= 0)
                    || _cues.Last("troops", Math.Max(_first, k - 3), k - 1) is { } force && force.Last == k - 1;
            if (_doc.Tokens[k].Kind is TokenKind.Punctuation && Word(k) != "-" || _index.Actor[k] >= 0) return false;
        }
        return false;
    }

    /// <summary>Whether a finite verb (a trigger read as a verb in its past or -s form, or "was"/"were"/"is"/"are") follows the
    /// token in its clause, with no "and", "or", comma or word that opens a clause between.</summary>
    private bool FiniteVerbAfter(int t)
    {
        for (int k = t + 1; k < _end && k <= t + 12; k++)
        {
            var w = Word(k);
            if (w is "and" or "or" or "but" or "," or ";" or ":" or "that" or "which" or "who" or "when" or "after" or "before" or "while" or "as" or "because" or "since" or "until") return false;
            if (w is "was" or "were" or "is" or "are" or "came" or "come" or "comes" || _cues.At(k, "finite-aux") >= 0) return true;
            foreach (var h in _hits)
                if (h.First == k && h.Trigger.IsVerb && (h.Trigger.Form & (WordForm.Past | WordForm.Third)) != 0) return true;
        }
        return false;
    }

    /// <summary>Whether the actor ending at <paramref name="t"/> is the object of a verb trigger right before it, over
    /// articles, quantifiers and a count ("ordered to release all the protesters detained in May", "freed the two men
    /// arrested"): a participle after it then describes it, as a passive with no auxiliary.</summary>
    private bool ObjectOfVerbBefore(int t)
    {
        int k = _index.ActorFirst[_index.Actor[t]] - 1;
        while (k >= _first && (Word(k) is "the" or "all" or "both" or "some" or "a" or "an" or "those" or "these" || Cardinal(k) is not null)) k--;
        if (k < _first) return false;
        foreach (var h in _hits) if (h.Last == k && h.Trigger.IsVerb) return true;
        return false;
    }

    /// <summary>The first token of an object that comes right after a time following the verb, with no verb of saying
    /// close behind: "killed on Tuesday the activist X", "assassinated yesterday, Wednesday, the doctor X" (Arabic word
    /// order), not "two soldiers killed on Tuesday, the army said"; -1 for none.</summary>
    private int ObjectAfterTime(int last)
    {
        int t = PastTime(last);
        if (t < 0) return -1;
        if (!(Word(t) is "the" or "a" or "an" or "his" or "her" or "their" or "its" || _index.Actor[t] >= 0 || AimedNoun(t)
              || (Cardinal(t) is not null && _index.Time[t] < 0))) return -1;
        for (int k = t; k < Math.Min(_end, t + 6); k++)
            if (_cues.At(k, "speech") >= 0 || Word(k) is "said" or "says" or "told") return -1;
        return t;
    }

    /// <summary>Whether the verb's complement comes right after a time following it: "threatened on Tuesday to target US
    /// forces", "warned late on Sunday that ..." ("that" only after a verb of no material act: "the rockets fired on Tuesday
    /// that hit the base" opens a relative clause).</summary>
    private bool ComplementAfterTime(int first, int last)
    {
        int t = PastTime(last);
        if (t < 0) return false;
        if (Word(t) == "that") return !MaterialAt(first);
        return Word(t) == "to" && t + 1 < _end && _doc.Tokens[t + 1].Kind == TokenKind.Word && char.IsLower(_doc.Text[_doc.Tokens[t + 1].Start])
            && Word(t + 1) is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "this" or "that" or "these" or "those")
            && _index.Actor[t + 1] < 0 && _index.Place[t + 1] < 0 && _index.Time[t + 1] < 0 && Cardinal(t + 1) is null;
    }

    /// <summary>The first token after a time that follows the verb at <paramref name="last"/> (over commas and the words that
    /// lead into the time), if the time closes there as it opened; -1 for none.</summary>
    private int PastTime(int last)
    {
        int t = last + 1;
        // ("bombed, on the night of Thursday, the 25th of February last, sites ...": words that lead into the time, and
        // the "last" of machine-translated dates, are part of it.)
        while (t < _end && (_index.Time[t] >= 0 || (Word(t) is "," or "on" or "at" or "in" && _index.Time[t + 1] >= 0) || (Word(t) == "," && t > last + 1)
               || TimeLead(Word(t) == "," ? t + 1 : t) || (Word(t) == "last" && t > last + 1 && _index.Time[t - 1] >= 0))) t++;
        if (t == last + 1 || t >= _end || (Word(t - 1) == "," && _index.Time[t - 2] < 0 && !(Word(t - 2) == "last" && _index.Time[t - 3] >= 0))) return -1;
        // A time set off by commas has one before it too ("killed, on Tuesday, the ...", "yesterday, Wednesday, the ...");
        // "met on 9 January, the parties that ..." starts another clause.
        if (Word(t - 1) == "," && Commas(last + 1, t - 2) == 0) return -1;
        return t;
    }

    /// <summary>Whether words that lead into a time ("on the night of", "at dawn on") start here and a time expression
    /// follows them within four tokens.</summary>
    private bool TimeLead(int t)
    {
        for (int k = t; k < _end && k <= t + 4; k++)
        {
            if (_index.Time[k] >= 0) return k > t;
            // ("attacked, late on Wednesday, a post", "at late night yesterday": "late" and "early" lead in too.)
            if (Word(k) is not ("on" or "at" or "in" or "the" or "of") && !PartOfDay(Word(k)))
                return false;
        }
        return false;
    }

    private int Commas(int from, int to)
    {
        int n = 0;
        for (int t = from; t <= to; t++) if (Word(t) == ",") n++;
        return n;
    }

    /// <summary>What <see cref="ScanRight"/> finds; one per story, refilled for each trigger (a trigger's
    /// frame is read before the next one's starts).</summary>
    /// <remarks><see cref="Clear"/> must reset every member: one it missed would carry over from another
    /// trigger or story (a test checks every property).</remarks>
    internal sealed class RightScan
    {
        public void Clear()
        {
            Targets.Clear();
            Aimed.Clear();
            Agent = null;
            From = null;
            Places.Clear();
        }

        public List<string> Targets { get; } = [];
        /// <summary>Targets named after "at", "on", "against": what an attack was aimed at.</summary>
        public List<string> Aimed { get; } = [];
        public string? Agent { get; set; }
        /// <summary>The first actor named after "from": whom a statement received came from.</summary>
        public string? From { get; set; }
        public List<int> Places { get; } = [];
    }

    /// <summary>Whether "from" (or "away from") after a unit of distance (cue class distance) stands before the name starting at
    /// <paramref name="f"/>, over an article and a few lower-case words ("less than a mile from the sprawling US embassy").</summary>
    private bool DistanceFrom(int f)
    {
        for (int k = f - 1; k >= _first && k >= f - 4; k--)
        {
            if (Word(k) == "from")
            {
                int unit = Word(k - 1) == "away" ? k - 2 : k - 1;
                return unit >= _first && _cues.At(unit, "distance") >= 0;
            }
            if (_doc.Tokens[k].Kind != TokenKind.Word || _index.Actor[k] >= 0 || _index.Place[k] >= 0) return false;
        }
        return false;
    }

    /// <summary>Whether the place mention starts with an actor's name and reaches past it ("Erbil air
    /// base", "the US embassy in Baghdad"): the longer name is the place.</summary>
    private bool Outspans(int p)
    {
        int m = _index.Actor[_index.PlaceFirst[p]];
        return m >= 0 && _index.PlaceFirst[p] <= _index.ActorFirst[m] && _index.PlaceLast[p] > _index.ActorLast[m];
    }

    /// <summary>The person mention a body's name leads to through a title ("US Secretary of Defense Lloyd
    /// Austin", "Iraqi Prime Minister Mohammed Shia al-Sudani"), or -1.</summary>
    private int TitledPerson(int m)
    {
        if (_stage.Kb[_doc.Mentions[m].EntityId!]?.Kind == "person") return -1;
        int seen = 0;
        for (int t = _index.ActorLast[m] + 1; t < _end && seen < 6; t++, seen++)
        {
            int other = _index.Actor[t];
            if (other >= 0 && other != m)
            {
                if (_stage.Kb[_doc.Mentions[other].EntityId!]?.Kind == "person") return other;
                t = _index.ActorLast[other];
                continue;
            }
            var text = _doc.TokenText(t);
            // "Kataib Hezbollah commander Abu Baqir al-Saadi", "the movement's commander X": a role word leads on.
            bool role = RoleOfText(t) != Names.CueClass.None || Word(t) is "'s" or "’s" or "'" or "’"
                // ("Kataib Hezbollah's top commander, X", "the group's security official X": a word before a role word.)
                || (_doc.Tokens[t].Kind == TokenKind.Word && t + 1 < _end && _index.Actor[t + 1] < 0 && RoleOfText(t + 1) != Names.CueClass.None);
            // "Hezbollah's secretary-general, Hassan Nasrallah": a person set off by a comma after the role word.
            if (Word(t) == "," && t - 1 > _index.ActorLast[m] && RoleOfText(t - 1) != Names.CueClass.None
                && t + 1 < _end && _index.Actor[t + 1] is var named && named >= 0 && _index.ActorFirst[named] == t + 1
                && _stage.Kb[_doc.Mentions[named].EntityId!]?.Kind == "person")
                return named;
            if (_doc.Tokens[t].Kind != TokenKind.Word || !(char.IsUpper(text[0]) || role || Word(t) is "of" or "for" or "the")) return -1;
        }
        return -1;
    }

    /// <summary>A government named as a place: "in north-east Jordan", "across Iraq".</summary>
    private bool Locative(int mention, int first) =>
        _index.Place[first] >= 0 && _stage.Kb[_doc.Mentions[mention].EntityId!]?.Kind == "government"
        && (Word(first - 1) is "in" or "inside" or "across" or "throughout" or "near" or "outside" or "north-east" or "north-west"
            or "south-east" or "south-west" || WordIs(first - 1, WordClass.Direction));

    /// <summary>Whether the token is a noun of a site that a place names the kind of ("the Tanf base", "Erbil city", "Iraqi
    /// territory"; cue class site-noun).</summary>
    private bool SiteNoun(int t) => _cues.At(t, "site-noun") >= 0;

    private bool StartsVerbTrigger(int t) => t >= _first && t < _end && _triggerAt[t] == SureVerb;

    /// <summary>Whether the token names a body's own fighters or arms: a noun of forces (cue classes troops and own-forces, word class
    /// force-noun: "aircraft of the coalition", "drones of the Revolutionary Guards").</summary>
    private bool OwnForces(int t) => _cues.At(t, "troops") >= 0 || _cues.At(t, "own-forces") >= 0 || WordIs(t, WordClass.ForceNoun);

    /// <summary>The drafts of the story read so far (the sentences before this one).</summary>
    private List<Draft>? _story;

    /// <summary>"the two sides", "both governments", "the two leaders": a plural (cue class joint) that stands for two parties named before.</summary>
    private bool JointNoun(int t) =>
        _cues.At(t, "joint") >= 0 && Word(t - 1) is "two" or "both";

    /// <summary>Whether the comma follows a name and comes before "a", "an", "the" or "one": it may open an apposition.</summary>
    private bool AppositionOpens(int k) =>
        Word(k) == "," && Word(k + 1) is "a" or "an" or "the" or "one" && _index.Actor[k - 1] is var m && m >= 0 && _index.ActorLast[m] == k - 1;

    /// <summary>The comma that opens an apposition closed by the comma <paramref name="close"/>: the latest comma
    /// before it that follows a name and comes before "a", "an", "the" or "one" (", a front for A, B and C,"),
    /// within 30 words; or -1.</summary>
    private int AppositionStart(int close, int clauseStart)
    {
        for (int k = close - 2; k > clauseStart && close - k <= 30; k--)
            if (AppositionOpens(k)) return k;
        return -1;
    }

    /// <summary>The first token of the verb group that ends with the trigger: auxiliaries, modals,
    /// adverbs and verbs that take the trigger as their complement ("were preparing to launch").</summary>
    private int VerbGroupStart(int first, int clauseStart)
    {
        int t = first;
        while (t - 1 >= clauseStart && _index.Actor[t - 1] < 0 && WordIs(t - 1, WordClass.Adverb | WordClass.VerbGroup)) t--;
        return t;
    }

    /// <summary>The verb trigger before an "and" that joins a second verb to it, in the same clause.</summary>
    private int PreviousVerb(int and, int clauseStart)
    {
        for (int h = _hits.Count - 1; h >= 0; h--)
        {
            var (trigger, f, l) = _hits[h];
            if (l >= and || f < clauseStart) continue;
            if (!trigger.IsVerb || _stage.PreferNoun(_doc, f, l, _scratch)) continue;
            // "... were killed in a US strike and vowed revenge": a passive shares no subject.
            return (trigger.Form & WordForm.Participle) != 0 && Passive(f, l, out _) ? -1 : f;
        }
        return -1;
    }

    /// <summary>Whether the (lower-case) word is an auxiliary of the passive: a form of "be" or "get".</summary>
    internal static bool PassiveAuxiliary(string w) =>
        w is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "get" or "got" or "gets" or "getting";

    private bool GovernedByPreposition(int mentionFirst)
    {
        int t = mentionFirst - 1;
        // (Over a compound adjective too: "run by the Emirati-led Pearl Petroleum consortium".)
        while (t >= _first && (Word(t) is "the" or "a" or "an" or "its" or "their" or "iraqi" or "us" or "american" or "iranian"
               || (Word(t) is { Length: > 4 } compound && (compound.EndsWith("-led", StringComparison.Ordinal) || compound.EndsWith("-owned", StringComparison.Ordinal)
                   || compound.EndsWith("-based", StringComparison.Ordinal) || compound.EndsWith("-run", StringComparison.Ordinal))))) t--;
        return t >= _first && _cues.At(t, "preposition") >= 0
            || (t - 1 >= _first && _cues.At(t - 1, "preposition") == t);
    }

    /// <summary>The type of the trigger that starts at the token (at most one does), or null.</summary>
    private string? TypeAt(int first) => first >= _hitsFrom && first < _end ? _typeAt[first] : null;

    /// <summary>Whether a trigger read as a verb starts at the token.</summary>
    private bool VerbAt(int first)
    {
        foreach (var h in _hits) if (h.First == first && h.Trigger.IsVerb) return true;
        return false;
    }

    /// <summary>Whether a verb of saying (and "that") stands right before the token: "saying it", "said that they".</summary>
    private bool SpeechBefore(int t)
    {
        int k = Word(t - 1) == "that" ? t - 2 : t - 1;
        if (k < _first) return false;
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "speech" && l == k) return true;
        // "said in a statement last month that it ...": a phrase of where or when between the verb and "that".
        if (Word(t - 1) == "that")
            for (int j = k - 1; j >= _first && j >= k - 8 && Word(j + 1) is not ("," or "and") && _triggerAt[j + 1] == 0; j--)
                foreach (var (f, l, cue) in _cues.Hits)
                    if (cue.Class == "speech" && l == j && Word(j + 1) is "in" or "on" or "last" or "late" or "earlier" or "yesterday" or "today") return true;
        return false;
    }

    /// <summary>The actor the sentence opens with, before any verb ("Saraya Awliya al-Dam claimed ...",
    /// "On Monday, the group said ..."), when it is of the pronoun's kind; null otherwise.</summary>
    private string? MainSubject(int before, bool person)
    {
        // "Police moved in: the interior ministry said it had detained 50 men", "..., and the ministry said it had": the
        // speaker is the subject of the clause the verb of saying stands in, after a colon, a semicolon or ", and".
        int start = _first;
        for (int t = before - 1; t > _first; t--)
            // ("The PMF said the base had been hit, while the coalition said it had carried out no strikes": so after ", while".)
            if (Word(t) is ":" or ";" || (Word(t) is "and" or "but" or "while" or "whereas" && Word(t - 1) == ",")) { start = t + 1; break; }
        for (int t = start; t < before && t < start + 12; t++)
        {
            int m = _index.Actor[t];
            // "In Baghdad, the Foreign Ministry said ...": a name after a preposition is no subject.
            if (m >= 0 && GovernedByPreposition(_index.ActorFirst[m])) { t = _index.ActorLast[m]; continue; }
            if (m >= 0)
            {
                if (TitledPerson(m) is var titled && titled >= 0) m = titled;
                var id = _doc.Mentions[m].EntityId!;
                var kind = _stage.Kb[id]?.Kind ?? (_doc.Unlinked.TryGetValue(id, out var u) ? u.Kind : null);
                return kind != "media" && (kind == "person") == person ? id : null;
            }
            if (_triggerAt[t] != 0 || TypeAt(t) is not null || _cues.At(t, "speech") >= 0 || _cues.At(t, "claim") >= 0) return null;
        }
        return null;
    }

    private string? Resolve(int t, bool person) =>
        Coreference.Resolve(_doc, _stage.Kb, _doc.Tokens[t].Start, _sentence, person);

    /// <summary>Whom the possessive at <paramref name="t"/> before a noun of an act done to someone stands for; not the one who
    /// announces it: "Prime Minister X announced his arrest" tells of someone else's.</summary>
    private string? ResolveUndergone(int t)
    {
        bool person = Word(t) != "their";
        var found = Resolve(t, person);
        if (found is null || _cues.At(t - 1, "speech") < 0) return found;
        // (The announcer is the one named last before the verb.)
        for (int k = t - 2; k >= _first && k >= t - 6; k--)
            if (_index.Actor[k] >= 0)
                return _doc.Mentions[_index.Actor[k]].EntityId == found
                    ? Coreference.Resolve(_doc, _stage.Kb, _doc.Tokens[t].Start, _sentence, person, skip: found) : found;
        return found;
    }

    /// <summary>The count of the strike's object ("more than 85 targets", "three of the group's facilities",
    /// "40 convoys", "11 times"), with its qualifier and the noun's token.</summary>
    private bool CountedObject(int last, out int count, out string? qualifier, out int noun, string nouns = "counted")
    {
        count = 0;
        qualifier = null;
        noun = -1;
        int end = Math.Min(_end, last + 8);
        for (int t = last + 1; t < end; t++)
        {
            if (t > last + 1 && TypeAt(t) is not null) return false;
            int from = t;
            if (_cues.ValueAt(t, "qualifier", out int ql) is not null) t = ql + 1;
            if (t >= _end || _index.Time[t] >= 0 || Cardinal(t) is not { } n || n <= 1) continue;
            int k = t + 1;
            if (Word(k) == "of")
            {
                // "three of the group's facilities"
                k++;
                while (k < _end && k <= t + 6 && (Word(k) is "the" or "its" or "their" or "'s" or "’s" or "group" or "faction" or "militia" or "movement"
                       || _index.Actor[k] >= 0 || _doc.Tokens[k].Is(TokenFlags.Capitalized))) k++;
            }
            while (k < _end && k <= t + 6 && (_index.Actor[k] >= 0 || _cues.At(k, "mode") >= 0 || WordIs(k, WordClass.SiteQualifier)
                   || (nouns != "counted" && _doc.Tokens[k].Is(TokenFlags.Capitalized) && _cues.At(k, nouns) < 0))) k++;
            // One plain word may qualify the noun: "two pumping stations", "five oil facilities".
            if (_cues.At(k, nouns) < 0 && k + 1 < _end && _doc.Tokens[k].Kind == TokenKind.Word && !_doc.Tokens[k].Is(TokenFlags.Capitalized)
                && TypeAt(k) is null && Cardinal(k) is null && _cues.At(k + 1, nouns) >= 0 && Word(k) is not ("of" or "and" or "or" or "the"))
                k++;
            // A plural: "14 banks", not "14 bank accounts' worth".
            if (_cues.At(k, nouns) < 0 || !Word(k).EndsWith('s'))
                return false;
            count = n;
            qualifier = from < t ? _cues.ValueAt(from, "qualifier", out _) : "exact";
            noun = k;
            return true;
        }
        return false;
    }

    /// <summary>Whether "in retaliation for", "in revenge for", "in response to" or "to avenge" stands between
    /// the two tokens.</summary>
    private bool AnsweredBetween(int last, int t)
    {
        for (int k = last + 2; k < t; k++)
            if (AnswerLink(k) || Word(k) == "avenge") return true;
        return false;
    }

    /// <summary>Whether the token is the "for" of "in retaliation for", "in revenge for", "in reprisal for" or the
    /// "to" of "in response to", "in reply to": what follows is the act answered.</summary>
    /// <remarks>A closing quote may stand before the "to" and one word between "in" and its noun: 'were "in direct response"
    /// to attacks on ...'.</remarks>
    private bool AnswerLink(int k) => AnswerNoun(k) >= 0;

    /// <summary>Whether the token at <paramref name="k"/> is the "of" after a noun of cue class remembered ("the second
    /// anniversary of the killing of X", "the commemoration of"): the act after it is an earlier one, remembered on the day told.</summary>
    private bool Remembered(int k) => k > _first && Word(k) == "of" && _cues.At(k - 1, "remembered") >= 0;

    /// <summary>The noun of answer ("retaliation", "response") of the link at <paramref name="k"/>, or -1.</summary>
    private int AnswerNoun(int k)
    {
        if (Word(k) is not ("for" or "to")) return -1;
        int noun = k - 1;
        if (noun > _first && _doc.Tokens[noun].Kind == TokenKind.Quote) noun--;
        if (Word(k) == "for") return WordIs(noun, WordClass.ReprisalNoun) ? noun : -1;
        return Word(noun) is "response" or "reply" && AnswerIn(noun) >= 0 ? noun : -1;
    }

    /// <summary>The "in" that opens the phrase of the noun of answer at <paramref name="noun"/> ("in response", "in retaliation"),
    /// over one lower-case word that qualifies the noun ("in direct response", "in swift retaliation") and an opening quote; or -1.</summary>
    private int AnswerIn(int noun)
    {
        int t = noun - 1;
        if (t > _first && _doc.Tokens[t].Kind == TokenKind.Quote) t--;
        if (t > _first && _doc.Tokens[t].Kind == TokenKind.Word && !_doc.Tokens[t].Is(TokenFlags.Capitalized)
            && Word(t) is not ("in" or "the" or "a" or "an" or "its" or "his" or "her" or "their" or "our" or "my" or "your")) t--;
        if (t > _first && _doc.Tokens[t].Kind == TokenKind.Quote) t--;
        return Word(t) == "in" ? t : -1;
    }

    /// <summary>Whether only an article, a count or its words ("a dozen", "more than 300", "over a barrage of") stand between a
    /// verb ending at <paramref name="verb"/> and the noun at <paramref name="noun"/>.</summary>
    private bool CountedBetween(int verb, int noun)
    {
        for (int k = verb + 1; k < noun; k++)
            if (!(Word(k) is "a" or "an" or "dozen" or "dozens" or "more" or "than" or "over" or "some" or "about" or "of" || Cardinal(k) is not null)) return false;
        return true;
    }

    /// <summary>The first token of the verb trigger whose object is the noun at <paramref name="first"/> over no more than an
    /// article or a count ("fired a dozen ballistic missiles"), or -1.</summary>
    private int FiringVerb(int first)
    {
        foreach (var h in _hits)
            if (h.Trigger.IsVerb && h.Last < first && first - h.Last <= 5 && CountedBetween(h.Last, first)) return h.First;
        return -1;
    }

    /// <summary>"... after a US strike that killed X": a relative clause right after an event noun
    /// tells the same act; the noun's first token, else <paramref name="first"/>.</summary>
    private int Antecedent(int first)
    {
        if (Word(first - 1) is "that" or "which")
            foreach (var h in _hits)
                if (h.Last == first - 2) return h.First;
        return first;
    }

    /// <summary>The word that introduces the noun phrase of a trigger ("since" in "since the assassination
    /// of", "after" in "three days after a US strike"), over determiners, names, weapons and unnamed attackers
    /// ("four days after militants fired missiles").</summary>
    private string Introducer(int first) => Introducer(first, out _);

    private string Introducer(int first, out int at)
    {
        // (Asked of a trigger's token by its gates, its time and the anchors: read once a sentence.)
        if (first < _hitsFrom || first >= _end) return IntroducerOf(first, out at);
        int kept = _introducerAt[first];
        if (kept != 0)
        {
            at = kept - 2;
            return Word(at);
        }
        var word = IntroducerOf(first, out at);
        _introducerAt[first] = at + 2;
        return word;
    }

    private string IntroducerOf(int first, out int at)
    {
        int t = first - 1;
        for (int steps = 0; t >= _first && steps < 4; t--, steps++)
        {
            // "after militants carried out a drone attack": over the light verb that gives the noun its actor.
            if (LightEndingAt(t) is var light && light >= 0) { t = light; continue; }
            // "after Washington launched a wave of air raids": over the noun of a salvo and its "of" to the verb that fired it ("after
            // a barrage of rockets hit the airport" is dated with its verb, which reads the salvo as its subject).
            if (Word(t) == "of" && t - 2 > _first && WordIs(t - 1, WordClass.SalvoNoun) && Word(t - 2) is "a" or "an"
                && (LightEndingAt(t - 3) >= 0 || _triggerAt[t - 3] != 0)) { t--; steps--; continue; }
            // ("after the United States launched ...": a name of several words is one step.)
            if (_index.Actor[t] >= 0) { t = _index.ActorFirst[_index.Actor[t]]; continue; }
            // ("After last week's missile strike, ...": over a time that owns the act, with its "'s".)
            if (Word(t) is "'s" or "\u2019s" && t - 1 >= _first && _index.Time[t - 1] is var time && time >= 0)
            {
                for (t--; t - 1 >= _first && _index.Time[t - 1] == time; t--) { }
                continue;
            }
            // ("Following the March attack, ...", "after the Saqr explosion": over a time or a capitalized name right after "the"
            // that tells which act it was.)
            if (_index.Time[t] is var span && (span >= 0 || (_doc.Tokens[t].Kind == TokenKind.Word && _doc.Tokens[t].Is(TokenFlags.Capitalized))))
            {
                int from = t;
                while (span >= 0 && from - 1 >= _first && _index.Time[from - 1] == span) from--;
                if (from - 1 > _first && Word(from - 1) == "the") { t = from; continue; }
            }
            if (!(Word(t) is "a" or "an" or "the" or "its" or "their" or "his" or "her" || _cues.At(t, "mode") >= 0
                  || _cues.At(t, "demonym") >= 0 || _index.Place[t] >= 0 || _cues.At(t, "assailant") >= 0
                  // "a day after troops and police opened fire": over the "and" of two such words.
                  || (Word(t) == "and" && t > _first && _cues.At(t - 1, "assailant") >= 0)))
                break;
        }
        at = t;
        return Word(t);
    }

    /// <summary>The first token of a light verb ("launched", "carried out") whose last token is <paramref name="t"/>, or -1.</summary>
    private int LightEndingAt(int t) => _cues.EndingAt(t, "light");

    /// <summary>The place with the places coordinated with it, in text order ("in Iraq and Syria",
    /// "in Babel, Anbar, and inside Syria"): one event told of several areas, whose location is the
    /// list; a place that is an actor's name there ("Iraq and the United States agreed") ends the list.</summary>
    private List<int> Coordinated(int p)
    {
        int head = p;
        while (Coordination(Previous(head), head) is var q && q >= 0) head = q;
        // A place alone, as most are: one list, not a list of the head and then another of it.
        if (head == p && Next(head) is var second && (second < 0 || Coordination(p, second) < 0)) return [p];
        var list = new List<int> { head };
        for (int next = Next(head); next >= 0 && Coordination(list[^1], next) >= 0; next = Next(next)) list.Add(next);
        return list.Contains(p) && list.Count > 1 ? list : [p];
    }

    private int Previous(int p)
    {
        for (int t = _index.PlaceFirst[p] - 1; t >= _first && t >= _index.PlaceFirst[p] - 4; t--)
            if (_index.Place[t] >= 0) return _index.Place[t];
        return -1;
    }

    private int Next(int p)
    {
        for (int t = _index.PlaceLast[p] + 1; t < _end && t <= _index.PlaceLast[p] + 4; t++)
            if (_index.Place[t] >= 0) return _index.Place[t];
        return -1;
    }

    /// <summary><paramref name="a"/> when "and" or "or" (with a comma, and "in"/"inside" after them) joins it
    /// to <paramref name="b"/>, or a bare comma that a list continues ("Babel, Anbar and Syria"), else -1.
    /// A comma before a place that holds the other qualifies it ("Amerli, in Salah ad-Din").</summary>
    private int Coordination(int a, int b)
    {
        if (a < 0 || b < 0 || a == b) return -1;
        var gaz = _stage.Gazetteer;
        string idA = _doc.Places[a].PlaceId, idB = _doc.Places[b].PlaceId;
        if (idA == idB) return -1;
        if (gaz[idA] is { } pa && gaz[idB] is { } pb && (gaz.AncestorsOf(pa).Contains(idB) || gaz.AncestorsOf(pb).Contains(idA))) return -1;
        int bFirst = _index.PlaceFirst[b];
        // "the road between Sinune and Khanasor" is one stretch, no list of places.
        if (Word(LeadIn(_index.PlaceFirst[a])) == "between") return -1;
        // A name that is also an actor is no place of the list ("in Baghdad and Tehran said"), unless both are countries
        // ("attacks in Iraq, Syria and Jordan").
        if (_index.Actor[bFirst] >= 0 && !Outspans(b) && !(gaz[idA] is { Kind: "country" } && gaz[idB] is { Kind: "country" })) return -1;
        bool conjunction = false, comma = false;
        for (int t = _index.PlaceLast[a] + 1; t < bFirst; t++)
        {
            var w = Word(t);
            if (w is "and" or "or") conjunction = true;
            else if (w == "," && !conjunction) comma = true;
            // "in Iraq, Syria and now Jordan", "in Baghdad and also in Basra".
            else if (!(conjunction && (w is "in" or "inside" or "now" or "also" or "even" or "later" || WordIs(t, WordClass.Direction)))) return -1;
        }
        if (conjunction) return a;
        return comma && _index.PlaceLast[a] + 2 == bFirst && Coordination(b, Next(b)) >= 0 ? a : -1;
    }

    /// <summary>The first token of the place with a direction before it ("western Iraq").</summary>
    private int Lead(int p) => WordIs(_index.PlaceFirst[p] - 1, WordClass.Direction) ? _index.PlaceFirst[p] - 1 : _index.PlaceFirst[p];

    /// <summary>Only attacks split over a list of sites.</summary>
    private bool Splits(int first)
    {
        foreach (var h in _hits) if (h.First == first) return h.Trigger.Type == "ASSAULT";
        return false;
    }

    /// <summary>A place that is also an actor's name ("Washington said", "Iraq and the United States
    /// agreed") is the actor there, no location; a country counts only after "in", "across", "inside".</summary>
    private bool UsablePlace(int p)
    {
        int first = _index.PlaceFirst[p];
        // "in western Iraq", "across northern Syria", "in the occupied Golan Heights": a direction or the article
        // between the preposition and the name.
        int lead = LeadIn(first);
        bool locative = Word(lead) is "in" or "across" or "inside" or "throughout" or "into" or "near" or "at" or "over";
        if (_index.Actor[first] >= 0 && !Outspans(p) && !Whereabouts(_index.Actor[first], p) && !LocalForce(_index.Actor[first], p)
            && !(lead < first - 1 && locative)) return false;
        if (TakenTo(first) || SpeakerPlace(p)) return false;
        // "killing Soleimani", "the operation they call Martyr Soleimani": a bare name that is also a person's (a surname
        // the knowledge base knows, here read before or without the full name) is the person, unless a word of place
        // governs it ("in Sulaimani").
        if (_index.Actor[first] < 0 && !WordIs(lead, WordClass.PlacePreposition) && PersonNamed(p)) return false;
        // "The US embassy in Baghdad condemned the attack on Erbil": a site that speaks (an embassy, a consulate) is
        // the speaker there, not where what it speaks of happened.
        // ("Protesters outside the US embassy said ..." name where they were.)
        if (_index.Actor[first] >= 0 && _cues.At(lead, "preposition") < 0 && Speaks(_index.PlaceLast[p])) return false;
        if (_doc.Places[p].Precision < 3) return true;
        return locative;
    }

    /// <summary>Whether the place's words, as written, are a name of a person in the knowledge base.</summary>
    private bool PersonNamed(int p) => PlaceNames(p) is { Kind: "person" };

    /// <summary>The actor a place mention's words name in the knowledge base, as written ("Soleimani", "Ankara"), or null.</summary>
    private Knowledge.Actors.Actor? PlaceNames(int p) => StoryScratch.ActorNamed(_stage.Kb, _doc.Text.AsSpan(_doc.Places[p].Start, _doc.Places[p].Length));

    /// <summary>Whether a verb of saying or a statement's trigger follows the token ("... condemned", "... also said").</summary>
    private bool Speaks(int last)
    {
        int k = last + 1;
        while (k < _end && k <= last + 3 && Word(k) is "has" or "have" or "had" or "also" or "later" or "again" or "swiftly" or "quickly") k++;
        if (k >= _end) return false;
        return _cues.At(k, "speech") >= 0 || (TypeAt(k) is { } type && !EventLexicon.IsMaterial(type));
    }

    /// <summary>Whether the place only says where the source of the report is: an official or a source in a capital that
    /// stands for its government ("a military official in Baghdad told the site that ...") speaks for the state, of
    /// anywhere in it; sources in other places ("local officials in Bashiqa said", "a police source in Basra said")
    /// speak of their own place.</summary>
    private bool SpeakerPlace(int p)
    {
        int lead = Lead(p);
        return Word(lead - 1) == "in" && _cues.At(lead - 2, "source") >= 0
            && Word(lead - 3) is not ("local" or "Local") && _cues.At(_index.PlaceLast[p] + 1, "speech") >= 0
            && PlaceNames(p) is { Kind: "government" };
    }

    /// <summary>The token before a place's name over a word of direction and the article ("in the northern
    /// Golan Heights", "in eastern Syria", "across the Kurdistan Region"): the word that governs the name.</summary>
    private int LeadIn(int first)
    {
        int before = first - 1;
        if (WordIs(before, WordClass.Direction) || Word(before) == "occupied") before--;
        // ("in the Syrian Hasakah": a country's adjective before the place is led in over too.)
        else if (_cues.At(before, "demonym") >= 0 && Word(before - 1) == "the") before--;
        if (Word(before) == "the") before--;
        // "in Iraq's Anbar province", "Syria's Deir ez-Zor province": a place after the possessive of the place that holds
        // it is led in as that place is.
        if (_index.Place[first] is var p && p >= 0 && Owner(p, before) is var owner && owner >= 0) return LeadIn(_index.PlaceFirst[owner]);
        return before;
    }

    /// <summary>The place whose possessive, ending at <paramref name="before"/>, leads in the place <paramref name="p"/> and holds
    /// it ("Iraq" in "Iraq's Anbar province", "Syria's Hasakah province"), or -1.</summary>
    private int Owner(int p, int before) =>
        Word(before) is "'s" or "’s" && before - 1 >= _first && _index.Place[before - 1] is var owner && owner >= 0
        && _stage.Gazetteer[_doc.Places[p].PlaceId] is { } inner && Holds(_doc.Places[owner].PlaceId, inner) ? owner : -1;

    /// <summary>Whether the place <paramref name="outer"/> holds <paramref name="inner"/>, or its city's name stands for the province
    /// that does ("Kirkuk's Daquq district", "Baghdad's Karrada district": the city and its province are one name).</summary>
    private bool Holds(string outer, Places.Place inner)
    {
        var gaz = _stage.Gazetteer;
        var ancestors = gaz.AncestorsOf(inner);
        if (ancestors.Contains(outer)) return true;
        if (gaz[outer] is not { Kind: "city" } city) return false;
        foreach (var id in gaz.AncestorsOf(city))
            if (gaz[id] is { Kind: "governorate" } province) return ancestors.Contains(id) && province.Name.StartsWith(city.Name, StringComparison.Ordinal);
        return false;
    }

    /// <summary>The place named right before <paramref name="p"/>, over the possessive of the place that holds it ("the Khor Mor
    /// field in Iraq's Kurdistan region": the field), or -1.</summary>
    private int BeforeOwner(int p) => OwnerOf(p) is var owner && owner >= 0 ? Previous(owner) : Previous(p);

    /// <summary>The place whose possessive leads in the place <paramref name="p"/> and holds it, over a word of direction
    /// ("Iraq" in "Iraq's western Anbar"), or -1.</summary>
    private int OwnerOf(int p)
    {
        int before = _index.PlaceFirst[p] - 1;
        if (WordIs(before, WordClass.Direction)) before--;
        return Owner(p, before);
    }

    /// <summary>"seven guards were wounded and transferred to the Ibn Sina hospital": in a sentence that tells a
    /// toll, a place right after a word of taking the wounded (cue class taken-to) is where they were treated.</summary>
    private bool TakenTo(int first)
    {
        // Over "the" and the capitalized words of the hospital's name ("the Ibn Sina hospital").
        int before = first - 1;
        for (int steps = 0; steps < 3 && before > _first && (Word(before) is "the" or "a" || _doc.Tokens[before].Is(TokenFlags.Capitalized)); steps++) before--;
        if (!TellsToll()) return false;
        foreach (var (f, l, cue) in _cues.Hits)
            if (cue.Class == "taken-to" && l == before) return true;
        // "flown to coalition medical facilities in Iraq", "transferred to a military hospital at Balad": the place of
        // the facility they were taken to.
        if (Word(first - 1) is "in" or "at")
            foreach (var (f, l, cue) in _cues.Hits)
                if (cue.Class == "taken-to" && l < first - 1 && l >= first - 6 && NoPunctuationBetween(l, first - 1)) return true;
        return false;
    }

    private bool NoPunctuationBetween(int from, int to)
    {
        for (int t = from + 1; t < to; t++) if (_doc.Tokens[t].Kind != TokenKind.Word) return false;
        return true;
    }

    /// <summary>Whether the token, or the word before a closing quote there, is a noun of what an attack aims at
    /// (cue class aimed: "target", "sites", "positions").</summary>
    private bool AimedNoun(int t)
    {
        if (_doc.Tokens[t].Kind == TokenKind.Quote) t--;
        return _cues.At(t, "aimed") >= 0;
    }

    /// <summary>Whether the knowledge base has two actors opposed, either way round or through an umbrella or body
    /// the second belongs to.</summary>
    private bool Opposed(string state, string actor)
    {
        var kb = _stage.Kb;
        if (kb[state] is not { } s || kb[actor] is not { } a) return false;
        if (a.OpposedTo.Contains(s.Id) || s.OpposedTo.Contains(a.Id)) return true;
        for (int i = 0; i < a.MemberOf.Count; i++) if (s.OpposedTo.Contains(a.MemberOf[i].Id)) return true;
        for (int i = 0; i < a.PartOf.Count; i++) if (s.OpposedTo.Contains(a.PartOf[i].Id)) return true;
        return false;
    }

    /// <summary>Whether the sentence has a cue of killing or wounding: asked on every place checked, so it is
    /// found once per sentence.</summary>
    private bool TellsToll()
    {
        if (_tellsToll is null)
        {
            _tellsToll = false;
            foreach (var (f, l, cue) in _cues.Hits)
                if (cue.Class is "killed" or "injured") { _tellsToll = true; break; }
        }
        return _tellsToll.Value;
    }

    private bool? _tellsToll;

    /// <summary>"Diwaniyah police", "Basra police": a state force whose name opens with a place of its own
    /// country acts there (not "the Quds Force", whose name holds a foreign city's, nor "US troops", whose
    /// name opens with its whole country).</summary>
    private bool LocalForce(int mention, int p) =>
        _index.ActorFirst[mention] == _index.PlaceFirst[p] && _doc.Places[p].Precision < 3 && _stage.Kb[_doc.Mentions[mention].EntityId!] is { Kind: "state_force" } force
        && _stage.Gazetteer?[_doc.Places[p].PlaceId] is { } place && place.Country == force.Country;

    /// <summary>"US forces in Iraq" names a body and where it is, when the body's own name does not hold
    /// the place ("the Islamic Resistance in Iraq" is a name).</summary>
    private bool Whereabouts(int mention, int p)
    {
        int first = _index.PlaceFirst[p];
        if (_index.ActorFirst[mention] >= first || Word(first - 1) != "in") return false;
        var name = _doc.Mentions[mention].EntityId is { } id ? _stage.Kb[id]?.Name : null;
        var place = _doc.Text.AsSpan(_doc.Places[p].Start, _doc.Places[p].Length);
        return name is not null && !name.AsSpan().Contains(place, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The mode cue nearest the trigger in its clause; two different modes in a summary make it unspecified.</summary>
    private string? ModeNear(int first, int last, int clauseStart, int clauseEnd, bool aggregate, bool outside = false)
    {
        string? best = null, firstSeen = null, previous = null, subject = null;
        bool several = false, joined = false, aircraftBefore = false, bestBomb = false;
        int bestDistance = int.MaxValue, bestLength = -1, previousLast = -10;
        foreach (var (f, l, cue) in _cues.Hits)
        {
            if (cue.Class != "mode" || f < clauseStart || l > clauseEnd) continue;
            // "shot down two drones": the defenders' own word says nothing of how the attack was made.
            if (outside && f <= last && l >= first) continue;
            // "struck drone storage sites", "hit rocket launchers": a weapon that names what was hit is no way of hitting it.
            if (f > last && WeaponListSite(l + 1)) continue;
            // "A US strike killed two fighters who had fired rockets", "Rockets struck Taji, two days after a US strike":
            // a weapon told with another attack is that attack's.
            if (!outside && NearerOtherAttack(first, last, f, l)) continue;
            firstSeen ??= cue.Value;
            several |= firstSeen != cue.Value && !AirKin(firstSeen, cue.Value);
            // "by missiles and drones", "with rockets or drones": weapons of two kinds told as one say no one mode.
            // ("Turkish jets and drones": a state's drones strike from the air too; its actor makes them airstrikes.)
            joined |= previous is not null && previous != cue.Value && !AirKin(previous, cue.Value) && f - previousLast is >= 2 and <= 3
                && Word(f - 1) is "and" or "or" or "," or "and/or";
            previous = cue.Value;
            previousLast = l;
            int distance = f > last ? f - last : first - l;
            if (f >= first && l <= last) distance = 0;
            // "Gunmen fired three rockets at the Green Zone": the shooter before the trigger yields to a weapon named near after it.
            else if (l < first && _cues.At(f, "shooter") >= 0) distance += 4;
            // "a booby-trapped drone": the longer phrase says more than its first word.
            if (distance < bestDistance || (distance == bestDistance && l - f > bestLength)) { best = cue.Value; bestDistance = distance; bestLength = l - f; bestBomb = Word(l) is "bomb" or "bombs"; }
            aircraftBefore |= cue.Value == "airstrike" && l < first;
            if (l == first - 1) subject = cue.Value;
        }
        if (joined) return "unspecified";
        // "US warplanes struck two facilities, hours after the group's fighters fired ballistic missiles": the weapon right
        // before the trigger is its own, whatever else the summary's clause tells.
        if (aggregate && several) return subject ?? "unspecified";
        // "F-15E jets dropped seven guided bombs on the buildings": bombs that aircraft drop make an airstrike.
        if (best == "ied" && bestBomb && aircraftBefore) return "airstrike";
        return best;
    }

    /// <summary>Whether two modes are drone and airstrike, which a state's attack tells as one (airstrike).</summary>
    private static bool AirKin(string a, string b) => (a, b) is ("drone", "airstrike") or ("airstrike", "drone");

    /// <summary>Whether the weapons from <paramref name="t"/> on (", missile and drone") end in a word that makes them the kind
    /// of a place, a group or a means ("rocket, missile and drone capabilities").</summary>
    private bool WeaponListSite(int t)
    {
        while (t < _end)
        {
            if (Word(t) is "," or "and" or "or") t++;
            else if (_cues.At(t, "mode") is var l && l >= 0) t = l + 1;
            else break;
        }
        return WeaponSite(t);
    }

    /// <summary>Whether the word at <paramref name="t"/> makes the weapon before it the kind of a place or a group ("drone storage
    /// sites", "rocket launchers", "a missile depot", "drone teams"): cue class weapon-site.</summary>
    private bool WeaponSite(int t) => t < _end && _cues.At(t, "weapon-site") >= 0;

    /// <summary>Whether the mode cue <paramref name="f"/>..<paramref name="l"/> lies in another attack phrase that names its own
    /// weapon ("fired rockets", "a drone attack") in another clause than the trigger: "a US strike killed two fighters who had
    /// fired rockets", "a drone attack on Erbil that was claimed by X, and US aircraft hit three sites". (Tolls and interceptions
    /// tell the same attack; "a rocket attack hit the base" is one clause, one attack.)</summary>
    private bool NearerOtherAttack(int first, int last, int f, int l)
    {
        if (f >= first && l <= last) return false;
        foreach (var h in _hits)
        {
            // A phrase of two words or more: a bare "missiles" is the weapon itself, no other attack.
            if (h.First == first || h.Last == h.First || h.Trigger.Type != "ASSAULT" || h.Trigger.Mode is null || h.Trigger.Is(TriggerFlags.Toll)
                || h.Trigger.Is(TriggerFlags.Intercept) || f < h.First || l > h.Last) continue;
            int from = Math.Min(h.Last, last) + 1, to = Math.Max(h.First, first) - 1;
            // A relative clause between; not "said the reports were false and that no attack took place", one attack.
            for (int t = from; t <= to; t++)
                if (Word(t) is "who" or "which" || (Word(t) == "that" && Word(t - 1) != "and" && _cues.At(t - 1, "speech") < 0)) return true;
        }
        return false;
    }

    /// <summary>Words of a part of the day, or of its early or late end, that lead into a time ("at dawn on", "late on
    /// Tuesday", "on the night of"): one list for <see cref="TimeLead"/> and <see cref="TimeAside"/>.</summary>
    private static bool PartOfDay(string word) =>
        word is "night" or "morning" or "evening" or "dawn" or "afternoon" or "noon" or "midnight" or "late" or "early";

    /// <summary>Whether a time expression opens here ("on Thursday", "at noon yesterday", "yesterday").</summary>
    private bool TimeAside(int t)
    {
        for (int k = t; k < _end && k <= t + 2; k++)
        {
            if (_index.Time[k] >= 0) return true;
            if (Word(k) is not ("at" or "on" or "in") && !PartOfDay(Word(k))) return false;
        }
        return false;
    }

    private bool IsPerson(string id) => KindOf(id) == "person";

    /// <summary>Whether <paramref name="actor"/> is a state's forces or government (an attack of its with a drone is an air strike).</summary>
    private bool StateActor(string? actor) =>
        actor is not null && (_stage.Kb[actor]?.Kind is "state_force" or "government" || _lex.Forces.Values.Contains(actor));

    /// <summary>The country most of the story's places lie in (<see cref="Places.Gazetteer.StoryCountry"/>), kept for the
    /// story (<see cref="StoryScratch.StoryCountry"/>): the step asks it of many drafts, and each asking went over every place
    /// and mention of the story.</summary>
    private Places.Place? StoryCountry() => _stage.Gazetteer is { } gazetteer ? _scratch.StoryCountry(gazetteer, _doc) : null;

    /// <summary>The kind of an actor id: from the knowledge base, or from the story's unlinked actors (persons).</summary>
    private string? KindOf(string id) => _stage.Kb[id]?.Kind ?? (_doc.Unlinked.TryGetValue(id, out var u) ? u.Kind : null);

    /// <summary>Whether the actor is a crowd of the collectives: protesters or activists.</summary>
    private static bool Crowd(string id) => id is "protesters" or "activists";
}
