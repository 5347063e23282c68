using System.CommandLine;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Pipeline;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli;

/// <summary><c>sitrep actors</c> and <c>sitrep actor NAME</c>: the knowledge base, and what the store says of it.</summary>
public static class ActorCommands
{
    public static Command List(CliContext ctx, Option<string> db, Option<string[]> kb)
    {
        var search = new Option<string?>("--search") { Description = "Only actors any of whose names contains this text, or folds to it" };
        var kind = new Option<string?>("--kind") { Description = "Only actors of this kind (person, armed_group, coalition, party, government, state_force, organisation, media)" };
        var cmd = new Command("actors", "List the actors of the knowledge base, with how often the store's stories name them.") { search, kind, db, kb };
        cmd.SetAction(async (parse, ct) =>
        {
            var actors = Load(parse.GetValue(kb));
            var text = parse.GetValue(search);
            var folded = text is null ? null : actors.Find(text);
            var hits = actors.Actors.Where(a => (parse.GetValue(kind) is not { } k || a.Kind == k)
                && (text is null || a == folded || a.AllNames.Any(n => n.Contains(text, StringComparison.OrdinalIgnoreCase))))
                .ToList();
            var counts = await CountsAsync(parse.GetValue(db)!, ct);
            var table = new Table().AddColumns("id", "name", "kind", "country", "names", "mentions");
            foreach (var a in hits)
                table.AddRow(Markup.Escape(a.Id), Markup.Escape(a.Name), a.Kind, a.Country ?? "", a.AllNames.Count().ToString(),
                    counts.TryGetValue(a.Id, out var c) ? c.ToString() : "0");
            Commands.ConsoleFor(ctx).Write(table);
            ctx.Output.WriteLine($"{hits.Count} of {actors.Actors.Count} actors");
            return Program.Ok;
        });
        return cmd;
    }

    public static Command Profile(CliContext ctx, Option<string> db, Option<string[]> kb)
    {
        var name = new Argument<string>("NAME") { Description = "Any name of the actor, in any spelling, or its id" };
        var date = new Option<string?>("--date") { Description = "Show roles as of this day (YYYY-MM-DD); default: today" };
        var cmd = new Command("actor", "An actor's profile: names, roles over time, ties, and what stored stories say of it.") { name, date, db, kb };
        cmd.SetAction(async (parse, ct) =>
        {
            var actors = Load(parse.GetValue(kb));
            var query = parse.GetValue(name)!;
            var a = actors[query] ?? actors.Find(query);
            if (a is null)
            {
                ctx.Error.WriteLine($"error SR130 {query}: no actor of the knowledge base goes by this name; try 'sitrep actors --search TEXT'");
                return Program.SomeFailed;
            }
            DateOnly? day = parse.GetValue(date) is { } d && DateOnly.TryParse(d, out var parsed) ? parsed : DateOnly.FromDateTime(DateTime.UtcNow);
            var o = ctx.Output;
            o.WriteLine($"{a.Name}  [{a.Id}]  {a.Kind}{(a.Country is null ? "" : ", " + a.Country)}");
            if (a.Notes is not null) o.WriteLine($"  {a.Notes}");
            Line(o, "aliases", a.Aliases);
            Line(o, "in context", a.ContextAliases);
            Line(o, "stands for it", a.Metonyms);
            Links(o, actors, "member of", a.MemberOf, day);
            Links(o, actors, "part of", a.PartOf, day);
            Line(o, "aligned with", a.AlignedWith.Select(id => actors[id]?.Name ?? id));
            Line(o, "opposed to", a.OpposedTo.Select(id => actors[id]?.Name ?? id));
            if (a.Roles.Count > 0)
            {
                o.WriteLine("  roles:");
                foreach (var r in a.Roles.OrderBy(r => r.From?.First ?? DateOnly.MinValue))
                    o.WriteLine($"    {Role(actors, r)}  {Span(r.From, r.To)}{(r.HoldsOn(day) ? "  (current)" : r.EndedBefore(day) ? "  (ended)" : "")}");
            }
            var people = actors.Actors.SelectMany(p => p.Roles.Where(r => r.Of == a.Id && r.Role != "office").Select(r => (p, r))).ToList();
            if (people.Count > 0)
            {
                o.WriteLine("  people:");
                foreach (var (p, r) in people.OrderBy(x => x.r.From?.First ?? DateOnly.MinValue))
                    o.WriteLine($"    {p.Name}: {r.Role}{(r.Title is null ? "" : " (" + r.Title + ")")}  {Span(r.From, r.To)}{(r.HoldsOn(day) ? "  (current)" : "")}");
            }
            var path = parse.GetValue(db)!;
            if (File.Exists(path))
            {
                await using var store = await SqliteStore.OpenAsync(path, ct);
                var (mentions, stories) = await store.MentionCountAsync(a.Id, ct);
                o.WriteLine($"  in the store ({path}): {mentions} mentions in {stories} stories");
                foreach (var rel in await store.RelationsOfAsync(a.Id, ct))
                {
                    var subject = actors[rel.Subject]?.Name ?? rel.Subject;
                    var obj = rel.Type == "role" ? rel.Object : actors[rel.Object]?.Name ?? rel.Object;
                    o.WriteLine($"    {rel.Type}: {subject} -> {obj}  [{rel.Checked}]  {rel.Published ?? "?"} {rel.Outlet ?? ""} \"{rel.Story}\"");
                    if (rel.Sentence is not null) o.WriteLine($"      \"{rel.Sentence}\"");
                }
            }
            return Program.Ok;
        });
        return cmd;
    }

    private static ActorKb Load(string[]? kb) => new PipelineBuilder(DataDirectory.Locate(), kb ?? []).Actors;

    private static async Task<Dictionary<string, int>> CountsAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) return [];
        await using var store = await SqliteStore.OpenAsync(path, ct);
        return await store.MentionCountsAsync(ct);
    }

    private static void Line(TextWriter o, string label, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0) o.WriteLine($"  {label}: {string.Join("; ", list)}");
    }

    private static void Links(TextWriter o, ActorKb actors, string label, IReadOnlyList<ActorLink> links, DateOnly? day)
    {
        if (links.Count == 0) return;
        o.WriteLine($"  {label}:");
        foreach (var l in links)
            o.WriteLine($"    {actors[l.Id]?.Name ?? l.Id}  {Span(l.From, l.To)}{(l.Note is null ? "" : "  " + l.Note)}{(l.HoldsOn(day) ? "" : "  (not current)")}");
    }

    private static string Role(ActorKb actors, ActorRole r)
    {
        var of = r.Of is null ? "" : actors[r.Of]?.Name ?? r.Of;
        return r.Role == "office" ? $"{r.Title}{(of.Length > 0 ? " (" + of + ")" : "")}" : $"{r.Role}{(r.Title is null ? "" : " (" + r.Title + ")")} of {of}";
    }

    private static string Span(FuzzyDate? from, FuzzyDate? to) =>
        from is null && to is null ? "" : $"{Show(from)} – {Show(to)}";

    private static string Show(FuzzyDate? d) => d is { } x ? (x.First == x.Last ? x.First.ToString("yyyy-MM-dd") : x.First.Month == 1 && x.Last.Month == 12 ? x.First.Year.ToString() : x.First.ToString("yyyy-MM")) : "…";
}
