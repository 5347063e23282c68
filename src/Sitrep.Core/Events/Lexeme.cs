namespace Sitrep.Core.Events;

/// <summary>What the event lexicon knows of a word, in any case: its lower-case form (as <see cref="WordCache"/>
/// gives it), the trigger and cue phrases that start with it, and the number it writes ("24", "three").</summary>
/// <remarks>A story looks each token up once (<see cref="StoryScratch.Lexeme"/>): finding triggers, finding cues
/// and reading words each took a case-blind hash of the token before.</remarks>
internal sealed class Lexeme(string lower, List<(string[] Words, Trigger Value)>? triggers, List<(string[] Words, Cue Value)>? cues, int? cardinal)
{
    public string Lower { get; } = lower;
    /// <summary>The trigger phrases that start with the word, longest first, or null.</summary>
    public List<(string[] Words, Trigger Value)>? Triggers { get; } = triggers;
    /// <summary><see cref="Triggers"/> as the trigger finder matches them: by the story's lower-case words (<see cref="TriggerPhrase"/>).</summary>
    public TriggerPhrase[]? TriggerPhrases { get; } = triggers?.ConvertAll(p => new TriggerPhrase(p.Words, p.Value)).ToArray();
    /// <summary>The cue phrases that start with the word, longest first, or null.</summary>
    public List<(string[] Words, Cue Value)>? Cues { get; } = cues;
    /// <summary><see cref="Numbers.Cardinal"/> of the word.</summary>
    public int? Cardinal { get; } = cardinal;
    /// <summary>The word classes of <c>cues.tsv</c> the word is in (<see cref="EventLexicon.WordClasses"/>).</summary>
    public WordClass Classes { get; } = ClassesOf(cues);
    /// <summary>The phrases of <see cref="Cues"/> a sentence's cue reader looks for (all but the word classes and the
    /// one-word cues of <see cref="EventLexicon.WordCueClasses"/>, which are asked of the word alone), in the same order;
    /// null when the word starts none.</summary>
    /// <remarks>"the" starts 32 cue phrases and "a" 15: the reader went through all of them at every such token, the
    /// word classes too, and compared the next token with each phrase's second word (a ninth of the events step).</remarks>
    public CuePhrase[]? SentencePhrases { get; } = SentencePhrasesOf(cues);
    /// <summary>The bits (<see cref="WordCueBits"/>) of the classes of <see cref="EventLexicon.WordCueClasses"/> that have
    /// the word as a one-word cue: "of" has preposition's.</summary>
    public ulong WordCues { get; } = WordCuesOf(cues);
    /// <summary>A bit (<see cref="SentenceCues.ClassBit"/>) for the class of each phrase of <see cref="Cues"/>: a class
    /// whose bit is clear starts no phrase at the word, which is told without going through the phrases.</summary>
    public ulong CueClassBits { get; } = ClassBitsOf(cues, oneWord: false);
    /// <summary>As <see cref="CueClassBits"/>, for the one-word phrases only.</summary>
    public ulong OneWordClassBits { get; } = ClassBitsOf(cues, oneWord: true);

    private static WordClass ClassesOf(List<(string[] Words, Cue Value)>? cues)
    {
        var classes = WordClass.None;
        if (cues is not null)
            foreach (var (words, cue) in cues)
                if (words.Length == 1) classes |= cue.Word;
        return classes;
    }

    private static CuePhrase[]? SentencePhrasesOf(List<(string[] Words, Cue Value)>? cues)
    {
        if (cues is null) return null;
        var phrases = new List<CuePhrase>(cues.Count);
        foreach (var (words, cue) in cues)
            if (!cue.WordOnly && !(words.Length == 1 && WordCueBits.Of(cue.Class) != 0)) phrases.Add(new CuePhrase(words, cue));
        return phrases.Count == 0 ? null : [.. phrases];
    }

    private static ulong WordCuesOf(List<(string[] Words, Cue Value)>? cues)
    {
        ulong bits = 0;
        if (cues is not null)
            foreach (var (words, cue) in cues)
                if (words.Length == 1) bits |= WordCueBits.Of(cue.Class);
        return bits;
    }

    /// <summary>The first (or, with <paramref name="last"/>, the last) of the word's one-word cues of the class, in the
    /// order of <see cref="Cues"/>: the one a sentence's hits would have given first (or last) at the word.</summary>
    public Cue OneWordCue(string cls, bool last)
    {
        Cue found = default;
        foreach (var (words, cue) in Cues!)
            if (words.Length == 1 && cue.Class == cls)
            {
                if (!last) return cue;
                found = cue;
            }
        return found;
    }

    private static ulong ClassBitsOf(List<(string[] Words, Cue Value)>? cues, bool oneWord)
    {
        ulong bits = 0;
        if (cues is not null)
            foreach (var (words, cue) in cues)
                if (!oneWord || words.Length == 1) bits |= SentenceCues.ClassBit(cue.Class);
        return bits;
    }
}

/// <summary>A cue phrase as a sentence's cue reader matches it: its words as interned lower-case strings
/// (<see cref="WordCache.Interned"/>), which the story's lower-case words (<see cref="StoryScratch.Words"/>, interned the
/// same way) match by reference, without reading characters; and the length of its second word (0 for a phrase of one
/// word) for a reader without the story's words: a phrase whose second word is not as long as the next token cannot match
/// there (a case-blind comparison of two words of different lengths is false), and is passed over unread.</summary>
internal readonly struct CuePhrase(string[] words, Cue cue)
{
    public string[] Words { get; } = words;
    public Cue Cue { get; } = cue;
    public int SecondLength { get; } = words.Length > 1 ? words[1].Length : 0;
    /// <summary>The words' interned lower-case strings; null when the cache could not keep one of them (it is full), and
    /// the phrase is matched by its text.</summary>
    public string[]? Lowers { get; } = LowersOf(words);

    /// <summary>The words' interned lower-case strings; null when the cache could not keep one of them.</summary>
    internal static string[]? LowersOf(string[] words)
    {
        var lowers = new string[words.Length];
        for (int k = 0; k < words.Length; k++)
            if ((lowers[k] = WordCache.Interned(words[k])!) is null) return null;
        return lowers;
    }

    /// <summary>Whether the phrase's words (its first known to match) stand at <paramref name="first"/>, before
    /// <paramref name="limit"/>, in the story's lower-case words.</summary>
    public bool MatchesLower(string?[] lower, int first, int limit) => MatchesLower(Lowers!, lower, first, limit);

    /// <summary>Whether the interned words <paramref name="lowers"/> (the first known to match) stand at <paramref name="first"/>,
    /// before <paramref name="limit"/>, in the story's lower-case words: one reference compared a word.</summary>
    internal static bool MatchesLower(string[] lowers, string?[] lower, int first, int limit)
    {
        if (first + lowers.Length > limit) return false;
        for (int k = 1; k < lowers.Length; k++)
            if (!ReferenceEquals(lower[first + k], lowers[k])) return false;
        return true;
    }
}

/// <summary>A trigger phrase as the trigger finder matches it: its words as interned lower-case strings, which the story's
/// lower-case words match by reference (as a <see cref="CuePhrase"/>'s do), where a case-blind comparison of each next token's
/// text with the phrase's word was the hottest spot of the finder.</summary>
internal readonly struct TriggerPhrase(string[] words, Trigger trigger)
{
    public string[] Words { get; } = words;
    public Trigger Trigger { get; } = trigger;
    /// <summary>The words' interned lower-case strings; null when the cache could not keep one of them (it is full), and
    /// the phrase is matched by its text.</summary>
    public string[]? Lowers { get; } = CuePhrase.LowersOf(words);

    /// <summary>Whether the phrase's words (its first known to match) stand at <paramref name="first"/>, before
    /// <paramref name="limit"/>: by the story's lower-case words <paramref name="lower"/>, or by the text when the phrase's
    /// words are not all interned.</summary>
    public bool MatchesAt(Documents.Document doc, string?[] lower, int first, int limit) =>
        Lowers is { } lowers ? CuePhrase.MatchesLower(lowers, lower, first, limit) : PhraseMatcher<Trigger>.Matches(doc, first, limit, Words);
}
