using Sitrep.Core.Documents;

namespace Sitrep.Core.Text;

/// <summary>Says what a word is to one stage, as bits (at most 31): which of its word sets hold it.</summary>
public delegate int WordClassifier(ReadOnlySpan<char> word);

/// <summary>
/// What one stage's word sets say of each word, kept by word id (<see cref="Token.Word"/>): a word is classified once
/// (its text looked up in the sets, by the stage's <see cref="WordClassifier"/>), and every later token of it reads an
/// array instead of hashing its text into each set. A token with no id is classified each time. Thread-safe: readers
/// take no lock; an answer stored under a lock into a grown array may be lost to a concurrent growth, and is then only
/// asked again.
/// </summary>
public sealed class WordFacts(WordClassifier classify)
{
    private const int Known = 1 << 31;

    // The facts of each word id with the Known bit; 0: not asked yet.
    private int[] _facts = [];
    private readonly Lock _grow = new();

    /// <summary>The facts of a token's word (<paramref name="text"/>: its text).</summary>
    public int Of(Token token, ReadOnlySpan<char> text)
    {
        int id = token.Word;
        var facts = Volatile.Read(ref _facts);
        int stored = (uint)id < (uint)facts.Length ? facts[id] : 0;
        return stored != 0 ? stored & ~Known : Ask(id, text);
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
