using System.Globalization;
using Sitrep.Bench.Corpus;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;

namespace Sitrep.Bench.Stages;

/// <summary>
/// The <c>words</c> mode: what a word id costs (<see cref="WordIds"/>, given by the tokenizer to every word). In the pipeline
/// the other stages push the table out of the caches between two documents, so each measure is taken twice: warm (the
/// same document again) and cold (after writing a buffer larger than the caches, as the other stages would).
/// </summary>
/// <remarks>One thread; thread CPU time (<see cref="ThreadClock"/>). A look-up costs several times more cold than warm:
/// what a stage keeps per word pays when several look-ups a word become one.</remarks>
public static class WordsCommand
{
    public const string Usage = "usage: words [--articles N] [--repeat N]   (defaults 2000, 3)";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        int articles = 2000, repeat = 3;
        for (int i = 0; i + 1 < args.Count; i += 2)
        {
            if (!int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) || v <= 0) { Console.Error.WriteLine(Usage); return 2; }
            if (args[i] == "--articles") articles = v;
            else if (args[i] == "--repeat") repeat = v;
            else { Console.Error.WriteLine(Usage); return 2; }
        }
        var dataDir = DataDirectory.Locate();
        var builder = new PipelineBuilder(dataDir).UseDefaults();
        var pipeline = builder.Build();
        var corpus = SyntheticCorpus.Generate(DemoSentences.Load(dataDir), articles);
        var docs = new Document[corpus.Count];
        for (int a = 0; a < docs.Length; a++) docs[a] = pipeline.Process(corpus.Article(a)).Stories[0];
        long words = docs.Sum(d => (long)d.Tokens.Count(t => t.Word >= 0));
        output.WriteLine($"{docs.Length:N0} stories, {words:N0} tokens with a word id, {WordIds.Count:N0} words with an id; ns per token with an id:");
        output.WriteLine("| repeat | look-up warm | look-up cold | tokenize warm | tokenize cold |");
        output.WriteLine("|---:|---:|---:|---:|---:|");
        var tokenizer = builder.Tokenizer;
        var flush = new byte[16 << 20];
        long sink = 0;
        for (int r = 1; r <= repeat; r++)
        {
            long lookWarm = 0, lookCold = 0, tokWarm = 0, tokCold = 0;
            foreach (var doc in docs)
            {
                sink += Flush(flush);
                lookCold += Time(() => LookUp(doc));
                lookWarm += Time(() => LookUp(doc));
                sink += Flush(flush);
                tokCold += Time(() => tokenizer.Tokenize(doc.Text).Length);
                tokWarm += Time(() => tokenizer.Tokenize(doc.Text).Length);
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r} | {(double)lookWarm / words:F1} | {(double)lookCold / words:F1} | {(double)tokWarm / words:F1} | {(double)tokCold / words:F1} |"));
        }
        return sink == 42 ? 1 : 0;
    }

    private static long LookUp(Document doc)
    {
        long sum = 0;
        foreach (var t in doc.Tokens)
            if (t.Word >= 0) sum += WordIds.IdOf(doc.Text.AsSpan(t.Start, t.Length));
        return sum;
    }

    private static long Time(Func<long> work)
    {
        long t0 = ThreadClock.Now();
        work();
        return ThreadClock.Now() - t0;
    }

    private static long Flush(byte[] buffer)
    {
        long sum = 0;
        for (int i = 0; i < buffer.Length; i += 64) sum += buffer[i]++;
        return sum;
    }
}
