using Sitrep.Core.Documents;
using Sitrep.Core.Events;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Support;
using static Sitrep.Core.Tests.Support.EventStories;

namespace Sitrep.Core.Tests.Events;

/// <summary>The event stage's rules, each on sentences written for the test.</summary>
public sealed class EventStageTests
{
    [Fact]
    public void An_active_verb_takes_its_subject_as_actor_and_its_object_as_target()
    {
        var e = Single(Story("Kataib Hezbollah attacked the Counter-Terrorism Service in Diyala on Tuesday."), "ASSAULT");
        Assert.Equal("kataib-hezbollah", e.Actor);
        Assert.Equal("counter-terrorism-service", e.Target);
        Assert.Equal(new DateOnly(2024, 3, 12), e.Start);
        Assert.Equal("reported", e.Status);
        Assert.Equal([0], e.Evidence);
    }

    [Fact]
    public void A_toll_counted_back_to_the_article_s_first_word_reads_nothing_before_it()
    {
        // The count walks back from "killed" over the victims and the opening phrase to the first token of the text.
        var e = Single(Story("In Kut, four demonstrators were killed on Thursday."), "ASSAULT");
        Assert.Equal(4, e.Killed);
        Assert.Equal("protesters", e.Target);
    }

    [Fact]
    public void A_passive_verb_turns_the_roles_round_and_by_names_the_actor()
    {
        var e = Single(Story("Harir air base was targeted by Kata'ib Sayyid al-Shuhada with two drones on Monday."), "ASSAULT");
        Assert.Equal("kataib-sayyid-al-shuhada", e.Actor);
        Assert.Equal("us-forces", e.Target);
        Assert.Equal("drone", e.Mode);
        Assert.Equal("base-harir", e.Location?.PlaceId);
    }

    [Fact]
    public void Came_under_rocket_fire_makes_the_subject_the_target()
    {
        var e = Single(Story("The US embassy in Baghdad came under rocket fire late on Wednesday, officials said."), "ASSAULT");
        Assert.Equal("rocket", e.Mode);
        Assert.Equal("us-embassy-baghdad", e.Target);
        Assert.Null(e.Actor);
    }

    [Fact]
    public void An_act_dated_long_before_publication_is_history_not_a_retelling_of_the_news()
    {
        var doc = Story("A drone attack targeted Erbil airport, Kurdish officials said.\n\nThe attack recalled September 2021, when drones struck Erbil airport.");
        var attacks = doc.Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
        Assert.Contains(attacks, e => e.Start == new DateOnly(2021, 9, 1));
        Assert.Contains(attacks, e => e.Start == new DateOnly(2024, 3, 14));
    }

    [Fact]
    public void An_undated_paragraph_that_points_back_to_that_night_takes_the_day_of_the_lede_act()
    {
        const string lede = "Kataib Hezbollah fired rockets at Camp Taji on the night of March 2, officials said.\n\n" +
                            "Officials said the budget talks would go on.\n\n";
        var recalled = Story(lede + "Hours after the salvo, gunmen attacked a checkpoint in Tarmiyah.", "2024-03-20");
        Assert.Contains(recalled.Events, e => e.Type == "ASSAULT" && e.Evidence[0] > 0 && e.Start == new DateOnly(2024, 3, 2) && e.End == new DateOnly(2024, 3, 2));
        var onDuty = Story(lede + "The guards on duty that night arrested two gunmen in Tarmiyah.", "2024-03-20");
        Assert.Equal(new DateOnly(2024, 3, 2), Single(onDuty, "COERCE").Start);
        // Without a pointer back, the undated act is the publication day's.
        var plain = Story(lede + "Gunmen attacked a checkpoint in Tarmiyah.", "2024-03-20");
        Assert.Contains(plain.Events, e => e.Type == "ASSAULT" && e.Evidence[0] > 0 && e.Start == new DateOnly(2024, 3, 20));
        // A lede that dates no act leaves "that night" to the publication day.
        var undatedLede = Story("Officials said the budget talks would go on.\n\nThe guards on duty that night arrested two gunmen in Tarmiyah.", "2024-03-20");
        Assert.Equal(new DateOnly(2024, 3, 20), Single(undatedLede, "COERCE").Start);
    }

    [Fact]
    public void A_time_that_opens_a_paragraph_frames_the_undated_paragraph_after_it()
    {
        // Published on a Thursday: "this week" is Monday to Thursday.
        const string opener = "This week, Kataib Hezbollah said it had fired rockets at two bases.\n\n";
        var framed = Story(opener + "Gunmen also attacked a checkpoint in Tarmiyah, police said.", "2024-03-14");
        Assert.Contains(framed.Events, e => e.Type == "ASSAULT" && e.Evidence[0] == 1 && e.Start == new DateOnly(2024, 3, 11) && e.End == new DateOnly(2024, 3, 14));
        // Across one paragraph that tells no time.
        var across = Story(opener + "The ministry said the toll had passed 40.\n\nGunmen also attacked a checkpoint in Tarmiyah, police said.", "2024-03-14");
        Assert.Contains(across.Events, e => e.Type == "ASSAULT" && e.Evidence[0] == 2 && e.Start == new DateOnly(2024, 3, 11));
        // A time told inside the paragraph, not opening it, frames nothing after it.
        var inside = Story("Kataib Hezbollah said this week it had fired rockets at two bases.\n\nGunmen also attacked a checkpoint in Tarmiyah, police said.", "2024-03-14");
        Assert.Contains(inside.Events, e => e.Type == "ASSAULT" && e.Evidence[0] == 1 && e.Start == new DateOnly(2024, 3, 14) && e.End == new DateOnly(2024, 3, 14));
    }

    [Fact]
    public void A_stamp_line_over_an_entry_of_a_live_page_dates_the_entry()
    {
        var live = Story("Live: rockets hit bases in Iraq\n\n12 Mar, 21:40\n\nGunmen attacked a checkpoint in Tarmiyah, police said.\n\n" +
                         "13 Mar, 08:05\n\nThe army arrested two men in Tarmiyah, police said.", "2024-03-14");
        Assert.Equal(new DateOnly(2024, 3, 12), Single(live, "ASSAULT").Start);
        Assert.Equal(new DateOnly(2024, 3, 13), Single(live, "COERCE").Start);
        // An entry under no stamp is the publication day's.
        var plain = Story("Live: rockets hit bases in Iraq\n\nGunmen attacked a checkpoint in Tarmiyah, police said.", "2024-03-14");
        Assert.Equal(new DateOnly(2024, 3, 14), Single(plain, "ASSAULT").Start);
    }

    [Fact]
    public void An_undated_headline_s_act_is_the_one_told_at_its_very_place_not_a_later_day_s_act_in_the_town_around_it()
    {
        var live = Story("Commander killed in US strike at Baghdad airport\n\nSaturday 01:25 - State television reports an air strike on a convoy of the Hashd north of Baghdad.\n\n" +
                         "Friday 01:20 - Two cars were hit by missiles near the cargo terminal of Baghdad International Airport.", "2020-01-04");
        var told = Assert.Single(live.Events, e => e.Type == "ASSAULT" && e.Evidence.Contains(0));
        Assert.Equal("airport-baghdad", told.Location?.PlaceId);
        Assert.Equal(new DateOnly(2020, 1, 3), told.Start);
        Assert.Contains(live.Events, e => e.Type == "ASSAULT" && !e.Evidence.Contains(0) && e.Start == new DateOnly(2020, 1, 4));
        var wire = Story("Rockets hit Ain al-Asad air base\n\nOn Monday evening more rockets fell in Anbar province, security sources said.\n\n" +
                         "On Sunday at least four rockets struck Ain al-Asad air base, a US official said.", "2024-01-23");
        var hit = Assert.Single(wire.Events, e => e.Type == "ASSAULT" && e.Evidence.Contains(0));
        Assert.Equal(new DateOnly(2024, 1, 21), hit.Start);
        Assert.Equal(2, wire.Events.Count(e => e.Type == "ASSAULT"));
        var erbil = Story("Drone strike hits Erbil airport\n\nOn Wednesday a drone struck a checkpoint on the edge of Erbil, police said.\n\n" +
                          "On Tuesday night a drone exploded inside the perimeter of Erbil international airport, officials said.", "2021-09-16");
        Assert.Equal(new DateOnly(2021, 9, 14), Assert.Single(erbil.Events, e => e.Type == "ASSAULT" && e.Evidence.Contains(0)).Start);
        // The body that tells the act only at the headline's place, once, is one event with it.
        var once = Story("Rockets hit Ain al-Asad air base\n\nOn Sunday at least four rockets struck Ain al-Asad air base in Anbar province, a US official said.", "2024-01-23");
        Assert.Single(once.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void This_base_is_the_base_the_dateline_names_or_the_only_base_the_story_names()
    {
        var dated = Story("HARIR, Iraq - A drone attack on this small air base wounded two soldiers on Monday, officials said.\n\n" +
                          "Rockets later struck Ain al-Asad, officials at Harir air base said.", "2024-03-14");
        Assert.Contains(dated.Events, e => e.Type == "ASSAULT" && e.Evidence[0] == 0 && e.Location?.PlaceId == "base-harir");
        var only = Story("A rocket attack on the base wounded two soldiers on Monday, the army said.\n\nNo one was hurt at Ain al-Asad, it added.", "2024-03-14");
        Assert.Equal("base-ain-al-asad", Single(only, "ASSAULT").Location?.PlaceId);
        // Two bases and no dateline: which base is meant is unknown.
        var two = Story("A rocket attack on the base wounded two soldiers on Monday, the army said.\n\nNo one was hurt at Ain al-Asad or at Harir air base, it added.", "2024-03-14");
        Assert.DoesNotContain(two.Events, e => e.Type == "ASSAULT" && e.Location?.PlaceId is "base-ain-al-asad" or "base-harir");
    }

    [Fact]
    public void A_statement_that_goes_on_in_the_next_paragraph_shares_the_date_it_was_said()
    {
        const string said = "The army said in a statement on Monday that its patrols had been reinforced.\n\n";
        var added = Story(said + "It added that gunmen had attacked a checkpoint in Tarmiyah.", "2024-03-14");
        Assert.Equal(new DateOnly(2024, 3, 11), Single(added, "ASSAULT").Start);
        var also = Story(said + "The army also said gunmen had attacked a checkpoint in Tarmiyah.", "2024-03-14");
        Assert.Equal(new DateOnly(2024, 3, 11), Single(also, "ASSAULT").Start);
        // A new statement with no date is the publication day's.
        var fresh = Story(said + "Police said gunmen had attacked a checkpoint in Tarmiyah.", "2024-03-14");
        Assert.Equal(new DateOnly(2024, 3, 14), Single(fresh, "ASSAULT").Start);
    }

    [Fact]
    public void What_a_speaker_goes_on_to_say_was_said_on_the_day_of_his_dated_statement()
    {
        const string called = "Secretary of State Antony Blinken spoke by phone with Prime Minister Mohammed Shia al-Sudani on 2 November.\n\n";
        var urged = Story(called + "\"The Secretary urged the Prime Minister to protect the embassy,\" a spokesman said.", "2023-11-06");
        Assert.Equal(new DateOnly(2023, 11, 2), Single(urged, "REQUEST").Start);
        // Another speaker's undated appeal is the publication day's.
        var other = Story(called + "Hadi al-Amiri urged the Prime Minister to expel the foreign forces.", "2023-11-06");
        Assert.Equal(new DateOnly(2023, 11, 6), Single(other, "REQUEST").Start);
        // Three paragraphs on, the call is no longer what is told.
        var later = Story(called + "Markets rose.\n\nOil prices fell.\n\nTraffic was heavy.\n\nBlinken urged the Prime Minister to protect the embassy.", "2023-11-06");
        Assert.Equal(new DateOnly(2023, 11, 6), Single(later, "REQUEST").Start);
    }

    [Fact]
    public void A_time_that_names_another_thing_dates_no_later_act()
    {
        var owned = Story("Clashes began in Baghdad on Monday, weeks after last October's election. "
                          + "Security forces fired live rounds at protesters in Tahrir Square.", "2022-08-31");
        Assert.Equal(new DateOnly(2022, 8, 29), Assert.Single(owned.Events, e => e.Type == "ASSAULT" && e.Evidence[0] == 1).Start);
        // The time itself still dates what follows it.
        var plain = Story("Clashes began in Baghdad on Monday, weeks after the election last October. "
                          + "Security forces fired live rounds at protesters in Tahrir Square.", "2022-08-31");
        Assert.Equal(new DateOnly(2021, 10, 1), Assert.Single(plain.Events, e => e.Type == "ASSAULT" && e.Evidence[0] == 1).Start);
    }

    [Fact]
    public void The_Iraqi_premier_is_the_prime_minister_the_story_named()
    {
        var doc = Story("Prime Minister Mohammed Shia al-Sudani condemned the rocket fire on Monday.\n\n"
                        + "Defense Secretary Lloyd Austin later spoke with the Iraqi premier by phone.", "2023-12-12");
        Assert.Equal("mohammed-shia-al-sudani", Single(doc, "CONSULT").Target);
    }

    [Fact]
    public void Came_under_pressure_is_no_attack()
    {
        Assert.DoesNotContain(Story("Prime Minister Mohammed Shia al-Sudani came under pressure from his allies on Sunday.").Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_claim_of_responsibility_gives_actor_and_claimant()
    {
        var e = Single(Story("The Islamic Resistance in Iraq claimed responsibility for a drone attack on Ain al-Asad air base on Friday."), "ASSAULT");
        Assert.Equal("islamic-resistance-in-iraq", e.Actor);
        Assert.Equal("islamic-resistance-in-iraq", e.ClaimedBy);
        Assert.Equal("drone", e.Mode);
        Assert.Equal("us-forces", e.Target);
    }

    [Fact]
    public void A_state_drone_strike_is_an_airstrike()
    {
        var e = Single(Story("A US drone strike hit a car in eastern Baghdad on Thursday, killing two members of Harakat al-Nujaba."), "ASSAULT");
        Assert.Equal("airstrike", e.Mode);
        Assert.Equal("us-forces", e.Actor);
        Assert.Equal(2, e.Killed);
    }

    [Fact]
    public void A_denied_attack_is_negated_and_a_planned_one_future()
    {
        var denied = Single(Story("Iran denied that it attacked the tanker off the coast of Basra."), "ASSAULT");
        Assert.Equal("negated", denied.Status);
        var planned = Single(Story("Israel is preparing to strike Kata'ib Hezbollah positions in Iraq, officials said."), "ASSAULT");
        Assert.Equal("future", planned.Status);
    }

    [Fact]
    public void A_threat_is_reported_and_the_act_it_threatens_is_not_coded()
    {
        var doc = Story("Harakat al-Nujaba threatened to attack US forces if the strikes continue.");
        Assert.Equal("reported", Single(doc, "THREATEN").Status);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT" && e.Actor == "harakat-al-nujaba");
    }

    [Fact]
    public void A_campaign_count_is_one_aggregate_event_with_its_window()
    {
        var e = Single(Story("Iran-aligned factions have carried out at least 60 attacks on US forces since mid-October.", "2023-11-20"), "ASSAULT");
        Assert.Equal(60, e.Aggregate?.Count);
        Assert.Equal("at_least", e.Aggregate?.Qualifier);
        Assert.Equal(new DateOnly(2023, 10, 11), e.Start);
        Assert.Equal(new DateOnly(2023, 11, 20), e.End);
    }

    [Fact]
    public void An_ordinal_attack_counts_exactly()
    {
        var e = Single(Story("Monday's strike on the Tanf garrison was the 73rd attack on US forces since October.", "2023-11-20"), "ASSAULT");
        Assert.Equal(73, e.Aggregate?.Count);
        Assert.Equal("exact", e.Aggregate?.Qualifier);
    }

    [Fact]
    public void No_casualties_is_zero_and_a_toll_with_a_qualifier_is_its_number()
    {
        var none = Single(Story("Two rockets struck Ain al-Asad air base on Friday, causing no casualties."), "ASSAULT");
        Assert.Equal(0, none.Killed);
        Assert.Equal(0, none.Injured);
        var toll = Single(Story("A roadside bomb hit a convoy near Diwaniyah on Sunday, wounding at least four people."), "ASSAULT");
        Assert.Equal(4, toll.Injured);
        Assert.Equal("ied", toll.Mode);
    }

    [Fact]
    public void A_toll_told_in_the_next_paragraph_goes_to_the_attack_not_to_the_one_it_answered()
    {
        var doc = Story("US jets struck four depots of Kataib Hezbollah in Anbar on Sunday, in retaliation for a rocket attack on a base near Kirkuk.\n\n" +
                        "The group's officials said at least 19 fighters had been killed and 35 wounded.", "2019-12-30");
        var strike = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Actor == "us-forces");
        Assert.Equal(19, strike.Killed);
        Assert.Equal(35, strike.Injured);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT" && e.Actor != "us-forces" && e.Killed is not null);
    }

    [Fact]
    public void A_toll_of_people_who_belong_to_something_counts_them()
    {
        var doc = Story("Two drones hit the governor's office in Basra on Monday.\n\nFive guards of the governor's office were wounded in the attack, police said.", "2023-05-16");
        Assert.Equal(5, Single(doc, "ASSAULT").Injured);
    }

    [Fact]
    public void A_headline_act_the_body_never_tells_is_not_coded_and_one_it_retells_keeps_the_headline_as_evidence()
    {
        var doc = Story("Court frees men held after Basra rocket attack\n\nA court in Basra released four men on Tuesday for lack of evidence, their lawyer said.", "2022-06-08");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
        var told = Story("Drone hits Harir air base in Erbil\n\nA drone struck Harir air base north of Erbil on Tuesday night, causing no casualties.", "2023-11-15");
        var e = Single(told, "ASSAULT");
        Assert.Equal([0, 1], e.Evidence);
    }

    [Fact]
    public void A_headline_act_is_the_body_s_first_telling_of_its_type_though_they_share_no_name()
    {
        // The headline names the doer and the town, the body the side hit and the day: one attack.
        var doc = Story("Two soldiers killed in Daesh attack in Kirkuk\n\nMilitants opened fire on an army checkpoint late on Sunday, killing two soldiers, a police source said.", "2023-05-15");
        var e = Single(doc, "ASSAULT");
        Assert.Equal([0, 1], e.Evidence);
        Assert.Equal("isis", e.Actor);
        Assert.Equal("iraqi-army", e.Target);
        Assert.Equal(new DateOnly(2023, 5, 14), e.Start);
        // A headline site and a body that names no place, actor or target of its own.
        var site = Single(Story("Rocket attack on Balad base\n\nThree Katyusha rockets struck the runway on Sunday night without causing casualties, officials said.", "2023-05-15"), "ASSAULT");
        Assert.Equal("base-balad", site.Location?.PlaceId);
        Assert.Equal([0, 1], site.Evidence);
        // A body act that conflicts with the headline's (another weapon) stays its own; the headline alone is not coded.
        var other = Single(Story("Drone attack on Harir base\n\nGunmen shot dead a shopkeeper in Kirkuk on Sunday, police said.", "2023-05-15"), "ASSAULT");
        Assert.Equal([1], other.Evidence);
    }

    [Fact]
    public void Weapons_of_two_kinds_told_together_give_no_one_mode()
    {
        var e = Single(Story("Rockets and drones struck Ain al-Asad air base on Tuesday, officials said."), "ASSAULT");
        Assert.Equal("unspecified", e.Mode);
        Assert.Equal("rocket", Single(Story("Rockets struck Ain al-Asad air base on Tuesday, and drones were seen over Erbil."), "ASSAULT").Mode);
    }

    [Fact]
    public void Acts_since_another_the_story_dates_run_from_its_date_and_stay_apart_from_one_day_attacks()
    {
        var doc = Story("A drone was shot down over Ain al-Asad air base on Monday, the coalition said.\n\n" +
                        "Since the killing of Qassem Soleimani, bases hosting US troops have come under attack, including Victory base, Ain al-Asad and Harir.\n\n" +
                        "A US drone strike killed Qassem Soleimani near Baghdad airport on 3 January 2020.", "2022-01-06");
        var since = doc.Events.Where(e => e.Type == "ASSAULT" && e.Start == new DateOnly(2020, 1, 3) && e.End == new DateOnly(2022, 1, 6)).ToList();
        Assert.Equal(3, since.Count);
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT" && e.Start == new DateOnly(2022, 1, 3) && e.Location?.PlaceId == "base-ain-al-asad");
    }

    [Fact]
    public void A_list_of_sites_after_including_reads_on_over_and()
    {
        var doc = Story("Rockets and drones have hit US sites, including the US embassy in Baghdad, Victory base near the airport, and bases such as Ain al-Asad and Harir.", "2022-01-06");
        Assert.Equal(4, doc.Events.Count(e => e.Type == "ASSAULT"));
    }

    [Fact]
    public void A_refusal_of_an_appeal_named_only_by_its_kind_answers_the_one_who_made_it()
    {
        var doc = Story("Mohammed Shia al-Sudani urged the armed factions on Monday to stop attacking US bases.\n\n" +
                        "Kataib Hezbollah rejected these calls on Tuesday, saying the attacks would go on.", "2023-11-01");
        var refusal = Single(doc, "REJECT");
        Assert.Equal("kataib-hezbollah", refusal.Actor);
        Assert.Equal("mohammed-shia-al-sudani", refusal.Target);
        // A refusal that names no appeal answers no one.
        var plain = Single(Story("Kataib Hezbollah rejected the election results on Tuesday.", "2023-11-01"), "REJECT");
        Assert.Null(plain.Target);
    }

    [Fact]
    public void A_defence_told_right_after_an_attack_with_nothing_of_its_own_is_that_attack()
    {
        var doc = Story("A drone attack hit Harir air base north of Erbil on Tuesday, officials said.\n\nTwo drones were shot down before they reached the runway, and no one was hurt.", "2023-11-15");
        var e = Single(doc, "ASSAULT");
        Assert.Equal([0, 1], e.Evidence);
        Assert.Equal(0, e.Injured);
    }

    [Fact]
    public void A_toll_far_from_any_attack_goes_to_none()
    {
        var doc = Story("Two drones hit a warehouse in Basra on Monday.\n\nThe governor met the oil minister.\n\nTrade talks went on.\n\nThe port reopened.\n\nThree people were killed, police said.", "2023-05-16");
        Assert.Null(Single(doc, "ASSAULT").Killed);
    }

    [Fact]
    public void A_list_of_attacked_sites_makes_one_event_per_site()
    {
        var doc = Story("Drones targeted Ain al-Asad air base, Harir air base and the Tanf garrison on Wednesday.");
        var places = doc.Events.Where(e => e.Type == "ASSAULT").Select(e => e.Location?.PlaceId).Order().ToList();
        Assert.Equal(["base-ain-al-asad", "base-harir", "base-tanf"], places);
    }

    [Fact]
    public void Areas_told_together_make_one_event_whose_location_is_their_list()
    {
        var e = Single(Story("Militias have launched more than 60 attacks on US troops in Iraq and Syria since October 17."), "ASSAULT");
        Assert.Equal("Iraq and Syria", e.Location?.Name);
        Assert.Null(e.Location?.PlaceId);
        Assert.Null(e.Location?.Lat);
        var three = Single(Story("Security forces arrested 20 suspects in Anbar, Nineveh and Diyala last week."), "COERCE");
        Assert.Equal("Anbar, Nineveh and Diyala", three.Location?.Name);
        // A place that holds the other qualifies it: one place, not a list.
        var town = Single(Story("A roadside bomb struck a supply convoy in Samawah, in Muthanna province, on Sunday."), "ASSAULT");
        Assert.Equal("iq-samawah", town.Location?.PlaceId);
    }

    [Fact]
    public void A_peoples_adjective_before_an_attack_noun_gives_the_state_and_a_list_gives_one_event_each()
    {
        var e = Single(Story("An Israeli airstrike destroyed a weapons depot near Qaim on Saturday."), "ASSAULT");
        Assert.Equal("israel", e.Actor);
        Assert.Equal("airstrike", e.Mode);
        var both = Story("American and British airstrikes hit a militia base in Jurf al-Sakhar on Friday.").Events.Where(x => x.Type == "ASSAULT").Select(x => x.Actor).Order().ToList();
        Assert.Equal(["united-kingdom", "us-forces"], both);
        // A vaguer word is no act of its own, and "the American raids" with no place or toll only refers to raids told elsewhere.
        Assert.DoesNotContain(Story("Kataib Hezbollah condemned the Israeli aggression and the American raids.").Events, x => x.Type == "ASSAULT");
    }

    [Fact]
    public void Victims_named_in_a_list_count_one_each_with_the_numbers_beside_them()
    {
        var e = Single(Story("A US drone strike near Baghdad airport on Friday killed Quds Force commander Qassem Soleimani, the PMF's deputy chief Abu Mahdi al-Muhandis and eight other people."), "ASSAULT");
        Assert.Equal(10, e.Killed);
        Assert.Equal("qassem-soleimani", e.Target);
        // An apposition is the same person; "another" is one more.
        var two = Single(Story("A drone strike in Baghdad on Thursday killed Qassem Soleimani, known as Hajj Qassem, and another man."), "ASSAULT");
        Assert.Equal(2, two.Killed);
        // The victims of another happening named to date this one are not this one's toll.
        var none = Single(Story("Rockets hit the Green Zone on Monday, a year after the killing of Qassem Soleimani."), "ASSAULT");
        Assert.Null(none.Killed);
    }

    [Fact]
    public void An_act_told_days_after_or_before_another_is_dated_from_it()
    {
        var doc = Story("Iran fired missiles at Ain al-Asad on Wednesday, five days after a US drone strike that killed Qassem Soleimani in Baghdad.", "2020-01-08");
        var strike = Assert.Single(doc.Events, x => x.Type == "ASSAULT" && x.Actor == "us-forces");
        Assert.Equal(new DateOnly(2020, 1, 3), strike.Start);
        Assert.Equal(1, strike.Killed);
        var missiles = Assert.Single(doc.Events, x => x.Type == "ASSAULT" && x.Actor == "iran");
        Assert.Equal(new DateOnly(2020, 1, 8), missiles.Start);
    }

    [Fact]
    public void An_act_named_to_date_another_takes_no_publication_date_nor_the_main_clauses_place()
    {
        var doc = Story("Since the killing of Qassem Soleimani near Baghdad airport, rockets have repeatedly struck Ain al-Asad air base.");
        var killing = Assert.Single(doc.Events, x => x.Type == "ASSAULT" && x.Target == "qassem-soleimani");
        Assert.Null(killing.Start);
        Assert.Equal("airport-baghdad", killing.Location?.PlaceId);
        // With nothing of its own but the victim it only refers to an act told elsewhere.
        Assert.DoesNotContain(Story("Since the killing of Qassem Soleimani, rockets have repeatedly struck Ain al-Asad air base.").Events,
            x => x.Target == "qassem-soleimani");
    }

    [Fact]
    public void Sites_used_by_a_group_make_the_group_the_target()
    {
        var e = Single(Story("US warplanes on Thursday bombed facilities near Abu Kamal used by Kata'ib Hezbollah, the Pentagon said."), "ASSAULT");
        Assert.Equal("us-forces", e.Actor);
        Assert.Equal("kataib-hezbollah", e.Target);
    }

    [Fact]
    public void A_pronoun_after_a_verb_of_saying_is_the_sentences_subject()
    {
        var doc = Story("Kataib Hezbollah claimed the rocket attack on Erbil on Monday, saying it had targeted the American occupation.");
        Assert.All(doc.Events.Where(x => x.Type == "ASSAULT"), x => Assert.NotEqual("kurdistan-regional-government", x.Actor));
        Assert.Contains(doc.Events, x => x.Type == "ASSAULT" && x.Actor == "kataib-hezbollah");
    }

    [Fact]
    public void A_participle_toll_after_an_attack_is_that_attacks_wherever_the_names_before_it_point()
    {
        var e = Single(Story("US forces struck a Kataib Hezbollah operations centre in Jurf al-Sakhar, south of Baghdad, early on Wednesday, killing eight fighters."), "ASSAULT");
        Assert.Equal("us-forces", e.Actor);
        Assert.Equal(8, e.Killed);
        Assert.Equal("iq-jurf-al-nasr", e.Location?.PlaceId);
    }

    [Fact]
    public void A_wire_dateline_is_no_party_to_the_events_of_its_sentence()
    {
        var doc = Story("BAGHDAD, March 12 (Reuters) - At least 15 rockets slammed into Camp Taji on Wednesday evening, killing two US soldiers.", "2020-03-12");
        var e = Single(doc, "ASSAULT");
        Assert.Null(e.Actor);
        Assert.Equal("base-taji", e.Location?.PlaceId);
        Assert.Equal(2, e.Killed);
        Assert.DoesNotContain(doc.Events, x => x.Type == "ACCUSE");
        // An ordinary sentence that opens with a capitalized name keeps it.
        Assert.Equal("kataib-hezbollah", Single(Story("KATAIB HEZBOLLAH fired rockets at Camp Taji on Wednesday."), "ASSAULT").Actor);
    }

    [Fact]
    public void A_local_outlets_line_of_a_town_and_its_name_files_the_story_from_that_town()
    {
        const string body = "Police arrested two young men on Sunday night over the shooting of a shop owner, a security source said.";
        var filed = Story("Two held over shooting of shop owner\n\nKut - Wasit Today\n\n" + body, "2022-05-10");
        Assert.Equal("iq-kut", Single(filed, "COERCE").Location?.PlaceId);
        // A heading of words that are no outlet's name is no dateline.
        var heading = Story("Two held over shooting of shop owner\n\nKut - two held after night shooting\n\n" + body, "2022-05-10");
        Assert.NotEqual("iq-kut", Single(heading, "COERCE").Location?.PlaceId);
    }

    [Fact]
    public void The_one_who_reports_an_attack_is_not_its_actor()
    {
        var e = Single(Story("The coalition said the rockets hit the sprawling base at Taji shortly before 8 p.m. on Wednesday."), "ASSAULT");
        Assert.Null(e.Actor);
        // A statement's own speaker still acts: "said in a statement that ... and rejected".
        Assert.Contains(Story("Kataib Hezbollah said in a statement on Tuesday that the deal was a trick and rejected it.").Events,
            x => x.Type == "REJECT" && x.Actor == "kataib-hezbollah");
    }

    [Fact]
    public void A_defender_who_shoots_down_drones_is_the_side_attacked()
    {
        var e = Single(Story("US forces shot down two armed drones approaching Ain al-Asad air base on Tuesday."), "ASSAULT");
        Assert.Null(e.Actor);
        Assert.Equal("us-forces", e.Target);
        Assert.Equal("drone", e.Mode);
        var passive = Single(Story("Two rockets were intercepted by US forces over Ain al-Asad air base on Tuesday."), "ASSAULT");
        Assert.Equal("us-forces", passive.Target);
        Assert.Equal("rocket", passive.Mode);
        // An unnamed "aerial target" is an attack of unspecified mode on the people whose defences stopped it.
        var aerial = Single(Story("Saudi air defences intercepted an aerial target over the Saudi capital on Saturday."), "ASSAULT");
        Assert.Equal("saudi-arabia", aerial.Target);
        Assert.Equal("unspecified", aerial.Mode);
        Assert.Equal("sa-riyadh", aerial.Location?.PlaceId);
        // No weapon named, no attack: "intercepted a shipment".
        Assert.DoesNotContain(Story("Iraqi border guards intercepted a shipment of fuel near Qaim on Tuesday.").Events, x => x.Type == "ASSAULT");
    }

    [Fact]
    public void A_retelling_at_a_place_inside_the_first_tellings_merges_and_keeps_the_finer_place()
    {
        var doc = Story("Two drones approaching Baghdad airport were shot down by coalition air defences on Monday. The drones were intercepted over the Baghdad Diplomatic Support Center, a coalition official said.");
        var e = Single(doc, "ASSAULT");
        Assert.Equal("base-bdsc", e.Location?.PlaceId);
        Assert.Equal([0, 1], e.Evidence);
    }

    [Fact]
    public void A_peoples_arms_as_subject_act_for_their_state_and_a_backer_is_no_party()
    {
        var e = Single(Story("American F-15E jets struck five facilities of the Iran-backed militia Kata'ib Hezbollah near Qaim on Sunday, killing 25 fighters and wounding 51, US officials said."), "ASSAULT");
        Assert.Equal("us-forces", e.Actor);
        Assert.Equal("kataib-hezbollah", e.Target);
        Assert.Equal(25, e.Killed);
        Assert.Equal(51, e.Injured);
        var list = Single(Story("Rockets slammed into Camp Taji on Wednesday, killing two US service members and a British soldier and wounding about a dozen others."), "ASSAULT");
        Assert.Equal(3, list.Killed);
        Assert.Equal(12, list.Injured);
    }

    [Fact]
    public void A_question_tells_no_act_of_its_own()
    {
        Assert.Empty(Story("Why would the factions strike Ain al-Asad air base again this week?").Events);
        Assert.Single(Story("Rockets struck Ain al-Asad air base on Monday. Who fired the rockets at Ain al-Asad air base?").Events, x => x.Type == "ASSAULT");
    }

    [Fact]
    public void A_sentence_that_tells_only_a_toll_gives_it_to_the_attack_before()
    {
        var doc = Story("A drone struck the living quarters at Tower 22 early on Sunday. Three US soldiers were killed and at least 25 wounded, CENTCOM said.");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(3, e.Killed);
        Assert.Equal(25, e.Injured);
    }

    [Fact]
    public void A_strike_on_counted_targets_is_one_event_with_the_count()
    {
        var e = Single(Story("US warplanes struck more than 85 targets in Iraq and Syria on Friday."), "ASSAULT");
        Assert.NotNull(e.Aggregate);
        Assert.Equal(85, e.Aggregate!.Count);
        Assert.Equal("more_than", e.Aggregate.Qualifier);
        Assert.Equal(3, Single(Story("US aircraft hit three of the group's facilities near Qaim on January 24."), "ASSAULT").Aggregate?.Count);
        Assert.Equal(11, Single(Story("Drones have targeted Victory base near Baghdad airport 11 times since mid-October."), "ASSAULT").Aggregate?.Count);
    }

    [Fact]
    public void A_verb_form_after_a_determiner_is_no_act()
    {
        Assert.Empty(Story("Investigators examined the targeted vehicle on Thursday.").Events);
        Assert.DoesNotContain(Story("The fighters achieved direct hits, the group said.").Events, x => x.Type == "ASSAULT");
    }

    [Fact]
    public void A_retelling_in_a_later_sentence_merges_and_keeps_both_sentences()
    {
        var doc = Story("A drone attack hit Ain al-Asad air base on Friday. The attack on Ain al-Asad air base caused minor damage, the coalition said.");
        var e = Single(doc, "ASSAULT");
        Assert.Equal([0, 1], e.Evidence);
    }

    [Fact]
    public void Each_subject_of_a_refusal_refuses_on_its_own()
    {
        var doc = Story("Kataib Hezbollah and Harakat al-Nujaba rejected the government's call for a truce.");
        var actors = doc.Events.Where(e => e.Type == "REJECT").Select(e => e.Actor).Order().ToList();
        Assert.Equal(["harakat-al-nujaba", "kataib-hezbollah"], actors);
    }

    [Fact]
    public void A_plain_statement_is_no_event()
    {
        Assert.Empty(Story("Prime Minister Mohammed Shia al-Sudani said the security situation in Baghdad was stable.").Events);
    }

    [Fact]
    public void An_attack_that_was_prevented_is_no_event()
    {
        Assert.DoesNotContain(Story("Security forces took measures to prevent armed factions from targeting the airport.").Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_quote_is_given_to_the_speaker_beside_its_verb_of_saying()
    {
        var doc = Story("\u201CWe will not accept any attack on diplomatic missions in our capital,\u201D Prime Minister Mohammed Shia al-Sudani said on Friday.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("mohammed-shia-al-sudani", q.Speaker);
        Assert.StartsWith("We will not accept", doc.Text.AsSpan(q.Start, q.Length).ToString());
    }

    [Fact]
    public void Numbers_read_digits_words_and_ordinals()
    {
        Assert.Equal(6000, Numbers.Cardinal("6,000"));
        Assert.Equal(24, Numbers.Cardinal("twenty-four"));
        Assert.Equal(3, Numbers.Cardinal("three"));
        Assert.Null(Numbers.Cardinal("threes"));
        Assert.Equal(151, Numbers.Ordinal("151st"));
        Assert.Equal(3, Numbers.Ordinal("third"));
        Assert.Null(Numbers.Ordinal("1s"));
        Assert.Equal(19, Numbers.Ordinal("nineteenth"));
        Assert.Equal(21, Numbers.Ordinal("twenty-first"));
        Assert.Equal(35, Numbers.Ordinal("Thirty-fifth"));
        Assert.Null(Numbers.Ordinal("twenty-eleventh"));
        Assert.Null(Numbers.Ordinal("first-second"));
    }

    [Fact]
    public void Every_actor_id_the_event_data_names_is_in_the_actor_knowledge_base()
    {
        var kb = Shared.Builder.Actors;
        var ids = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(Shared.DataDir, "events", "cues.tsv")))
            if (line.StartsWith("demonym\t", StringComparison.Ordinal)) ids.Add(line.Split('\t')[1]);
        foreach (var file in new[] { "forces.tsv", "hosts.tsv" })
            foreach (var line in File.ReadLines(Path.Combine(Shared.DataDir, "events", file)))
                if (line.Length > 0 && line[0] != '#') ids.Add(line.Split('\t')[1]);
        Assert.True(ids.Count >= 10);
        Assert.All(ids, id => Assert.True(kb[id] is not null, $"'{id}' is no actor id"));
    }

    [Fact]
    public void A_bad_trigger_row_names_the_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-events-");
        try
        {
            var events = Path.Combine(dir.FullName, "events");
            Directory.CreateDirectory(events);
            foreach (var f in new[] { "cues.tsv", "hosts.tsv", "forces.tsv" })
                File.Copy(Path.Combine(Shared.DataDir, "events", f), Path.Combine(events, f));
            File.WriteAllText(Path.Combine(events, "triggers.tsv"), "# test\nASSAULT\t-\tverb\tattack|attacks\t-\n");
            var e = Assert.Throws<SitrepException>(() => EventLexicon.Load(dir.FullName));
            Assert.Contains("triggers.tsv", e.Message);
            Assert.Contains("five forms", e.Message);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void A_word_class_cue_of_two_words_names_the_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-events-");
        try
        {
            var events = Path.Combine(dir.FullName, "events");
            Directory.CreateDirectory(events);
            foreach (var f in new[] { "triggers.tsv", "hosts.tsv", "forces.tsv" })
                File.Copy(Path.Combine(Shared.DataDir, "events", f), Path.Combine(events, f));
            File.WriteAllText(Path.Combine(events, "cues.tsv"), "# test\nnoun-follows\t-\tthe|a series of\n");
            var e = Assert.Throws<SitrepException>(() => EventLexicon.Load(dir.FullName));
            Assert.Contains("cues.tsv:2", e.Message);
            Assert.Contains("'a series of': a noun-follows cue is one word", e.Message);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Word_class_cues_are_asked_of_a_word_and_left_out_of_a_sentences_hits()
    {
        var lex = Shared.Builder.EventLexicon;
        var doc = Shared.Process("They vowed to attack the base again after the attack.").Stories.Single();
        var cues = new SentenceCues(doc, lex, 0, doc.Tokens.Length, []);
        Assert.DoesNotContain(cues.Hits, h => EventLexicon.WordClasses.ContainsKey(h.Cue.Class));
        Assert.NotEqual(WordClass.None, lex.LexemeOf("to").Classes & WordClass.VerbFollows);
        Assert.Equal(WordClass.None, lex.LexemeOf("to").Classes & WordClass.NounFollows);
        Assert.NotEqual(WordClass.None, lex.LexemeOf("the").Classes & WordClass.NounFollows);
    }

    [Fact]
    public void One_word_cues_of_the_word_cue_classes_are_asked_of_the_word_and_answered_as_hits_were()
    {
        var lex = Shared.Builder.EventLexicon;
        var doc = Shared.Process("The group plans to attack the base if talks fail, and Iraqi troops said they would strike too.").Stories.Single();
        var cues = new SentenceCues(doc, lex, 0, doc.Tokens.Length, []);
        int At(string word) => Enumerable.Range(0, doc.Tokens.Length).First(i => doc.TokenText(i).SequenceEqual(word));
        int end = doc.Tokens.Length - 1;
        Assert.DoesNotContain(cues.Hits, h => h.First == h.Last && EventLexicon.WordCueClasses.Contains(h.Cue.Class));
        Assert.NotEqual(0UL, lex.LexemeOf("of").WordCues);
        // A phrase of several words of a class that has one-word cues too is still a hit, and the longer one.
        Assert.Equal(At("plans") + 1, cues.At(At("plans"), "future"));
        Assert.Equal(At("if"), cues.At(At("if"), "future"));
        Assert.Equal("condition", cues.ValueAt(At("if"), "future", out int last));
        Assert.Equal(At("if"), last);
        Assert.Equal("government-of-iraq", cues.ValueAt(At("Iraqi"), "demonym", out _));
        Assert.Equal(At("plans"), cues.First("future", 0, end));
        Assert.Equal(At("if"), cues.First("future", At("plans") + 1, end));
        Assert.Equal((At("would"), At("would"), "modal"), cues.Last("future", 0, end) is { } f ? (f.First, f.Last, f.Cue.Value) : default);
        Assert.True(cues.Any("troops", At("Iraqi"), At("troops")));
        Assert.False(cues.Any("troops", 0, At("Iraqi")));
        Assert.True(cues.MayHave("preposition"));
        Assert.Equal(At("to"), cues.First("preposition", 0, end));
    }

    [Theory]
    [InlineData("Reportedly", WordClass.Adverb)]
    [InlineData("preparing", WordClass.VerbGroup)]
    [InlineData("were", WordClass.VerbGroup)]
    [InlineData("warplanes", WordClass.ForceNoun)]
    [InlineData("counterpart", WordClass.MeetingLink)]
    [InlineData("memorandum", WordClass.Accord)]
    [InlineData("south-eastern", WordClass.Direction)]
    [InlineData("throughout", WordClass.PlacePreposition)]
    [InlineData("the", WordClass.NounFollows | WordClass.MeetingLink)]
    [InlineData("deadliest", WordClass.Superlative)]
    [InlineData("diplomats", WordClass.Staff | WordClass.Civilians)]
    [InlineData("banner", WordClass.NameNoun)]
    [InlineData("condemned", WordClass.CondemnVerb)]
    [InlineData("demonstrators", WordClass.CrowdNoun)]
    [InlineData("blacklist", WordClass.ListNoun)]
    [InlineData("flights", WordClass.FlightNoun)]
    [InlineData("volley", WordClass.SalvoNoun)]
    [InlineData("airliner", WordClass.AircraftNoun)]
    [InlineData("aircraft", WordClass.AircraftNoun | WordClass.FlightNoun | WordClass.ForceNoun)]
    [InlineData("dinars", WordClass.Currency)]
    [InlineData("personnel", WordClass.EnvoyStaff)]
    [InlineData("batteries", WordClass.DefenceSystem)]
    [InlineData("C-RAM", WordClass.DefenceNoun)]
    [InlineData("counter-rocket", WordClass.DefenceNoun)]
    [InlineData("assassination", WordClass.KillingNoun)]
    [InlineData("implicated", WordClass.BlameVerb)]
    [InlineData("tankers", WordClass.ConvoyNoun | WordClass.VehiclePlural)]
    [InlineData("retaliatory", WordClass.AttackAdjective)]
    [InlineData("logistics", WordClass.SiteQualifier)]
    [InlineData("invasion", WordClass.EraNoun)]
    [InlineData("reprisal", WordClass.ReprisalNoun)]
    [InlineData("figures", WordClass.TollNoun)]
    [InlineData("initiative", WordClass.EndeavourNoun)]
    [InlineData("occurred", WordClass.OccurVerb)]
    [InlineData("firing", WordClass.FireWord)]
    [InlineData("clashes", WordClass.ClashVerb)]
    [InlineData("skirmished", WordClass.FightVerb)]
    [InlineData("pleas", WordClass.RequestNoun)]
    [InlineData("scores", WordClass.GreatCount)]
    [InlineData("airbases", WordClass.BaseNoun)]
    [InlineData("coordination", WordClass.PartnershipNoun)]
    [InlineData("regime", WordClass.StateNoun)]
    [InlineData("voting", WordClass.VoteWord)]
    [InlineData("noteworthy", WordClass.OpenerAdjective)]
    [InlineData("remained", WordClass.HabitVerb)]
    [InlineData("visiting", WordClass.VisitWord)]
    [InlineData("critically", WordClass.TollAdverb)]
    [InlineData("nicknamed", WordClass.AliasWord)]
    [InlineData("advisory", WordClass.MissionKind)]
    [InlineData("statute", WordClass.LawNoun)]
    [InlineData("runoff", WordClass.ElectionNoun)]
    [InlineData("stipulated", WordClass.AskingVerb)]
    [InlineData("terminating", WordClass.EndingVerb)]
    [InlineData("already", WordClass.OngoingWord)]
    [InlineData("embargo", WordClass.SanctionNoun)]
    [InlineData("conspiring", WordClass.PlottingVerb)]
    [InlineData("indicted", WordClass.ChargeWord)]
    [InlineData("attack", WordClass.None)]
    [InlineData("Baghdad", WordClass.None)]
    public void A_words_classes_are_the_word_class_lines_of_the_cues_file_that_hold_it(string word, WordClass expected)
    {
        var classes = Shared.Builder.EventLexicon.LexemeOf(word).Classes;
        // Only the classes named here are asserted: "the" is in other word classes too.
        Assert.Equal(expected, expected == WordClass.None ? classes : classes & expected);
    }

    [Fact]
    public void The_two_sides_stand_for_the_pair_of_the_joint_act_told_before()
    {
        var doc = Story("Iraq and Kuwait held talks in Kuwait City on Monday on the maritime border.\n\n"
            + "In a joint statement on Tuesday, the two sides agreed to resume the work of the border committee.", "2022-08-10");
        var agree = Single(doc, "AGREE");
        Assert.Equal("government-of-iraq", agree.Actor);
        Assert.NotNull(agree.Target);
    }

    [Fact]
    public void They_after_a_meeting_of_two_is_the_pair_and_the_two_leaders_met_is_no_passive()
    {
        var doc = Story("Mohammed Shia al-Sudani and Recep Tayyip Erdogan agreed on Monday to set up a joint water committee.\n\n"
            + "The two leaders met at the presidential palace in Ankara. They also pledged to cooperate against the PKK.", "2023-03-22");
        var consult = Single(doc, "CONSULT");
        Assert.Equal("mohammed-shia-al-sudani", consult.Actor);
        Assert.Equal("recep-tayyip-erdogan", consult.Target);
        Assert.DoesNotContain(doc.Events, e => e.Actor is null && e.Type is "AGREE" or "COOPERATE");
    }

    [Fact]
    public void The_two_sides_with_no_joint_act_before_stay_unresolved()
    {
        var doc = Story("Rockets struck near Baghdad airport on Monday.\n\nThe two sides agreed on Tuesday to hold further talks.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "AGREE");
    }

    [Fact]
    public void Condemning_the_attack_told_before_accuses_its_actor_and_a_state_stands_for_its_forces()
    {
        var doc = Story("A US drone strike killed a Kataib Hezbollah commander in eastern Baghdad on Wednesday.\n\n"
            + "The strike hit a car near a market in the Mashtal district.\n\nIraq's government condemned the strike on Thursday.", "2024-02-08");
        var accuse = Single(doc, "ACCUSE");
        Assert.Equal("government-of-iraq", accuse.Actor);
        Assert.Equal("united-states", accuse.Target);
    }

    [Fact]
    public void Condemning_an_attack_of_ones_own_side_names_no_target()
    {
        var doc = Story("Iraqi security forces opened fire on protesters in Nasiriyah on Thursday.\n\nThe Iraqi government condemned the shooting.", "2019-11-29");
        Assert.All(doc.Events.Where(e => e.Type == "ACCUSE"), e => Assert.Null(e.Target));
    }

    [Fact]
    public void A_count_of_weapons_fired_is_one_attack_and_a_later_bare_strike_by_the_same_state_force_retells_it()
    {
        var doc = Story("Before dawn on Sunday the Revolutionary Guards fired a dozen ballistic missiles at Erbil.\n\n"
            + "The Guards said later that they had struck an Israeli base in the city.", "2022-03-15");
        var e = Single(doc, "ASSAULT");
        Assert.Null(e.Aggregate);
        Assert.Equal("missile", e.Mode);
        Assert.Equal([0, 1], e.Evidence);
    }

    [Fact]
    public void A_state_forces_strike_told_with_no_weapon_is_still_taken_for_an_airstrike()
    {
        var e = Single(Story("US forces struck a Kataib Hezbollah depot near al-Qaim on Friday."), "ASSAULT");
        Assert.Equal("airstrike", e.Mode);
    }

    [Fact]
    public void A_pronoun_that_opens_a_sentence_takes_up_the_subject_that_opened_the_one_before()
    {
        var doc = Story("The Counter-Terrorism Service raided a Kataib Hezbollah compound in Dora late on Thursday. They detained 14 men, officials said.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("counter-terrorism-service", arrest.Actor);
        // Without a body at the opening of the sentence before, the last name named stays the one meant.
        doc = Story("On Thursday a raid hit a compound of Kataib Hezbollah in Dora. They fired rockets at the Green Zone hours later.");
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT" && e.Actor == "kataib-hezbollah");
    }

    [Fact]
    public void A_pronoun_takes_up_the_members_of_a_body_that_open_the_sentence_before_after_its_opening_phrase()
    {
        var doc = Story("Late on Thursday, members of the Counter-Terrorism Service raided a house used by Kataib Hezbollah in southern Baghdad. They detained 12 men, officials said.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("counter-terrorism-service", arrest.Actor);
        // An opening phrase followed by no body leaves the last name named as the one meant.
        doc = Story("On Thursday, a raid hit a compound of Kataib Hezbollah in Dora. They fired rockets at the Green Zone hours later.");
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT" && e.Actor == "kataib-hezbollah");
    }
}
