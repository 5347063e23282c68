using Sitrep.Core.Incidents;

namespace Sitrep.Core.Tests.Incidents;

public sealed class IncidentMergerTests
{
    private static readonly IncidentKnowledge World = new(
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["kataib-hezbollah"] = ["islamic-resistance-in-iraq"],
            ["nujaba"] = ["islamic-resistance-in-iraq"],
            ["islamic-resistance-in-iraq"] = [],
        },
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["base-ain-al-asad"] = ["iq-anbar", "iq"],
            ["iq-anbar"] = ["iq"],
            ["base-harir"] = ["iq-erbil-gov", "iq"],
        });

    private static readonly IncidentMerger Merger = new(World);

    internal static IncidentEvent Attack(string story, string day, string? place = "base-ain-al-asad", int index = 0) =>
        new(new EventKey(story, index), "ASSAULT", "reported")
        {
            Mode = "rocket", Target = "us-forces", PlaceId = place, Precision = place is null ? null : place.StartsWith("iq", StringComparison.Ordinal) ? 3 : 1,
            Lat = place switch { "base-ain-al-asad" => 33.7856, "base-harir" => 36.5389, _ => null },
            Lon = place switch { "base-ain-al-asad" => 42.4412, "base-harir" => 44.3497, _ => null },
            Start = DateOnly.Parse(day), End = DateOnly.Parse(day),
            Source = new EventSource("Outlet " + story, null, null, day, "A sentence of " + story + ".", 0),
        };

    [Fact]
    public void Merger_joins_one_attack_told_by_three_stories()
    {
        var incidents = Merger.Merge([Attack("s1", "2021-03-03"), Attack("s2", "2021-03-03") with { Mode = "unspecified" }, Attack("s3", "2021-03-03") with { Target = null }]);
        var one = Assert.Single(incidents);
        Assert.Equal(3, one.Events.Count);
        Assert.Equal("rocket", one.Mode);
        Assert.Equal("us-forces", one.Target);
        Assert.Empty(one.Contradictions);
    }

    [Fact]
    public void Merger_keeps_attacks_on_two_bases_the_same_day_apart()
    {
        var incidents = Merger.Merge([Attack("s1", "2023-10-18"), Attack("s2", "2023-10-18", "base-harir")]);
        Assert.Equal(2, incidents.Count);
    }

    [Fact]
    public void Merger_keeps_attacks_on_one_base_on_different_days_apart()
    {
        Assert.Equal(2, Merger.Merge([Attack("s1", "2023-10-18"), Attack("s2", "2023-10-19")]).Count);
    }

    [Fact]
    public void Merger_joins_a_province_wide_report_to_the_base_in_it_when_the_target_ties_them()
    {
        var one = Assert.Single(Merger.Merge([Attack("s1", "2021-03-03", "iq-anbar"), Attack("s2", "2021-03-03")]));
        Assert.Equal("base-ain-al-asad", one.PlaceId);
        Assert.Equal(1, one.Precision);
    }

    [Fact]
    public void Merger_never_joins_a_summary_a_plan_or_a_denial_to_a_reported_attack()
    {
        var incidents = Merger.Merge([
            Attack("s1", "2021-03-03"),
            Attack("s2", "2021-03-03") with { IsAggregate = true, Count = 70 },
            Attack("s3", "2021-03-03") with { Status = "future" },
            Attack("s4", "2021-03-03") with { Status = "negated" },
        ]);
        Assert.Equal(4, incidents.Count);
    }

    [Fact]
    public void Merger_joins_two_retellings_in_one_story_that_its_own_merge_kept_apart()
    {
        var one = Assert.Single(Merger.Merge([Attack("s1", "2021-03-03"), Attack("s1", "2021-03-03", index: 1) with { Mode = "unspecified", Killed = 1 }]));
        Assert.Equal(2, one.Events.Count);
        Assert.Equal(1, one.Killed);
    }

    [Fact]
    public void Merger_needs_a_shared_place_or_target()
    {
        var a = Attack("s1", "2021-03-03", place: null) with { Actor = "kataib-hezbollah", Target = null };
        var b = Attack("s2", "2021-03-03", place: null) with { Actor = "kataib-hezbollah", Target = null };
        Assert.Equal(2, Merger.Merge([a, b]).Count);
    }

    [Fact]
    public void Merger_treats_an_umbrella_and_its_member_as_one_actor_and_settles_on_the_member()
    {
        var one = Assert.Single(Merger.Merge([
            Attack("s1", "2021-03-03") with { Actor = "islamic-resistance-in-iraq" },
            Attack("s2", "2021-03-03") with { Actor = "kataib-hezbollah" },
        ]));
        Assert.Equal("kataib-hezbollah", one.Actor);
        Assert.Empty(one.Contradictions);
    }

    [Fact]
    public void Merger_keeps_two_groups_attacking_different_targets_apart_but_flags_rival_attributions_of_one_attack()
    {
        var apart = Merger.Merge([
            Attack("s1", "2021-03-03", place: null) with { Actor = "kataib-hezbollah" },
            Attack("s2", "2021-03-03", place: null) with { Actor = "isis" },
        ]);
        Assert.Equal(2, apart.Count);

        var one = Assert.Single(Merger.Merge([
            Attack("s1", "2021-03-03") with { Actor = "kataib-hezbollah" },
            Attack("s2", "2021-03-03") with { Actor = "isis" },
        ]));
        var c = Assert.Single(one.Contradictions);
        Assert.Equal("actor", c.Slot);
        Assert.Equal(["kataib-hezbollah", "isis"], c.Values);
    }

    [Fact]
    public void Merger_joins_a_loosely_dated_retelling_only_when_place_and_target_both_tie_it()
    {
        var month = (string story, string? target) => Attack(story, "2023-10-01") with { End = DateOnly.Parse("2023-10-31"), Target = target };
        Assert.Single(Merger.Merge([Attack("s1", "2023-10-18"), month("s2", "us-forces")]));
        Assert.Equal(2, Merger.Merge([Attack("s1", "2023-10-18"), month("s2", null)]).Count);
    }

    [Fact]
    public void Resolver_sees_no_contradiction_in_one_story_telling_a_slot_two_ways()
    {
        var one = Assert.Single(Merger.Merge([Attack("s1", "2021-03-03"), Attack("s1", "2021-03-03", index: 1) with { Mode = "missile", Killed = 2 }, Attack("s2", "2021-03-03") with { Killed = 2 }]));
        Assert.Empty(one.Contradictions);
        // One claim per story and value.
        Assert.Equal(["s1:2", "s2:2"], IncidentResolver.Claims("killed", one.Events).Select(c => c.Event.Key.Story + ":" + c.Value));
        Assert.Equal(["s1:rocket", "s1:missile", "s2:rocket"], IncidentResolver.Claims("mode", one.Events).Select(c => c.Event.Key.Story + ":" + c.Value));
    }

    [Fact]
    public void Resolver_flags_different_death_tolls_and_keeps_the_lowest()
    {
        var one = Assert.Single(Merger.Merge([
            Attack("s1", "2024-02-07") with { Killed = 3, Injured = 34 },
            Attack("s2", "2024-02-07") with { Killed = 3, Injured = 40 },
            Attack("s3", "2024-02-07") with { Killed = 2 },
        ]));
        Assert.Equal(2, one.Killed);
        Assert.Equal(34, one.Injured);
        Assert.Equal(["killed", "injured"], one.Contradictions.Select(c => c.Slot));
        Assert.Equal(["3", "2"], one.Contradictions[0].Values);
        Assert.Equal(3, one.Contradictions[0].Claims.Count);
    }

    [Fact]
    public void Resolver_flags_two_specific_modes_but_not_a_specific_one_against_unspecified()
    {
        var one = Assert.Single(Merger.Merge([Attack("s1", "2021-03-03"), Attack("s2", "2021-03-03") with { Mode = "drone" }, Attack("s3", "2021-03-03") with { Mode = "rocket" }]));
        Assert.Equal("rocket", one.Mode);
        Assert.Equal("mode", Assert.Single(one.Contradictions).Slot);
    }

    [Fact]
    public void Resolver_compares_campaign_counts_only_over_the_same_window()
    {
        IncidentEvent Campaign(string story, int count, string end) => Attack(story, "2023-10-17", place: null) with
        {
            IsAggregate = true, Count = count, CountQualifier = "more_than", End = DateOnly.Parse(end),
        };
        var differentWindows = Assert.Single(Merger.Merge([Campaign("s1", 70, "2024-01-10"), Campaign("s2", 102, "2024-01-20")]));
        Assert.Empty(differentWindows.Contradictions);
        Assert.Equal(102, differentWindows.Count);

        var sameWindow = Assert.Single(Merger.Merge([Campaign("s1", 70, "2024-01-10"), Campaign("s2", 75, "2024-01-10")]));
        Assert.Equal("count", Assert.Single(sameWindow.Contradictions).Slot);
    }

    [Fact]
    public void Merger_gives_the_same_incidents_whatever_order_the_events_come_in()
    {
        var rng = new Random(7);
        string[] places = ["base-ain-al-asad", "base-harir", "iq-anbar"];
        string?[] actors = [null, "kataib-hezbollah", "nujaba", "islamic-resistance-in-iraq", "isis"];
        var events = Enumerable.Range(0, 120).Select(i => Attack($"story{rng.Next(40):D2}", $"2023-10-{rng.Next(15, 20)}", places[rng.Next(3)], i) with
        {
            Actor = actors[rng.Next(actors.Length)],
            Killed = rng.Next(4) == 0 ? rng.Next(5) : null,
            Mode = rng.Next(2) == 0 ? "drone" : "rocket",
        }).ToList();
        var expected = Describe(Merger.Merge(events));
        Assert.True(expected.Count < events.Count, "some events should merge");
        for (int round = 0; round < 10; round++)
        {
            var shuffled = events.OrderBy(_ => rng.Next()).ToList();
            Assert.Equal(expected, Describe(Merger.Merge(shuffled)));
        }
    }

    [Fact]
    public void Merger_keeps_an_undated_event_as_an_incident_of_its_own()
    {
        var incidents = Merger.Merge([Attack("s1", "2021-03-03") with { Start = null, End = null }, Attack("s2", "2021-03-03") with { Start = null, End = null }]);
        Assert.Equal(2, incidents.Count);
        Assert.All(incidents, i => Assert.Null(i.Start));
    }

    [Fact]
    public void Merger_handles_years_of_daily_attacks_chained_into_one_component()
    {
        // Four years of daily attacks on three bases, chained by week-long retellings into one component.
        string[] bases = ["base-ain-al-asad", "base-harir", "iq-anbar"];
        var events = new List<IncidentEvent>();
        var day0 = new DateOnly(2020, 1, 1);
        for (int d = 0; d < 1461; d++)
            for (int k = 0; k < 12; k++)
                events.Add(Attack($"s{d:D4}-{k:D2}", day0.AddDays(d).ToString("yyyy-MM-dd"), bases[k % 3]) with
                {
                    End = day0.AddDays(d + (k == 0 ? 6 : 0)), Target = k == 0 ? "us-forces" : null,
                });
        Assert.Single(IncidentMerger.Components(events));
        var incidents = Merger.Merge(events);
        // One incident per base and day at most: attacks of different days never share one, whatever the chain.
        Assert.InRange(incidents.Count, 1461, 1461 * 3);
        Assert.All(incidents, i => Assert.Single(i.Events.Where(e => e.Last == e.Start).Select(e => e.Start).Distinct()));
    }

    [Fact]
    public void Components_split_at_gaps_in_dates_and_by_block()
    {
        var components = IncidentMerger.Components([
            Attack("a", "2023-10-01") with { End = DateOnly.Parse("2023-10-05") },
            Attack("b", "2023-10-04"),
            Attack("c", "2023-10-06"),
            Attack("d", "2023-10-04") with { Type = "COERCE" },
            Attack("e", "2023-10-04") with { Start = null, End = null },
        ]).Select(c => string.Join(",", c.Select(e => e.Key.Story))).Order().ToList();
        Assert.Equal(["a,b", "c", "d", "e"], components);
    }

    internal static List<string> Describe(IEnumerable<Incident> incidents) =>
        incidents.Select(i => $"{i.Id} {i.Actor} {i.PlaceId} {i.Killed} {string.Join(",", i.Events.Select(e => e.Key))} {string.Join(",", i.Contradictions.Select(c => c.Slot + ":" + string.Join("|", c.Values)))}").ToList();
}
