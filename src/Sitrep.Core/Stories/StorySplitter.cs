using Sitrep.Core.Documents;

namespace Sitrep.Core.Stories;

/// <summary>One story found on a page: its span of the cleaned page text, its blocks and title.</summary>
public sealed record StoryCut(TextSpan Span, int FirstBlock, int BlockCount, string? Title)
{
    /// <summary>The story this cut makes of its page: its blocks with spans relative to the story's text.</summary>
    public Document ToDocument(Page page, int index)
    {
        var blocks = new Block[BlockCount];
        for (int b = 0; b < blocks.Length; b++)
        {
            var block = page.Blocks[FirstBlock + b];
            blocks[b] = block with { Span = new TextSpan(block.Span.Start - Span.Start, block.Span.Length) };
        }
        return new Document(page, index, Span, blocks, Title);
    }
}

/// <summary>
/// Finds where a page carries a second, unrelated story. A cut is made before a headline that
/// (1) looks like the start of a new article — it stood twice on the raw page, or follows a gap of
/// blank lines, or is followed by a caption, byline or date line — and (2) opens text whose names
/// have little in common with the text before it (another country, other people). Subheadings of
/// one article fail the second test: the names run on across them.
/// </summary>
public sealed class StorySplitter
{
    public const string Name = "stories";
    public const int Version = 1;

    /// <summary>Cosine similarity of the name profiles under which two parts are different stories.</summary>
    public double MaxSimilarity { get; init; } = 0.2;

    /// <summary>Words of running text each part must have to stand as a story.</summary>
    public int MinWords { get; init; } = 25;

    public IReadOnlyList<StoryCut> Split(Page page)
    {
        var blocks = page.Blocks;
        var text = page.CleanText;
        var candidates = new List<int>();
        for (int b = 1; b < blocks.Count; b++)
            if (LooksLikeNewArticle(blocks, b, text)) candidates.Add(b);

        var starts = new List<int> { 0 };
        for (int c = 0; c < candidates.Count; c++)
        {
            int b = candidates[c];
            int nextEnd = c + 1 < candidates.Count ? candidates[c + 1] : blocks.Count;
            int from = starts[^1];
            if (RunningWords(blocks, from, b, text) < MinWords || RunningWords(blocks, b, nextEnd, text) < MinWords) continue;
            var before = NameProfile.Of(text, blocks, from, b);
            var after = NameProfile.Of(text, blocks, b, nextEnd);
            // No names on one side is no evidence of another topic.
            if (before.Count == 0 || after.Count == 0) continue;
            if (NameProfile.Cosine(before, after) <= MaxSimilarity) starts.Add(b);
        }

        var cuts = new List<StoryCut>(starts.Count);
        for (int s = 0; s < starts.Count; s++)
        {
            int first = starts[s];
            int end = s + 1 < starts.Count ? starts[s + 1] : blocks.Count;
            if (blocks.Count == 0)
            {
                cuts.Add(new StoryCut(new TextSpan(0, text.Length), 0, 0, page.Source.Title));
                break;
            }
            int spanStart = blocks[first].Span.Start, spanEnd = blocks[end - 1].Span.End;
            // The title a page hands over (meta tags, feed, manifest) wins when the story shows it as a line.
            var title = s == 0 && ShowsLine(blocks, first, end, text, page.Source.Title) ? page.Source.Title
                : TitleOf(blocks, first, end, text) ?? (s == 0 ? page.Source.Title : null);
            cuts.Add(new StoryCut(new TextSpan(spanStart, spanEnd - spanStart), first, end - first, title));
        }
        return cuts;
    }

    private static bool LooksLikeNewArticle(IReadOnlyList<Block> blocks, int b, string text)
    {
        var block = blocks[b];
        if (block.Kind != BlockKind.Heading) return false;
        if (block.Repeats >= 2 || block.BlankLinesBefore >= 2) return true;
        return b + 1 < blocks.Count && blocks[b + 1].Kind is BlockKind.Caption or BlockKind.Byline or BlockKind.Dateline;
    }

    private static bool ShowsLine(IReadOnlyList<Block> blocks, int from, int to, string text, string? line)
    {
        if (string.IsNullOrEmpty(line)) return false;
        for (int b = from; b < to; b++)
            if (blocks[b].Span.Of(text).SequenceEqual(line)) return true;
        return false;
    }

    private static int RunningWords(IReadOnlyList<Block> blocks, int from, int to, string text)
    {
        int n = 0;
        for (int b = from; b < to; b++)
            if (blocks[b].Kind == BlockKind.Paragraph)
                n += Cleaning.LineRules.WordCount(blocks[b].Span.Of(text));
        return n;
    }

    /// <summary>The first headline before the running text begins; failing that a short first line.</summary>
    private static string? TitleOf(IReadOnlyList<Block> blocks, int from, int to, string text)
    {
        for (int b = from; b < to; b++)
        {
            var k = blocks[b];
            if (k.Kind == BlockKind.Heading) return k.Span.Of(text).ToString();
            if (k.Kind == BlockKind.Paragraph)
                return Cleaning.LineRules.WordCount(k.Span.Of(text)) <= 25 ? k.Span.Of(text).ToString() : null;
        }
        return null;
    }
}
