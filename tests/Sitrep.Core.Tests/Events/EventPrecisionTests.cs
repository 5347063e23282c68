using Sitrep.Core.Documents;
using Sitrep.Core.Events;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Support;
using static Sitrep.Core.Tests.Support.EventStories;

namespace Sitrep.Core.Tests.Events;

/// <summary>Material events that are not told as done, each rule on sentences written for the test.</summary>
public sealed class EventPrecisionTests
{
    // This file's sentences were written for stories published on 8 June 2023.
    private static Document Story(string text, string published = "2023-06-08") => EventStories.Story(text, published);

    [Fact]
    public void A_leader_ordering_his_own_fighters_back_concedes_and_nobody_retreats()
    {
        var doc = Story("Kataib Hezbollah told its fighters on Wednesday to withdraw from the Baghdad airport road.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "RETREAT");
        var e = Assert.Single(doc.Events, e => e.Type == "CONCEDE");
        Assert.Equal("kataib-hezbollah", e.Actor);
        Assert.Equal("reported", e.Status);
    }

    [Fact]
    public void Forces_that_withdraw_of_their_own_accord_still_retreat()
    {
        var doc = Story("Kataib Hezbollah fighters withdrew from the Baghdad airport road on Wednesday.");
        Assert.Contains(doc.Events, e => e.Type == "RETREAT");
        Assert.DoesNotContain(doc.Events, e => e.Type == "CONCEDE");
    }

    [Fact]
    public void An_act_after_a_noun_of_asking_is_no_act()
    {
        var doc = Story("Hadi al-Amiri welcomed the cleric's call to withdraw and asked the crowds to go home.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "RETREAT");
    }

    [Fact]
    public void A_claim_of_the_attack_just_told_joins_it_though_its_appositive_names_a_place()
    {
        var doc = Story("Rockets hit Victory base\n\nRockets struck the Victory base near Baghdad airport on Sunday, police said.\n\n" +
                        "The Islamic Resistance in Iraq, a banner adopted by several factions since the fighting in Gaza started, had claimed the rocket attack in a statement.",
                        "2023-11-14");
        var e = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("islamic-resistance-in-iraq", e.ClaimedBy);
        Assert.Equal("base-victory", e.Location?.PlaceId);
    }

    [Fact]
    public void A_claim_whose_appositive_lists_members_and_a_window_joins_the_attack_told_and_is_the_umbrellas()
    {
        var doc = Story("A drone hit Harir air base north of Erbil on Monday, regional officials said.\n\n" +
                        "The Islamic Resistance in Iraq, a label taken up since September by Kataib Hezbollah, Nujaba and smaller Iran-aligned groups, claimed the attack on Telegram.",
                        "2023-11-14");
        var e = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("islamic-resistance-in-iraq", e.ClaimedBy);
        Assert.Equal("islamic-resistance-in-iraq", e.Actor);
        Assert.Equal(new DateOnly(2023, 11, 13), e.Start);
    }

    [Fact]
    public void The_members_an_umbrella_is_said_to_include_are_not_the_parties_of_its_act()
    {
        var doc = Story("The Islamic Resistance in Iraq, an alliance of Kataib Hezbollah, Nujaba and smaller militias, said it fired two drones at Harir air base on Sunday.");
        var e = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("islamic-resistance-in-iraq", e.Actor);
        var claim = Story("A drone hit Harir air base on Sunday. The Islamic Resistance in Iraq, an umbrella of factions including Kataib Hezbollah and Nujaba, claimed the attack.");
        var c = Assert.Single(claim.Events, e => e.Type == "ASSAULT");
        Assert.Equal("islamic-resistance-in-iraq", c.ClaimedBy);
    }

    [Fact]
    public void An_act_answered_some_days_earlier_is_dated_that_far_before_the_answer()
    {
        var doc = Story("US jets struck three Kataib Hezbollah depots in Anbar on Sunday in retaliation for a rocket attack that killed a contractor near Kirkuk two days earlier.",
                        "2019-12-30");
        var answered = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Mode == "rocket");
        Assert.Equal(new DateOnly(2019, 12, 27), answered.Start);
        var strike = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Actor == "us-forces");
        Assert.Equal(new DateOnly(2019, 12, 29), strike.Start);
    }

    [Fact]
    public void A_recall_of_ones_own_ambassador_is_against_the_state_where_he_served()
    {
        var doc = Story("The foreign ministry said it had recalled its ambassador in Tehran, Ali Hassan, for consultations on Tuesday.", "2024-01-17");
        var e = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal("iran", e.Target);
    }

    [Fact]
    public void Ground_taken_by_force_is_an_assault_and_goods_taken_a_seizure()
    {
        var doc = Story("The Islamic State seized much of Nineveh province in the summer of 2014.");
        Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(doc.Events, e => e.Type == "COERCE");
        var goods = Story("Police seized two rocket launchers in Basra on Monday.");
        var e = Assert.Single(goods.Events, e => e.Type == "COERCE");
        Assert.Equal("seize", e.Mode);
    }

    [Fact]
    public void What_a_body_was_founded_to_do_is_no_act()
    {
        var doc = Story("Saraya al-Salam was formed in 2014 to fight the Islamic State around Samarra.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
        var done = Story("Saraya al-Salam fighters fought the Islamic State around Samarra in 2014.");
        Assert.Contains(done.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void No_troops_were_hit_tells_no_attack_on_them()
    {
        var doc = Story("A Pentagon spokesman said no US troops or aircraft were hit at the base.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
        var hit = Story("A Pentagon spokesman said two US troops were hit at the base.");
        Assert.Contains(hit.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attack_no_one_claimed_still_happened()
    {
        var doc = Story("Rockets hit Camp Taji on Wednesday, wounding two soldiers. Kataib Hezbollah did not claim the attack on Taji, but its spokesman praised it.", "2024-01-12");
        var e = Single(doc, "ASSAULT");
        Assert.Equal("reported", e.Status);
        Assert.Equal(2, e.Injured);
        // A denial still negates.
        doc = Story("Kataib Hezbollah denied the attack on Taji on Wednesday.", "2024-01-12");
        Assert.Equal("negated", Single(doc, "ASSAULT").Status);
    }

    [Fact]
    public void An_act_named_with_the_as_the_cause_another_answers_is_no_event_of_its_own()
    {
        var doc = Story("Iran fired a dozen ballistic missiles at Ain al-Asad in January 2020 in retaliation for the killing of Qassem Soleimani.", "2024-01-12");
        var e = Single(doc, "ASSAULT");
        Assert.Equal("us-forces", e.Target);
        // An act answered that the sentence tells as news, without "the", is one.
        doc = Story("Kataib Hezbollah fired rockets at the embassy on Monday in response to a US strike that killed two of its fighters.", "2024-01-12");
        Assert.Equal(2, doc.Events.Count(x => x.Type == "ASSAULT"));
    }

    [Fact]
    public void The_attacks_a_speaker_names_after_the_story_told_them_are_no_new_summary()
    {
        var doc = Story("Four rockets fell near the Khor Mor gas field on Sunday night. The operator said there were no casualties. "
            + "Masrour Barzani said the attacks were \"a crime against the people\" and accused groups in Baghdad of protecting the attackers.", "2022-06-27");
        Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        // Told first, with no attack before it, the plural is an event.
        doc = Story("Masrour Barzani said the attacks on the Khor Mor field were a crime against the people of Kurdistan.", "2022-06-27");
        Assert.Single(doc.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void The_attack_told_far_back_when_the_story_told_only_one_is_that_attack()
    {
        const string lede = "Gunmen set fire to a party office in Baghdad on Saturday night. Firefighters put out the blaze after two hours. "
            + "The staff had left the building a day earlier. A neighbour said the street was closed for the night. ";
        var doc = Story(lede + "Mustafa al-Kadhimi said on Sunday that the attack had targeted the Kurdistan Democratic Party.", "2020-10-18");
        var e = Single(doc, "ASSAULT");
        Assert.Equal("kurdistan-democratic-party", e.Target);
        Assert.Equal(new DateOnly(2020, 10, 17), e.Start);
        // With two attacks told, "the attack" far back is not known to be the first: the fire keeps no target.
        doc = Story(lede + "A roadside bomb hit a police patrol in Basra on Saturday. Mustafa al-Kadhimi said on Sunday that the attack had targeted the Kurdistan Democratic Party.", "2020-10-18");
        Assert.Null(Assert.Single(doc.Events, x => x.Type == "ASSAULT" && x.Mode == "gunfire").Target);
    }

    [Fact]
    public void The_strike_as_the_subject_of_a_verb_far_back_is_the_one_strike_told()
    {
        var doc = Story("A drone struck a convoy near Sulaymaniyah airport on Friday evening, officials said. Flights resumed on Saturday morning. "
            + "The director of the airport said damage was limited to a fence. Residents said they had heard a loud blast. "
            + "Power was cut in two districts for an hour. The Syrian Democratic Forces said the strike had targeted their commander, Mazloum Abdi.", "2023-04-08");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(new DateOnly(2023, 4, 7), e.Start);
        Assert.NotNull(e.Location);
    }
}
