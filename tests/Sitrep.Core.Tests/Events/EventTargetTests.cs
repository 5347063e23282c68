using Sitrep.Core.Documents;
using Sitrep.Core.Events;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Support;
using static Sitrep.Core.Tests.Support.EventStories;

namespace Sitrep.Core.Tests.Events;

/// <summary>To whom or what an act was done: the target rules, each on sentences written for the test.</summary>
public sealed class EventTargetTests
{
    [Fact]
    public void The_authorities_of_a_story_set_in_Iraq_are_the_government_of_Iraq()
    {
        var doc = Story("A bomb hit a checkpoint in Basra on Monday, police said.\n\n" +
                        "The UN envoy condemned the killings and called on the authorities to bring those responsible to justice.");
        Assert.Equal("government-of-iraq", Single(doc, "REQUEST").Target);
    }

    [Fact]
    public void The_government_of_a_named_country_is_not_taken_for_the_story_s_government()
    {
        var doc = Story("Rockets hit Baghdad airport on Monday.\n\nThe government of Kuwait condemned the attack.");
        Assert.DoesNotContain(doc.Mentions, m => m.EntityId == "government-of-iraq" && doc.Text.Substring(m.Start, m.Length).StartsWith("the government", StringComparison.Ordinal));
    }

    [Fact]
    public void A_threat_is_against_the_one_the_threatened_act_would_hit()
    {
        Assert.Equal("us-forces", Single(Story("Kataib Hezbollah threatened on Monday to attack US bases across Iraq."), "THREATEN").Target);
        Assert.Equal("government-of-iraq", Single(Story("Donald Trump threatened, in remarks to reporters on his plane, to impose sanctions on Iraq."), "THREATEN").Target);
    }

    [Fact]
    public void Talks_about_a_topic_are_with_the_one_named_after_with()
    {
        Assert.Equal("mike-pompeo", Single(Story("Mustafa al-Kadhimi discussed the American troop presence with Mike Pompeo on Thursday."), "CONSULT").Target);
        Assert.Equal("antony-blinken", Single(Story("Fuad Hussein talked about the withdrawal of coalition troops with US Secretary of State Antony Blinken on Monday."), "CONSULT").Target);
        // The one told in a call is the person a title leads to, not the country before the title.
        Assert.Equal("lloyd-austin", Single(Story("Masrour Barzani told US Defense Secretary Lloyd Austin in a phone call on Monday that the region needed more air defence systems."), "CONSULT").Target);
    }

    [Fact]
    public void A_site_some_way_off_from_where_an_attack_fell_is_not_its_target()
    {
        Assert.Null(Single(Story("Two rockets landed in the Green Zone about 300 metres from the US embassy late on Sunday."), "ASSAULT").Target);
        Assert.Null(Single(Story("A Katyusha rocket fell on an empty plot in the Green Zone on Tuesday, less than a mile from the US embassy."), "ASSAULT").Target);
        Assert.Equal("us-embassy-baghdad", Single(Story("Two rockets landed inside the US embassy in Baghdad late on Sunday."), "ASSAULT").Target);
    }

    [Fact]
    public void What_a_weapon_was_fired_from_tells_no_second_attack_on_a_site_named_before()
    {
        var doc = Story("A rocket fell on a house in the Green Zone less than a kilometre from the US embassy on Wednesday. "
                        + "Police found the launcher it had been fired from in a field east of the capital.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT" && e.Target == "us-embassy-baghdad");
    }

    [Fact]
    public void A_person_named_after_a_body_s_role_word_and_a_comma_is_the_one_hit()
    {
        Assert.Equal("abu-baqir-al-saadi", Single(Story("A US drone strike in Baghdad killed Kata'ib Hezbollah's top commander, Abu Baqir al-Saadi, on Wednesday."), "ASSAULT").Target);
        Assert.Equal("akram-al-kaabi", Single(Story("The US Treasury sanctioned Harakat al-Nujaba's secretary-general, Akram al-Kaabi, on Friday."), "SANCTION").Target);
        // A list of bodies is no role and its name.
        Assert.Equal("kataib-hezbollah", Single(Story("US jets bombed depots of Kata'ib Hezbollah, Harakat al-Nujaba and Kata'ib Sayyid al-Shuhada on Friday."), "ASSAULT").Target);
    }

    [Fact]
    public void An_army_post_or_patrol_told_with_no_country_is_the_Iraqi_army_s()
    {
        Assert.Equal("iraqi-army", Single(Story("Gunmen opened fire on an army checkpoint north of Baquba late on Thursday, wounding two soldiers."), "ASSAULT").Target);
        Assert.Equal("turkish-armed-forces", Single(Story("PKK fighters attacked a Turkish army outpost in Duhok province on Friday."), "ASSAULT").Target);
    }

    [Fact]
    public void A_protest_against_a_people_s_act_or_at_a_state_s_mission_is_against_that_state()
    {
        Assert.Equal("turkey", Single(Story("Several hundred people marched in Sulaymaniyah on Tuesday to protest against the Turkish operation."), "PROTEST").Target);
        Assert.Equal("united-states", Single(Story("Hundreds of people gathered outside the US embassy in Baghdad on Thursday."), "PROTEST").Target);
    }

    [Fact]
    public void The_first_of_a_list_of_victims_closed_by_a_count_of_others_is_the_target()
    {
        Assert.Equal("abu-baqir-al-saadi", Single(Story("Abu Baqir al-Saadi, Arkan al-Elayawi, and two others were killed in a US drone strike in Baghdad on Wednesday."), "ASSAULT").Target);
        // Talks are not acts of force: the names before a count of others there keep their reading.
        Assert.Equal("mustafa-al-kadhimi", Single(Story("Hadi al-Amiri, Qais al-Khazali and two other leaders met Mustafa al-Kadhimi on Monday."), "CONSULT").Target);
    }

    [Fact]
    public void Condemning_harm_against_people_does_not_accuse_them()
    {
        var doc = Story("Security forces fired live rounds at protesters in Najaf on Thursday. "
                        + "Jeanine Hennis-Plasschaert condemned the use of violence against peaceful demonstrators.");
        Assert.NotEqual("protesters", Single(doc, "ACCUSE").Target);
    }

    [Fact]
    public void A_refusal_of_an_act_is_against_its_other_party()
    {
        Assert.Equal("international-coalition", Single(Story("Asa'ib Ahl al-Haq ruled out any new truce with the international coalition."), "REJECT").Target);
    }

    [Fact]
    public void Condemning_acts_told_before_is_against_their_state()
    {
        var doc = Story("American jets struck three depots of Kata'ib Hezbollah near al-Qaim on Sunday. " +
                        "On Monday, Iran's foreign ministry condemned the strikes as a crime.");
        Assert.Equal("united-states", Single(doc, "ACCUSE").Target);
        doc = Story("The US Treasury sanctioned two Kata'ib Hezbollah commanders on Friday. Kata'ib Hezbollah dismissed the sanctions as meaningless.");
        Assert.Equal("united-states", Single(doc, "REJECT").Target);
    }

    [Fact]
    public void A_threat_that_names_no_one_answers_the_latest_attack_on_its_camp()
    {
        var doc = Story("An American drone strike killed a Harakat al-Nujaba commander in Baghdad on Thursday. " +
                        "Harakat al-Nujaba said its response would come at the right time.");
        Assert.Equal("united-states", Single(doc, "THREATEN").Target);
    }

    [Fact]
    public void A_threat_against_the_threatener_s_own_umbrella_is_none()
    {
        var doc = Story("Kataeb Hezbollah warned that it would not stand idle if the PMF were targeted.");
        Assert.NotEqual("popular-mobilization-forces", Single(doc, "THREATEN").Target);
    }

    [Fact]
    public void Whom_a_request_asks_is_not_whom_the_act_asked_for_is_against()
    {
        Assert.Null(Single(Story("Hadi al-Amiri called on young men to take up arms against the Islamic State group."), "REQUEST").Target);
    }

    [Fact]
    public void Partners_named_after_with_the_help_of_are_no_targets()
    {
        Assert.Null(Single(Story("Harakat al-Nujaba warned that its fighters would strike again with the help of the Houthis."), "THREATEN").Target);
    }

    [Fact]
    public void The_names_inside_a_label_are_not_whom_it_accuses()
    {
        var e = Single(Story("Prime Minister Mohammed Shia al-Sudani called the drone attack an act of terrorism that endangers Iraq's stability."), "ACCUSE");
        Assert.NotEqual("government-of-iraq", e.Target);
    }

    [Fact]
    public void Warnings_by_someone_refused_are_against_their_maker()
    {
        Assert.Equal("mohammed-shia-al-sudani", Single(Story("Iraqi militias have shunned warnings by Prime Minister Mohammed Shia al-Sudani to cease attacks."), "REJECT").Target);
    }

    [Fact]
    public void An_object_pronoun_stands_for_the_last_body_named_other_than_the_actor()
    {
        var doc = Story("Officials said Iraqi militias were using new names, with Washington blaming them for the strikes near the Syrian border.");
        Assert.Equal("iraqi-armed-factions", Single(doc, "ACCUSE").Target);
    }

    [Fact]
    public void A_demand_that_foreign_forces_leave_is_against_the_state_s_forces()
    {
        var doc = Story("The Iraqi parliament backed a resolution urging the expulsion of foreign troops, the United States among them.");
        Assert.Equal("us-forces", Single(doc, "REQUEST").Target);
    }

    [Fact]
    public void A_town_named_in_a_list_of_bases_is_the_base_named_after_it()
    {
        var doc = Story("Kataib Hezbollah launched drones at two bases in Syria on Sunday: Shaddadi and al-Tanf.");
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT" && e.Location?.PlaceId == "sy-shaddadi" && e.Target == "us-forces");
    }

    [Fact]
    public void A_crowd_s_slogans_and_an_embassy_say_whom_it_protests()
    {
        Assert.Equal("united-states", Single(Story("Thousands of Kataib Hezbollah supporters gathered outside the Green Zone, chanting slogans against the United States."), "PROTEST").Target);
        Assert.Equal("united-states", Single(Story("Thousands of supporters of the Popular Mobilization Forces marched on the US embassy in the Green Zone on Tuesday."), "PROTEST").Target);
    }

    [Fact]
    public void The_occupation_in_the_factions_speech_is_the_US_forces_but_not_the_Israeli_one()
    {
        var doc = Story("The group said it would continue its operations against the occupation. Israel's war ended the occupation of nothing; " +
                        "Hamas spoke of the Israeli occupation.");
        var occupations = doc.Mentions.Where(m => doc.Text.Substring(m.Start, m.Length) == "occupation").ToList();
        Assert.Single(occupations);
        Assert.Equal("us-forces", occupations[0].EntityId);
    }

    [Fact]
    public void A_handover_goes_to_whom_it_is_handed()
    {
        var e = Single(Story("Under the deal, US forces will hand over the remaining combat tasks to Iraqi forces by the end of the year."), "RETREAT");
        Assert.Equal("us-forces", e.Actor);
        Assert.Equal("iraqi-security-forces", e.Target);
    }

    [Fact]
    public void A_convoy_whose_owner_is_not_named_is_that_of_the_convoys_told_before()
    {
        var doc = Story("A roadside bomb hit a coalition supply convoy near Diwaniyah on Sunday.\n\nOn Tuesday, a bomb exploded beside a convoy near Nasiriyah.");
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT" && e.Location?.PlaceId == "iq-nasiriyah" && e.Target == "international-coalition");
    }

    [Fact]
    public void The_group_is_an_armed_group_not_a_bloc_of_parties()
    {
        var doc = Story("Kataib Hezbollah fired rockets at Camp Taji on Sunday. The Coordination Framework, the ruling bloc, called for calm. " +
                        "Washington has struck the group before.");
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT" && e.Actor == "us-forces" && e.Target == "kataib-hezbollah");
    }

    [Fact]
    public void Fighters_of_its_own_killed_make_the_body_the_target_and_its_vow_is_against_the_attacker()
    {
        var doc = Story("Kata'ib Sayyid al-Shuhada said three of its fighters were killed in a US airstrike near al-Qaim on Sunday and vowed revenge.");
        Assert.Equal("kataib-sayyid-al-shuhada", Single(doc, "ASSAULT").Target);
        Assert.Equal("united-states", Single(doc, "THREATEN").Target);
    }

    [Fact]
    public void The_names_listed_with_the_agent_after_by_are_no_targets()
    {
        var e = Single(Story("Protests by the Sadrist Movement and the Tishreen protest movement spread across Baghdad on Friday."), "PROTEST");
        Assert.Equal("sadrist-movement", e.Actor);
        Assert.Null(e.Target);
    }
    [Fact]
    public void Fighters_who_clash_with_a_side_attack_it()
    {
        var doc = Shared.Pipeline.Process(new RawArticle(new SourceInfo("t.txt", Published: new DateOnly(2023, 12, 20)),
            "Kataib Hezbollah fighters clashed with Asaib Ahl al-Haq members in Baghdad on Monday.", "text")).Stories[0];
        var e = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("kataib-hezbollah", e.Actor);
        Assert.Equal("asaib-ahl-al-haq", e.Target);
    }
    [Fact]
    public void Condemning_the_attack_after_several_strikes_of_one_operation_is_against_the_striker_s_state()
    {
        var doc = Story("American jets struck four Kataib Hezbollah depots near al-Qaim on Sunday. Ali al-Sistani condemned the attack on Monday.", "2019-12-31");
        Assert.Equal("united-states", Single(doc, "ACCUSE").Target);
    }

    [Fact]
    public void A_reaction_told_before_the_act_in_a_reverse_live_blog_is_against_the_one_who_did_it()
    {
        var doc = Story("Tuesday 18:10 - Hadi al-Amiri condemns the strike and calls it a crime.\n\n"
            + "Tuesday 09:30 - A US drone strike hit a car carrying Kataib Hezbollah commanders near Baghdad airport, the Pentagon says.", "2024-02-06");
        Assert.Equal("united-states", Single(doc, "ACCUSE").Target);
    }

    [Fact]
    public void Closing_roads_or_a_border_is_a_ban_and_closing_anything_else_is_no_event()
    {
        var e = Assert.Single(Story("Turkey closed its border crossings with the Kurdistan Region on Monday.", "2023-12-20").Events, e => e.Type == "COERCE");
        Assert.Equal("ban", e.Mode);
        Assert.Equal("turkey", e.Actor);
        Assert.DoesNotContain(Story("The judge closed the case against Kataib Hezbollah on Monday.", "2023-12-20").Events, e => e.Type == "COERCE");
    }

    [Fact]
    public void A_town_of_a_state_at_war_with_the_attacker_hit_as_the_object_is_an_attack_on_that_state()
    {
        var doc = Story("The Houthis said on Tuesday they had fired drones at the port of Eilat.", "2024-06-12");
        Assert.Equal("israel", Single(doc, "ASSAULT").Target);
        doc = Story("The Islamic Resistance in Iraq claimed a drone attack on Haifa on Monday.", "2024-06-12");
        Assert.Equal("israel", Single(doc, "ASSAULT").Target);
        // A place the strike only happened near, and a neighbour's strike on a town of a state it is not at war with.
        doc = Story("US jets struck a weapons depot near Albu Kamal in eastern Syria on Monday.", "2024-06-12");
        Assert.NotEqual("syria", Single(doc, "ASSAULT").Target);
        doc = Story("Turkish drones struck Sinjar on Monday.", "2024-06-12");
        Assert.Null(Single(doc, "ASSAULT").Target);
    }

    [Fact]
    public void A_threat_of_more_attacks_where_the_threatener_s_camp_was_not_hit_is_against_whom_its_attacks_hit()
    {
        var doc = Story("The Houthis claimed a drone attack on Israel on Thursday. " +
                        "Their leader Abdul Malik al-Houthi said the attacks will go on in the weeks ahead.", "2024-06-08");
        Assert.Equal("israel", Single(doc, "THREATEN").Target);
        // Another group's attack on the threatener's enemy (the knowledge base has Nujaba opposed to Israel).
        doc = Story("Iraqi militias fired rockets at Israel last week. " +
                    "Nujaba leader Akram al-Kaabi said on Sunday that his fighters will strike again.", "2024-06-10");
        Assert.Equal("israel", Single(doc, "THREATEN").Target);
        // A warning that is no promise of attacks takes no target from the campaign.
        doc = Story("The Houthis claimed a drone attack on Israel on Thursday. " +
                    "Abdul Malik al-Houthi warned that he would step down if the talks failed.", "2024-06-08");
        Assert.DoesNotContain(doc.Events, e => e.Type == "THREATEN" && e.Target == "israel");
    }

    [Fact]
    public void A_threat_against_those_behind_an_act_is_against_its_doer()
    {
        var doc = Story("A US drone strike killed Qassem Soleimani at Baghdad airport on Friday. " +
                        "Ayatollah Ali Khamenei warned that severe revenge awaits those behind the killing.", "2020-01-04");
        Assert.Equal("united-states", Single(doc, "THREATEN").Target);
        doc = Story("Gunmen shot dead an activist in Karbala on Sunday. Prime Minister Mustafa al-Kadhimi vowed to punish those responsible for the attack.", "2021-05-10");
        Assert.Null(Single(doc, "THREATEN").Target);
    }

    [Fact]
    public void A_site_listed_among_bases_that_host_troops_is_attacked_as_one_of_them()
    {
        var doc = Story("Kataib Hezbollah said it had fired drones at three bases on Saturday night: Rukban, Shaddadi and al-Tanf.", "2024-02-05");
        var rukban = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Location?.PlaceId == "sy-rukban");
        Assert.Equal("us-forces", rukban.Target);
        // Without bases told, a camp named with bases is only a place.
        doc = Story("Kataib Hezbollah said it had fired drones at Rukban, Shaddadi and al-Tanf on Saturday night.", "2024-02-05");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT" && e.Location?.PlaceId == "sy-rukban" && e.Target is not null);
    }

    [Fact]
    public void A_denial_of_the_attack_just_told_is_of_its_target_place_and_day()
    {
        var doc = Story("A drone struck the residence of Prime Minister Mustafa al-Kadhimi in the Green Zone before dawn on Sunday.\n\n" +
                        "The leader of Asaib Ahl al-Haq, Qais al-Khazali, denied on Monday that the factions had carried out the attack.", "2021-11-09");
        var denied = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Status == "negated");
        Assert.Equal("mustafa-al-kadhimi", denied.Target);
        Assert.Equal("iq-green-zone", denied.Location?.PlaceId);
        Assert.Equal(new DateOnly(2021, 11, 7), denied.Start);
        Assert.Equal("drone", denied.Mode);
        Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Status == "reported");
    }

    [Fact]
    public void A_denial_by_someone_unnamed_of_the_attack_just_told_is_of_its_place()
    {
        var doc = Story("Two rockets slammed into an empty lot inside the Green Zone late on Tuesday.\n\n" +
                        "A spokesman for the armed groups denied that any of the factions had taken part in the attack.", "2020-11-19");
        var denied = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Status == "negated");
        Assert.Equal("iq-green-zone", denied.Location?.PlaceId);
        Assert.Equal("rocket", denied.Mode);
        Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Status == "reported");
    }

    [Fact]
    public void A_part_in_an_act_denied_with_no_word_of_the_act_is_a_denial_of_the_attack_told()
    {
        var doc = Story("A drone hit a hangar at Erbil airport early on Wednesday, wounding a contractor.\n\n" +
                        "Asaib Ahl al-Haq denied any role.", "2021-07-08");
        var denied = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Status == "negated");
        Assert.Equal("asaib-ahl-al-haq", denied.Actor);
        Assert.Equal(new DateOnly(2021, 7, 7), denied.Start);
        Assert.Equal("drone", denied.Mode);
        // Not confirming a part is no denial; a part in something else is no act.
        doc = Story("A drone hit a hangar at Erbil airport early on Wednesday, wounding a contractor.\n\n" +
                    "Asaib Ahl al-Haq has not confirmed any involvement, and it will have no role in the next cabinet.", "2021-07-08");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT" && e.Status == "negated");
    }

    [Fact]
    public void An_arrest_told_right_after_a_raid_by_the_same_force_is_made_on_the_raid_s_target_and_place()
    {
        var doc = Story("Late on Thursday, members of the Counter-Terrorism Service raided a house used by Kataib Hezbollah in Dora. They detained 12 men.", "2020-06-27");
        var arrest = Single(doc, "COERCE");
        Assert.Equal("counter-terrorism-service", arrest.Actor);
        Assert.Equal("kataib-hezbollah", arrest.Target);
        Assert.Equal("iq-dora", arrest.Location?.PlaceId);
        // The raid, with no dead or wounded, is how the arrest was made: no attack of its own.
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
        // An arrest by another force is no part of the raid.
        doc = Story("Late on Thursday, members of the Counter-Terrorism Service raided a house used by Kataib Hezbollah in Dora. Iraqi police detained 12 men.", "2020-06-27");
        Assert.Null(Single(doc, "COERCE").Target);
    }
}
