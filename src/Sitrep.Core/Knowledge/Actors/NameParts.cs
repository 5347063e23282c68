using Sitrep.Core.Documents;

namespace Sitrep.Core.Knowledge.Actors;

/// <summary>One part of a name-bearing word: a word, or one side of a hyphen, with its folded key id.</summary>
/// <param name="KeyId">Id of the folded key; -1 when no name has this part; <see cref="Break"/> for punctuation.</param>
public readonly record struct NamePart(int Start, int Length, int Token, int KeyId, bool Capitalized, int Sentence)
{
    public const int Break = -2;
    public int End => Start + Length;
}

/// <summary>
/// Cuts tokens into name parts, the unit the actor matcher works on: hyphenated words give one part
/// per side (so "Abdul-Malik" meets "Abdul Malik"); the Arabic article (al-, ash-, a lone "Al") is
/// no part; the possessive 's and quotes are skipped; other punctuation is a break no name spans.
/// </summary>
public static class NameParts
{
    /// <summary>Looks up the key id of a folded part; -1 when unknown.</summary>
    public delegate int KeyLookup(ReadOnlySpan<char> key);

    public static void Scan(string text, Token[] tokens, Sentence[] sentences, KeyLookup keyOf, List<NamePart> into)
    {
        var folded = new FoldedParts();
        folded.Fold(text, tokens, sentences);
        folded.Resolve(keyOf, into);
    }

    [ThreadStatic] private static FoldedParts? _last;

    /// <summary>The folded parts of a document, shared by the tries that read it one after the other
    /// (the gazetteer's, then the actor matcher's): folding is the costly half of a part and does not
    /// depend on the trie, only the key id does. One per thread, refilled for the next document, so
    /// nothing is allocated per document once the buffers have grown.</summary>
    /// <remarks>Valid until the next call on the thread for another document. It holds on to the last
    /// document's text and tokens (to know them again by reference) until then.</remarks>
    public static FoldedParts Of(Document doc)
    {
        var folded = _last ??= new FoldedParts();
        if (!folded.IsFor(doc.Text, doc.Tokens, doc.Sentences)) folded.Fold(doc.Text, doc.Tokens, doc.Sentences);
        return folded;
    }
}

/// <summary>
/// A text cut into name parts with each part's folded key, before any trie gives the keys ids:
/// <see cref="Resolve"/> turns them into <see cref="NamePart"/>s with one trie's ids.
/// </summary>
public sealed class FoldedParts
{
    private readonly List<NamePart> _parts = [];
    // The folded key of part i is _keys[_keyStart[i] .. _keyStart[i] + _keyLength[i]]; length 0: no key.
    private char[] _keys = new char[256];
    private int[] _keyStart = new int[64];
    private int[] _keyLength = new int[64];
    private int _keyChars;
    private string? _text;
    private Token[]? _tokens;
    private Sentence[]? _sentences;

    /// <summary>Whether these are the parts of exactly this text, tokens and sentences (the same objects).</summary>
    public bool IsFor(string text, Token[] tokens, Sentence[] sentences) =>
        ReferenceEquals(text, _text) && ReferenceEquals(tokens, _tokens) && ReferenceEquals(sentences, _sentences);

    /// <summary>Adds the parts of one trie's view: the same parts, each key given its id (-1 when unknown).</summary>
    public void Resolve(NameParts.KeyLookup keyOf, List<NamePart> into)
    {
        for (int i = 0; i < _parts.Count; i++)
        {
            var part = _parts[i];
            if (part.KeyId == NamePart.Break) { into.Add(part); continue; }
            int n = _keyLength[i];
            into.Add(part with { KeyId = n == 0 ? -1 : keyOf(_keys.AsSpan(_keyStart[i], n)) });
        }
    }

    internal void Fold(string text, Token[] tokens, Sentence[] sentences)
    {
        _parts.Clear();
        _keyChars = 0;
        _text = text;
        _tokens = tokens;
        _sentences = sentences;
        Span<char> key = stackalloc char[NameFolder.MaxKey + 1];
        int sentence = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            var tok = tokens[t];
            while (sentence + 1 < sentences.Length && tok.Start >= sentences[sentence].End) sentence++;
            var span = text.AsSpan(tok.Start, tok.Length);
            switch (tok.Kind)
            {
                case TokenKind.Quote:
                    continue;
                case TokenKind.Word when span.Length == 2 && span[0] == '\'' && span[1] is 's' or 'S':
                    continue;
                case TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation:
                    break;
                default:
                    Add(new NamePart(tok.Start, tok.Length, t, NamePart.Break, false, sentence), []);
                    continue;
            }
            // "Al Sudani": the article written apart, before another word.
            if (NameFolder.IsStandaloneArticle(span) && t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.Word
                && tokens[t + 1].Is(TokenFlags.Capitalized))
                continue;
            int segStart = 0;
            for (int i = 0; i <= span.Length; i++)
            {
                if (i < span.Length && span[i] != '-') continue;
                var seg = span[segStart..i];
                bool last = i == span.Length;
                if (seg.Length > 0 && !(NameFolder.IsArticle(seg) && !last))
                {
                    int n = NameFolder.Fold(seg, key);
                    bool capital = char.IsUpper(seg[0]);
                    Add(new NamePart(tok.Start + segStart, seg.Length, t, -1, capital, sentence), key[..n]);
                }
                segStart = i + 1;
            }
        }
    }

    private void Add(NamePart part, ReadOnlySpan<char> key)
    {
        int i = _parts.Count;
        if (i == _keyStart.Length)
        {
            Array.Resize(ref _keyStart, i * 2);
            Array.Resize(ref _keyLength, i * 2);
        }
        if (_keyChars + key.Length > _keys.Length) Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keyChars + key.Length));
        key.CopyTo(_keys.AsSpan(_keyChars));
        _keyStart[i] = _keyChars;
        _keyLength[i] = key.Length;
        _keyChars += key.Length;
        _parts.Add(part);
    }
}
