namespace Sitrep.Core.Text;

/// <summary>
/// The (first letter, last letter, length up to 15) shapes of a set of words, ASCII case folded, as bits: a
/// word whose shape none of them has equals none of them ignoring case, which is told without hashing it.
/// A word that begins or ends outside ASCII may always be one (case folding is not followed there); so may
/// every word when one of the set does.
/// </summary>
internal sealed class WordShapes
{
    private const int Lengths = 16;
    // 32 x 32 x 16 bits (2 KB, so the filters of a stage stay in the first-level cache): a letter's low five
    // bits after folding (letters are told apart; other characters share slots with them, which only lets more through).
    private readonly ulong[] _bits = new ulong[32 * 32 * Lengths / 64];
    private readonly bool _all;

    public WordShapes(IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            int shape = Shape(w);
            if (shape < 0) _all = true;
            else _bits[shape >> 6] |= 1UL << (shape & 63);
        }
    }

    /// <summary>False when the word is surely none of the set; true when it may be one.</summary>
    public bool MayHave(ReadOnlySpan<char> word)
    {
        int shape = Shape(word);
        return shape < 0 || _all || (_bits[shape >> 6] & (1UL << (shape & 63))) != 0;
    }

    private static int Shape(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsAscii(word[0]) || !char.IsAscii(word[^1])) return -1;
        return (((Fold(word[0]) & 31) * 32) + (Fold(word[^1]) & 31)) * Lengths + Math.Min(word.Length, Lengths - 1);
    }

    private static int Fold(char c) => c is >= 'A' and <= 'Z' ? c + 32 : c;
}
