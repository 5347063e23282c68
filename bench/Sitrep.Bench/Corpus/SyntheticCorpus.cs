using Sitrep.Core.Documents;

namespace Sitrep.Bench.Corpus;

/// <summary>
/// A deterministic corpus of synthetic articles made by recombining demo sentences: each article is
/// a headline line and 6-20 paragraphs of 1-4 sentences, drawn with <c>new Random(seed)</c>.
/// </summary>
/// <remarks>
/// All random drawing happens up front, when the corpus is made, and only a compact recipe is kept
/// (one int per sentence): 100,000 articles cost ~20 MB instead of ~1 GB of strings. The text of an
/// article is built when it is enumerated; that is a plain copy of a few KB, which stands in for a
/// reader handing over a page (its cost is measured separately by the throughput runner).
/// </remarks>
public sealed class SyntheticCorpus
{
    /// <summary>Marks a paragraph break in the recipe.</summary>
    private const int Break = -1;

    private readonly DemoSentences _pool;
    private readonly int[] _items;
    private readonly int[] _starts;

    private SyntheticCorpus(DemoSentences pool, int[] items, int[] starts)
    {
        _pool = pool;
        _items = items;
        _starts = starts;
    }

    public int Count => _starts.Length - 1;

    /// <summary>Draws <paramref name="count"/> articles. The same pool, count and seed give the same corpus.</summary>
    public static SyntheticCorpus Generate(DemoSentences pool, int count, int seed = 42)
    {
        var random = new Random(seed);
        var items = new List<int>(count * 48);
        var starts = new int[count + 1];
        for (int a = 0; a < count; a++)
        {
            starts[a] = items.Count;
            items.Add(random.Next(pool.Headlines.Count));
            int paragraphs = random.Next(6, 21);
            for (int p = 0; p < paragraphs; p++)
            {
                items.Add(Break);
                int sentences = random.Next(1, 5);
                for (int s = 0; s < sentences; s++) items.Add(random.Next(pool.Sentences.Count));
            }
        }
        starts[count] = items.Count;
        return new SyntheticCorpus(pool, [.. items], starts);
    }

    /// <summary>The articles in order, each built when it is reached.</summary>
    public IEnumerable<RawArticle> Articles()
    {
        for (int a = 0; a < Count; a++) yield return Article(a);
    }

    public RawArticle Article(int index) =>
        new(new SourceInfo($"synthetic-{index:D6}", Origin: $"synthetic/{index}"), TextOf(index), "text");

    /// <summary>The article's text: headline, then paragraphs separated by a blank line, sentences by a space.</summary>
    public string TextOf(int index)
    {
        var recipe = _items.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
        int length = _pool.Headlines[recipe[0]].Length;
        for (int i = 1; i < recipe.Length; i++)
            length += recipe[i] == Break ? 2 : _pool.Sentences[recipe[i]].Length + (recipe[i - 1] == Break ? 0 : 1);
        return string.Create(length, (this, index), static (span, state) => state.Item1.Write(state.Item2, span));
    }

    private void Write(int index, Span<char> into)
    {
        var recipe = _items.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
        int at = Copy(_pool.Headlines[recipe[0]], into, 0);
        for (int i = 1; i < recipe.Length; i++)
        {
            if (recipe[i] == Break) { at = Copy("\n\n", into, at); continue; }
            if (recipe[i - 1] != Break) into[at++] = ' ';
            at = Copy(_pool.Sentences[recipe[i]], into, at);
        }
    }

    private static int Copy(string text, Span<char> into, int at)
    {
        text.CopyTo(into[at..]);
        return at + text.Length;
    }
}
