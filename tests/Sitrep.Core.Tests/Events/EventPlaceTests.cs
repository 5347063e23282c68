using Sitrep.Core.Documents;
using Sitrep.Core.Events;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Support;
using static Sitrep.Core.Tests.Support.EventStories;

namespace Sitrep.Core.Tests.Events;

/// <summary>Where an event happened: the rules that give or withhold its place, each on sentences written for the test.</summary>
public sealed class EventPlaceTests
{
    [Fact]
    public void A_sanction_takes_no_place_from_the_people_or_acts_it_names()
    {
        var e = Single(Story("The US Treasury on Wednesday imposed sanctions on three Kataib Hezbollah financiers based in Baghdad."), "SANCTION");
        Assert.Equal("us-treasury", e.Actor);
        Assert.Null(e.Location);
    }

    [Fact]
    public void A_direction_before_a_country_makes_that_part_of_it_the_place()
    {
        // (data/places/regions.tsv: "eastern Syria" lies in Syria's east, not at its centre.)
        var e = Single(Story("US warplanes bombed Kataib Hezbollah depots in eastern Syria and western Iraq on Friday night, the Pentagon said."), "ASSAULT");
        Assert.Equal("eastern Syria and western Iraq", e.Location?.Name);
    }

    [Fact]
    public void A_place_that_says_where_a_named_body_is_gives_way_to_the_place_of_the_act()
    {
        var e = Single(Story("Security forces detained Abu Zahra, a commander of the Popular Mobilization Forces in Basra, in Baghdad late on Tuesday."), "COERCE");
        Assert.Equal("iq-baghdad", e.Location?.PlaceId);
    }

    [Fact]
    public void Depots_of_a_group_in_a_list_of_towns_are_struck_in_each_town()
    {
        var doc = Story("American jets struck depots of Kataib Hezbollah in Jurf al-Sakhar and Karbala on Thursday.");
        var places = doc.Events.Where(e => e.Type == "ASSAULT").Select(e => e.Location?.Name).ToList();
        Assert.Contains(places, n => n is not null && n.Contains("Jurf al-Nasr"));
    }

    [Fact]
    public void A_second_act_told_with_its_own_date_keeps_its_place_to_itself()
    {
        var doc = Story("Kataib Hezbollah fired rockets at US troops on Monday, and on Thursday its drones struck an airfield in Erbil.", "2024-02-10");
        var attacks = doc.Events.Where(e => e.Type == "ASSAULT").OrderBy(e => e.Start).ToList();
        Assert.Equal(2, attacks.Count);
        Assert.Null(attacks[0].Location);
        Assert.Equal("iq-erbil", attacks[1].Location?.PlaceId);
    }

    [Fact]
    public void A_country_that_opens_the_name_of_its_troops_is_no_place()
    {
        var e = Single(Story("Kataib Hezbollah fired rockets at US troops on Monday."), "ASSAULT");
        Assert.Equal("us-forces", e.Target);
        Assert.Null(e.Location);
    }

    [Theory]
    [InlineData("Mohammed Shia al-Sudani met the leaders of the Coordination Framework in Baghdad on Thursday to discuss the budget.", "CONSULT", "iq-baghdad")]
    [InlineData("Qasim al-Araji flew to Tehran on Tuesday to discuss border security with Iranian officials.", "CONSULT", "ir-tehran")]
    [InlineData("Iraq and Iran signed a border security agreement in Baghdad on Sunday.", "AGREE", "iq-baghdad")]
    public void A_meeting_or_a_signing_takes_the_place_its_clause_says_it_was_held(string sentence, string type, string place)
    {
        var e = Single(Story(sentence, "2023-08-31"), type);
        Assert.Equal(place, e.Location?.PlaceId);
    }

    [Fact]
    public void A_place_in_what_a_meeting_was_about_is_not_where_it_was_held()
    {
        var e = Single(Story("Mohammed Shia al-Sudani discussed the presence of coalition troops in Iraq with Antony Blinken by phone on Monday.", "2023-08-31"), "CONSULT");
        Assert.Null(e.Location);
    }

    [Fact]
    public void A_statement_still_takes_no_place()
    {
        var e = Single(Story("Kataib Hezbollah warned on Monday that US forces in Iraq would face more attacks.", "2023-08-31"), "THREATEN");
        Assert.Null(e.Location);
    }

    [Fact]
    public void A_weapon_that_names_what_was_hit_is_no_way_of_hitting_it()
    {
        var e = Single(Story("US jets struck rocket launch sites and drone storage depots of Kataib Hezbollah near al-Qaim on Saturday."), "ASSAULT");
        Assert.Equal("airstrike", e.Mode);
    }

    [Fact]
    public void A_weapon_of_an_attack_told_in_a_relative_clause_is_that_attacks_not_the_main_ones()
    {
        var doc = Story("A US strike on Wednesday targeted a militia commander who had fired rockets at American troops, the Pentagon said.");
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT" && e.Actor == "us-forces" && e.Mode == "airstrike");
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT" && e.Target == "us-forces" && e.Mode == "rocket");
    }

    [Fact]
    public void An_attack_phrase_whose_weapon_is_joined_to_another_has_no_one_mode()
    {
        var e = Single(Story("A rocket and drone attack hit Ain al-Asad air base on Sunday night, the coalition said."), "ASSAULT");
        Assert.Equal("unspecified", e.Mode);
        Assert.Equal("base-ain-al-asad", e.Location?.PlaceId);
    }

    [Fact]
    public void A_place_after_a_role_word_says_where_the_person_serves_not_where_the_act_was()
    {
        var e = Single(Story("Security forces detained Abu Karrar, a Kataib Hezbollah commander in Basra, in Baghdad on Friday."), "COERCE");
        Assert.Equal("iq-baghdad", e.Location?.PlaceId);
    }

    [Fact]
    public void An_attack_told_in_a_relative_clause_does_not_take_the_main_clauses_place()
    {
        var doc = Story("An American strike near Qaim on Friday killed three militants who had launched drones at US forces.");
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT" && e.Actor == "us-forces" && e.Location?.PlaceId == "iq-qaim");
        var launch = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Target == "us-forces");
        Assert.Null(launch.Location);
    }

    [Fact]
    public void A_site_hit_among_others_and_named_only_as_the_target_is_located_where_it_stands()
    {
        var doc = Story("Drones targeted the US embassy, Harir air base and Ain al-Asad on Sunday.", "2023-12-10");
        var embassy = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Target == "us-embassy-baghdad");
        Assert.Equal("embassy-us-baghdad", embassy.Location?.PlaceId);
        Assert.NotNull(embassy.Location?.Lat);
    }
    [Fact]
    public void The_base_of_a_story_that_names_several_bases_is_the_one_named_last_before()
    {
        var doc = Story("US troops are stationed at Ain al-Assad in Anbar and at Harir in the Kurdistan Region.\n\n"
            + "Harir air base came under drone attack twice in January.\n\n"
            + "On Sunday, three Katyusha rockets struck the base, causing no damage, officials said.", "2023-12-20");
        var e = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Start == new DateOnly(2023, 12, 17));
        Assert.Equal("Harir Air Base", e.Location?.Name);
    }

    [Fact]
    public void Weapons_that_land_inside_an_unnamed_base_attack_the_base_the_story_names()
    {
        var doc = Story("Harir air base hosts US troops.\n\nTwo rockets landed inside the base perimeter on Sunday, officials said.", "2023-12-20");
        var e = Single(doc, "ASSAULT");
        Assert.Equal("rocket", e.Mode);
        Assert.Equal("Harir Air Base", e.Location?.Name);
    }

    [Fact]
    public void Weapons_told_with_the_retell_the_attack_told_before()
    {
        var doc = Story("Four rockets slammed into Camp Victory near Baghdad airport on Monday night, officials said.\n\n"
            + "Officials said the rockets hit the crowded base shortly after 9 p.m.", "2023-12-20");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(2, e.Evidence.Count);
        Assert.Equal(new DateOnly(2023, 12, 18), e.Start);
    }

    [Fact]
    public void Foreign_forces_leaving_with_no_place_told_leave_the_story_s_country()
    {
        var doc = Story("Rockets hit Camp Taji north of Baghdad on Monday. The security agreement signed in 2008 " +
                        "led to the departure of US troops at the end of 2011.");
        Assert.Equal("iq", Single(doc, "RETREAT").Location?.PlaceId);
        // Local fighters pulling back go nowhere the story did not say.
        doc = Story("Rockets hit Camp Taji north of Baghdad on Monday. On Tuesday, Saraya al-Salam fighters withdrew.");
        Assert.Null(Single(doc, "RETREAT").Location);
    }
    [Fact]
    public void The_place_of_the_act_an_attack_answers_is_not_the_attack_s()
    {
        var e = Single(Story("Kataib Hezbollah fired rockets at a US base on Monday in retaliation for the killing of its commander in Baghdad."), "ASSAULT");
        Assert.NotEqual("iq-baghdad", e.Location?.PlaceId);
        e = Single(Story("A Nujaba drone hit the Conoco gas field in Syria on Friday in response to the Israeli bombardment of Gaza."), "ASSAULT");
        Assert.NotEqual("Gaza Strip", e.Location?.Name);
        Assert.NotEqual("israel", e.Target);
        // So has the act told after "after": "US jets struck ... after a missile attack on Ain al-Asad".
        var doc = Story("American jets bombed two Kataib Hezbollah depots on Wednesday after a missile attack on Ain al-Asad air base.", "2024-01-25");
        var strike = Assert.Single(doc.Events, x => x.Type == "ASSAULT" && x.Actor == "us-forces");
        Assert.Null(strike.Location);
        Assert.Equal("airstrike", strike.Mode);
    }

    [Fact]
    public void Tellings_of_an_attack_at_the_base_meet_at_the_story_s_base()
    {
        var doc = Story("Harir air base hosts US troops north of Erbil.\n\n" +
                        "Saturday's attack on Harir air base was the heaviest this month. Officials said three drones were launched at the base " +
                        "on Saturday evening and one hit a hangar. The Islamic Resistance in Iraq said it had fired drones at the base.", "2024-01-24");
        var e = Single(doc, "ASSAULT");
        Assert.Equal("Harir Air Base", e.Location?.Name);
        Assert.Equal("islamic-resistance-in-iraq", e.Actor);
    }

    [Fact]
    public void A_site_named_only_by_its_kind_is_the_one_of_that_kind_the_story_named()
    {
        var doc = Story("Thousands of protesters filled Tahrir Square on Friday.\n\n"
            + "In the afternoon, gunmen fired into the crowd near the square, killing two.", "2019-11-02");
        var e = Single(doc, "ASSAULT");
        Assert.Equal("iq-tahrir-square", e.Location?.PlaceId);
        doc = Story("Drones hit the Khor Mor gas field on Monday.\n\nA day later, rockets fell near the field, officials said.", "2022-06-30");
        Assert.All(doc.Events.Where(x => x.Type == "ASSAULT"), x => Assert.Equal("oil-khor-mor", x.Location?.PlaceId));
        // A story that named no such site leaves the act's place unknown.
        e = Single(Story("In the afternoon, gunmen fired into the crowd near the square, killing two.", "2019-11-02"), "ASSAULT");
        Assert.Null(e.Location);
    }

    [Fact]
    public void A_capital_named_after_the_word_capital_is_a_place_not_its_government()
    {
        var e = Single(Story("Angry crowds burned the offices of a Kurdish party in the capital Baghdad on Saturday."), "ASSAULT");
        Assert.Equal("iq-baghdad", e.Location?.PlaceId);
        Assert.NotEqual("government-of-iraq", e.Target);
    }

    [Fact]
    public void A_list_of_places_close_together_lies_at_their_midpoint_and_one_of_far_apart_places_has_no_point()
    {
        var e = Single(Story("Army units deployed around Abu Ghraib and Radwaniyah on Friday to hunt the rocket crews."), "MOBILIZE");
        Assert.Equal("Abu Ghraib and Radwaniyah", e.Location?.Name);
        Assert.NotNull(e.Location?.Lat);
        Assert.InRange(Sitrep.Core.Incidents.Geo.DistanceKm(e.Location!.Lat!.Value, e.Location.Lon!.Value, 33.29, 44.06), 0, 25);
        e = Single(Story("US jets bombed Kataib Hezbollah depots in Iraq and Syria on Friday."), "ASSAULT");
        Assert.Equal("Iraq and Syria", e.Location?.Name);
        Assert.Null(e.Location?.Lat);
    }
}
