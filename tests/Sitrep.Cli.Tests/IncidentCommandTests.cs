using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.VisualBasic.FileIO;
using Microsoft.Data.Sqlite;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Incidents end to end over tests/corpus/incidents: articles we wrote, telling the same happenings
/// as different outlets would (expected.json says which tell which).
/// </summary>
public sealed class IncidentCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-incidents-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static string Fixtures
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "corpus", "incidents");
                if (File.Exists(Path.Combine(candidate, "expected.json"))) return candidate;
            }
            throw new DirectoryNotFoundException("tests/corpus/incidents not found above the test binaries");
        }
    }

    /// <summary>The fixtures as a JSON-lines manifest: line 1 the headline, line 2 the outlet, line 3 the day.</summary>
    private string Manifest(IEnumerable<string> ids)
    {
        var path = Path.Combine(_dir, $"manifest-{Guid.NewGuid():N}.jsonl");
        using var w = new StreamWriter(path);
        foreach (var id in ids)
        {
            var text = File.ReadAllText(Path.Combine(Fixtures, id + ".txt"));
            var lines = text.Split('\n');
            var day = DateTime.Parse(lines[2].Trim(), CultureInfo.InvariantCulture);
            w.WriteLine(JsonSerializer.Serialize(new
            {
                id = id + ".txt", url = $"https://fixtures.example/{id}", outlet = lines[1].Trim(), title = lines[0].Trim(),
                published = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text,
            }));
        }
        return path;
    }

    private static IEnumerable<string> ArticleIds() =>
        Directory.GetFiles(Fixtures, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    private static List<(string Id, List<string> Articles, bool MustMerge)> Groups()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures, "expected.json")));
        return doc.RootElement.GetProperty("groups").EnumerateArray().Select(g => (
            g.GetProperty("id").GetString()!,
            g.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).ToList(),
            g.TryGetProperty("must_merge", out var m) && m.ValueKind == JsonValueKind.True)).ToList();
    }

    private async Task<string> IngestAsync(IEnumerable<string> ids, string name = "incidents.db")
    {
        var db = Path.Combine(_dir, name);
        var (code, _, err) = await CliRun.Run("ingest", "--db", db, Manifest(ids));
        Assert.True(code == 0, err);
        return db;
    }

    private static async Task<List<JsonElement>> IncidentsAsync(string db, params string[] filters)
    {
        var (code, output, err) = await CliRun.Run(["events", "--db", db, "--format", "jsonl", .. filters]);
        Assert.True(code == 0, err);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private static IEnumerable<string> Articles(JsonElement incident) =>
        incident.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("url").GetString()!["https://fixtures.example/".Length..]).Distinct();

    [Fact]
    public async Task Articles_telling_one_attack_merge_into_one_incident_that_lists_every_one()
    {
        var db = await IngestAsync(ArticleIds());
        var incidents = await IncidentsAsync(db, "--type", "ASSAULT", "--status", "reported");
        foreach (var (id, articles, mustMerge) in Groups())
        {
            if (!mustMerge) continue;
            Assert.True(incidents.Any(i => articles.All(a => Articles(i).Contains(a))),
                $"{id}: no incident lists all of {string.Join(", ", articles)}");
        }
        // Two attacks on two bases the same day stay two incidents.
        var apart = Groups().Where(g => g.Id.StartsWith("g5", StringComparison.Ordinal)).SelectMany(g => g.Articles).ToList();
        Assert.Equal(2, apart.Count);
        Assert.DoesNotContain(incidents, i => apart.All(a => Articles(i).Contains(a)));
    }

    [Fact]
    public async Task Shuffled_ingestion_gives_the_same_incidents()
    {
        var ids = ArticleIds().ToList();
        var inOrder = await IncidentsAsync(await IngestAsync(ids, "a.db"));
        var rng = new Random(5);
        var shuffled = ids.OrderBy(_ => rng.Next()).ToList();
        // One article at a time: every ingest merges incrementally.
        var db = Path.Combine(_dir, "b.db");
        foreach (var id in shuffled)
            Assert.Equal(0, (await CliRun.Run("ingest", "--db", db, Manifest([id]))).Code);
        var oneByOne = await IncidentsAsync(db);
        static List<string> Key(List<JsonElement> list) =>
            list.Select(i => i.GetProperty("id").GetString() + " " + string.Join(",", Articles(i).Order())).Order().ToList();
        Assert.Equal(Key(inOrder), Key(oneByOne));
        Assert.Equal(inOrder.Select(i => i.GetRawText()).Order(), oneByOne.Select(i => i.GetRawText()).Order());
    }

    [Fact]
    public async Task Two_articles_disagreeing_on_a_death_toll_show_as_a_contradiction_with_both_sentences()
    {
        var g3 = Groups().Single(g => g.Id == "g3").Articles;
        var db = await IngestAsync(g3);
        var (code, output, _) = await CliRun.Run("contradictions", "--db", db);
        Assert.Equal(0, code);
        Assert.Contains("killed: sources disagree", output);
        foreach (var article in g3)
        {
            var outlet = File.ReadAllLines(Path.Combine(Fixtures, article + ".txt"))[1].Trim();
            Assert.Contains(output.Split('\n'), l => l.Contains(outlet) && l.Contains("killed", StringComparison.Ordinal) && l.Contains('"'));
        }
        var disputed = await IncidentsAsync(db, "--type", "ASSAULT");
        var killed = disputed.SelectMany(i => i.GetProperty("contradictions").EnumerateArray()).Single(c => c.GetProperty("slot").GetString() == "killed");
        Assert.Equal(["2", "3"], killed.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("value").GetString()!).Distinct().Order());
    }

    [Fact]
    public async Task Filters_resolve_aliases_umbrellas_and_places_within_places()
    {
        var db = await IngestAsync(ArticleIds());
        var all = await IncidentsAsync(db, "--type", "ASSAULT");
        // A place filter on a province takes in the base inside it.
        var anbar = await IncidentsAsync(db, "--place", "Anbar");
        Assert.Contains(anbar, i => i.GetProperty("location").GetProperty("id").GetString() == "base-ain-al-asad");
        Assert.All(anbar, i => Assert.Contains("iq-anbar", Ids(i.GetProperty("location"))));
        // Any spelling of an actor; the umbrella takes in its members.
        var kh = await IncidentsAsync(db, "--target", "Kataeb Hezbollah");
        Assert.NotEmpty(kh);
        // ... and the people who serve it: the strike that killed its commander Abu Baqir al-Saadi hit it.
        Assert.Contains(kh, i => i.GetProperty("target").GetProperty("id").GetString() == "kataib-hezbollah");
        Assert.All(kh, i => Assert.Contains(i.GetProperty("target").GetProperty("id").GetString(), new[] { "kataib-hezbollah", "abu-baqir-al-saadi" }));
        var byUmbrella = await IncidentsAsync(db, "--target", "Islamic Resistance in Iraq");
        Assert.Superset(kh.Select(i => i.GetProperty("id").GetString()).ToHashSet(), byUmbrella.Select(i => i.GetProperty("id").GetString()).ToHashSet());
        // Dates select overlapping incidents only.
        var day = await IncidentsAsync(db, "--since", "2024-02-07", "--until", "2024-02-07");
        Assert.NotEmpty(day);
        Assert.All(day, i => Assert.True(string.CompareOrdinal(i.GetProperty("start").GetString(), "2024-02-07") <= 0
                                         && string.CompareOrdinal(i.GetProperty("end").GetString(), "2024-02-07") >= 0));
        Assert.True(all.Count > day.Count);
        var (code, _, err) = await CliRun.Run("events", "--db", db, "--actor", "No Such Brigade");
        Assert.Equal(2, code);
        Assert.Contains("No Such Brigade", err);
    }

    private static IEnumerable<string> Ids(JsonElement location) =>
        new[] { location.GetProperty("id").GetString()! }.Concat(location.GetProperty("admin").EnumerateArray().Select(a => a.GetProperty("id").GetString()!));

    [Fact]
    public async Task Exports_validate_csv_geojson_and_graphml()
    {
        var db = await IngestAsync(ArticleIds());
        var incidents = await IncidentsAsync(db);

        var csvPath = Path.Combine(_dir, "acled.csv");
        Assert.Equal(0, (await CliRun.Run("export", "--db", db, "--format", "acled-csv", "--out", csvPath)).Code);
        // Parsed by the framework's own CSV reader (quotes, commas and line breaks in fields).
        using (var parser = new TextFieldParser(csvPath) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true })
        {
            parser.SetDelimiters(",");
            var header = parser.ReadFields()!;
            Assert.Equal(31, header.Length);
            Assert.Equal("event_id_cnty", header[0]);
            Assert.Equal("timestamp", header[^1]);
            int Col(string name) => Array.IndexOf(header, name);
            int rows = 0;
            while (parser.ReadFields() is { } row)
            {
                rows++;
                Assert.Equal(header.Length, row.Length);
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", row[Col("event_date")]);
                Assert.Contains(row[Col("disorder_type")], new[] { "Political violence", "Demonstrations", "Strategic developments" });
                Assert.True(int.TryParse(row[Col("fatalities")], out _));
                if (row[Col("latitude")] is { Length: > 0 } lat) Assert.InRange(double.Parse(lat, CultureInfo.InvariantCulture), -90, 90);
            }
            Assert.True(rows > 0 && rows <= incidents.Count);
        }

        var geoPath = Path.Combine(_dir, "incidents.geojson");
        Assert.Equal(0, (await CliRun.Run("export", "--db", db, "--format", "geojson", "--out", geoPath)).Code);
        using (var geo = JsonDocument.Parse(File.ReadAllText(geoPath)))
        {
            Assert.Equal("FeatureCollection", geo.RootElement.GetProperty("type").GetString());
            var features = geo.RootElement.GetProperty("features").EnumerateArray().ToList();
            Assert.Equal(incidents.Count(i => i.GetProperty("location").ValueKind == JsonValueKind.Object
                                              && i.GetProperty("location").GetProperty("lat").ValueKind == JsonValueKind.Number), features.Count);
            foreach (var f in features)
            {
                Assert.Equal("Feature", f.GetProperty("type").GetString());
                Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
                var c = f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(x => x.GetDouble()).ToList();
                Assert.Equal(2, c.Count);
                Assert.InRange(c[0], -180, 180);
                Assert.InRange(c[1], -90, 90);
                Assert.Equal(JsonValueKind.Object, f.GetProperty("properties").ValueKind);
            }
        }

        var graphPath = Path.Combine(_dir, "actors.graphml");
        Assert.Equal(0, (await CliRun.Run("export", "--db", db, "--format", "graphml", "--out", graphPath)).Code);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var xml = XDocument.Load(graphPath);
        var nodes = xml.Descendants(g + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        var edges = xml.Descendants(g + "edge").ToList();
        // Expected counts straight from the store: actor→target pairs per type, and stated relations.
        using var c2 = new SqliteConnection($"Data Source={db}");
        c2.Open();
        var expectedNodes = new HashSet<string>();
        int expectedEdges = 0;
        using (var cmd = c2.CreateCommand())
        {
            cmd.CommandText = "SELECT actor, target FROM incidents WHERE actor IS NOT NULL AND target IS NOT NULL AND actor <> target GROUP BY actor, target, type " +
                              "UNION ALL SELECT subject, object FROM relations WHERE subject <> object GROUP BY type, subject, object";
            using var r = cmd.ExecuteReader();
            while (r.Read()) { expectedNodes.Add(r.GetString(0)); expectedNodes.Add(r.GetString(1)); expectedEdges++; }
        }
        Assert.Equal(expectedNodes.Count, nodes.Count);
        Assert.Equal(expectedEdges, edges.Count);
        Assert.All(edges, e => Assert.True(nodes.Contains((string)e.Attribute("source")!) && nodes.Contains((string)e.Attribute("target")!)));
    }

    [Fact]
    public async Task Timeline_prints_a_bar_per_week_split_by_mode()
    {
        var db = await IngestAsync(ArticleIds());
        var (code, output, err) = await CliRun.Run("timeline", "--db", db, "--type", "ASSAULT", "--since", "2024-01-01", "--by", "mode");
        Assert.True(code == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("legend:", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("2024-W04 2024-01-22", StringComparison.Ordinal));
        // The US strike in Baghdad on 7 February is an airstrike; a week with no attack still gets its line.
        Assert.Contains(lines, l => l.StartsWith("2024-W06 2024-02-05", StringComparison.Ordinal) && l.Contains('█'));
        Assert.Contains(lines, l => l.StartsWith("2024-W02 2024-01-08     0", StringComparison.Ordinal));
        var weeks = lines.Where(l => l.StartsWith("2024-W", StringComparison.Ordinal)).ToList();
        Assert.Equal(weeks.Count, weeks.Distinct().Count());
        Assert.Matches(@"^\d+ incident\(s\) over \d+ week\(s\)", lines[^1]);
    }

    [Fact]
    public async Task Merge_rebuild_gives_the_same_incidents_as_incremental_ingests()
    {
        var ids = ArticleIds().ToList();
        var db = Path.Combine(_dir, "c.db");
        foreach (var half in ids.Chunk(ids.Count / 2 + 1))
            Assert.Equal(0, (await CliRun.Run("ingest", "--db", db, Manifest(half))).Code);
        var incremental = (await IncidentsAsync(db)).Select(i => i.GetRawText()).ToList();
        var (code, output, _) = await CliRun.Run("merge", "--db", db, "--rebuild");
        Assert.Equal(0, code);
        Assert.Contains("incidents", output);
        Assert.Equal(incremental, (await IncidentsAsync(db)).Select(i => i.GetRawText()).ToList());
    }
}
