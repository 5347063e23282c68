using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>
/// Which token of a story lies in which actor, place or time mention: one array per layer, built
/// once per story, so the event stage asks "is token i part of a name?" in constant time.
/// </summary>
public sealed class StoryIndex
{
    public StoryIndex(Document doc)
    {
        int n = doc.Tokens.Length;
        Actor = new TokenLayer(n);
        Place = new TokenLayer(n);
        Time = new TokenLayer(n);
        Fill(doc);
    }

    /// <summary>The index of the story, in the arrays of the thread's last one when there is one (<paramref name="kept"/>):
    /// the three token layers were the largest part of the events step's allocation, made anew for every story.</summary>
    internal static StoryIndex For(Document doc, StoryIndex? kept)
    {
        if (kept is null) return new StoryIndex(doc);
        int n = doc.Tokens.Length;
        kept.Actor.Reset(n);
        kept.Place.Reset(n);
        kept.Time.Reset(n);
        kept.Fill(doc);
        return kept;
    }

    private void Fill(Document doc)
    {
        Doc = doc;
        ActorFirst = Room(ActorFirst, doc.Mentions.Count);
        ActorLast = Room(ActorLast, doc.Mentions.Count);
        for (int i = 0; i < doc.Mentions.Count; i++)
        {
            var m = doc.Mentions[i];
            bool party = m.Kind == MentionKind.Actor && m.EntityId is not null && !Backer(doc.Text, m.End);
            (ActorFirst[i], ActorLast[i]) = Mark(party ? Actor : null, m.Start, m.End, i);
        }
        PlaceFirst = Room(PlaceFirst, doc.Places.Count);
        PlaceLast = Room(PlaceLast, doc.Places.Count);
        for (int i = 0; i < doc.Places.Count; i++)
            (PlaceFirst[i], PlaceLast[i]) = Mark(Place, doc.Places[i].Start, doc.Places[i].Start + doc.Places[i].Length, i);
        for (int i = 0; i < doc.Times.Count; i++) Mark(Time, doc.Times[i].Start, doc.Times[i].End, i);
    }

    /// <summary>An array of at least <paramref name="count"/> cells: the one given when it is large enough (every cell
    /// read is written first: mention i's cells, for i below the count).</summary>
    private static int[] Room(int[]? cells, int count) => cells is not null && cells.Length >= count ? cells : new int[count];

    public Document Doc { get; private set; } = null!;

    private static readonly string[] BackerWords = ["backed", "aligned", "allied", "linked", "affiliated", "supported", "sponsored", "funded", "armed", "trained", "leaning", "loyal"];

    /// <summary>"Iran-backed militia", "Tehran-aligned factions": a name joined to a word of backing describes
    /// the body after it; it is no party to the sentence's acts (the relation stage reads the tie).</summary>
    private static bool Backer(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] is not ('-' or '‑')) return false;
        var rest = text.AsSpan(end + 1);
        foreach (var w in BackerWords)
            if (rest.StartsWith(w, StringComparison.OrdinalIgnoreCase) && (rest.Length == w.Length || !char.IsLetter(rest[w.Length]))) return true;
        return false;
    }

    /// <summary>Per token: index of the actor mention (in <see cref="Document.Mentions"/>) it lies in, or -1.</summary>
    public TokenLayer Actor { get; }
    /// <summary>Per token: index of the place mention (in <see cref="Document.Places"/>) it lies in, or -1.</summary>
    public TokenLayer Place { get; }
    /// <summary>Per token: index of the time mention (in <see cref="Document.Times"/>) it lies in, or -1.</summary>
    public TokenLayer Time { get; }

    public int[] ActorFirst { get; private set; } = null!;
    public int[] ActorLast { get; private set; } = null!;
    public int[] PlaceFirst { get; private set; } = null!;
    public int[] PlaceLast { get; private set; } = null!;

    public bool InName(int token) => Actor[token] >= 0 || Place[token] >= 0 || Time[token] >= 0;

    /// <summary>Marks the tokens of a span; returns its first and last token.</summary>
    private (int First, int Last) Mark(TokenLayer? layer, int start, int end, int value)
    {
        var tokens = Doc.Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= start) lo = mid + 1; else hi = mid;
        }
        int first = lo, last = lo - 1;
        for (int t = lo; t < tokens.Length && tokens[t].Start < end; t++)
        {
            if (layer is not null && layer[t] < 0) layer.Set(t, value);
            last = t;
        }
        return (first, Math.Max(first, last));
    }
}

/// <summary>One value per token of a story (the index of the mention a token lies in, or -1). A token before the first
/// or after the last reads -1: the rules look a token or two around the one they read, and a page may begin with a
/// comma or end without a full stop.</summary>
public sealed class TokenLayer
{
    private int[] _cells;
    private int _length;          // tokens of the story: the cells past it are a longer story's, kept for reuse

    internal TokenLayer(int tokens)
    {
        _cells = new int[tokens];
        _length = tokens;
        Array.Fill(_cells, -1);
    }

    /// <summary>Empties the layer for a story of <paramref name="tokens"/> tokens, in the same cells when there are enough.</summary>
    internal void Reset(int tokens)
    {
        if (_cells.Length < tokens) _cells = new int[tokens];
        _length = tokens;
        Array.Fill(_cells, -1, 0, tokens);
    }

    public int this[int token] => (uint)token < (uint)_length ? _cells[token] : -1;

    internal void Set(int token, int value) => _cells[token] = value;
}

/// <summary>The cue words of one sentence, found in one pass and kept in token order, with the index
/// of the first cue at each token, so "which cue starts here?" looks at that token's cues only.</summary>
/// <remarks>One object serves every sentence of a story in turn (<c>Read</c> refills it), so its
/// lists and arrays are allocated once per story, not once per sentence. The one-word cues of
/// <see cref="EventLexicon.WordCueClasses"/> ("of" a preposition, "the" a noun-before) are no hits: each token
/// keeps its word's bits of those classes (<see cref="Lexeme.WordCues"/>), which the look-ups read as well.</remarks>
public sealed class SentenceCues
{
    private readonly List<(int First, int Last, Cue Cue)> _hits = [];
    private int _first;
    private int _count;           // tokens of the sentence
    private int[] _at = [];       // per token of the sentence: index of its first hit, or -1
    private ulong _classes;       // a bit per class of the sentence's hits (ClassBit): a class whose bit is not set has no hit
    private ulong[] _words = [];  // per token of the sentence: its word's one-word cue classes (WordCueBits), 0 for a number
    private ulong _wordClasses;   // the union of _words: a class whose bit is not set has no one-word cue in the sentence
    private Document _doc = null!;
    private EventLexicon _lex = null!;
    private StoryScratch? _scratch;

    /// <summary>A bit for a cue class, from its length and three of its characters: equal classes have the same bit,
    /// so a class whose bit the sentence's hits did not set has no hit there, and the look-ups below stop at once.
    /// (Classes that share a bit only go on to the comparisons.)</summary>
    internal static ulong ClassBit(string cls) => 1UL << ClassIndex(cls);

    /// <summary>The index of <see cref="ClassBit"/>'s bit (0-63).</summary>
    private static int ClassIndex(string cls) => cls.Length < 2 ? 0 : (cls[0] + cls[1] * 5 + cls[^1] * 11 + cls.Length * 3) & 63;

    public SentenceCues() { }

    public SentenceCues(Document doc, EventLexicon lex, int first, int end, List<(Cue, int)> buffer) => Read(doc, lex, first, end, buffer);

    /// <summary>Finds the cues of the sentence of tokens [first, end), forgetting the previous sentence's.</summary>
    public void Read(Document doc, EventLexicon lex, int first, int end, List<(Cue, int)> buffer) => Read(doc, lex, first, end, buffer, null);

    /// <summary>As <see cref="Read(Document, EventLexicon, int, int, List{ValueTuple{Cue, int}})"/>, with the
    /// story's scratch, which looks up each token's word once for every step of the stage.</summary>
    internal void Read(Document doc, EventLexicon lex, int first, int end, StoryScratch scratch) => Read(doc, lex, first, end, scratch.CueBuffer, scratch);

    private void Read(Document doc, EventLexicon lex, int first, int end, List<(Cue, int)> buffer, StoryScratch? scratch)
    {
        (_doc, _lex, _scratch) = (doc, lex, scratch);
        _first = first;
        _count = end - first;
        if (_at.Length < _count)
        {
            _at = new int[Math.Max(_count, 2 * _at.Length)];
            _words = new ulong[_at.Length];
        }
        _hits.Clear();
        _classes = 0;
        _wordClasses = 0;
        for (int t = first; t < end; t++)
        {
            _at[t - first] = -1;
            _words[t - first] = 0;
            if (doc.Tokens[t].Kind is TokenKind.Number or TokenKind.Url) continue;
            var phrases = CuesOf(t, out ulong words);
            _words[t - first] = words;
            _wordClasses |= words;
            if (phrases is null) continue;
            _at[t - first] = _hits.Count;
            AddHits(doc, t, end, phrases);
            if (_hits.Count == _at[t - first]) _at[t - first] = -1;
        }
    }

    /// <summary>The phrases the token's word starts that the reader looks for (<see cref="Lexeme.SentencePhrases"/>) and
    /// its one-word cue classes (<see cref="Lexeme.WordCues"/>): from the story's word layer, which goes to the lexeme only
    /// for a word that starts such a phrase; without it, the cue phrases' filter spares most words a look-up.</summary>
    private CuePhrase[]? CuesOf(int t, out ulong words)
    {
        if (_scratch is not null)
        {
            words = _scratch.WordCues[t];
            return (_scratch.Marks[t] & StoryScratch.HasSentencePhrases) == 0 ? null : _scratch.Lexeme(_doc, _lex, t).SentencePhrases;
        }
        var word = _doc.TokenText(t);
        var lexeme = _lex.Cues.MayStart(word) ? _lex.LexemeOf(word) : null;
        words = lexeme?.WordCues ?? 0;
        return lexeme?.SentencePhrases;
    }

    /// <summary>The token's one-word cue of the class (one of <see cref="EventLexicon.WordCueClasses"/>, its bit set at the
    /// token): the first of its word's, or the last.</summary>
    private Cue OneWordCue(int t, string cls, bool last) =>
        (_scratch is not null ? _scratch.Lexeme(_doc, _lex, t) : _lex.LexemeOf(_doc.TokenText(t))).OneWordCue(cls, last);

    /// <summary>The class's bit in the words' cue classes (<see cref="WordCueBits.Of"/>: every class at its first slot or next to it).</summary>
    internal static ulong WordBit(string cls) => WordCueBits.Of(cls);

    /// <summary>Whether the token (of the sentence, as an index from its first) has a one-word cue of the class's bit.</summary>
    private bool WordHas(int i, ulong bit) => (_words[i] & bit) != 0;

    /// <summary>Adds the phrases (a lexeme's <see cref="Lexeme.SentencePhrases"/>) that match at the token, in their order
    /// (longest first); a phrase whose second word is not as long as the next token is passed over unread.</summary>
    private void AddHits(Document doc, int t, int end, CuePhrase[]? phrases)
    {
        if (phrases is null) return;
        // (The story's lower-case words are interned as the phrases' are: a phrase's words match them by reference.)
        var lower = _scratch?.Words;
        int next = t + 1 < end ? doc.Tokens[t + 1].Length : -1;
        foreach (ref readonly var phrase in phrases.AsSpan())
            if (lower is not null && phrase.Lowers is not null ? phrase.MatchesLower(lower, t, end)
                : (phrase.SecondLength == 0 || phrase.SecondLength == next) && PhraseMatcher<Cue>.Matches(doc, t, end, phrase.Words))
                Add(t, phrase.Words.Length, phrase.Cue);
    }

    private void Add(int t, int words, Cue cue)
    {
        _hits.Add((t, t + words - 1, cue));
        _classes |= ClassBit(cue.Class);
    }

    /// <summary>The cue hits in text order (a List, so a foreach over it allocates no enumerator), without the one-word
    /// cues of <see cref="EventLexicon.WordCueClasses"/>, which only the look-ups below see.</summary>
    public List<(int First, int Last, Cue Cue)> Hits => _hits;

    /// <summary>A cue of the class starting at the token: its last token, or -1.</summary>
    public int At(int token, string cls)
    {
        int i = token - _first;
        if (i < 0 || i >= _count) return -1;
        int best = -1;
        if (_at[i] >= 0 && (_classes & ClassBit(cls)) != 0)
            for (int k = _at[i]; k < _hits.Count && _hits[k].First == token; k++)
                if (_hits[k].Cue.Class == cls && _hits[k].Last > best) best = _hits[k].Last;
        // A phrase of several words reaches further than the word alone.
        if (best < 0 && _words[i] != 0 && WordHas(i, WordBit(cls))) best = token;
        return best;
    }

    /// <summary>A cue of the class ending at the token: its first token, or -1.</summary>
    public int EndingAt(int token, string cls)
    {
        if ((_classes & ClassBit(cls)) != 0)
            foreach (var (f, l, cue) in _hits)
                if (l == token && cue.Class == cls) return f;
        // (A one-word cue of a class kept as the words' bits starts where it ends.)
        int i = token - _first;
        return i >= 0 && i < _count && _words[i] != 0 && WordHas(i, WordBit(cls)) ? token : -1;
    }

    /// <summary>The value of a cue of the class starting at the token, longest first.</summary>
    public string? ValueAt(int token, string cls, out int last)
    {
        string? value = null;
        last = -1;
        int i = token - _first;
        if (i < 0 || i >= _count) return null;
        if (_at[i] >= 0 && (_classes & ClassBit(cls)) != 0)
            for (int k = _at[i]; k < _hits.Count && _hits[k].First == token; k++)
                if (_hits[k].Cue.Class == cls && _hits[k].Last > last) { last = _hits[k].Last; value = _hits[k].Cue.Value; }
        if (value is null && _words[i] != 0 && WordHas(i, WordBit(cls)))
        {
            last = token;
            value = OneWordCue(token, cls, last: false).Value;
        }
        return value;
    }

    /// <summary>Index of the first hit that starts at or after <paramref name="from"/> (the hits are in token order and
    /// <c>_at</c> holds each token's first), looking no further than <paramref name="to"/>; the hit count when none does.
    /// The hits before it start before <paramref name="from"/>, which no look-up of [from, to] takes.</summary>
    private int FirstHitFrom(int from, int to)
    {
        int i = Math.Max(0, from - _first), end = Math.Min(_count - 1, to - _first);
        for (; i <= end; i++)
            if (_at[i] >= 0) return _at[i];
        return _hits.Count;
    }

    /// <summary>Whether the sentence may have a cue of the class: false only when it has none, so a loop over
    /// <see cref="Hits"/> for that class alone can be skipped.</summary>
    public bool MayHave(string cls) => (_classes & ClassBit(cls)) != 0 || (_wordClasses & WordBit(cls)) != 0;

    /// <summary>Whether a cue of the class lies wholly inside [from, to].</summary>
    public bool Any(string cls, int from, int to) => First(cls, from, to) >= 0;

    /// <summary>Whether a cue of the class starts in [from, to], however far it reaches beyond ("sent the USS Abraham
    /// Lincoln carrier strike group": the object's head starts within reach).</summary>
    public bool StartsWithin(string cls, int from, int to) => FirstIn(cls, from, to, wholly: false) >= 0;

    /// <summary>The first token of the first cue of the class wholly inside [from, to], or -1.</summary>
    public int First(string cls, int from, int to) => FirstIn(cls, from, to, wholly: true);

    /// <summary>The first token of the first cue of the class that starts in [from, to] and, when <paramref name="wholly"/>,
    /// ends there too; -1 when none does.</summary>
    private int FirstIn(string cls, int from, int to, bool wholly)
    {
        int found = -1;
        if ((_classes & ClassBit(cls)) != 0)
            for (int k = FirstHitFrom(from, to); k < _hits.Count; k++)
            {
                var h = _hits[k];
                if (h.First > to) break;
                if (h.First >= from && (!wholly || h.Last <= to) && h.Cue.Class == cls) { found = h.First; break; }
            }
        // A one-word cue before the first hit comes first.
        ulong bit = WordBit(cls);
        if ((_wordClasses & bit) != 0)
            for (int t = Math.Max(from, _first), end = Math.Min(found >= 0 ? found - 1 : to, _first + _count - 1); t <= end; t++)
                if (WordHas(t - _first, bit)) return t;
        return found;
    }

    /// <summary>The cue of the class wholly inside [from, to] that ends nearest <paramref name="to"/>.</summary>
    public (int First, int Last, Cue Cue)? Last(string cls, int from, int to)
    {
        (int, int, Cue)? best = null;
        if ((_classes & ClassBit(cls)) != 0)
            for (int k = FirstHitFrom(from, to); k < _hits.Count; k++)
            {
                var h = _hits[k];
                if (h.First > to) break;
                if (h.First >= from && h.Last <= to && h.Cue.Class == cls && (best is null || h.Last >= best.Value.Item2)) best = h;
            }
        // A one-word cue ending where the best hit ends comes after it (it starts later), and wins as the hits' later one would.
        ulong bit = WordBit(cls);
        if ((_wordClasses & bit) != 0)
            for (int t = Math.Min(to, _first + _count - 1), end = Math.Max(from, best is { } b ? Math.Max(b.Item2, _first) : _first); t >= end; t--)
                if (WordHas(t - _first, bit)) return (t, t, OneWordCue(t, cls, last: true));
        return best;
    }
}
