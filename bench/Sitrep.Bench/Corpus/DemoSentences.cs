using Sitrep.Core.Documents;
using Sitrep.Core.Ingest;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench.Corpus;

/// <summary>
/// The raw material of the synthetic corpora: the headlines and the running-text sentences of the
/// bundled demo corpus (<c>data/demo</c>), found by running it through the default pipeline once.
/// </summary>
public sealed class DemoSentences
{
    private DemoSentences(string[] headlines, string[] sentences)
    {
        Headlines = headlines;
        Sentences = sentences;
    }

    /// <summary>Story titles of the demo corpus, each once, in a stable order.</summary>
    public IReadOnlyList<string> Headlines { get; }

    /// <summary>Sentences of paragraph lines of the demo corpus, each once, in a stable order.</summary>
    public IReadOnlyList<string> Sentences { get; }

    public static DemoSentences Load(string dataDir)
    {
        var demoDir = Path.Combine(dataDir, "demo");
        var pipeline = PipelineBuilder.Default(dataDir);
        // Ordinal sets keep the first occurrence, so the pool and hence every corpus are the same on each run.
        var headlines = new List<string>();
        var sentences = new List<string>();
        var seenHeadlines = new HashSet<string>(StringComparer.Ordinal);
        var seenSentences = new HashSet<string>(StringComparer.Ordinal);
        foreach (var read in InputReader.Load(dataDir).Read([demoDir]))
        {
            if (read.Article is null) continue;
            var page = pipeline.Process(read.Article);
            foreach (var doc in page.Stories)
            {
                if (doc.Title is { Length: > 0 } title && seenHeadlines.Add(title)) headlines.Add(title);
                for (int i = 0; i < doc.Sentences.Length; i++)
                {
                    // Only running text: captions, bylines and datelines would turn into boilerplate
                    // lines that the cleaner drops, and the corpus would shrink unpredictably.
                    if (doc.Blocks[doc.Sentences[i].Block].Kind != BlockKind.Paragraph) continue;
                    var sentence = doc.SentenceText(i);
                    if (seenSentences.Add(sentence)) sentences.Add(sentence);
                }
            }
        }
        if (headlines.Count == 0 || sentences.Count == 0)
            throw new InvalidOperationException($"no headlines or sentences found under {demoDir}");
        return new DemoSentences([.. headlines], [.. sentences]);
    }
}
