using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Core.Documents;

/// <summary>
/// One story of a page, the unit every later stage works on. Its <see cref="Text"/> is a slice of
/// the page's cleaned text and never changes; stages only add layers of stand-off annotations
/// <c>(start, length)</c> over it, so every fact can name its sentence and, through the page's
/// offset map, the characters of the raw page it came from.
/// </summary>
public sealed class Document
{
    private string? _id;

    public Document(Page page, int storyIndex, TextSpan span, IReadOnlyList<Block> blocks, string? title)
    {
        Page = page;
        StoryIndex = storyIndex;
        PageSpan = span;
        Text = page.CleanText.Substring(span.Start, span.Length);
        Blocks = blocks;
        Title = title;
        Published = page.Source.Published;
        PublishedFrom = page.Source.PublishedFrom;
    }

    /// <summary>The date the story is read against: the source's, or one inferred from the text.</summary>
    public DateOnly? Published { get; set; }

    /// <summary>Where <see cref="Published"/> came from: manifest, meta, json-ld, time, feed, or
    /// "inferred: …" with the evidence and a confidence.</summary>
    public string? PublishedFrom { get; set; }

    public Page Page { get; }
    public SourceInfo Source => Page.Source;

    /// <summary>0 for the first story of the page, 1 for a second unrelated story, and so on.</summary>
    public int StoryIndex { get; }

    /// <summary>Where this story stands in the page's cleaned text.</summary>
    public TextSpan PageSpan { get; }

    /// <summary>The story's cleaned text.</summary>
    public string Text { get; }

    /// <summary>The story's lines, with spans relative to <see cref="Text"/>.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>The story's headline, when it has one.</summary>
    public string? Title { get; }

    /// <summary>Stable key of the story: a hash of its cleaned text, so the same story is the same row.</summary>
    public string Id => _id ??= HashOf(Text);

    public Token[] Tokens { get; set; } = [];
    public Sentence[] Sentences { get; set; } = [];
    public List<Mention> Mentions { get; } = [];
    public List<TimeMention> Times { get; } = [];
    public List<PlaceMention> Places { get; } = [];
    public List<EventRecord> Events { get; } = [];
    public List<QuoteMention> Quotes { get; } = [];
    public Dictionary<string, UnlinkedActor> Unlinked { get; } = new(StringComparer.Ordinal);
    public List<RelationMention> Relations { get; } = [];

    /// <summary>The stages that have run on this document, as <c>name@version</c>.</summary>
    public List<string> Stages { get; } = [];

    public ReadOnlySpan<char> SpanText(TextSpan span) => Text.AsSpan(span.Start, span.Length);
    public ReadOnlySpan<char> TokenText(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);
    public string SentenceText(int sentence) => Text.Substring(Sentences[sentence].Start, Sentences[sentence].Length);

    /// <summary>Whether no letter or digit stands in [<paramref name="from"/>, <paramref name="to"/>) of the text (only
    /// punctuation and spaces: "[" before a stamp line's time, "— " around a heading's month).</summary>
    public bool NoWordIn(int from, int to)
    {
        for (int i = from; i < to; i++)
            if (char.IsLetterOrDigit(Text[i])) return false;
        return true;
    }

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/>; the token count when none does.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the sentence holding the character at <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Offset in the raw page text of the character at <paramref name="offset"/> of this story.</summary>
    public int RawOffset(int offset) => Page.Map.ToRaw(PageSpan.Start + offset);

    /// <summary>Words in the story: tokens that are words, numbers or abbreviations.</summary>
    public int WordCount
    {
        get
        {
            int n = 0;
            foreach (var t in Tokens)
                if (t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation) n++;
            return n;
        }
    }

    public static string HashOf(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
