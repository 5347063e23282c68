using System.Collections.Concurrent;
using System.Text;
using Sitrep.Bench.Corpus;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;

namespace Sitrep.Bench.Micro;

/// <summary>
/// The inputs of the micro-benchmarks, built once per process and cached: article texts of about
/// N KB made of demo sentences, their cleaned pages, and pages padded with boilerplate. Every input
/// is deterministic, so the size and throughput columns agree with what was timed.
/// </summary>
public static class MicroInputs
{
    private static readonly Lazy<PipelineBuilder> Builder = new(() => new PipelineBuilder(DataDirectory.Locate()));
    private static readonly Lazy<DemoSentences> Pool = new(() => DemoSentences.Load(DataDirectory.Locate()));
    private static readonly ConcurrentDictionary<int, Page> Articles = new();
    private static readonly ConcurrentDictionary<int, RawArticle> Boilerplate = new();

    /// <summary>Lines the cleaner must drop (each matches a rule of data/cleaning/boilerplate.tsv).</summary>
    private static readonly string[] Furniture =
    [
        "Share this article", "Read more: Timeline of US-militia clashes in Iraq since December", "Subscribe to our newsletter",
        "Leave a Reply", "Post a Comment", "AFP", "5 min read", "(Photo: Reuters)", "Follow us on Telegram",
        "Related: Parliament votes to expel foreign troops",
    ];

    public static Abbreviations Abbreviations => Builder.Value.Abbreviations;
    public static LineRules LineRules => Builder.Value.LineRules;
    public static DemoSentences Sentences => Pool.Value;

    /// <summary>A cleaned page holding one synthetic article of at least <paramref name="kb"/> KB of text.</summary>
    public static Page Article(int kb) => Articles.GetOrAdd(kb, static kb =>
    {
        var text = SizedArticle.Text(Sentences, kb * 1024);
        return new Cleaner(LineRules).Clean(new RawArticle(new SourceInfo($"micro-{kb}kb"), text, "text"));
    });

    /// <summary>A raw page of at least <paramref name="kb"/> KB: an article with a dateline, its headline
    /// twice, a kept photo caption, a furniture line after every third paragraph, no-break spaces and
    /// curly quotes in some paragraphs.</summary>
    public static RawArticle BoilerplatePage(int kb) => Boilerplate.GetOrAdd(kb, static kb =>
    {
        var lines = SizedArticle.Paragraphs(Sentences, kb * 1024);
        var sb = new StringBuilder().Append(lines[0]).Append("\n\nFriday, 3 January 2020\n\n").Append(lines[0]).Append("\n\n");
        sb.Append("Mourners carry the coffins through Baghdad (Reuters)\n\n");
        for (int i = 1; i < lines.Count; i++)
        {
            var line = i % 4 == 0 ? lines[i].Replace(" the ", "\u00A0the ").Replace('"', '\u201C') : lines[i];
            sb.Append(line).Append("\n\n");
            if (i % 3 == 0) sb.Append(Furniture[i / 3 % Furniture.Length]).Append("\n\n\n");
        }
        var raw = new RawArticle(new SourceInfo($"micro-boilerplate-{kb}kb"), sb.ToString(), "text");
        // A benchmark of a cleaner that keeps the furniture would measure the wrong thing.
        var clean = new Cleaner(LineRules).Clean(raw).CleanText;
        foreach (var furniture in Furniture)
            if (clean.Contains(furniture, StringComparison.Ordinal))
                throw new InvalidOperationException($"the cleaner kept the boilerplate line '{furniture}'");
        return raw;
    });

    /// <summary>UTF-8 bytes and words of the input a benchmark of <paramref name="benchmark"/> type reads.</summary>
    public static (long Bytes, long Words) Measure(Type benchmark, int kb)
    {
        var text = benchmark == typeof(CleanerBenchmarks) ? BoilerplatePage(kb).RawText : Article(kb).CleanText;
        var tokens = new Tokenizer(Abbreviations).Tokenize(text);
        long words = tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation);
        return (Encoding.UTF8.GetByteCount(text), words);
    }
}
