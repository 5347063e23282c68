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
                    into.Add(new NamePart(tok.Start, tok.Length, t, NamePart.Break, false, sentence));
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
                    int id = n == 0 ? -1 : keyOf(key[..n]);
                    bool capital = char.IsUpper(seg[0]);
                    into.Add(new NamePart(tok.Start + segStart, seg.Length, t, id, capital, sentence));
                }
                segStart = i + 1;
            }
        }
    }
}
