using System.Runtime.InteropServices;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;

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

    /// <summary>Gives the key id of a part as it stands in the text (its folding included); -1 when unknown.</summary>
    public delegate int PartLookup(ReadOnlySpan<char> part);

    /// <summary>Gives the key id of a part from its surface id (<see cref="WordIds"/>; -1 when none) and text.</summary>
    public delegate int SurfaceLookup(int surface, ReadOnlySpan<char> part);

    public static void Scan(string text, Token[] tokens, Sentence[] sentences, KeyLookup keyOf, List<NamePart> into, bool diminutive = false)
    {
        var parts = new PartSpans();
        parts.Cut(text, tokens, sentences);
        parts.Resolve(part =>
        {
            Span<char> key = stackalloc char[NameFolder.MaxKey + 1];
            int n = NameFolder.Fold(part, key, diminutive);
            return n == 0 ? -1 : keyOf(key[..n]);
        }, into);
    }

    [ThreadStatic] private static PartSpans? _last;

    /// <summary>The parts of a document, cut once and shared by the tries that read it one after the
    /// other (the gazetteer's, then the actor matcher's): only the key ids differ. One per thread,
    /// refilled for the next document, so nothing is allocated per document once its list has grown.</summary>
    /// <remarks>Valid until the next call on the thread for another document. It holds on to the last
    /// document's text and tokens (to know them again by reference) until then.</remarks>
    public static PartSpans Of(Document doc)
    {
        var parts = _last ??= new PartSpans();
        if (!parts.IsFor(doc.Text, doc.Tokens, doc.Sentences)) parts.Cut(doc.Text, doc.Tokens, doc.Sentences);
        return parts;
    }
}

/// <summary>
/// A text cut into name parts before any trie gives them key ids: <see cref="Resolve(NameParts.SurfaceLookup, List{NamePart})"/> turns them
/// into <see cref="NamePart"/>s with one trie's ids.
/// </summary>
public sealed class PartSpans
{
    private readonly List<NamePart> _parts = [];
    private string? _text;
    private Token[]? _tokens;
    private Sentence[]? _sentences;

    /// <summary>Whether these are the parts of exactly this text, tokens and sentences (the same objects).</summary>
    public bool IsFor(string text, Token[] tokens, Sentence[] sentences) =>
        ReferenceEquals(text, _text) && ReferenceEquals(tokens, _tokens) && ReferenceEquals(sentences, _sentences);

    // Each part's surface id (WordIds), looked up once per document for all the tries that read it.
    private readonly List<int> _surfaces = [];

    /// <summary>Adds the parts with the key ids <paramref name="idOf"/> gives for their surface ids and text.</summary>
    public void Resolve(NameParts.SurfaceLookup idOf, List<NamePart> into)
    {
        var text = _text.AsSpan();
        if (_surfaces.Count != _parts.Count)
        {
            // A whole word's id is its token's; a part of a hyphenated word is looked up.
            _surfaces.Clear();
            var tokens = _tokens!;
            foreach (var part in _parts)
                _surfaces.Add(part.KeyId == NamePart.Break ? -1
                    : part.Length == tokens[part.Token].Length ? tokens[part.Token].Word
                    : WordIds.IdOf(text.Slice(part.Start, part.Length)));
        }
        // Written in place: the list grows once, and no part is copied out of its list and back.
        var parts = CollectionsMarshal.AsSpan(_parts);
        var surfaces = CollectionsMarshal.AsSpan(_surfaces);
        int at = into.Count;
        CollectionsMarshal.SetCount(into, at + parts.Length);
        var dest = CollectionsMarshal.AsSpan(into)[at..];
        for (int i = 0; i < parts.Length; i++)
        {
            ref readonly var part = ref parts[i];
            dest[i] = part.KeyId == NamePart.Break ? part : part with { KeyId = idOf(surfaces[i], text.Slice(part.Start, part.Length)) };
        }
    }

    /// <summary>Adds the parts with the key ids <paramref name="idOf"/> gives for their text.</summary>
    public void Resolve(NameParts.PartLookup idOf, List<NamePart> into)
    {
        var text = _text.AsSpan();
        foreach (var part in _parts)
            into.Add(part.KeyId == NamePart.Break ? part : part with { KeyId = idOf(text.Slice(part.Start, part.Length)) });
    }

    internal void Cut(string text, Token[] tokens, Sentence[] sentences)
    {
        _parts.Clear();
        _surfaces.Clear();
        _text = text;
        _tokens = tokens;
        _sentences = sentences;
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
                    _parts.Add(new NamePart(tok.Start, tok.Length, t, NamePart.Break, false, sentence));
                    continue;
            }
            // "Al Sudani": the article written apart, before another word.
            if (NameFolder.IsStandaloneArticle(span) && t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.Word
                && tokens[t + 1].Is(TokenFlags.Capitalized))
                continue;
            // (Most words have no hyphen, the tokenizer's flag says: one part, the whole word.)
            if (!tok.Is(TokenFlags.HasHyphen))
            {
                _parts.Add(new NamePart(tok.Start, span.Length, t, -1, char.IsUpper(span[0]), sentence));
                continue;
            }
            int segStart = 0;
            for (int i = 0; i <= span.Length; i++)
            {
                if (i < span.Length && span[i] != '-') continue;
                var seg = span[segStart..i];
                bool last = i == span.Length;
                // (The look-up of the article last: most segments are a word's last.)
                if (seg.Length > 0 && (last || !NameFolder.IsArticle(seg)))
                    _parts.Add(new NamePart(tok.Start + segStart, seg.Length, t, -1, char.IsUpper(seg[0]), sentence));
                segStart = i + 1;
            }
        }
    }
}
