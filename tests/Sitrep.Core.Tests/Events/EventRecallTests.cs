using Sitrep.Core.Documents;
using Sitrep.Core.Events;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Events;

/// <summary>Material events told in ways that were missed, each rule on sentences written for the test.</summary>
public sealed class EventRecallTests
{
    // This file's sentences were written for stories published on 8 June 2023.
    private static Document Story(string text, string published = "2023-06-08") => EventStories.Story(text, published);

    [Fact]
    public void Forces_that_will_deploy_somewhere_mobilize_though_their_side_is_not_named()
    {
        var doc = Story("Some 1,200 more soldiers will deploy to Kuwait over the next few weeks, an official said.");
        var e = Assert.Single(doc.Events, e => e.Type == "MOBILIZE");
        Assert.Equal("kw", e.Location?.PlaceId);
        Assert.Equal("future", e.Status);
    }

    [Fact]
    public void The_army_of_a_story_in_Iraq_is_the_Iraqi_army()
    {
        var doc = Story("After a night of looting in Nasiriyah, army units took up positions at the city's main roundabouts on Tuesday.");
        var e = Assert.Single(doc.Events, e => e.Type == "MOBILIZE");
        Assert.Equal("iraqi-army", e.Actor);
    }

    [Fact]
    public void The_army_is_the_one_the_story_named_before()
    {
        var doc = Story("The Turkish army struck PKK hideouts near Amadiya on Sunday. On Monday the army deployed commandos to the ridges above the town.");
        var e = Assert.Single(doc.Events, e => e.Type == "MOBILIZE");
        Assert.Equal("turkish-armed-forces", e.Actor);
    }

    [Fact]
    public void Earlier_strikes_on_a_list_of_days_are_one_attack_each_by_the_same_side()
    {
        var doc = Story("US jets bombed a weapons depot near Qaim on Monday, following earlier strikes on 21 May and 29 May.");
        var days = doc.Events.Where(e => e.Type == "ASSAULT" && e.Actor == "us-forces").Select(e => e.Start).Order().ToList();
        Assert.Equal([new DateOnly(2023, 5, 21), new DateOnly(2023, 5, 29), new DateOnly(2023, 6, 5)], days);
    }

    [Fact]
    public void Earlier_strikes_with_no_day_are_no_attack_of_their_own()
    {
        var doc = Story("US jets bombed a weapons depot near Qaim on Monday, following earlier strikes in the area.");
        Assert.Single(doc.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Places_a_decree_says_shall_be_closed_are_closed_by_it()
    {
        var doc = Story("Third: every checkpoint and shop operated by the factions along the highway shall be closed.");
        var e = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("ban", e.Mode);
        Assert.Equal("reported", e.Status);
        Assert.Equal("iraqi-armed-factions", e.Target);
    }

    [Fact]
    public void Places_that_will_be_closed_are_a_plan()
    {
        var doc = Story("The offices of the factions in Basra will be closed next month, an official said.");
        var e = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("future", e.Status);
    }

    [Fact]
    public void Closing_a_sides_offices_is_a_ban_on_it_though_who_ordered_it_is_not_known()
    {
        var doc = Story("A judge in Najaf ordered the closure of the offices of Kataib Hezbollah on Wednesday.");
        var e = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("kataib-hezbollah", e.Target);
    }

    [Fact]
    public void Closing_a_road_with_no_one_named_is_still_no_act()
    {
        var doc = Story("The closure of the road to the airport angered residents.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "COERCE");
    }

    [Fact]
    public void A_second_salvo_on_another_day_is_another_attack_not_the_toll_of_the_first()
    {
        var doc = Story("Katyushas hit Balad air base on 1 June, killing a contractor. On 4 June a second salvo struck the base, wounding two US soldiers.");
        var attacks = doc.Events.Where(e => e.Type == "ASSAULT").OrderBy(e => e.Start).ToList();
        Assert.Equal(2, attacks.Count);
        Assert.Null(attacks[0].Injured);
        Assert.Equal(2, attacks[1].Injured);
    }

    [Fact]
    public void A_toll_told_with_the_day_it_was_given_is_still_the_attacks()
    {
        var doc = Story("Katyushas hit Balad air base on 1 June. Two contractors were wounded, officials said on 2 June.");
        var e = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal(2, e.Injured);
    }

    [Fact]
    public void Deploying_with_no_forces_and_no_side_is_still_no_act()
    {
        var doc = Story("Several new apps will deploy to Kuwait over the next few weeks, an official said.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "MOBILIZE");
    }

    [Fact]
    public void The_Kurdistan_Regions_own_security_forces_are_not_Baghdads()
    {
        var doc = Story("The Asayish detained two suspects in Sulaymaniyah on Monday, and Kurdish security forces later seized their car.");
        Assert.All(doc.Events.Where(e => e.Type == "COERCE"), e => Assert.Equal("kurdish-security-forces", e.Actor));
        Assert.Equal(2, doc.Events.Count(e => e.Type == "COERCE"));
    }

    [Fact]
    public void A_group_that_says_its_fighters_attacked_is_the_attacker()
    {
        var doc = Story("Harakat al-Nujaba said on Wednesday that its fighters had shelled Ain al-Asad with rockets.", "2024-01-13");
        var e = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("harakat-al-nujaba", e.Actor);
    }

    [Fact]
    public void Fighters_of_nobody_named_give_the_attack_no_actor()
    {
        var doc = Story("Witnesses said its fighters had shelled Ain al-Asad with rockets.", "2024-01-13");
        var e = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Null(e.Actor);
    }

    [Fact]
    public void Reducing_its_presence_somewhere_is_a_withdrawal()
    {
        var doc = Story("Washington is going to reduce its presence in Syria over the coming months, officials said.", "2024-01-13");
        var e = Assert.Single(doc.Events, e => e.Type == "RETREAT");
        Assert.Equal("us-forces", e.Actor);
        Assert.Equal("future", e.Status);
    }

    [Fact]
    public void Reducing_the_presence_of_a_thing_is_no_withdrawal()
    {
        var doc = Story("The new rules reduce the presence of sugar in soft drinks.", "2024-01-13");
        Assert.DoesNotContain(doc.Events, e => e.Type == "RETREAT");
    }

    [Fact]
    public void Bases_named_one_for_each_attack_counted_are_one_attack_each()
    {
        var doc = Story("Harakat al-Nujaba said its fighters attacked two bases in the border area with drones on Monday night, naming al-Tanf and Shaddadi.", "2024-01-13");
        var attacks = doc.Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
        Assert.Contains(attacks, e => e.Location?.PlaceId == "base-tanf");
        Assert.All(attacks, e => Assert.Null(e.Aggregate));
        Assert.All(attacks, e => Assert.Equal("harakat-al-nujaba", e.Actor));
    }

    [Fact]
    public void Two_attacks_told_in_two_countries_stay_one_summary()
    {
        var doc = Story("Harakat al-Nujaba said its fighters carried out two attacks in Iraq and Syria with drones on Monday night.", "2024-01-13");
        var e = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal(2, e.Aggregate?.Count);
    }

    [Fact]
    public void A_place_hit_a_number_of_times_is_that_many_attacks_on_it()
    {
        var doc = Story("Qaim was hit six times last month, local officials said.", "2024-01-13");
        var e = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal(6, e.Aggregate?.Count);
        Assert.NotNull(e.Location);
    }

    [Fact]
    public void A_thing_hit_a_number_of_times_with_no_place_is_no_attack()
    {
        var doc = Story("Prices were hit three times last year.", "2024-01-13");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
    }
    [Fact]
    public void Items_of_a_bulleted_list_of_claims_are_attacks_of_the_group_that_counted_them()
    {
        var doc = Story("Kataib Hezbollah said on Sunday that it had launched six attacks in the past week.\n\n"
            + "- Tuesday: a drone at Harir air base, north of Erbil.\nNo damage was reported.\n"
            + "- Thursday: two rockets on the Ain al-Asad base.", "2023-11-12");
        var items = doc.Events.Where(e => e.Type == "ASSAULT" && e.Aggregate is null).ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, e => Assert.Equal("kataib-hezbollah", e.Actor));
        Assert.Contains(items, e => e.Mode == "drone" && e.Location?.PlaceId == "base-harir");
        Assert.Contains(items, e => e.Mode == "rocket" && e.Location?.PlaceId == "base-ain-al-asad");
    }
    [Fact]
    public void A_drone_outside_a_bulleted_list_is_no_attack_by_itself()
    {
        var doc = Story("Kataib Hezbollah showed off a drone at a parade in Baghdad on Tuesday.", "2023-11-12");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
    }
}
