using Sitrep.Core.Documents;

namespace Sitrep.Core.Text;

/// <summary>Says what a word is to one stage, as bits (at most 31): which of its word sets hold it.</summary>
public delegate int WordClassifier(ReadOnlySpan<char> word);

/// <summary>
/// What one stage's word sets say of each word, kept by word id (<see cref="Token.Word"/>): a word is classified once
/// (its text looked up in the sets, by the stage's <see cref="WordClassifier"/>), and every later token of it reads an
/// array instead of hashing its text into each set. A token with no id (punctuation, or any word once the ids are spent) is
/// classified each time, but for one ASCII character (a comma, a stop, a dash), whose facts are kept by the character.
/// Thread-safe: readers take no lock; an answer stored under a lock into a grown array may be lost to a concurrent growth,
/// and is then only asked again.
/// </summary>
public sealed class WordFacts(WordClassifier classify)
{
    private const int Known = 1 << 31;

    // The facts of each word id with the Known bit; 0: not asked yet.
    private int[] _facts = [];
    private readonly Lock _grow = new();

    // The facts of each one-character ASCII text with no id, by its character, with the Known bit; 0: not asked yet. The
    // passes that read every token (the names step's references, the times step's words) meet a punctuation token about
    // one token in six, and each had it run through every word set of the stage anew.
    private readonly int[] _single = new int[128];

    /// <summary>The facts of a token's word (<paramref name="text"/>: its text).</summary>
    public int Of(Token token, ReadOnlySpan<char> text)
    {
        int id = token.Word;
        var facts = Volatile.Read(ref _facts);
        int stored = (uint)id < (uint)facts.Length ? facts[id] : 0;
        if (stored != 0) return stored & ~Known;
        if (id < 0 && text.Length == 1 && text[0] < 128) return Single(text);
        return Ask(id, text);
    }

    private int Single(ReadOnlySpan<char> text)
    {
        ref int slot = ref _single[text[0]];
        int stored = Volatile.Read(ref slot);
        if (stored != 0) return stored & ~Known;
        int facts = classify(text) & ~Known;
        Volatile.Write(ref slot, facts | Known);
        return facts;
    }

    private int Ask(int id, ReadOnlySpan<char> text)
    {
        int facts = classify(text) & ~Known;
        if (id < 0) return facts;
        lock (_grow)
        {
            var all = _facts;
            if (id >= all.Length)
            {
                Array.Resize(ref all, Math.Max(id + 1, Math.Min(2 * all.Length + 1024, WordIds.MaxWords)));
                Volatile.Write(ref _facts, all);
            }
            all[id] = facts | Known;
        }
        return facts;
    }
}
