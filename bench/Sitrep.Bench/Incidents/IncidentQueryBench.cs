using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Bench.Throughput;
using Sitrep.Core.Incidents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Bench.Incidents;

/// <summary>
/// The <c>incidents</c> mode: a store of N generated incidents (default 1,000,000, each with one or
/// two member events in stories of three events, as ingest would leave them), then the filtered
/// queries <c>sitrep events</c> runs, each timed over repeated runs (median and worst).
/// <para>The store is generated once into <c>--db</c> (default in the temp folder) and reused while
/// it holds N incidents. Values are drawn with <c>new Random(42)</c> from the project's own actor
/// and place ids, dates 2019–2024, so every run queries the same data.</para>
/// </summary>
public static class IncidentQueryBench
{
    private const string Usage = """
        usage: incidents [--count N] [--db PATH] [--repeat N] [--out FILE]
          --count   incidents to generate (default 1000000)
          --db      store to generate or reuse (default: $TMPDIR/sitrep-bench-incidents-N.db)
          --repeat  timed runs per query (default 30, after 3 untimed)
          --out     also write the table as markdown to FILE
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        int count = 1_000_000, repeat = 30;
        string? db = null, outFile = null;
        for (int i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--count": count = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--db": db = Next(); break;
                case "--repeat": repeat = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--out": outFile = Next(); break;
                default: Console.Error.WriteLine(Usage); return 2;
            }
        }
        db ??= Path.Combine(Path.GetTempPath(), $"sitrep-bench-incidents-{count}.db");
        var builder = new PipelineBuilder(DataDirectory.Locate());
        var catalog = new IncidentCatalog(builder.Actors, builder.Gazetteer, IncidentKnowledge.From(builder.Actors, builder.Gazetteer));
        output.WriteLine($"machine: {MachineInfo.Current()}");

        await using (var probe = await SqliteStore.OpenAsync(db))
            if (await probe.CountIncidentsAsync(IncidentFilter.All) != count)
            {
                await probe.DisposeAsync();
                SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
                var started = Stopwatch.StartNew();
                await Generate(db, count, builder);
                output.WriteLine($"generated {count:N0} incidents into {db} in {started.Elapsed.TotalSeconds:0.0} s ({new FileInfo(db).Length / 1e6:0} MB)");
            }
            else output.WriteLine($"reusing {db} ({count:N0} incidents)");

        var queries = new (string Name, IncidentFilter Filter)[]
        {
            ("--actor 'Islamic Resistance in Iraq' (umbrella + members) --since/--until one month",
                new() { Actors = catalog.ActorIds("Islamic Resistance in Iraq"), Since = new(2023, 11, 1), Until = new(2023, 11, 30) }),
            ("--type ASSAULT --mode drone --place Anbar (province + places in it) --since/--until one year",
                new() { Types = ["ASSAULT"], Modes = ["drone"], Places = catalog.PlaceIds("Anbar"), Since = new(2023, 1, 1), Until = new(2023, 12, 31) }),
            ("--target 'US forces' --since/--until one week",
                new() { Targets = catalog.ActorIds("US forces"), Since = new(2024, 1, 22), Until = new(2024, 1, 28) }),
            ("--type COERCE --place Baghdad --status reported --limit 200",
                new() { Types = ["COERCE"], Places = catalog.PlaceIds("Baghdad"), Statuses = ["reported"], Limit = 200 }),
            ("contradictions --type ASSAULT --since/--until one month",
                new() { Types = ["ASSAULT"], Contradicted = true, Since = new(2022, 6, 1), Until = new(2022, 6, 30) }),
        };
        var rows = new List<string>
        {
            $"Filtered incident queries over {count:N0} stored incidents (SQLite, {MachineInfo.Current()}), each with its sources (`withEvents`, as `sitrep events` runs it); {repeat} timed runs after 3 untimed.",
            "",
            "| query | incidents | median ms | worst ms |",
            "|---|---|---|---|",
        };
        await using var store = await SqliteStore.OpenAsync(db);
        foreach (var (name, filter) in queries)
        {
            var times = new List<double>();
            int found = 0;
            for (int run = 0; run < repeat + 3; run++)
            {
                long start = Stopwatch.GetTimestamp();
                found = (await store.QueryIncidentsAsync(filter, withEvents: true)).Count;
                if (run >= 3) times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            times.Sort();
            rows.Add($"| {name} | {found} | {times[times.Count / 2]:0.0} | {times[^1]:0.0} |");
        }
        foreach (var r in rows) output.WriteLine(r);
        if (outFile is not null) await File.WriteAllLinesAsync(outFile, rows);
        return 0;
    }

    /// <summary>Writes the sources, stories, sentences, events and incidents straight into the store's tables.</summary>
    private static async Task Generate(string db, int count, PipelineBuilder builder)
    {
        await (await SqliteStore.OpenAsync(db)).DisposeAsync(); // creates the schema
        var rng = new Random(42);
        var actors = builder.Actors.Actors.Where(a => a.Kind is "armed_group" or "state_force" or "government").Select(a => a.Id).ToArray();
        var places = builder.Gazetteer.Places.Where(p => p.Country is "IQ" or "SY" or "JO").ToArray();
        string[] types = ["ASSAULT", "ASSAULT", "ASSAULT", "ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "ACCUSE", "CONSULT", "RETREAT"];
        string[] modes = ["drone", "rocket", "missile", "airstrike", "ied", "gunfire", "unspecified"];
        string[] statuses = ["reported", "reported", "reported", "reported", "reported", "reported", "future", "negated"];
        var first = new DateOnly(2019, 1, 1);
        int days = new DateOnly(2024, 12, 31).DayNumber - first.DayNumber;

        await using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        await c.OpenAsync();
        await using (var pragma = c.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA foreign_keys=OFF;";
            await pragma.ExecuteNonQueryAsync();
        }
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync();
        SqliteCommand Cmd(string sql)
        {
            var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = sql;
            foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$\w+").Select(m => m.Value).Distinct())
                cmd.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            return cmd;
        }
        using var source = Cmd("INSERT INTO sources (id, source_key, url, outlet, title, published, format, origin, raw_sha256, raw_text, ingested_at) VALUES ($id, $key, $url, $outlet, $title, $pub, 'text', 'bench', $sha, $raw, '2026-01-01T00:00:00Z')");
        using var story = Cmd("INSERT INTO stories (seq, id, source_id, story_index, title, text, page_start, length, word_count, token_count, sentence_count, pipeline, ingested_at) VALUES ($seq, $id, $seq, 0, $title, $text, 0, $len, 30, 35, 3, 'bench', '2026-01-01T00:00:00Z')");
        using var sentence = Cmd("INSERT INTO sentences (story_seq, idx, start, length, raw_start, kind) VALUES ($s, $i, $start, $len, $start, 'paragraph')");
        using var ev = Cmd("""
            INSERT INTO events (story_seq, idx, type, mode, actor, target, claimed_by, place_id, place_name, lat, lon, precision, start_date, end_date, status, aggregate, agg_count, killed, injured, trigger_start, trigger_length, evidence, stage)
            VALUES ($s, $i, $type, $mode, $actor, $target, $claimed, $place, $placeName, $lat, $lon, $precision, $day, $end, $status, $aggregate, $count, $killed, $injured, 0, 4, $evidence, 'events@1')
            """);
        using var incident = Cmd("""
            INSERT INTO incidents (id, type, mode, actor, claimed_by, target, place_id, place_name, lat, lon, precision, start_date, end_date, status, aggregate, agg_count, killed, injured, sources, contradictions, span_days)
            VALUES ($id, $type, $mode, $actor, $claimed, $target, $place, $placeName, $lat, $lon, $precision, $day, $end, $status, $aggregate, $count, $killed, $injured, $sources, $contradictions, $span)
            """);
        using var member = Cmd("INSERT INTO incident_events (story_seq, idx, incident_id) VALUES ($s, $i, $id)");
        static void Set(SqliteCommand cmd, params (string, object?)[] values)
        {
            foreach (var (name, value) in values) cmd.Parameters[name].Value = value ?? DBNull.Value;
        }

        const string sentenceText = "Drones struck the base on Monday, officials said. ";
        long seq = 0;
        int slot = 3; // events used in the current story (three a story)
        for (int n = 0; n < count; n++)
        {
            var type = types[rng.Next(types.Length)];
            var mode = type == "ASSAULT" ? modes[rng.Next(modes.Length)] : type == "COERCE" ? "arrest" : null;
            var actor = rng.Next(5) == 0 ? null : actors[rng.Next(actors.Length)];
            var target = rng.Next(3) == 0 ? null : actors[rng.Next(actors.Length)];
            var place = rng.Next(6) == 0 ? null : places[rng.Next(places.Length)];
            var day = first.AddDays(rng.Next(days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var status = statuses[rng.Next(statuses.Length)];
            int? killed = type == "ASSAULT" && rng.Next(3) == 0 ? rng.Next(12) : null;
            bool disputed = rng.Next(10) == 0;
            int members = 1 + rng.Next(2);
            // One in a hundred is a campaign summary over one to four months ("70 attacks since October").
            bool aggregate = type == "ASSAULT" && rng.Next(100) == 0;
            int span = aggregate ? 30 + rng.Next(91) : 0;
            var end = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(span).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var claimed = actor is not null && rng.Next(10) == 0 ? actor : null;
            int? aggCount = aggregate ? 10 + rng.Next(150) : null;
            var id = $"inc-{n:x16}";
            Set(incident, ("$id", id), ("$type", type), ("$mode", mode), ("$actor", actor), ("$target", target), ("$place", place?.Id),
                ("$placeName", place?.Name), ("$lat", place?.Lat), ("$lon", place?.Lon), ("$precision", place?.Precision), ("$day", day),
                ("$status", status), ("$killed", killed), ("$injured", null), ("$sources", members), ("$contradictions", disputed ? "killed" : ""),
                ("$end", end), ("$claimed", claimed), ("$aggregate", aggregate ? 1 : 0), ("$count", aggCount), ("$span", span));
            await incident.ExecuteNonQueryAsync();
            for (int m = 0; m < members; m++)
            {
                if (slot == 3)
                {
                    seq++;
                    slot = 0;
                    var text = string.Concat(Enumerable.Repeat(sentenceText, 3));
                    Set(source, ("$id", seq), ("$key", $"bench-{seq}.txt"), ("$url", $"https://bench.example/{seq}"), ("$outlet", $"Outlet {seq % 40}"),
                        ("$title", $"Story {seq}"), ("$pub", day), ("$sha", seq.ToString("x64", CultureInfo.InvariantCulture)), ("$raw", text));
                    await source.ExecuteNonQueryAsync();
                    Set(story, ("$seq", seq), ("$id", seq.ToString("x32", CultureInfo.InvariantCulture)), ("$title", $"Story {seq}"), ("$text", text), ("$len", text.Length));
                    await story.ExecuteNonQueryAsync();
                    for (int s = 0; s < 3; s++)
                    {
                        Set(sentence, ("$s", seq), ("$i", s), ("$start", s * sentenceText.Length), ("$len", sentenceText.Length - 1));
                        await sentence.ExecuteNonQueryAsync();
                    }
                }
                Set(ev, ("$s", seq), ("$i", slot), ("$type", type), ("$mode", mode), ("$actor", actor), ("$target", target), ("$place", place?.Id),
                    ("$placeName", place?.Name), ("$lat", place?.Lat), ("$lon", place?.Lon), ("$precision", place?.Precision), ("$day", day),
                    ("$status", status), ("$killed", disputed && m == 1 ? (killed ?? 0) + 1 : killed), ("$injured", null),
                    ("$end", end), ("$claimed", claimed), ("$aggregate", aggregate ? 1 : 0), ("$count", aggCount),
                    ("$evidence", $"{slot}:{slot * sentenceText.Length}+{sentenceText.Length - 1}:{slot * sentenceText.Length}"));
                await ev.ExecuteNonQueryAsync();
                Set(member, ("$s", seq), ("$i", slot), ("$id", id));
                await member.ExecuteNonQueryAsync();
                slot++;
            }
        }
        await tx.CommitAsync();
        await using var analyze = c.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        await analyze.ExecuteNonQueryAsync();
    }
}
