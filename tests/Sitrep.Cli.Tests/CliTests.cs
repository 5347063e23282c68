using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Tests.Support;
using Sitrep.Storage;

namespace Sitrep.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string Db => Path.Combine(_dir, "test.db");

    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRun.Run(args);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Article = """
        Rockets strike near Baghdad airport

        Three Katyusha rockets landed near Victoria base at Baghdad International Airport late on Monday, Iraqi security officials said.

        No casualties were reported, and no group claimed responsibility for the attack on the base, which hosts US advisers.
        """;

    [Fact]
    public async Task Ingest_reports_a_random_binary_file_and_stores_the_good_article()
    {
        var good = Write("in/good.txt", Article);
        var noise = Path.Combine(_dir, "in", "noise.bin");
        var bytes = new byte[3 * 1024 * 1024];
        new Random(3).NextBytes(bytes);
        File.WriteAllBytes(noise, bytes);

        var (code, output, error) = await Run("ingest", "--db", Db, noise, good);

        Assert.Equal(Program.SomeFailed, code);
        var errorLines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(errorLines);
        Assert.Contains(noise, errorLines[0]);
        Assert.Contains("SR103", errorLines[0]);
        Assert.Contains("1 new stories", output);
        await using var store = await SqliteStore.OpenAsync(Db);
        Assert.Equal("ok", await store.IntegrityCheckAsync());
        Assert.Equal(1, (await store.TotalsAsync()).Stories);
    }

    [Fact]
    public async Task Ingesting_the_same_inputs_twice_changes_nothing()
    {
        var folder = Path.Combine(_dir, "in");
        Write("in/a.txt", Article);
        Write("in/sub/b.txt", Article.Replace("Monday", "Tuesday"));
        Write("in/notes.md", "not an article");
        var first = await Run("ingest", "--db", Db, folder);
        var second = await Run("ingest", "--db", Db, folder);
        Assert.Equal(0, first.Code);
        Assert.Contains("2 new stories, 0 already known, 0 failed", first.Out);
        Assert.Equal(0, second.Code);
        Assert.Contains("0 new stories, 2 already known, 0 failed", second.Out);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("frobnicate")]
    [InlineData("articles", "--format", "xml")]
    [InlineData("extract", "x.txt")]
    [InlineData("ingest", "--max-file-size", "-5", "x.txt")]
    public async Task A_wrong_command_line_exits_with_2(params string[] args)
    {
        var (code, _, error) = await Run(args);
        Assert.Equal(Program.Usage, code);
        Assert.Contains("usage:", error);
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var (code, output, _) = await Run("--help");
        Assert.Equal(0, code);
        foreach (var command in new[] { "ingest", "articles", "extract", "demo" }) Assert.Contains(command, output);
    }

    [Fact]
    public async Task Articles_lists_stored_stories_as_json_lines()
    {
        var manifest = Write("m.jsonl", JsonSerializer.Serialize(new { id = "m1.txt", published = "2023-12-08", url = "https://example.org/m1", outlet = "Levant Dispatch", title = "Embassy attack", text = Article }) + "\n");
        Assert.Equal(0, (await Run("ingest", "--db", Db, manifest)).Code);
        var (code, output, _) = await Run("articles", "--db", Db, "--format", "jsonl");
        Assert.Equal(0, code);
        using var line = JsonDocument.Parse(output.Trim());
        var o = line.RootElement;
        Assert.Equal("Rockets strike near Baghdad airport", o.GetProperty("title").GetString());
        Assert.Equal("Levant Dispatch", o.GetProperty("outlet").GetString());
        Assert.Equal("2023-12-08", o.GetProperty("published").GetString());
        Assert.Equal("https://example.org/m1", o.GetProperty("url").GetString());
        Assert.Equal(3, o.GetProperty("sentences").GetInt32());
        Assert.True(o.GetProperty("length").GetInt32() > 100);
        Assert.Equal(32, o.GetProperty("id").GetString()!.Length);
    }

    [Fact]
    public async Task Articles_without_a_database_says_how_to_make_one()
    {
        var (code, _, error) = await Run("articles", "--db", Path.Combine(_dir, "none.db"));
        Assert.Equal(Program.SomeFailed, code);
        Assert.Contains("sitrep ingest", error);
    }

    [Fact]
    public async Task Extract_writes_one_eval_file_per_page_in_the_evaluation_shape()
    {
        var second = "\n\n\n\nFinland votes in presidential run-off\n\nFinns chose between Alexander Stubb and Pekka Haavisto in Helsinki on Sunday after a close first round of voting.\n\nTurnout in Finland was lower than in January, the justice ministry in Helsinki said as polling stations closed.";
        var manifest = Write("pages.jsonl",
            JsonSerializer.Serialize(new { id = "p1.txt", published = "2024-02-11", text = Article + second }) + "\n" +
            JsonSerializer.Serialize(new { id = "p2.txt", published = (string?)null, text = Article.Replace("Monday", "Friday") }) + "\n");
        var outDir = Path.Combine(_dir, "out");
        var (code, output, _) = await Run("extract", "--format", "eval", "--out", outDir, manifest);
        Assert.Equal(0, code);
        Assert.Contains("wrote 2 file(s)", output);
        Assert.Equal(["p1.json", "p2.json"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order());
        using var p1 = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "p1.json")));
        var root = p1.RootElement;
        Assert.Equal("p1.txt", root.GetProperty("doc").GetString());
        Assert.Equal("2024-02-11", root.GetProperty("published").GetString());
        var stories = root.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(2, stories.Count);
        Assert.Equal("Finland votes in presidential run-off", stories[1].GetProperty("title").GetString());
        foreach (var list in new[] { "actors", "relations", "events" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty(list).ValueKind);
        using var p2 = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "p2.json")));
        Assert.Equal(JsonValueKind.Null, p2.RootElement.GetProperty("published").ValueKind);
    }

    [Fact]
    public async Task Extract_jsonl_gives_sentences_with_offsets_into_the_raw_text()
    {
        var raw = "Rockets  strike near Baghdad airport\n\nRead more\n\n" + Article.Split("\n\n", 2)[1];
        var file = Write("raw.txt", raw);
        var outDir = Path.Combine(_dir, "out");
        Assert.Equal(0, (await Run("extract", "--format", "jsonl", "--out", outDir, file)).Code);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "raw.json")));
        var story = json.RootElement.GetProperty("stories")[0];
        foreach (var s in story.GetProperty("sentences").EnumerateArray().Skip(1))
        {
            var text = s.GetProperty("text").GetString()!;
            Assert.Equal(text, raw.Substring(s.GetProperty("raw_start").GetInt32(), text.Length));
        }
        Assert.Contains("tokenize@1", json.RootElement.GetProperty("pipeline").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Demo_builds_a_fresh_database_from_the_bundled_corpus()
    {
        var db = Path.Combine(_dir, "demo.db");
        var first = await Run("demo", "--db", db);
        Assert.Equal(0, first.Code);
        Assert.Contains("stories", first.Out);
        Assert.Contains("events", first.Out);
        StoreTotals totals;
        await using (var store = await SqliteStore.OpenAsync(db))
            totals = await store.TotalsAsync();
        Assert.True(totals.Stories >= 28, $"the demo corpus gave {totals.Stories} stories");
        Assert.True(totals.MaterialEvents >= 30, $"the demo corpus gave {totals.MaterialEvents} material events");
        SqliteConnection.ClearAllPools();
        Assert.Equal(0, (await Run("demo", "--db", db)).Code);
        await using (var store = await SqliteStore.OpenAsync(db))
        {
            var again = await store.TotalsAsync();
            Assert.Equal((totals.Stories, totals.Events, totals.Quotes), (again.Stories, again.Events, again.Quotes));
        }
    }

    [SeedFact]
    public async Task Ingesting_the_seed_pages_gives_six_stories_and_again_six()
    {
        var seeds = Path.Combine(Shared.CorpusDir!, "seeds");
        var first = await Run("ingest", "--db", Db, seeds);
        Assert.Contains("6 new stories", first.Out);
        var second = await Run("ingest", "--db", Db, seeds);
        Assert.Contains("0 new stories, 6 already known", second.Out);
        await using var store = await SqliteStore.OpenAsync(Db);
        Assert.Equal(6, (await store.TotalsAsync()).Stories);
    }
}
