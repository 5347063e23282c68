using System.CommandLine;
using System.Globalization;
using Sitrep.Core.Incidents;
using Sitrep.Core.Incidents.Export;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Time;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>The commands over incidents: <c>events</c>, <c>contradictions</c>, <c>timeline</c>,
/// <c>export</c> and <c>merge</c>.</summary>
public static class IncidentCommands
{
    /// <summary>The knowledge the incident commands need, loaded once per command.</summary>
    internal static IncidentCatalog Catalog(PipelineBuilder builder) =>
        new(builder.Actors, builder.Gazetteer, IncidentKnowledge.From(builder.Actors, builder.Gazetteer));

    /// <summary>The filters every incident command takes, and how they become an <see cref="IncidentFilter"/>.</summary>
    private sealed class Filters
    {
        public readonly Option<string[]> Type = new("--type") { Description = "PLOVER type (ASSAULT, COERCE, …); repeatable", AllowMultipleArgumentsPerToken = false };
        public readonly Option<string[]> Mode = new("--mode") { Description = "Mode (drone, rocket, missile, ied, airstrike, gunfire, arrest, seize, ban, unspecified); repeatable" };
        public readonly Option<string?> Actor = new("--actor") { Description = "Actor in any spelling; an umbrella takes in its members. Matches the actor or the claimant" };
        public readonly Option<string?> Target = new("--target") { Description = "Target in any spelling; an umbrella takes in its members" };
        public readonly Option<string?> Place = new("--place") { Description = "Place in any spelling; takes in every place within it (a province: its towns and bases)" };
        public readonly Option<string?> Since = new("--since") { Description = "Incidents on or after this day (YYYY-MM-DD)" };
        public readonly Option<string?> Until = new("--until") { Description = "Incidents on or before this day (YYYY-MM-DD)" };
        public readonly Option<string[]> Status = new("--status") { Description = "reported, future or negated; repeatable (default: all)" };

        public void AddTo(Command cmd)
        {
            foreach (var o in new Option[] { Type, Mode, Actor, Target, Place, Since, Until, Status }) cmd.Add(o);
        }

        /// <summary>The filter, or an error message naming the value no actor, place or day matches.</summary>
        public (IncidentFilter? Filter, string? Error) Build(ParseResult parse, IncidentCatalog catalog)
        {
            var filter = new IncidentFilter();
            if (parse.GetValue(Type) is { Length: > 0 } types) filter = filter with { Types = types.Select(t => t.ToUpperInvariant()).ToList() };
            if (parse.GetValue(Mode) is { Length: > 0 } modes) filter = filter with { Modes = modes.Select(m => m.ToLowerInvariant()).ToList() };
            if (parse.GetValue(Status) is { Length: > 0 } statuses) filter = filter with { Statuses = statuses.Select(s => s.ToLowerInvariant()).ToList() };
            if (parse.GetValue(Actor) is { } actor)
            {
                if (catalog.ActorIds(actor) is not { } ids) return (null, $"{actor}: no actor of the knowledge base goes by this name; try 'sitrep actors --search TEXT'");
                filter = filter with { Actors = ids };
            }
            if (parse.GetValue(Target) is { } target)
            {
                if (catalog.ActorIds(target) is not { } ids) return (null, $"{target}: no actor of the knowledge base goes by this name; try 'sitrep actors --search TEXT'");
                filter = filter with { Targets = ids };
            }
            if (parse.GetValue(Place) is { } place)
            {
                if (catalog.PlaceIds(place) is not { } ids) return (null, $"{place}: no place of the gazetteer goes by this name; try 'sitrep places --search TEXT'");
                filter = filter with { Places = ids };
            }
            foreach (var (option, set) in new (Option<string?>, Func<DateOnly, IncidentFilter>)[]
                     { (Since, d => filter with { Since = d }), (Until, d => filter with { Until = d }) })
            {
                if (parse.GetValue(option) is not { } text) continue;
                if (IsoDay.Parse(text) is not { } day)
                    return (null, $"{option.Name} {text}: not a day; write it as YYYY-MM-DD");
                filter = set(day);
            }
            return (filter, null);
        }
    }

    /// <summary>Runs an incident command: opens the store, builds the filter, hands both on.</summary>
    private static void Act(Command cmd, CliContext ctx, Option<string> db, Filters filters,
        Func<ParseResult, SqliteStore, IncidentCatalog, IncidentFilter, CancellationToken, Task<int>> action)
    {
        cmd.SetAction(async (parse, ct) =>
        {
            var catalog = Catalog(new PipelineBuilder(DataDirectory.Locate()));
            var (filter, error) = filters.Build(parse, catalog);
            if (filter is null) { ctx.Error.WriteLine($"error SR130 {error}"); return Program.Usage; }
            await using var store = await Commands.OpenExistingAsync(ctx, parse.GetValue(db)!, ct);
            if (store is null) return Program.SomeFailed;
            return await action(parse, store, catalog, filter, ct);
        });
    }

    public static Command Events(CliContext ctx, Option<string> db)
    {
        var filters = new Filters();
        var format = new Option<string>("--format") { Description = "table, csv, jsonl or geojson", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "jsonl", "geojson");
        var limit = new Option<int?>("--limit") { Description = "At most this many incidents (the earliest first)" };
        var cmd = new Command("events", "Query the incidents: one per happening, merged across stories, with every source.") { db, format, limit };
        filters.AddTo(cmd);
        Act(cmd, ctx, db, filters, async (parse, store, catalog, filter, ct) =>
        {
            var fmt = parse.GetValue(format)!;
            var incidents = await store.QueryIncidentsAsync(filter with { Limit = parse.GetValue(limit) }, withEvents: true, ct);
            switch (fmt)
            {
                case "jsonl":
                    WriteBytes(ctx, s => new IncidentJson(catalog).WriteLines(s, incidents));
                    break;
                case "geojson":
                    int skipped = 0;
                    WriteBytes(ctx, s => skipped = new IncidentJson(catalog).WriteGeoJson(s, incidents));
                    ctx.Output.WriteLine();
                    if (skipped > 0) ctx.Error.WriteLine($"{skipped} incident(s) without coordinates left out of the GeoJSON");
                    break;
                case "csv":
                    ctx.Output.Write(Csv.Line(IncidentRow.Columns));
                    foreach (var inc in incidents) ctx.Output.Write(Csv.Line(IncidentRow.Of(inc, catalog).Select(f => f.Value)));
                    break;
                default:
                    Table(ctx, catalog, incidents);
                    ctx.Output.WriteLine($"{incidents.Count} incident(s), {incidents.Count(i => i.Contradictions.Count > 0)} with sources that disagree");
                    break;
            }
            return Program.Ok;
        });
        return cmd;
    }

    public static Command Contradictions(CliContext ctx, Option<string> db)
    {
        var filters = new Filters();
        var cmd = new Command("contradictions", "List the incidents whose sources disagree, slot by slot, with the sentence each source said it in.") { db };
        filters.AddTo(cmd);
        Act(cmd, ctx, db, filters, async (parse, store, catalog, filter, ct) =>
        {
            var incidents = await store.QueryIncidentsAsync(filter with { Contradicted = true }, withEvents: true, ct);
            var o = ctx.Output;
            foreach (var inc in incidents)
            {
                o.WriteLine($"{inc.Id}  {inc.Type}/{inc.Mode}  {Day(inc.Start)}  {inc.PlaceName ?? "(no place)"}  " +
                            $"{Name(catalog, inc.Actor) ?? "?"} -> {Name(catalog, inc.Target) ?? "?"}  ({inc.Events.Count} sources)");
                foreach (var c in inc.Contradictions)
                {
                    o.WriteLine($"  {c.Slot}: sources disagree ({string.Join(" vs ", c.Values.Select(v => Value(catalog, c.Slot, v)))})");
                    foreach (var claim in c.Claims)
                    {
                        var s = claim.Event.Source;
                        o.WriteLine($"    {Value(catalog, c.Slot, claim.Value)}  {s.Outlet ?? "?"}, {s.Published ?? "?"}: \"{s.Sentence}\"");
                    }
                }
                o.WriteLine();
            }
            o.WriteLine($"{incidents.Count} incident(s) with sources that disagree");
            return Program.Ok;
        });
        return cmd;
    }

    public static Command Export(CliContext ctx, Option<string> db)
    {
        var filters = new Filters();
        var format = new Option<string>("--format") { Description = "acled-csv, jsonl, geojson or graphml", Required = true };
        format.AcceptOnlyFromAmong("acled-csv", "jsonl", "geojson", "graphml");
        var output = new Option<string>("--out") { Description = "File to write", Required = true };
        var cmd = new Command("export", "Write the incidents as an ACLED-style CSV, JSON lines or GeoJSON, or the actor network as GraphML.") { db, format, output };
        filters.AddTo(cmd);
        Act(cmd, ctx, db, filters, async (parse, store, catalog, filter, ct) =>
        {
            var incidents = await store.QueryIncidentsAsync(filter, withEvents: true, ct);
            var path = parse.GetValue(output)!;
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            // Written beside the target and moved over it, so a failed export leaves no half file.
            var temp = path + ".partial";
            string summary;
            await using (var file = File.Create(temp))
            {
                switch (parse.GetValue(format))
                {
                    case "acled-csv":
                    {
                        await using var text = new StreamWriter(file, new System.Text.UTF8Encoding(false));
                        var (written, skipped) = new AcledCsv(catalog, AcledMapping.Load(DataDirectory.Locate())).Write(text, incidents);
                        summary = $"{written} ACLED event(s); {skipped} incident(s) ACLED does not code (statements, summaries, plans, denials) left out";
                        break;
                    }
                    case "geojson":
                        summary = $"{incidents.Count - new IncidentJson(catalog).WriteGeoJson(file, incidents)} feature(s); incidents without coordinates left out";
                        break;
                    case "graphml":
                        var (nodes, edges) = new ActorGraphMl(catalog).Write(file, incidents, await store.RelationCountsAsync(ct));
                        summary = $"{nodes} actor(s), {edges} edge(s)";
                        break;
                    default:
                        new IncidentJson(catalog).WriteLines(file, incidents);
                        summary = $"{incidents.Count} incident(s)";
                        break;
                }
            }
            File.Move(temp, path, overwrite: true);
            ctx.Output.WriteLine($"wrote {summary} to {path}");
            return Program.Ok;
        });
        return cmd;
    }

    public static Command Timeline(CliContext ctx, Option<string> db)
    {
        var filters = new Filters();
        var by = new Option<string?>("--by") { Description = "Split each week's bar by actor, mode or type" };
        by.AcceptOnlyFromAmong("actor", "mode", "type");
        var cmd = new Command("timeline", "Incidents per week as a chart in the terminal.") { db, by };
        filters.AddTo(cmd);
        Act(cmd, ctx, db, filters, async (parse, store, catalog, filter, ct) =>
        {
            var incidents = await store.QueryIncidentsAsync(filter, withEvents: false, ct);
            foreach (var line in TimelineChart.Render(incidents, parse.GetValue(by), id => catalog.ActorName(id)))
                ctx.Output.WriteLine(line);
            return Program.Ok;
        });
        return cmd;
    }

    public static Command Merge(CliContext ctx, Option<string> db)
    {
        var rebuild = new Option<bool>("--rebuild") { Description = "Make every incident afresh instead of merging only new events" };
        var cmd = new Command("merge", "Merge stored events into incidents (ingest does this itself; use --rebuild after changing the merge rules).") { db, rebuild };
        cmd.SetAction(async (parse, ct) =>
        {
            await using var store = await Commands.OpenExistingAsync(ctx, parse.GetValue(db)!, ct);
            if (store is null) return Program.SomeFailed;
            var catalog = Catalog(new PipelineBuilder(DataDirectory.Locate()));
            var report = await store.MergeIncidentsAsync(new IncidentMerger(catalog.Knowledge), parse.GetValue(rebuild), ct);
            ctx.Output.WriteLine(Describe(report));
            return Program.Ok;
        });
        return cmd;
    }

    internal static string Describe(MergeReport r) =>
        $"incidents  {r.Incidents} ({r.Contradicted} with sources that disagree); this merge: {r.NewEvents} new event(s), {r.IncidentsRemoved} incident(s) remade into {r.IncidentsAdded}";

    private static void Table(CliContext ctx, IncidentCatalog catalog, List<Incident> incidents)
    {
        var table = new Table().AddColumns("date", "type", "actor", "target", "place", "killed", "injured", "sources", "disputed", "id");
        foreach (var i in incidents)
            table.AddRow(Markup.Escape(Day(i.Start) ?? "?"), Markup.Escape(i.Type + (i.Mode is null ? "" : "/" + i.Mode) + (i.Status == "reported" ? "" : $" ({i.Status})")),
                Markup.Escape(Name(catalog, i.Actor) ?? ""), Markup.Escape(Name(catalog, i.Target) ?? ""), Markup.Escape(i.PlaceName ?? ""),
                i.Killed?.ToString(CultureInfo.InvariantCulture) ?? "", i.Injured?.ToString(CultureInfo.InvariantCulture) ?? "",
                i.Events.Select(e => e.Key.Story).Distinct().Count().ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(",", i.Contradictions.Select(c => c.Slot))), i.Id);
        Commands.ConsoleFor(ctx).Write(table);
    }

    private static void WriteBytes(CliContext ctx, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        ctx.Output.Write(new System.Text.UTF8Encoding(false).GetString(buffer.ToArray()));
    }

    private static string? Name(IncidentCatalog catalog, string? id) => id is null ? null : catalog.ActorName(id);

    private static string Value(IncidentCatalog catalog, string slot, string value) =>
        slot is "actor" or "claimed_by" or "target" ? catalog.ActorName(value) : slot == "place" ? catalog.Places[value]?.Name ?? value : value;

    private static string? Day(DateOnly? d) => IsoDay.Of(d);
}
