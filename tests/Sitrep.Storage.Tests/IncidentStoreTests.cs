using Microsoft.Data.Sqlite;
using Sitrep.Core.Documents;
using Sitrep.Core.Incidents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;

namespace Sitrep.Storage.Tests;

public sealed class IncidentStoreTests : IAsyncLifetime
{
    private static readonly Lazy<PipelineBuilder> Builder = new(() => new PipelineBuilder(DataDirectory.Locate()));
    private static readonly Lazy<SitrepPipeline> Pipeline = new(() => Builder.Value.UseDefaults().Build());
    private static readonly Lazy<IncidentMerger> Merger = new(() => new IncidentMerger(IncidentKnowledge.From(Builder.Value.Actors, Builder.Value.Gazetteer)));
    private readonly List<string> _paths = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in _paths)
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        return Task.CompletedTask;
    }

    private async Task<SqliteStore> OpenAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-incidents-{Guid.NewGuid():N}.db");
        _paths.Add(path);
        return await SqliteStore.OpenAsync(path);
    }

    // Three outlets tell one rocket attack; a fourth tells another attack the same day elsewhere.
    private static readonly (string Id, string Outlet, DateOnly Published, string Text)[] Articles =
    [
        ("tigris-1.txt", "Tigris Wire", new(2021, 3, 3),
            "Rockets hit Ain al-Asad air base\n\nTen rockets struck Ain al-Asad air base in Anbar province on Wednesday morning, " +
            "killing one American contractor, the coalition said.\n\nIraqi forces searched the area the rockets were fired from."),
        ("levant-1.txt", "Levant Daily Report", new(2021, 3, 4),
            "Contractor dies after barrage on Anbar base\n\nA barrage of rockets hit the Ain al-Assad base in western Iraq on Wednesday, killing two people, officials said.\n\n" +
            "No group has claimed the attack."),
        ("river-1.txt", "River Post", new(2021, 3, 3),
            "Base hosting US troops comes under rocket fire\n\nAin al-Asad air base, which hosts US troops, came under rocket fire on 3 March, a military statement said.\n\n" +
            "The air defences of the base engaged the incoming fire."),
        ("north-1.txt", "Northern Courier", new(2021, 3, 3),
            "Rockets fall near Erbil airport\n\nThree rockets hit near Erbil airport on Wednesday, security officials in the Kurdistan Region said.\n\n" +
            "There were no casualties."),
    ];

    private static ProcessedPage Page((string Id, string Outlet, DateOnly Published, string Text) a) =>
        Pipeline.Value.Process(new RawArticle(new SourceInfo(a.Id, Url: $"https://example.org/{a.Id}", Outlet: a.Outlet, Published: a.Published), a.Text, "text"));

    private static List<string> Describe(IEnumerable<Incident> incidents) =>
        incidents.Select(i => $"{i.Id} {i.Type} {i.PlaceId} {i.Start} {i.Killed} [{string.Join(",", i.Events.Select(e => e.Key).Order())}] " +
                              string.Join(";", i.Contradictions.Select(c => c.Slot + "=" + string.Join("|", c.Values.Order())))).Order().ToList();

    [Fact]
    public async Task Three_outlets_telling_one_attack_make_one_incident_with_every_source()
    {
        await using var store = await OpenAsync();
        await store.StoreAsync(Articles.Select(Page).ToList(), "p");
        var report = await store.MergeIncidentsAsync(Merger.Value);
        Assert.True(report.NewEvents >= 4, $"events: {report.NewEvents}");

        var asad = (await store.QueryIncidentsAsync(new IncidentFilter { Types = ["ASSAULT"], Places = ["base-ain-al-asad"] }, withEvents: true)).ToList();
        var one = Assert.Single(asad);
        Assert.Equal(["Levant Daily Report", "River Post", "Tigris Wire"], one.Events.Select(e => e.Source.Outlet!).Distinct().Order());
        Assert.Equal(new DateOnly(2021, 3, 3), one.Start);
        Assert.All(one.Events, e => Assert.False(string.IsNullOrEmpty(e.Source.Sentence)));

        var killed = Assert.Single(one.Contradictions, c => c.Slot == "killed");
        Assert.Equal(["1", "2"], killed.Values.Order());
        Assert.Contains(killed.Claims, c => c.Event.Source.Sentence!.Contains("killing one American contractor"));
        Assert.Contains(killed.Claims, c => c.Event.Source.Sentence!.Contains("killing two people"));
        Assert.Equal(1, one.Killed);

        var erbil = await store.QueryIncidentsAsync(new IncidentFilter { Types = ["ASSAULT"], Since = new(2021, 3, 3), Until = new(2021, 3, 3) });
        Assert.True(erbil.Count >= 2, "the Erbil attack stays its own incident");
        Assert.Single(await store.QueryIncidentsAsync(new IncidentFilter { Contradicted = true }));
    }

    [Fact]
    public async Task Shuffled_ingestion_one_article_at_a_time_gives_the_same_incidents_as_a_rebuild()
    {
        List<string>? expected = null;
        var rng = new Random(11);
        for (int round = 0; round < 4; round++)
        {
            await using var store = await OpenAsync();
            foreach (var a in Articles.OrderBy(_ => rng.Next()))
            {
                await store.StoreAsync([Page(a)], "p");
                await store.MergeIncidentsAsync(Merger.Value);
            }
            var incremental = Describe(await store.QueryIncidentsAsync(IncidentFilter.All, withEvents: true));
            await store.MergeIncidentsAsync(Merger.Value, rebuild: true);
            var rebuilt = Describe(await store.QueryIncidentsAsync(IncidentFilter.All, withEvents: true));
            Assert.Equal(rebuilt, incremental);
            expected ??= incremental;
            Assert.Equal(expected, incremental);
        }
    }

    [Fact]
    public async Task Merging_again_with_nothing_new_changes_nothing()
    {
        await using var store = await OpenAsync();
        await store.StoreAsync(Articles.Select(Page).ToList(), "p");
        var first = await store.MergeIncidentsAsync(Merger.Value);
        var before = Describe(await store.QueryIncidentsAsync(IncidentFilter.All, withEvents: true));
        var again = await store.MergeIncidentsAsync(Merger.Value);
        Assert.Equal(0, again.NewEvents);
        Assert.Equal(0, again.IncidentsAdded);
        Assert.Equal(first.Incidents, again.Incidents);
        Assert.Equal(before, Describe(await store.QueryIncidentsAsync(IncidentFilter.All, withEvents: true)));
    }
}
