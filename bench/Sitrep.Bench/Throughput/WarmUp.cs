using System.Globalization;
using Sitrep.Bench.Corpus;

namespace Sitrep.Bench.Throughput;

/// <summary>
/// Untimed passes before the timed runs. A fixed small pass is not enough: measured on 2 cores, the
/// pipeline ran at about a third of its settled speed for its first ~3,000 articles, while tiered
/// compilation and dynamic PGO recompiled the hot loops on a thread that competes with the workers.
/// So warm-up repeats passes until a minimum time has gone by and the pass rate stops rising.
/// </summary>
public sealed class WarmUp(ThroughputRunner runner, DemoSentences pool, TextWriter log)
{
    private const int PassSize = 1000;

    /// <summary>A pass within this fraction of the best one so far counts as settled.</summary>
    private const double Settled = 0.05;

    public async Task RunAsync(double minSeconds)
    {
        // A seed other than 42, so the warm-up does not pre-run the very articles that are timed.
        var corpus = SyntheticCorpus.Generate(pool, PassSize, seed: 7);
        double spent = 0, best = double.MaxValue;
        int passes = 0;
        var rates = new List<string>();
        while (true)
        {
            var pass = runner.RunPipeline(corpus);
            spent += pass.Seconds;
            passes++;
            bool settled = pass.Seconds <= best * (1 + Settled);
            best = Math.Min(best, pass.Seconds);
            rates.Add((pass.ArticlesPerSecond / 1000).ToString("0.0", CultureInfo.InvariantCulture));
            // Three times the minimum is the cap, for a machine too noisy to ever look settled.
            if ((spent >= minSeconds && settled) || spent >= 3 * minSeconds) break;
        }
        log.WriteLine($"  {passes} pipeline passes of {PassSize} articles in {spent:0.0} s; k articles/s per pass: {string.Join(' ', rates)}");
        var store = await runner.RunStoreAsync(SyntheticCorpus.Generate(pool, 2 * ThroughputRunner.BatchSize, seed: 7));
        log.WriteLine($"  1 store pass of {store.Articles} articles in {store.Seconds:0.0} s");
    }
}
