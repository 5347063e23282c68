using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Ingest;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Output;
using Sitrep.Core.Pipeline;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>The subcommands of <c>sitrep</c> and what they do.</summary>
public static class Commands
{
    private static Option<string> DbOption() => new("--db")
    {
        Description = "SQLite database file. Default: $SITREP_DB, else $XDG_DATA_HOME/sitrep/sitrep.db (~/.local/share/sitrep/sitrep.db)",
        DefaultValueFactory = _ => Paths.DefaultDatabase,
    };

    private static Option<long> MaxSizeOption() => new("--max-file-size")
    {
        Description = "Largest input file read, in bytes (a JSON-lines manifest: largest line)",
        DefaultValueFactory = _ => new ReaderOptions().MaxFileBytes,
        Validators = { r => { if (r.GetValueOrDefault<long>() <= 0) r.AddError("--max-file-size must be a positive number of bytes"); } },
    };

    internal static Option<string[]> KbOption() => new("--kb")
    {
        Description = "An actor file of your own (YAML, as data/actors/README.md describes), read after the project's; repeatable",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The default pipeline over the project's knowledge and the user's actor files.</summary>
    private static (PipelineBuilder Builder, SitrepPipeline Pipeline) PipelineFor(string dataDir, string[]? kb)
    {
        var builder = new PipelineBuilder(dataDir, kb ?? []);
        return (builder, builder.UseDefaults().Build());
    }

    private static Argument<string[]> PathsArgument() => new("PATH")
    {
        Description = "Files (.txt, .html, .jsonl manifests, RSS/Atom feeds), folders (read recursively) or - for standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    public static RootCommand Root(CliContext ctx)
    {
        var root = new RootCommand("Sitrep: structured, source-attributed records of armed-conflict reporting.");
        root.Add(Ingest(ctx));
        root.Add(Articles(ctx));
        root.Add(Extract(ctx));
        root.Add(Demo(ctx));
        root.Add(ActorCommands.List(ctx, DbOption(), KbOption()));
        root.Add(ActorCommands.Profile(ctx, DbOption(), KbOption()));
        root.Add(TimeCommands.Times(ctx));
        root.Add(PlaceCommands.Places(ctx));
        root.Add(IncidentCommands.Events(ctx, DbOption()));
        root.Add(IncidentCommands.Contradictions(ctx, DbOption()));
        root.Add(IncidentCommands.Timeline(ctx, DbOption()));
        root.Add(IncidentCommands.Export(ctx, DbOption()));
        root.Add(IncidentCommands.Merge(ctx, DbOption()));
        return root;
    }

    private static Command Ingest(CliContext ctx)
    {
        var db = DbOption();
        var max = MaxSizeOption();
        var kb = KbOption();
        var paths = PathsArgument();
        var cmd = new Command("ingest", "Read articles, run the pipeline and store their stories. Storing an article twice changes nothing.")
        { db, max, kb, paths };
        cmd.SetAction(async (parse, ct) =>
        {
            var dataDir = DataDirectory.Locate();
            var (builder, pipeline) = PipelineFor(dataDir, parse.GetValue(kb));
            var reader = InputReader.Load(dataDir, new ReaderOptions { MaxFileBytes = parse.GetValue(max) });
            await using var store = await SqliteStore.OpenAsync(parse.GetValue(db)!, ct);
            var ingestion = new Ingestion(pipeline, store, ctx.Error);
            var report = await ctx.Reporter.RunAsync("ingest", p => ingestion.RunAsync(reader.Read(parse.GetValue(paths)!), p, ct));
            ctx.Output.WriteLine($"ingested {report.Pages} page(s): {report.NewStories} new stories, {report.KnownStories} already known, {report.Failed} failed ({report.Elapsed.TotalSeconds:0.00} s) -> {store.Path}");
            var merged = await store.MergeIncidentsAsync(new Sitrep.Core.Incidents.IncidentMerger(IncidentCommands.Catalog(builder).Knowledge), ct: ct);
            ctx.Output.WriteLine(IncidentCommands.Describe(merged));
            return report.Failed > 0 ? Program.SomeFailed : Program.Ok;
        });
        return cmd;
    }

    private static Command Articles(CliContext ctx)
    {
        var db = DbOption();
        var format = new Option<string>("--format") { Description = "table or jsonl", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var cmd = new Command("articles", "List the stored stories.") { db, format };
        cmd.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(db)!;
            await using var store = await OpenExistingAsync(ctx, path, ct);
            if (store is null) return Program.SomeFailed;
            var stories = await store.ListStoriesAsync(ct);
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var s in stories)
                {
                    ctx.Output.WriteLine(JsonLine(w =>
                    {
                        w.WriteString("id", s.Id);
                        w.WriteString("title", s.Title);
                        w.WriteString("outlet", s.Outlet);
                        w.WriteString("published", s.Published);
                        w.WriteString("url", s.Url);
                        w.WriteNumber("length", s.Length);
                        w.WriteNumber("sentences", s.SentenceCount);
                        w.WriteString("source", s.SourceKey);
                        w.WriteNumber("story_index", s.StoryIndex);
                    }));
                }
                return Program.Ok;
            }
            var table = new Table().AddColumns("published", "outlet", "title", "sentences", "id");
            foreach (var s in stories)
                table.AddRow(Markup.Escape(s.Published ?? "?"), Markup.Escape(s.Outlet ?? ""), Markup.Escape(Cut(s.Title ?? s.SourceKey, 60)),
                    s.SentenceCount.ToString(), s.Id[..12]);
            ConsoleFor(ctx).Write(table);
            ctx.Output.WriteLine($"{stories.Count} stories in {path}");
            return Program.Ok;
        });
        return cmd;
    }

    private static Command Extract(CliContext ctx)
    {
        var format = new Option<string>("--format") { Description = "eval (the shape of eval/FORMAT.md) or jsonl (everything, with offsets)", DefaultValueFactory = _ => "eval" };
        format.AcceptOnlyFromAmong("eval", "jsonl");
        var outDir = new Option<string>("--out") { Description = "Folder for the output: one <id>.json per input page", Required = true };
        var max = MaxSizeOption();
        var kb = KbOption();
        var paths = PathsArgument();
        var cmd = new Command("extract", "Run the pipeline without a database and write one JSON file per input page.") { format, outDir, max, kb, paths };
        cmd.SetAction((parse, ct) =>
        {
            var dataDir = DataDirectory.Locate();
            var (builder, pipeline) = PipelineFor(dataDir, parse.GetValue(kb));
            var reader = InputReader.Load(dataDir, new ReaderOptions { MaxFileBytes = parse.GetValue(max) });
            var dir = parse.GetValue(outDir)!;
            Directory.CreateDirectory(dir);
            bool eval = parse.GetValue(format) == "eval";
            int written = 0, failed = 0;
            var names = new HashSet<string>(StringComparer.Ordinal);
            var articles = reader.Read(parse.GetValue(paths)!).Where(r =>
            {
                if (r.Error is null) return true;
                ctx.Error.WriteLine(r.Error.ToString());
                failed++;
                return false;
            }).Select(r => r.Article!);
            foreach (var result in pipeline.ProcessMany(articles))
            {
                ct.ThrowIfCancellationRequested();
                if (result.Error is { } e) { ctx.Error.WriteLine($"error {e.Message}"); failed++; continue; }
                var page = result.Page!;
                var name = FileNameFor(page.Page.Source.Id, names);
                using var file = File.Create(Path.Combine(dir, name));
                using var w = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = eval, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                if (eval) EvalWriter.Write(w, page, builder.Actors);
                else JsonlWriter.Write(w, page, pipeline.Stages);
                written++;
            }
            ctx.Output.WriteLine($"wrote {written} file(s) to {dir}, {failed} failed");
            return Task.FromResult(failed > 0 ? Program.SomeFailed : Program.Ok);
        });
        return cmd;
    }

    private static Command Demo(CliContext ctx)
    {
        var db = new Option<string>("--db") { Description = "Database to create afresh for the demo", DefaultValueFactory = _ => Paths.DemoDatabase };
        var cmd = new Command("demo", "Ingest the bundled demo corpus (data/demo) into a fresh database and print a summary.") { db };
        cmd.SetAction(async (parse, ct) =>
        {
            var dataDir = DataDirectory.Locate();
            var corpus = Path.Combine(dataDir, "demo");
            var path = parse.GetValue(db)!;
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                if (File.Exists(path + suffix)) File.Delete(path + suffix);
            var builder = new PipelineBuilder(dataDir);
            var pipeline = builder.UseDefaults().Build();
            var reader = InputReader.Load(dataDir);
            await using var store = await SqliteStore.OpenAsync(path, ct);
            var ingestion = new Ingestion(pipeline, store, ctx.Error);
            var report = await ctx.Reporter.RunAsync("demo", p => ingestion.RunAsync(reader.Read([corpus]), p, ct));
            var merged = await store.MergeIncidentsAsync(new Sitrep.Core.Incidents.IncidentMerger(IncidentCommands.Catalog(builder).Knowledge), ct: ct);
            var totals = await store.TotalsAsync(ct);
            var stories = await store.ListStoriesAsync(ct);
            var console = ConsoleFor(ctx);
            console.Write(new Rule("Sitrep demo").LeftJustified());
            ctx.Output.WriteLine($"corpus     {corpus}");
            ctx.Output.WriteLine($"database   {path} (SQLite, schema v{await store.GetSchemaVersionAsync(ct)})");
            ctx.Output.WriteLine($"pages      {report.Pages} read, {report.Failed} failed");
            ctx.Output.WriteLine($"stories    {totals.Stories} ({totals.Stories - totals.Sources} pages carried a second story)");
            ctx.Output.WriteLine($"sentences  {totals.Sentences}, words {totals.Words}");
            ctx.Output.WriteLine($"outlets    {totals.Outlets}, published {totals.FirstPublished ?? "?"} to {totals.LastPublished ?? "?"}");
            ctx.Output.WriteLine($"events     {totals.Events} ({totals.MaterialEvents} material: attacks, arrests, deployments, withdrawals, sanctions), quotes {totals.Quotes}");
            ctx.Output.WriteLine($"incidents  {merged.Incidents} ({merged.Contradicted} with sources that disagree)");
            ctx.Output.WriteLine($"pipeline   {pipeline.Signature}");
            ctx.Output.WriteLine($"time       {report.Elapsed.TotalMilliseconds:0} ms");
            var table = new Table().AddColumns("published", "outlet", "title", "sentences");
            foreach (var s in stories)
                table.AddRow(Markup.Escape(s.Published ?? "?"), Markup.Escape(s.Outlet ?? ""), Markup.Escape(Cut(s.Title ?? s.SourceKey, 70)), s.SentenceCount.ToString());
            console.Write(table);
            ctx.Output.WriteLine($"Next: sitrep articles --db {path}   sitrep events --db {path}   sitrep contradictions --db {path}   sitrep timeline --db {path}");
            return report.Failed > 0 ? Program.SomeFailed : Program.Ok;
        });
        return cmd;
    }

    /// <summary>Opens an existing store, or says there is none yet (and returns null).</summary>
    internal static async Task<SqliteStore?> OpenExistingAsync(CliContext ctx, string path, CancellationToken ct)
    {
        if (File.Exists(path)) return await SqliteStore.OpenAsync(path, ct);
        ctx.Error.WriteLine($"error SR130 {path}: no database here yet; run 'sitrep ingest PATH' or 'sitrep demo' first");
        return null;
    }

    internal static IAnsiConsole ConsoleFor(CliContext ctx)
    {
        bool terminal = ctx.Output == System.Console.Out && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(ctx.Output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        // Off a terminal there is no width to fit: keep rows on one line for logs and pipes.
        if (!terminal) console.Profile.Width = 200;
        return console;
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    /// <summary>"003_abc.txt" → "003_abc.json"; characters unsafe in a file name become '_'; a clash gets a suffix.</summary>
    internal static string FileNameFor(string id, HashSet<string> taken)
    {
        var stem = Path.GetFileNameWithoutExtension(id);
        if (string.IsNullOrEmpty(stem)) stem = id;
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(stem.Select(c => invalid.Contains(c) || c == '\\' ? '_' : c).ToArray());
        var name = safe + ".json";
        for (int n = 2; !taken.Add(name); n++) name = $"{safe}-{n}.json";
        return name;
    }

    private static string JsonLine(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
