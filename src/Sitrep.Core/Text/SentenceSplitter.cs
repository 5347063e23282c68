using Sitrep.Core.Documents;

namespace Sitrep.Core.Text;

/// <summary>
/// Splits a tokenized story into sentences. A sentence never crosses a line (block) of the cleaned
/// text. Inside a line it ends at ". ! ? …" when the next token opens a sentence (a capital, a
/// digit, an opening quote or bracket); closing quotes and brackets stay with the sentence they
/// close. Titles, months and initials never end a sentence; other abbreviations (U.S., Inc.) end one
/// only before a usual sentence starter.
/// </summary>
public sealed class SentenceSplitter(Abbreviations abbreviations)
{
    public const string Name = "sentences";
    public const int Version = 1;

    public Sentence[] Split(string text, Token[] tokens, IReadOnlyList<Block> blocks)
    {
        var sentences = new List<Sentence>(tokens.Length / 20 + 4);
        int t = 0;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b].Span;
            while (t < tokens.Length && tokens[t].Start < block.Start) t++;
            int first = t;
            while (t < tokens.Length && tokens[t].Start < block.End) t++;
            SplitBlock(text, tokens, first, t, b, sentences);
        }
        return [.. sentences];
    }

    private void SplitBlock(string text, Token[] tokens, int from, int to, int block, List<Sentence> into)
    {
        int start = from;
        for (int k = from; k < to; k++)
        {
            if (!MayEnd(text, tokens[k])) continue;
            int end = k;
            while (end + 1 < to && tokens[end + 1].Is(TokenFlags.Joined) && Closes(text, tokens[end + 1])) end++;
            if (end + 1 >= to) break;
            if (!OpensSentence(text, tokens, k, end + 1, to)) { k = end; continue; }
            Add(tokens, start, end, block, into);
            start = end + 1;
            k = end;
        }
        if (start < to) Add(tokens, start, to - 1, block, into);
    }

    private static void Add(Token[] tokens, int first, int last, int block, List<Sentence> into)
    {
        int s = tokens[first].Start;
        into.Add(new Sentence(s, tokens[last].End - s, first, last - first + 1, block));
    }

    private static bool MayEnd(string text, Token t) => t.Kind switch
    {
        TokenKind.Punctuation => text[t.Start] is '.' or '!' or '?',
        TokenKind.Ellipsis or TokenKind.Abbreviation => true,
        _ => false,
    };

    private static bool Closes(string text, Token t) =>
        t.Kind == TokenKind.Quote
        || (t.Kind == TokenKind.Punctuation && text[t.Start] is ')' or ']' or '.' or '!' or '?');

    /// <summary>Whether the token at <paramref name="next"/> begins a new sentence after the
    /// possible end at <paramref name="endToken"/>.</summary>
    private bool OpensSentence(string text, Token[] tokens, int endToken, int next, int to)
    {
        var end = tokens[endToken];
        var nt = tokens[next];
        var word = text.AsSpan(nt.Start, nt.Length);
        if (end.Kind == TokenKind.Abbreviation)
        {
            var abbr = text.AsSpan(end.Start, end.Length);
            var kind = abbr.Length == 2 && char.IsUpper(abbr[0]) ? AbbreviationKind.Title : abbreviations.KindOf(abbr);
            if (kind is AbbreviationKind.Title or AbbreviationKind.Month) return false;
            // A dotted acronym or "other" abbreviation ends a sentence only before a usual starter.
            return abbreviations.IsSentenceStarter(word)
                || (nt.Kind == TokenKind.Quote && next + 1 < to && tokens[next + 1].Is(TokenFlags.Capitalized));
        }
        return nt.Kind switch
        {
            TokenKind.Word or TokenKind.Abbreviation => char.IsUpper(word[0]),
            TokenKind.Number => true,
            TokenKind.Quote => !nt.Is(TokenFlags.Joined),
            TokenKind.Punctuation => word[0] is '(' or '[',
            TokenKind.Url => true,
            _ => false,
        };
    }
}
