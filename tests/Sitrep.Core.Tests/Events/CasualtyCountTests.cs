using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Support;
using static Sitrep.Core.Tests.Support.EventStories;

namespace Sitrep.Core.Tests.Events;

/// <summary>Tolls and counts of attacks: which act a toll belongs to, how it is worded, and when a count is
/// a summary. Each on sentences written for the test.</summary>
public sealed class CasualtyCountTests
{
    private static string Here([System.Runtime.CompilerServices.CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;

    [Theory]
    [InlineData("Three rockets hit the K-1 air base near Kirkuk on Sunday, killing an Iraqi interpreter.", 1, null)]
    [InlineData("A roadside bomb went off beside a fuel tanker south of Diwaniyah on Sunday, slightly injuring a truck driver.", null, 1)]
    [InlineData("A mortar round fell on a market in Tuz Khurmatu on Wednesday evening, wounding a shepherd and his son.", null, 2)]
    [InlineData("Rockets hit the K-1 air base on Sunday, killing a contractor and wounding two soldiers and a guard.", 1, 3)]
    public void A_or_an_before_a_person_counts_one_victim(string sentence, int? killed, int? injured)
    {
        var e = Single(Story(sentence), "ASSAULT");
        Assert.Equal(killed, e.Killed);
        Assert.Equal(injured, e.Injured);
    }

    /// <summary>The toll and count columns of the sentence table's rows s1000-s1049 (this round's), which the
    /// table's own test does not score: each row's event, read from its sentence alone, has them.</summary>
    [Fact]
    public void The_count_rows_of_the_sentence_table_hold()
    {
        var (rows, misses) = CountRows(1000, 1050, dated: false);
        Assert.True(rows >= 10, $"{rows} rows");
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    /// <summary>The same for rows s2150-s2199: tolls told a sentence after their attack, second dates, sites hit; their
    /// start dates too.</summary>
    [Fact]
    public void The_count_rows_s2150_to_s2199_hold()
    {
        var (rows, misses) = CountRows(2150, 2200, dated: true);
        Assert.True(rows >= 3, $"{rows} rows");
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    /// <summary>The same for rows s2900-s2949: tolls of none told as "without hurting anyone", "no victims", "none of them
    /// caused any casualties" (for every place one attack phrase names), victims told by a pronoun, a possessive or a bracketed
    /// name, bodies found, and the count of sites a noun attack hit.</summary>
    [Fact]
    public void The_count_rows_s2900_to_s2949_hold()
    {
        var (rows, misses) = CountRows(2900, 2950, dated: true);
        Assert.True(rows >= 14, $"{rows} rows");
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    [Theory]
    [InlineData("The photographer Karim Saad and his driver Ahmed Jalil were shot dead in their car in Basra on Friday evening.", 2)]
    [InlineData("Ali Jaber, a reporter for a local channel, and his cameraman Karim Saad were shot dead in their car in Basra on Friday evening.", 2)]
    [InlineData("The protests began a week after the journalist Karim Saad, who had criticised the factions on television, was shot dead outside his home in Basra.", 1)]
    [InlineData("The unrest began days after the researcher Salim al-Dabbagh, who had advised the cabinet, was shot dead outside his home in Baghdad.", 1)]
    public void Persons_named_as_the_subject_of_a_passive_toll_are_one_victim_each(string sentence, int killed)
    {
        var e = Single(Story(sentence), "ASSAULT");
        Assert.Equal(killed, e.Killed);
    }

    /// <summary>The same for rows s2250-s2299: tolls told by "without causing injuries", "did not cause any casualties"
    /// and the like.</summary>
    [Fact]
    public void The_count_rows_s2250_to_s2299_hold()
    {
        var (rows, misses) = CountRows(2250, 2300, dated: true);
        Assert.True(rows >= 2, $"{rows} rows");
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    /// <summary>The event rows with ids in [<paramref name="from"/>, <paramref name="to"/>) whose sentence, read alone, gives
    /// no event of the row's type with its killed, injured and count columns (and start date when <paramref name="dated"/>).</summary>
    private static (int Rows, List<string> Misses) CountRows(int from, int to, bool dated)
    {
        var rows = File.ReadAllLines(Path.Combine(Here(), "event-sentences.tsv")).Where(l => l.StartsWith('s')).Select(l => l.Split('\t'))
            .Where(r => r[0].Length == 5 && int.TryParse(r[0][1..], out var n) && n >= from && n < to && r[3] != "-").ToList();
        static int? Num(string f) => f == "-" ? null : f == "n" ? -1 : int.Parse(f);
        var misses = new List<string>();
        foreach (var r in rows)
        {
            var doc = Story(r[2], r[1]);
            var want = (Num(r[12]), Num(r[13]), Num(r[14]));
            bool found = doc.Events.Any(e => e.Type == r[3] && (e.Killed, e.Injured, e.Aggregate is null ? (int?)null : e.Aggregate.Count ?? -1) == want
                && (!dated || r[8] == "-" || e.Start?.ToString("yyyy-MM-dd") == r[8]));
            if (!found) misses.Add($"{r[0]}: {r[3]} {r[8]} {r[2]}");
        }
        return (rows.Count, misses);
    }

    [Fact]
    public void The_hospital_the_wounded_were_taken_to_is_not_where_the_attack_was()
    {
        var doc = Story("A drone struck a base of the Popular Mobilization Forces in Baghdad on Thursday. " +
                        "Five fighters were wounded in the attack and were transferred to the Ibn Sina hospital for treatment.", "2021-03-16");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(5, e.Injured);
        Assert.Equal("iq-baghdad", e.Location?.PlaceId);
    }

    [Fact]
    public void No_one_died_is_a_toll_of_none_killed()
    {
        var e = Single(Story("Two rockets hit Balad air base on Friday night; no one died, officials said.", "2021-03-16"), "ASSAULT");
        Assert.Equal(0, e.Killed);
        Assert.Null(e.Injured);
    }

    [Fact]
    public void A_country_before_a_site_noun_is_where_the_attack_fell_so_a_toll_headline_keeps_apart_from_attacks_elsewhere()
    {
        var doc = Story("Three US soldiers were killed in a drone attack on a Jordan outpost on Sunday, officials said.\n\n" +
                        "The Islamic Resistance in Iraq said it had launched drones on Sunday at two bases in Syria: al-Shaddadi and al-Tanf.", "2024-01-29");
        var jordan = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Killed == 3);
        Assert.Equal("jo", jordan.Location?.PlaceId);
        Assert.Equal(3, doc.Events.Count(e => e.Type == "ASSAULT"));
    }

    [Fact]
    public void A_revised_toll_told_later_replaces_the_first()
    {
        var doc = Story("A car bomb exploded at a market in Sadr City on Monday, killing eight people and wounding 20, police said.\n\n" +
                        "On Tuesday the death toll rose to 14 and the number of wounded rose to 31, hospital sources said.", "2021-03-16");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(14, e.Killed);
        Assert.Equal(31, e.Injured);
    }

    /// <summary>A live blog with its newest entry on top: the update's toll, told far above the attack, replaces the
    /// first one, whether or not a headline names the attack.</summary>
    [Theory]
    [InlineData("Drone strike on airstrip near Sulaymaniyah kills three fighters\n\n")]
    [InlineData("")]
    public void An_updated_toll_at_the_top_of_a_live_blog_replaces_the_toll_told_below_it(string headline)
    {
        var doc = Story(headline + "10:40\nUpdated toll: four fighters were killed and two others wounded, the provincial health office said this morning.\n\n" +
                        "09:15\nThe regional president condemned the attack and called for an inquiry.\n\n" +
                        "08:00\nPeshmerga units were put on alert across the province.\n\n" +
                        "17:30\nA drone struck an airstrip near Sulaymaniyah on Monday afternoon. A local official said three people were killed.\n", "2023-09-19");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(4, e.Killed);
        Assert.Equal(2, e.Injured);
    }

    [Fact]
    public void A_revised_figure_for_a_days_attack_told_paragraphs_later_replaces_the_first()
    {
        var doc = Story("A drone hit the living quarters of a base in north-eastern Syria early on Sunday, killing two US soldiers and wounding 18, officials said.\n\n" +
                        "The Pentagon did not name the group behind it.\n\n" +
                        "Defence officials said air defences at the base had failed to tell the drone from a returning American one.\n\n" +
                        "The Pentagon has revised its figure for the wounded: 26 service members were hurt in Sunday's attack.", "2024-01-30");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(2, e.Killed);
        Assert.Equal(26, e.Injured);
    }

    [Fact]
    public void A_number_of_wounded_that_had_risen_replaces_the_first_however_far_down()
    {
        var doc = Story("Rockets slammed into a housing compound near Erbil airport on Monday night, killing one contractor and wounding six people, Kurdish officials said.\n\n" +
                        "The Kurdistan Region's interior ministry ordered an inquiry.\n\n" +
                        "Erbil's governor called for calm and said schools would open as normal.\n\n" +
                        "Residents described a night of fear.\n\n" +
                        "Hospital officials said on Tuesday that the number of wounded had risen to nine.", "2021-02-17");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(1, e.Killed);
        Assert.Equal(9, e.Injured);
    }

    [Fact]
    public void Victims_of_a_side_told_after_two_acts_were_hit_by_the_attack_on_that_side()
    {
        var doc = Story("Turkish jets struck two PKK hideouts in the Qandil mountains early on Tuesday, hours after the group's fighters fired rockets at a Turkish base near Bamarni, officials said. " +
                        "Six PKK members were killed in the strikes, Kurdish officials said.", "2022-05-04");
        var strike = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Mode != "rocket");
        var rockets = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Mode == "rocket");
        Assert.Equal(6, strike.Killed);
        Assert.Null(rockets.Killed);
    }

    [Fact]
    public void The_second_verb_of_a_coordinated_toll_has_the_first_ones_attack()
    {
        var doc = Story("A volley of mortar rounds fired at the Green Zone late on Sunday killed a child and wounded four passers-by, police said, " +
                        "in the first such attack since the factions announced a truce in October.", "2020-12-01");
        var e = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Killed is not null);
        Assert.Equal(1, e.Killed);
        Assert.Equal(4, e.Injured);
    }

    [Fact]
    public void Contradicting_tolls_keep_the_first_told()
    {
        var doc = Story("A car bomb exploded at a market in Sadr City on Monday, killing eight people, police said. " +
                        "A hospital source gave a higher figure of 11 dead.", "2021-03-16");
        Assert.Equal(8, Single(doc, "ASSAULT").Killed);
    }

    [Theory]
    [InlineData("Rockets struck a residential area of Kirkuk on Sunday, killing four civilians, a police officer said.", 4)]
    [InlineData("A car bomb exploded at a market in Sadr City on Monday, killing eight people, a hospital source said.", 8)]
    public void A_speaker_after_the_victims_is_no_victim(string sentence, int killed) =>
        Assert.Equal(killed, Single(Story(sentence, "2021-03-16"), "ASSAULT").Killed);

    [Fact]
    public void A_person_told_as_shot_dead_is_one_killed()
    {
        var e = Single(Story("Kataib Hezbollah commander Abu Fadak al-Mohammedawi was shot dead by gunmen in Baghdad on Tuesday.", "2021-03-16"), "ASSAULT");
        Assert.Equal(1, e.Killed);
    }

    [Fact]
    public void A_death_of_a_heart_attack_is_not_killed_and_no_other_casualties_is_none()
    {
        var e = Single(Story("Two rockets hit Camp Taji on Monday; a US contractor died of a heart attack during the alert, and no other casualties were reported.", "2021-03-16"), "ASSAULT");
        Assert.Equal(0, e.Killed);
        Assert.Equal(0, e.Injured);
    }

    [Fact]
    public void Persons_named_in_a_list_before_a_casualty_word_add_to_its_number()
    {
        var e = Single(Story("Abu Fadak al-Mohammedawi, Qais al-Khazali and six others were wounded in the strike near Baghdad airport.", "2021-03-16"), "ASSAULT");
        Assert.Equal(8, e.Injured);
    }

    [Fact]
    public void Killed_no_one_is_none_killed()
    {
        var e = Single(Story("A rocket hit the Green Zone on Monday; it killed no one but wounded a guard.", "2021-03-16"), "ASSAULT");
        Assert.Equal(0, e.Killed);
        Assert.Equal(1, e.Injured);
    }

    [Fact]
    public void A_number_of_victims_is_no_one_victim()
    {
        var e = Single(Story("Rockets hit the K-1 air base on Sunday, wounding a number of soldiers."), "ASSAULT");
        Assert.Null(e.Injured);
    }

    [Fact]
    public void A_name_its_apposition_and_a_second_victim_are_two()
    {
        var e = Single(Story("A Turkish drone killed Ahmed Karim, a PKK commander, and a second militant near Sinjar on Monday."), "ASSAULT");
        Assert.Equal(2, e.Killed);
    }

    [Theory]
    [InlineData("Iranian missiles struck Ain al-Asad air base on Wednesday, and 34 American troops later suffered minor injuries, the Pentagon said.", null, 34)]
    [InlineData("Rockets slammed into Balad air base on Tuesday; nobody was killed, but five Iraqi airmen were later diagnosed with concussion.", 0, 5)]
    [InlineData("Saudi air defences downed an explosive-laden drone over the capital on Saturday, and there were no reports of casualties.", 0, 0)]
    public void Injuries_told_as_suffered_or_diagnosed_and_no_reports_of_casualties(string sentence, int? killed, int? injured)
    {
        var e = Single(Story(sentence), "ASSAULT");
        Assert.Equal(killed, e.Killed);
        Assert.Equal(injured, e.Injured);
    }

    [Fact]
    public void The_toll_of_an_act_named_to_answer_or_blame_is_not_the_sentences_act()
    {
        var e = Single(Story("American jets struck 40 targets in Syria on Saturday, days after the killing of two US soldiers near the border."), "ASSAULT");
        Assert.Null(e.Killed);
        Assert.Equal(40, e.Aggregate?.Count);
    }

    [Fact]
    public void A_passive_told_as_a_number_of_times_is_a_summary_with_that_count()
    {
        var e = Single(Story("US bases in Syria have been struck 23 times since the start of the month, a coalition spokesman said on Friday.", "2023-11-24"), "ASSAULT");
        Assert.Equal(23, e.Aggregate?.Count);
        Assert.Equal("exact", e.Aggregate?.Qualifier);
    }

    [Fact]
    public void Counted_things_a_strike_hits_are_read_from_data_with_one_plain_word_before_them()
    {
        var e = Single(Story("Saboteurs blew up two pumping stations on an oil pipeline near Basra on Saturday, police said."), "ASSAULT");
        Assert.Equal(2, e.Aggregate?.Count);
    }

    [Fact]
    public void A_ban_on_counted_banks_is_one_sanction_with_that_count_dated_like_any_act()
    {
        var e = Single(Story("The Central Bank of Iraq barred 11 Iraqi lenders from dollar auctions.", "2023-07-28"), "SANCTION");
        Assert.Equal(11, e.Aggregate?.Count);
        Assert.Equal(new DateOnly(2023, 7, 28), e.Start);
    }

    [Fact]
    public void A_count_of_the_places_listed_makes_one_single_attack_per_place()
    {
        var doc = Story("The Islamic Resistance in Iraq said it had launched drones on Monday at two bases in Syria: al-Shaddadi and Rumeilan.", "2023-11-01");
        var attacks = doc.Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
        Assert.All(attacks, e => Assert.Null(e.Aggregate));
    }

    [Fact]
    public void A_toll_sentence_two_sentences_after_the_attack_is_that_attacks()
    {
        var doc = Story("Mortar rounds struck the US embassy compound in Baghdad early on Friday. About seven rounds were fired, an official said. " +
                        "The attack caused no casualties, the official added.", "2023-12-09");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(0, e.Killed);
        Assert.Equal(0, e.Injured);
    }

    [Fact]
    public void A_toll_in_the_next_paragraph_after_an_undated_retelling_goes_to_the_attack()
    {
        var doc = Story("Gunmen attacked protesters in Baghdad's Khilani Square on Friday night.\n\n" +
                        "The attackers drove up in pickup trucks and fired on the crowd for hours, witnesses said.\n\n" +
                        "Tolls varied on Saturday. Hospital sources said at least 20 people had been killed and about 100 wounded.", "2019-12-07");
        var attack = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Killed is not null);
        Assert.Equal(20, attack.Killed);
        Assert.Equal(100, attack.Injured);
    }

    [Fact]
    public void A_toll_three_sentences_on_in_a_paragraph_that_tells_another_attack_first_is_that_attacks()
    {
        var doc = Story("Gunmen attacked protesters in Baghdad's Tahrir Square on Friday night, killing 12.\n\n" +
                        "Before dawn on Saturday, a small drone dropped an explosive on the house of Muqtada al-Sadr in Najaf. No one was hurt.", "2019-12-07");
        var sadr = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Target == "muqtada-al-sadr");
        Assert.Equal(0, sadr.Killed);
        Assert.Equal(12, Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Target != "muqtada-al-sadr").Killed);
    }

    [Fact]
    public void A_defence_told_after_the_lede_that_retells_the_headline_belongs_to_the_attack()
    {
        var doc = Story("Harir air base comes under drone attack as Islamic Resistance claims strikes\n\n" +
                        "Harir air base, which hosts US forces north of Erbil, came under drone attack on Tuesday, officials said. " +
                        "Two drones were shot down before they reached the base, and there were no casualties.", "2023-11-15");
        var harir = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Location?.PlaceId == "base-harir" && e.Killed is not null);
        Assert.Equal(0, harir.Injured);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT" && e.Location is null && e.Killed is not null);
    }
}
