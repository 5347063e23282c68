using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>
/// Word sequences compiled for lookup at a token: a dictionary from the first word (any case) to the
/// phrases that start with it, longest first. Matching compares token text in place, so it allocates
/// nothing and never backtracks.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string[] Words, T Value)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseMatcher() => _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();

    // The first words' (first letter, last letter, length up to 15), ASCII case folded, as bits: a word whose
    // triple no phrase has starts none, which says so without hashing it (most words of a text).
    private const int LengthSlots = 16;
    // Each letter by its low five bits after folding (2 KB of bits, which stay in the first-level cache).
    // A first word that begins or ends outside ASCII has no slot: a word like it is never turned away here.
    private readonly ulong[] _shapes = new ulong[32 * 32 * LengthSlots / 64];
    // The first words' hashes, ASCII case folded, as bits: a word in ASCII whose bit is clear is none of
    // them (most words the shapes let through).
    private const int HashBits = 1 << 14;   // 2 KB
    private readonly ulong[] _hashes = new ulong[HashBits / 64];
    // Whether a first word has a character outside ASCII ("chargé"). Such words are kept out of the hash bits
    // instead of turning the filter off for every word: OrdinalIgnoreCase never takes a character outside ASCII
    // for one inside it, so only a word outside ASCII can be one of them.
    private bool _beyondAscii;

    public int Count { get; private set; }

    /// <summary>Adds a phrase: words separated by spaces ("open fire", "claimed responsibility").</summary>
    public void Add(string phrase, T value)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return;
        if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = [];
        if (Shape(words[0]) is var shape && shape >= 0) _shapes[shape >> 6] |= 1UL << (shape & 63);
        if (FoldedHash(words[0]) is var hash && hash >= 0) _hashes[hash >> 6] |= 1UL << (hash & 63);
        else _beyondAscii = true;
        int at = 0;
        while (at < list.Count && list[at].Words.Length >= words.Length) at++;
        list.Insert(at, (words, value));
        Count++;
    }

    /// <summary>Adds the phrases that start at token <paramref name="first"/> to <paramref name="into"/>,
    /// longest first, without allocating.</summary>
    public void AllAt(Document doc, int first, int limit, List<(T Value, int Last)> into)
    {
        if (!_lookup.TryGetValue(doc.TokenText(first), out var list)) return;
        foreach (var (words, value) in list)
            if (Matches(doc, first, limit, words)) into.Add((value, first + words.Length - 1));
    }

    /// <summary>The phrases that start with this word, longest first, or null: one look-up for the
    /// test and the match, where <see cref="Starts"/> then <see cref="AllAt"/> take two.</summary>
    internal List<(string[] Words, T Value)>? StartingWith(ReadOnlySpan<char> word) =>
        _lookup.TryGetValue(word, out var list) ? list : null;

    /// <summary>False when no phrase starts with this word, told without a look-up for most words; true
    /// when one may (then <see cref="StartingWith"/> says).</summary>
    public bool MayStart(ReadOnlySpan<char> word)
    {
        int shape = Shape(word);
        if (shape >= 0 && (_shapes[shape >> 6] & (1UL << (shape & 63))) == 0) return false;
        int hash = FoldedHash(word);
        if (hash < 0) return _beyondAscii;
        return (_hashes[hash >> 6] & (1UL << (hash & 63))) != 0;
    }

    /// <summary>A hash of the word with ASCII letters in lower case (words equal ignoring case share it), in
    /// [0, <see cref="HashBits"/>); -1 for a word with a character outside ASCII.</summary>
    private static int FoldedHash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word)
        {
            if (c > 127) return -1;
            h = (h ^ (uint)Fold(c)) * 16777619;
        }
        return (int)((h ^ (h >> 16)) & (HashBits - 1));
    }

    /// <summary>The word's (first letter, last letter, length) slot, ASCII letters in lower case; -1 for an
    /// empty word or one that begins or ends outside ASCII. Words equal ignoring case share their slot.</summary>
    private static int Shape(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsAscii(word[0]) || !char.IsAscii(word[^1])) return -1;
        return (((Fold(word[0]) & 31) * 32) + (Fold(word[^1]) & 31)) * LengthSlots + Math.Min(word.Length, LengthSlots - 1);
    }

    private static int Fold(char c) => c is >= 'A' and <= 'Z' ? c + 32 : c;

    /// <summary>Whether any phrase starts with this word (a cheap first test).</summary>
    public bool Starts(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>Whether the phrase's words stand at <paramref name="first"/> (its first word known to match), before <paramref name="limit"/>.</summary>
    internal static bool Matches(Document doc, int first, int limit, string[] words)
    {
        if (first + words.Length > limit) return false;
        for (int k = 1; k < words.Length; k++)
            if (!doc.TokenText(first + k).Equals(words[k], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
