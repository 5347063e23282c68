using Microsoft.Data.Sqlite;
using Sitrep.Core;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Storage.Tests;

public sealed class SqliteStoreTests : IAsyncLifetime
{
    private static readonly Lazy<SitrepPipeline> Pipeline = new(() => PipelineBuilder.Default());
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sitrep-test-{Guid.NewGuid():N}.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_path + suffix);
        return Task.CompletedTask;
    }

    private static ProcessedPage Page(string id, string text) =>
        Pipeline.Value.Process(new RawArticle(new SourceInfo(id, Url: $"https://example.org/{id}", Outlet: "Tigris Wire",
            Published: new DateOnly(2024, 1, 29)), text, "text"));

    private static readonly string TwoStories =
        "Drone kills three US soldiers at Jordan outpost\n\nA drone struck Tower 22 in north-east Jordan on Sunday, killing three US soldiers, the Pentagon said.\n\n" +
        "Washington blamed Iran-backed militias and the Islamic Resistance in Iraq, which claimed attacks on bases that day, said nothing of the outpost.\n\n\n\n" +
        "Finland votes in presidential run-off\n\nFinns chose between Alexander Stubb and Pekka Haavisto in Helsinki on Sunday after a close first round.\n\n" +
        "Turnout in Finland was lower than in January, the justice ministry in Helsinki said as polling stations closed across the country.";

    [Fact]
    public async Task Store_creates_the_schema_in_wal_mode()
    {
        await using var store = await SqliteStore.OpenAsync(_path);
        Assert.Equal(SqliteStore.SchemaVersion, await store.GetSchemaVersionAsync());
        await using var c = new SqliteConnection($"Data Source={_path}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Storing_the_same_article_twice_changes_nothing()
    {
        await using var store = await SqliteStore.OpenAsync(_path);
        var first = await store.StoreAsync([Page("a.txt", TwoStories)], "p");
        Assert.Equal(new IngestCounts(2, 0), first);
        var again = await store.StoreAsync([Page("a.txt", TwoStories)], "p");
        Assert.Equal(new IngestCounts(0, 2), again);
        var totals = await store.TotalsAsync();
        Assert.Equal(1, totals.Sources);
        Assert.Equal(2, totals.Stories);
        var stories = await store.ListStoriesAsync();
        Assert.Equal(["Drone kills three US soldiers at Jordan outpost", "Finland votes in presidential run-off"], stories.Select(s => s.Title));
        Assert.All(stories, s => Assert.Equal("2024-01-29", s.Published));
    }

    [Fact]
    public async Task The_same_story_from_another_page_is_known_already()
    {
        await using var store = await SqliteStore.OpenAsync(_path);
        await store.StoreAsync([Page("a.txt", TwoStories)], "p");
        var counts = await store.StoreAsync([Page("copy.html", TwoStories + "\n\nRead more")], "p");
        Assert.Equal(new IngestCounts(0, 2), counts);
        Assert.Equal(1, (await store.TotalsAsync()).Sources);
    }

    [Fact]
    public async Task Sentences_are_stored_with_offsets_into_the_story_and_the_raw_page()
    {
        await using (var store = await SqliteStore.OpenAsync(_path))
            await store.StoreAsync([Page("a.txt", TwoStories)], "p");
        await using var c = new SqliteConnection($"Data Source={_path}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT substr(st.text, se.start + 1, se.length), substr(src.raw_text, se.raw_start + 1, se.length)
            FROM sentences se JOIN stories st ON st.seq = se.story_seq JOIN sources src ON src.id = st.source_id
            WHERE st.story_index = 1 AND se.idx = 1
            """;
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        Assert.StartsWith("Finns chose between", r.GetString(0));
        Assert.Equal(r.GetString(0), r.GetString(1));
    }

    [Fact]
    public async Task A_long_story_stores_every_sentence_in_order()
    {
        var text = "Long report on the attacks\n\n" + string.Join(" ", Enumerable.Range(1, 70).Select(i => $"Rocket number {i} fell near the base."));
        var page = Page("long.txt", text);
        var doc = page.Stories.Single();
        Assert.Equal(71, doc.Sentences.Length);
        await using (var store = await SqliteStore.OpenAsync(_path))
            await store.StoreAsync([page], "p");
        await using var c = new SqliteConnection($"Data Source={_path}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT idx, start, length, kind FROM sentences ORDER BY idx";
        await using var r = await cmd.ExecuteReaderAsync();
        int n = 0;
        while (await r.ReadAsync())
        {
            Assert.Equal(n, r.GetInt32(0));
            Assert.Equal(doc.Sentences[n].Start, r.GetInt32(1));
            Assert.Equal(doc.Sentences[n].Length, r.GetInt32(2));
            Assert.Equal(n == 0 ? "heading" : "paragraph", r.GetString(3));
            n++;
        }
        Assert.Equal(71, n);
    }

    [Fact]
    public async Task Mentions_and_relations_are_stored_with_their_sentences()
    {
        var page = Page("r.txt", "Faction leader speaks\n\nThe Badr Organization, led by Hadi al-Amiri, said it would stay out of the fight.");
        await using var store = await SqliteStore.OpenAsync(_path);
        await store.StoreAsync([page], "p");
        var (mentions, stories) = await store.MentionCountAsync("badr-organization");
        Assert.Equal(1, stories);
        Assert.True(mentions >= 1);
        var relation = Assert.Single(await store.RelationsOfAsync("badr-organization"), r => r.Type == "leader_of");
        Assert.Equal("hadi-al-amiri", relation.Subject);
        Assert.Equal("confirmed", relation.Checked);
        Assert.Equal("The Badr Organization, led by Hadi al-Amiri, said it would stay out of the fight.", relation.Sentence);
        Assert.Equal("2024-01-29", relation.Published);
        await using var c = new SqliteConnection($"Data Source={_path}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT st.text, a.spans FROM story_actors a JOIN stories st ON st.seq = a.story_seq WHERE a.actor_id = 'badr-organization'";
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        var text = r.GetString(0);
        var span = r.GetString(1).Split(',')[0].Split('+').Select(int.Parse).ToArray();
        Assert.Equal("Badr Organization", text.Substring(span[0], span[1]));
    }

    [Fact]
    public async Task Events_are_stored_with_every_slot_their_evidence_offsets_and_stage_once()
    {
        var page = Page("e.txt", "Drone hits Jordan outpost\n\nA drone struck Tower 22 in north-east Jordan on Sunday, killing three US soldiers, the Pentagon said.");
        Assert.Equal(3, page.Stories[0].Events.Single(e => e.Type == "ASSAULT").Killed);
        await using var store = await SqliteStore.OpenAsync(_path);
        await store.StoreAsync([page], "p");
        await store.StoreAsync([page], "p");
        await using var c = new SqliteConnection($"Data Source={_path}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT e.type, e.mode, e.target, e.place_id, e.lat, e.start_date, e.status, e.killed, e.evidence, e.stage, st.text, src.raw_text " +
            "FROM events e JOIN stories st ON st.seq = e.story_seq JOIN sources src ON src.id = st.source_id";
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        Assert.Equal("ASSAULT", r.GetString(0));
        Assert.Equal("drone", r.GetString(1));
        Assert.Equal("us-forces", r.GetString(2));
        Assert.Equal("base-tower-22", r.GetString(3));
        Assert.InRange(r.GetDouble(4), 33, 34);
        Assert.Equal("2024-01-28", r.GetString(5));
        Assert.Equal("reported", r.GetString(6));
        Assert.Equal(3, r.GetInt32(7));
        Assert.Equal("events@1", r.GetString(9));
        // "sentence:start+length:raw_start" points back to the sentence in the story and in the raw page.
        var evidence = r.GetString(8).Split(',').Last().Split(':');
        var span = evidence[1].Split('+').Select(int.Parse).ToArray();
        var sentence = r.GetString(10).Substring(span[0], span[1]);
        Assert.StartsWith("A drone struck Tower 22", sentence);
        Assert.Equal(sentence, r.GetString(11).Substring(int.Parse(evidence[2]), span[1]));
        Assert.False(await r.ReadAsync());
    }

    [Fact]
    public async Task A_cancelled_batch_is_rolled_back_whole()
    {
        await using var store = await SqliteStore.OpenAsync(_path);
        await store.StoreAsync([Page("first.txt", "Rockets hit Victoria base near Baghdad airport on Monday.")], "p");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.StoreAsync([Page("a.txt", TwoStories)], "p", cts.Token));
        var totals = await store.TotalsAsync();
        Assert.Equal(1, totals.Stories);
        Assert.Equal(1, totals.Sources);
        Assert.Equal("ok", await store.IntegrityCheckAsync());
    }

    [Fact]
    public async Task A_database_from_a_newer_sitrep_is_refused_with_a_clear_error()
    {
        await using (var c = new SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = $"PRAGMA user_version = {SqliteStore.SchemaVersion + 5};";
            await cmd.ExecuteNonQueryAsync();
        }
        var e = await Assert.ThrowsAsync<SitrepException>(() => SqliteStore.OpenAsync(_path));
        Assert.Equal(ErrorCodes.Storage, e.Code);
        Assert.Contains("newer", e.Problem);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_with_a_clear_error()
    {
        await File.WriteAllTextAsync(_path, new string('x', 5000));
        var e = await Assert.ThrowsAsync<SitrepException>(() => SqliteStore.OpenAsync(_path));
        Assert.Equal(ErrorCodes.Storage, e.Code);
        Assert.Equal(_path, e.Where);
    }
}
