using System.Text;

namespace Sitrep.Bench.Corpus;

/// <summary>One synthetic article of about a given size, for the micro-benchmarks: a headline and
/// paragraphs of 1-4 demo sentences, drawn with a seeded <see cref="Random"/> until it is long enough.</summary>
public static class SizedArticle
{
    /// <summary>The paragraphs (headline first) of an article of at least <paramref name="minChars"/> characters.</summary>
    public static IReadOnlyList<string> Paragraphs(DemoSentences pool, int minChars, int seed = 42)
    {
        var random = new Random(seed);
        var lines = new List<string> { pool.Headlines[random.Next(pool.Headlines.Count)] };
        int length = lines[0].Length;
        var paragraph = new StringBuilder();
        while (length < minChars)
        {
            paragraph.Clear();
            int sentences = random.Next(1, 5);
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0) paragraph.Append(' ');
                paragraph.Append(pool.Sentences[random.Next(pool.Sentences.Count)]);
            }
            lines.Add(paragraph.ToString());
            length += paragraph.Length + 2;
        }
        return lines;
    }

    /// <summary>The article as plain text, lines separated by a blank line.</summary>
    public static string Text(DemoSentences pool, int minChars, int seed = 42) =>
        string.Join("\n\n", Paragraphs(pool, minChars, seed));
}
