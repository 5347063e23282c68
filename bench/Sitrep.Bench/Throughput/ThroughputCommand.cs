using System.Globalization;
using Sitrep.Bench.Corpus;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench.Throughput;

/// <summary>The <c>throughput</c> mode: builds the corpora, warms up, times each size, prints and saves the table.</summary>
public static class ThroughputCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var (options, error) = ThroughputOptions.Parse(args);
        if (options is null)
        {
            if (error is null)
            {
                output.WriteLine(ThroughputOptions.Usage);
                return 0;
            }
            Console.Error.WriteLine($"usage: {error}");
            Console.Error.WriteLine(ThroughputOptions.Usage);
            return 2;
        }

        var machine = MachineInfo.Current();
        var loadBefore = MachineInfo.LoadAverage();
        output.WriteLine($"machine: {machine}");
        if (loadBefore is not null) output.WriteLine($"load average (1/5/15 min): {loadBefore}");
        var dataDir = DataDirectory.Locate();
        var pipeline = PipelineBuilder.Default(dataDir);
        var pool = DemoSentences.Load(dataDir);
        output.WriteLine($"pipeline: {pipeline.Signature}");
        output.WriteLine($"corpus material: {pool.Headlines.Count} headlines, {pool.Sentences.Count} sentences from {Path.Combine(dataDir, "demo")}");

        var runner = new ThroughputRunner(pipeline);
        if (options.WarmupSeconds > 0)
        {
            output.WriteLine($"warming up for at least {options.WarmupSeconds:0.#} s (untimed) ...");
            await new WarmUp(runner, pool, output).RunAsync(options.WarmupSeconds);
        }

        var results = new List<RunResult>();
        var notes = new List<string>();
        foreach (var size in options.Sizes)
        {
            // Drawing the corpus is not timed: only its compact recipe is kept (see SyntheticCorpus).
            var corpus = SyntheticCorpus.Generate(pool, size);
            double build = ThroughputRunner.TextBuildSeconds(corpus);
            output.WriteLine($"corpus {size:N0}: building its article strings alone takes {build:0.000} s on one thread");

            var run = await RepeatAsync(options.Repeat, () => Task.FromResult(runner.RunPipeline(corpus)), output);
            results.Add(run);
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Corpus {size:N0}: building the article strings (inside the timed loop, as a reader would) takes {build:0.000} s on one thread, {100 * build / run.Seconds:0.0}% of the pipeline run."));
            if (options.Store)
            {
                var stored = await RepeatAsync(options.Repeat, () => runner.RunStoreAsync(corpus), output);
                results.Add(stored);
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Corpus {size:N0}: of the pipeline+sqlite run, {stored.StoreSeconds:0.00} s ({100 * stored.StoreSeconds / stored.Seconds:0}%) was spent inside SqliteStore.StoreAsync, on one thread; a batch of {ThroughputRunner.BatchSize} pages took {stored.StoreBatchMs?.FirstTenth:0} ms over the first tenth of the batches and {stored.StoreBatchMs?.LastTenth:0} ms over the last."));
                if (stored.KnownStories > 0)
                    notes.Add($"Corpus {size:N0}: {stored.KnownStories:N0} stories repeated an earlier one and were skipped by the store.");
            }
            if (run.Failed > 0) notes.Add($"Corpus {size:N0}: {run.Failed:N0} pages failed in the pipeline.");
            if (run.Stories != run.Articles) notes.Add($"Corpus {size:N0}: the {run.Articles:N0} articles made {run.Stories:N0} stories.");
        }

        notes.AddRange(StandingNotes(results, options));
        if (loadBefore is not null)
            notes.Add($"Load average (1/5/15 min) was {loadBefore} at the start and {MachineInfo.LoadAverage()} at the end; a load near the core count means other processes shared the cores.");
        output.WriteLine();
        output.WriteLine(ResultTable.Text(results));
        foreach (var note in notes) output.WriteLine($"note: {note}");

        if (options.Out is { } path)
        {
            var command = "dotnet run -c Release --project bench/Sitrep.Bench -- throughput " + string.Join(' ', args);
            ResultFile.Write(path, new ThroughputReport(machine, command.Trim(), pipeline.Signature,
                pool.Headlines.Count, pool.Sentences.Count, results, notes));
            output.WriteLine($"wrote {path}");
        }
        return 0;
    }

    /// <summary>Runs <paramref name="run"/> <paramref name="times"/> times; returns the median run, with
    /// every run's time and the highest peak working set of them all.</summary>
    private static async Task<RunResult> RepeatAsync(int times, Func<Task<RunResult>> run, TextWriter output)
    {
        var runs = new List<RunResult>(times);
        for (int i = 0; i < times; i++)
        {
            var r = await run();
            var inStore = r.StoreSeconds is { } s ? string.Create(CultureInfo.InvariantCulture, $"; in StoreAsync {s:0.00} s") : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {r.Mode} #{i + 1}: {r.Articles:N0} articles, {r.Words:N0} words in {r.Seconds:0.00} s = {r.WordsPerSecondPerCore:N0} words/s/core; CPU {r.CpuUsePercent:0}% of {r.Cores} cores; peak {r.PeakWorkingSetMB:N0} MB; GC {r.Collections} collections ({r.Gen2Collections} gen2), paused {r.GcPausePercent:0.0}%{inStore}"));
            runs.Add(r);
        }
        var median = runs.OrderBy(r => r.Seconds).ElementAt(runs.Count / 2);
        return median with { PeakWorkingSetMB = runs.Max(r => r.PeakWorkingSetMB), RunSeconds = [.. runs.Select(r => r.Seconds)] };
    }

    private static IEnumerable<string> StandingNotes(IReadOnlyList<RunResult> results, ThroughputOptions options)
    {
        yield return $"Each row is the median of {options.Repeat} timed run(s) after at least {options.WarmupSeconds:0.#} s of untimed warm-up; spread = (slowest - fastest) / median.";
        yield return "CPU use = the process's CPU time / (wall-clock time x cores). A pipeline run well below 100% had cores taken by other processes (or left idle); words/CPU-s (words per second of CPU time used) is the per-core figure that holds up on a shared machine.";
        yield return "words = sum of Document.WordCount (word, number and abbreviation tokens) over all stories; words/s/core divides by Environment.ProcessorCount.";
        yield return results.All(r => r.PeakIsPerRun)
            ? "peak WS MB is the highest peak working set of the runs: the peak is reset (Linux /proc/self/clear_refs) after a full GC before each run, so it includes what the runtime kept from earlier runs."
            : "peak WS MB is the peak working set of the process up to the end of the run (this OS cannot reset it per run).";
        if (results.Any(r => r.DatabaseMB is not null))
            yield return "pipeline+sqlite: a fresh temporary SQLite file per run, batches of 256 pages each processed with ProcessMany then stored with SqliteStore.StoreAsync in one transaction, as sitrep ingest does; the time includes opening and closing the store; db MB is the file plus its WAL at the end.";
        yield return "GC pause share per row: " + string.Join("; ", results.Select(r =>
            string.Create(CultureInfo.InvariantCulture, $"{r.CorpusSize:N0} {r.Mode} {r.GcPausePercent:0.0}% ({r.Collections} GCs, {r.Gen2Collections} gen2)")));
    }
}
