using System.Diagnostics;
using System.Globalization;
using Sitrep.Bench.Corpus;
using Sitrep.Bench.Throughput;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench.Stages;

/// <summary>
/// The <c>stages</c> mode: where a page's time goes. Runs the default pipeline's steps one by one on
/// one thread over a synthetic corpus (the throughput mode's, first N articles) and adds up, per step,
/// the wall time and the bytes allocated, so a change can be aimed at the step that costs.
/// </summary>
/// <remarks>One thread; on Linux each step is timed by the thread's CPU time, so other processes on
/// the machine do not inflate it (they still cost it some cache, which the load average printed hints at).
/// Reading that clock is a system call of well under a microsecond, twelve per article.</remarks>
public static class StagesCommand
{
    public const string Usage = """
        usage: stages [--articles N] [--passes N] [--warmup N] [--types] [--manifest FILE]
          --articles N  articles of the synthetic corpus per pass (default 2000)
          --passes N    timed passes; the fastest per step is shown (default 3)
          --warmup N    untimed passes first, for the JIT to settle (default 3)
          --types       also sample which types the timed passes allocate most (runtime allocation ticks)
          --manifest F  only write the corpus as a JSON-lines manifest (for `sitrep extract`), to check
                        that a speed-up leaves the output of many articles byte-identical
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        int articles = 2000, passes = 3, warmup = 3;
        string? manifest = null;
        bool types = false;
        for (int i = 0; i < args.Count; i++)
        {
            int? value = i + 1 < args.Count && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
            switch (args[i])
            {
                case "--articles" when value is { } a: articles = a; i++; break;
                case "--passes" when value is { } p: passes = p; i++; break;
                case "--warmup" when value is { } w: warmup = w; i++; break;
                case "--types": types = true; break;
                case "--manifest" when i + 1 < args.Count: manifest = args[++i]; break;
                case "-h" or "--help": output.WriteLine(Usage); return 0;
                default: Console.Error.WriteLine(Usage); return 2;
            }
        }

        var dataDir = DataDirectory.Locate();
        var builder = new PipelineBuilder(dataDir).UseDefaults();
        var steps = new Step(builder);
        var corpus = SyntheticCorpus.Generate(DemoSentences.Load(dataDir), articles);
        if (manifest is not null)
        {
            WriteManifest(corpus, manifest);
            output.WriteLine($"wrote {corpus.Count:N0} articles to {manifest}");
            return 0;
        }
        var texts = new RawArticle[corpus.Count];
        for (int a = 0; a < texts.Length; a++) texts[a] = corpus.Article(a);

        var load = MachineInfo.LoadAverage();
        output.WriteLine($"machine: {MachineInfo.Current()}");
        if (load is not null) output.WriteLine($"load average (1/5/15 min): {load}");
        output.WriteLine($"{articles:N0} articles, {warmup} untimed and {passes} timed passes on one thread; times are {(ThreadClock.IsCpuTime ? "the thread's CPU time" : "wall-clock time")}");

        for (int p = 0; p < warmup; p++) steps.Pass(texts, new Tally(steps.Names.Count));
        int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
        using var sampler = types ? new AllocationSampler() : null;
        sampler?.Start();
        Tally? best = null;
        Sitrep.Core.Events.EventPhaseClock.Reset();
        for (int p = 0; p < passes; p++)
        {
            var tally = new Tally(steps.Names.Count);
            steps.Pass(texts, tally);
            best = best is null ? tally : Tally.Min(best, tally);
        }

        sampler?.Stop();
        long totalTicks = best!.Ticks.Sum();
        output.WriteLine($"words with an id (Sitrep.Core.Text.WordIds): {Sitrep.Core.Text.WordIds.Count:N0}");
        output.WriteLine($"words per pass: {best.Words:N0}; GC collections over the {passes} timed passes: {GC.CollectionCount(0) - gen0} (gen2: {GC.CollectionCount(2) - gen2})");
        output.WriteLine();
        output.WriteLine("| step | ms per pass | us per article | share | ns per word | KB allocated per article |");
        output.WriteLine("|:---|---:|---:|---:|---:|---:|");
        for (int s = 0; s < steps.Names.Count; s++)
            output.WriteLine(Row(steps.Names[s], best.Ticks[s], best.Bytes[s], totalTicks, articles, best.Words));
        output.WriteLine(Row("**total**", totalTicks, best.Bytes.Sum(), totalTicks, articles, best.Words));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one thread: {best.Words / (totalTicks / 1e9):N0} words per CPU-second"));
        // (Only a build made with -p:EventPhases=true counts them: see EventPhaseClock.)
        if (Sitrep.Core.Events.EventPhaseClock.Report(best.Words, passes) is { } phases)
        {
            output.WriteLine();
            output.WriteLine("the events step by phase, over the timed passes (wall-clock, a phase without the phases it calls):");
            output.Write(phases);
        }
        if (sampler is not null)
        {
            output.WriteLine();
            output.WriteLine("sampled allocations of the timed passes, by type (MB):");
            foreach (var (type, bytes) in sampler.Top(25)) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / 1e6,8:N1}  {type}"));
        }
        if (load is not null) output.WriteLine($"load average at the end: {MachineInfo.LoadAverage()}");
        return 0;
    }

    private static void WriteManifest(SyntheticCorpus corpus, string path)
    {
        using var writer = new StreamWriter(path);
        for (int a = 0; a < corpus.Count; a++)
        {
            var article = corpus.Article(a);
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = article.Source.Id,
                ["text"] = article.RawText,
            }));
        }
    }

    private static string Row(string name, long ticks, long bytes, long total, int articles, long words)
    {
        double ms = ticks / 1e6;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {ms:N1} | {1000 * ms / articles:N1} | {100.0 * ticks / total:0.0}% | {1e6 * ms / words:N1} | {bytes / 1024.0 / articles:N1} |");
    }

    /// <summary>Times and allocations per step over one pass.</summary>
    private sealed class Tally(int steps)
    {
        public long[] Ticks { get; } = new long[steps];
        public long[] Bytes { get; } = new long[steps];
        public long Words { get; set; }

        /// <summary>Per step, the faster of two passes (their allocations are the same).</summary>
        public static Tally Min(Tally a, Tally b)
        {
            var min = new Tally(a.Ticks.Length) { Words = a.Words };
            for (int s = 0; s < a.Ticks.Length; s++)
            {
                min.Ticks[s] = Math.Min(a.Ticks[s], b.Ticks[s]);
                min.Bytes[s] = Math.Min(a.Bytes[s], b.Bytes[s]);
            }
            return min;
        }
    }

    /// <summary>What <see cref="SitrepPipeline.Process"/> does, with a stopwatch around each step.</summary>
    private sealed class Step(PipelineBuilder builder)
    {
        private readonly Cleaner _cleaner = new(builder.LineRules);
        private readonly IReadOnlyList<IStage> _stages = builder.Stages;

        public IReadOnlyList<string> Names { get; } = ["clean", "stories", .. builder.Stages.Select(s => s.Info.Name)];

        public void Pass(RawArticle[] articles, Tally tally)
        {
            foreach (var raw in articles)
            {
                long t0 = ThreadClock.Now(), b0 = GC.GetAllocatedBytesForCurrentThread();
                var page = _cleaner.Clean(raw);
                Mark(tally, 0, ref t0, ref b0);
                var cuts = builder.StorySplitter.Split(page);
                var docs = new Document[cuts.Count];
                for (int i = 0; i < cuts.Count; i++) docs[i] = cuts[i].ToDocument(page, i);
                Mark(tally, 1, ref t0, ref b0);
                foreach (var doc in docs)
                {
                    for (int s = 0; s < _stages.Count; s++)
                    {
                        _stages[s].Run(doc);
                        doc.Stages.Add(_stages[s].Info.ToString());
                        Mark(tally, s + 2, ref t0, ref b0);
                    }
                    tally.Words += doc.WordCount;
                    t0 = ThreadClock.Now();
                    b0 = GC.GetAllocatedBytesForCurrentThread();
                }
            }
        }

        private static void Mark(Tally tally, int step, ref long t0, ref long b0)
        {
            long t1 = ThreadClock.Now(), b1 = GC.GetAllocatedBytesForCurrentThread();
            tally.Ticks[step] += t1 - t0;
            tally.Bytes[step] += b1 - b0;
            t0 = t1;
            b0 = b1;
        }
    }
}
