using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>Buffers the sentence readers of one story share in turn, so a sentence allocates none of its
/// own: the story's word layer (the lexicon's entry and lower-case word of each token, looked up once when
/// the story starts), the trigger marks and clause bounds (set for each sentence), the cue finder and the right scan.</summary>
internal sealed class StoryScratch(int tokens)
{
    /// <summary>Per token of the story: what the event lexicon knows of its word (<see cref="For"/> fills it).</summary>
    public Lexeme?[] Lexemes { get; } = new Lexeme?[tokens];
    /// <summary>Per token of the story: its lexeme's lower-case word (<see cref="For"/> fills it).</summary>
    public string?[] Words { get; } = new string?[tokens];
    /// <summary>Per token of the story: its lexeme's word classes (<see cref="Events.Lexeme.Classes"/>, <see cref="For"/> fills
    /// it), read without going to the lexeme.</summary>
    public WordClass[] Classes { get; } = new WordClass[tokens];
    /// <summary>Per token of the story: <see cref="HasTriggers"/> and <see cref="HasCues"/> of its lexeme (<see cref="For"/>
    /// fills it), so the trigger finder and the cue reader go to the lexeme only of a word that starts a phrase.</summary>
    public byte[] Marks { get; } = new byte[tokens];
    /// <summary>Marks of a token's word: it starts a trigger phrase; a cue phrase; a phrase the cue reader looks for
    /// (<see cref="Events.Lexeme.SentencePhrases"/>: "of" starts cue phrases, but only one-word ones, which are bits).</summary>
    public const byte HasTriggers = 1, HasCues = 2, HasSentencePhrases = 4;
    /// <summary>Per token of the story: its lexeme's one-word cue classes (<see cref="Events.Lexeme.WordCues"/>, <see cref="For"/>
    /// fills it), which the cue reader reads without going to the lexeme.</summary>
    public ulong[] WordCues { get; } = new ulong[tokens];
    public byte[] TriggerAt { get; } = new byte[tokens];
    /// <summary>Per token of the story (set only inside the sentence being read): the type of the trigger that starts there, or null.</summary>
    public string?[] TypeAt { get; } = new string?[tokens];
    /// <summary>Per token of the story: <c>EventStage.PreferNoun</c>'s answer for the words from it to a last token, kept
    /// as <c>2 * last + 1</c>, plus 1 for a noun (0: not asked): the trigger finder (<c>Better</c>), the reader's
    /// constructor and several rules ask it again of the same trigger, and the answer reads only the story's words.</summary>
    private readonly int[] _nouns = new int[tokens];

    /// <summary>The answer <see cref="KeepNoun"/> kept for the words from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public bool KnownNoun(int first, int last, out bool noun)
    {
        int kept = _nouns[first] - 1;
        noun = (kept & 1) != 0;
        return kept >= 0 && kept >> 1 == last;
    }

    public bool KeepNoun(int first, int last, bool noun)
    {
        _nouns[first] = 2 * last + 1 + (noun ? 1 : 0);
        return noun;
    }
    public int[] ClauseEnd { get; } = new int[tokens + 1];
    /// <summary>Per token of the story (cleared for the sentence being read): <c>SentenceReader.Introducer</c>'s answer for a
    /// trigger's first token, kept as its token plus 2 (0: not asked). The gates, the time and the anchors ask it again of
    /// the same token, and the answer reads only the sentence's words, cues and marks.</summary>
    public int[] IntroducerAt { get; } = new int[tokens];
    /// <summary>The tokens of the sentence being read where a clause may start after (<c>SentenceReader.ClauseStart</c>).</summary>
    public List<int> Breaks { get; } = [];

    /// <summary>The places after a trigger that the reader's <c>Places</c> weighs, refilled at each call (only the first can
    /// outlive it, copied into the list returned).</summary>
    public List<int> PlacesAfter { get; } = [];
    public SentenceCues Cues { get; } = new();
    public List<(Cue, int)> CueBuffer { get; } = [];
    public SentenceReader.RightScan Scan { get; } = new();
    /// <summary>The subjects, actors and targets of the trigger being framed.</summary>
    public List<string> Subjects { get; } = [];
    public List<string> Actors { get; } = [];
    public List<string> Targets { get; } = [];
    /// <summary>The triggers of the sentence being read.</summary>
    public List<(Trigger Trigger, int First, int Last)> Hits { get; } = [];
    /// <summary>The drafts of the sentence being read, before they join the story's.</summary>
    public List<Draft> Drafts { get; } = [];
    /// <summary>Revised tolls of the story read with no attack near them, which the merger gives to the attack they revise.</summary>
    public List<Draft> Tolls { get; } = [];
    /// <summary>The drafts of the story read so far, which the merger takes (<see cref="For"/> empties it, so a story's list
    /// grows once for the thread, not once a story).</summary>
    public List<Draft> StoryDrafts { get; } = [];
    /// <summary>The trigger finder's phrases matched at a token, emptied at each token.</summary>
    public List<(Trigger, int)> Candidates { get; } = [];
    /// <summary>The story's index (<see cref="StoryIndex"/>), filled in the arrays of the last story this scratch served.</summary>
    public StoryIndex IndexFor(Document doc) => _index = StoryIndex.For(doc, _index);
    private StoryIndex? _index;

    /// <summary>What the lexicon knows of the token's word, from the story's word layer (a token's word is the
    /// same whichever sentence asks; the look-up behind <c>??=</c> only serves a token <see cref="For"/> did not fill).</summary>
    public Lexeme Lexeme(Document doc, EventLexicon lex, int token) => Lexemes[token] ??= lex.LexemeOf(doc.TokenText(token));

    /// <summary>The token's lower-case word (its lexeme's, as <see cref="WordCache"/> gives it), kept for the story.</summary>
    public string Lower(Document doc, EventLexicon lex, int token) => Words[token] ??= Lexeme(doc, lex, token).Lower;

    /// <summary>Whether the token is a word of one of the classes (<c>cues.tsv</c>'s word classes).</summary>
    public bool WordIs(Document doc, EventLexicon lex, int token, WordClass classes) =>
        token >= 0 && token < doc.Tokens.Length && (Classes[token] & classes) != 0;

    /// <summary>Whether a one-word cue of the class stands at the token: for a class of <see cref="EventLexicon.WordCueClasses"/>
    /// ("preposition", "person", ...), the word's bit of it (<see cref="WordCues"/>); else asked of the token's lexeme, whose
    /// class bits turn most words away before their phrases are read.</summary>
    public bool CueAt(Document doc, EventLexicon lex, int token, string cls)
    {
        if (token < 0 || token >= doc.Tokens.Length) return false;
        // (The bit is set exactly for a word with a one-word cue of the class: the loop below would find the same.)
        if (SentenceCues.WordBit(cls) is var bit && bit != 0) return (WordCues[token] & bit) != 0;
        if ((Marks[token] & HasCues) == 0 || Lexeme(doc, lex, token) is not { Cues: { } phrases } lexeme
            || (lexeme.OneWordClassBits & SentenceCues.ClassBit(cls)) == 0) return false;
        foreach (var (words, cue) in phrases)
            if (words.Length == 1 && cue.Class == cls) return true;
        return false;
    }

    /// <summary>Whether a cue phrase of the class ("heart attack" covers "attack"), found through the tokens' lexemes,
    /// that starts up to <paramref name="back"/> tokens before the token covers it (and, with <paramref name="through"/>,
    /// reaches that token too).</summary>
    public bool CueCovers(Document doc, EventLexicon lex, int token, string cls, int back, int through = -1)
    {
        ulong bit = SentenceCues.ClassBit(cls);
        for (int start = Math.Max(0, token - back); start <= token; start++)
        {
            if ((Marks[start] & HasCues) == 0 || Lexeme(doc, lex, start) is not { Cues: { } phrases } lexeme || (lexeme.CueClassBits & bit) == 0) continue;
            // Only a phrase of the class long enough to reach the token is matched.
            foreach (var (words, cue) in phrases)
                if (cue.Class == cls && start + words.Length - 1 >= Math.Max(token, through) && PhraseMatcher<Cue>.Matches(doc, start, doc.Tokens.Length, words)) return true;
        }
        return false;
    }

    [ThreadStatic] private static StoryScratch? _last;
    private const int MaxKeptTokens = 1 << 16;

    /// <summary>A scratch for the story, its word layer filled: the thread's last one when it is large enough
    /// (a thread reads one story at a time).</summary>
    /// <remarks>Every token's lexeme is looked up here, once: nearly every token is asked for (the trigger
    /// finder, the cue reader and the rules' <c>Word</c> between them ask for 93% of a story's tokens, 20-odd
    /// times a word), and a filled layer needs no test per read nor the trigger and cue filters in front of
    /// the look-up. A token with a word id reads its word's entry from the lexicon's table by id (<see cref="LexemeTable"/>,
    /// filled once per word for the process); only punctuation and words past the ids' cap are looked up by their text
    /// (<see cref="SeenWords"/>).</remarks>
    public static StoryScratch For(Document doc, EventLexicon lex)
    {
        int tokens = doc.Tokens.Length;
        var scratch = _last;
        if (scratch is null || scratch.Lexemes.Length < tokens)
        {
            scratch = new StoryScratch(Math.Max(tokens, 1024));
            if (tokens <= MaxKeptTokens) _last = scratch;
        }
        var seen = _seen;
        if (seen is null || seen.Lexicon != lex) _seen = seen = new SeenWords(lex);
        var byId = lex.ById;
        var all = doc.Tokens;
        for (int t = 0; t < tokens; t++)
        {
            // A word, number or abbreviation has an id (the tokenizer's); punctuation and a word past the ids' cap do not.
            int id = all[t].Word;
            ref readonly var entry = ref id >= 0 ? ref byId.Of(id, doc.TokenText(t)) : ref seen.Of(doc.TokenText(t));
            scratch.Lexemes[t] = entry.Lexeme;
            scratch.Words[t] = entry.Lower;
            scratch.Classes[t] = entry.Classes;
            scratch.Marks[t] = entry.Marks;
            scratch.WordCues[t] = entry.WordCues;
        }
        Array.Clear(scratch._nouns, 0, tokens);
        scratch.Tolls.Clear();
        scratch.StoryDrafts.Clear();
        scratch._countryOf = null;
        scratch.CoalitionStory = null;
        return scratch;
    }

    /// <summary>The country most of the story's places lie in (<see cref="Places.Gazetteer.StoryCountry"/>), found the first
    /// time a sentence asks and kept for the story (the events step adds no place or mention).</summary>
    public Places.Place? StoryCountry(Places.Gazetteer gazetteer, Document doc)
    {
        if (!ReferenceEquals(_countryOf, doc)) (_countryOf, _country) = (doc, gazetteer.StoryCountry(doc));
        return _country;
    }

    private Document? _countryOf;
    private Places.Place? _country;

    /// <summary>The sentence reader's answer for the story (<c>SentenceReader.CoalitionStory</c>: the coalition named more often
    /// than US forces), or null until a sentence asks; <see cref="For"/> forgets it.</summary>
    public bool? CoalitionStory { get; set; }

    /// <summary>The actor the words, as written, name in the knowledge base (<c>ActorKb.Find</c>), or null, from the
    /// thread's table of names asked before: the look-up copies the name out and splits it, and the same place names
    /// come back story after story.</summary>
    public static Knowledge.Actors.Actor? ActorNamed(Knowledge.Actors.ActorKb kb, ReadOnlySpan<char> written)
    {
        var names = _actorNames;
        if (names is null || names.Kb != kb) _actorNames = names = new ActorNames(kb);
        if (names.Lookup.TryGetValue(written, out var actor)) return actor;
        var name = written.ToString();
        actor = kb.Find(name);
        if (names.Map.Count >= 4096) names.Map.Clear();
        names.Map[name] = actor;
        return actor;
    }

    [ThreadStatic] private static ActorNames? _actorNames;

    private sealed class ActorNames
    {
        public ActorNames(Knowledge.Actors.ActorKb kb)
        {
            Kb = kb;
            Lookup = Map.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Knowledge.Actors.ActorKb Kb { get; }
        public Dictionary<string, Knowledge.Actors.Actor?> Map { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Knowledge.Actors.Actor?>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }

    /// <summary>The thread's table of words seen, kept apart from the scratch (a story too long for the thread's scratch
    /// still uses it).</summary>
    [ThreadStatic] private static SeenWords? _seen;

    /// <summary>The thread's word entries by the exact text of a token that has no word id (punctuation, a word past the
    /// ids' cap): an open-addressed table with a plain hash of the characters, asked before the lexicon's case-blind
    /// concurrent map.</summary>
    /// <remarks>The map's bucket, node, key and lexeme lie apart in memory; here a probe reads a small array of hashes, then
    /// one entry, then the key's characters. Few texts come here (punctuation marks), so the table stays small and
    /// cached. A text the table has not seen is looked up in the lexicon, so each token gets the lexeme it got before.</remarks>
    private sealed class SeenWords(EventLexicon lexicon)
    {
        /// <summary>Slots at the start and at most: the table doubles when half full, so it stays as small as the
        /// thread's vocabulary (a large table costs cache), and is emptied when the largest is half full.</summary>
        private const int FirstSize = 1 << 12, MaxSize = 1 << 16;
        public EventLexicon Lexicon { get; } = lexicon;
        /// <summary>Per slot: the hash of its word with the low bit set, or 0 for an empty slot.</summary>
        private uint[] _hashes = new uint[FirstSize];
        private Entry[] _entries = new Entry[FirstSize];
        private int _count;

        private struct Entry
        {
            public string Key;
            public WordEntry Word;
        }

        public ref readonly WordEntry Of(ReadOnlySpan<char> word)
        {
            uint hash = 2166136261;
            foreach (char c in word) hash = (hash ^ c) * 16777619;
            hash |= 1;
            var hashes = _hashes;
            int mask = hashes.Length - 1;
            int i = (int)(hash >> 1) & mask;
            for (uint h; (h = hashes[i]) != 0; i = (i + 1) & mask)
            {
                if (h != hash) continue;
                ref var e = ref _entries[i];
                if (word.SequenceEqual(e.Key)) return ref e.Word;
            }
            var lexeme = Lexicon.LexemeOf(word);
            if (_count >= hashes.Length / 2)
            {
                Grow();
                mask = _hashes.Length - 1;
                i = (int)(hash >> 1) & mask;
                while (_hashes[i] != 0) i = (i + 1) & mask;
            }
            _hashes[i] = hash;
            _entries[i] = new Entry { Key = word.ToString(), Word = WordEntry.Of(lexeme) };
            _count++;
            return ref _entries[i].Word;
        }

        private void Grow()
        {
            var (hashes, entries) = (_hashes, _entries);
            if (hashes.Length >= MaxSize)
            {
                // Full at the largest size: forget every word and start again (the lexicon still has them).
                Array.Clear(hashes);
                Array.Clear(entries);
                _count = 0;
                return;
            }
            _hashes = new uint[hashes.Length * 2];
            _entries = new Entry[hashes.Length * 2];
            int mask = _hashes.Length - 1;
            for (int k = 0; k < hashes.Length; k++)
            {
                if (hashes[k] == 0) continue;
                int i = (int)(hashes[k] >> 1) & mask;
                while (_hashes[i] != 0) i = (i + 1) & mask;
                _hashes[i] = hashes[k];
                _entries[i] = entries[k];
            }
        }
    }
}
