using Sitrep.Core.Tests.Support;
using static Sitrep.Core.Tests.Support.EventStories;

namespace Sitrep.Core.Tests.Events;

/// <summary>Acts told to date another ("N days after ...") take the day the sentence gives them, so that their
/// retellings meet them at one date; each rule on sentences written for the test.</summary>
public sealed class EventRetellingDateTests
{
    [Fact]
    public void A_time_told_after_the_anchored_act_is_that_acts_own()
    {
        // Published on a Thursday: "late on Monday" is 11 March; the "two days after" dates the meeting, not the attack.
        var doc = Story("The meeting took place two days after militiamen fired mortars at Camp Taji late on Monday.", "2024-03-14");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(new DateOnly(2024, 3, 11), e.Start);
        Assert.Equal(new DateOnly(2024, 3, 11), e.End);
    }

    [Fact]
    public void The_verb_of_an_anchored_act_lies_as_far_back_as_the_act()
    {
        // "Wednesday" is 13 March; the strike, and its killing, were three days before.
        var doc = Story("Lawmakers gathered on Wednesday, three days after an American drone strike killed a militia commander in Baghdad.", "2024-03-14");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(new DateOnly(2024, 3, 10), e.Start);
    }

    [Theory]
    [InlineData("[Wednesday 22 November, 15:22]", "[Tuesday 21 November, 09:10]")]
    [InlineData("Wednesday 22 November, 15:22 GMT", "Tuesday 21 November, 09:10 GMT")]
    [InlineData("* Wednesday 22 November, 15:22", "* Tuesday 21 November, 09:10")]
    public void A_stamp_line_over_a_post_dates_its_act_with_brackets_or_a_bullet_before_it(string first, string second)
    {
        // Published on a Thursday: each channel post is dated by the stamp over it, not by publication.
        var doc = Story($"{first}\nURGENT | The Islamic Resistance in Iraq targets the American base in al-Shaddadi with two drones.\n\n"
            + $"{second}\nA drone attacked the Harir base in Erbil.", "2023-11-23");
        var events = doc.Events.Where(e => e.Type == "ASSAULT").OrderBy(e => e.Start).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(new DateOnly(2023, 11, 21), events[0].Start);
        Assert.Equal(new DateOnly(2023, 11, 22), events[1].Start);
    }

    [Fact]
    public void A_line_that_tells_a_time_after_words_dates_no_post_below_it()
    {
        // "Updated on Tuesday" has a word before its time: it is no stamp, and the post keeps its own telling.
        var doc = Story("Editor's line: updated Tuesday 21 November\nA drone attacked the Harir base in Erbil on Thursday.", "2023-11-23");
        Assert.Equal(new DateOnly(2023, 11, 23), Single(doc, "ASSAULT").Start);
    }

    [Fact]
    public void A_month_and_year_on_a_line_of_their_own_date_the_bare_days_of_the_entries_below()
    {
        // Published on 2 January 2021: under "December 2019", "31 December" is 2019's, not the latest 31 December before
        // publication; under "December 2020" it is 2020's.
        var doc = Story("December 2019\n\n- 31 December: Militiamen stormed the US embassy in Baghdad.\n\nDecember 2020\n\n"
            + "- 20 December: Eight rockets were fired at the US embassy in Baghdad.", "2021-01-02");
        var days = doc.Events.Where(e => e.Type is "ASSAULT" or "PROTEST").Select(e => e.Start).OrderBy(d => d).ToList();
        Assert.Equal([new DateOnly(2019, 12, 31), new DateOnly(2020, 12, 20)], days);
    }

    [Fact]
    public void A_month_named_in_a_sentence_of_prose_dates_no_day_of_the_next()
    {
        var doc = Story("The factions began their campaign in December 2019. On 31 December, rockets hit the K-1 base near Kirkuk.", "2021-01-02");
        Assert.Equal(new DateOnly(2020, 12, 31), Single(doc, "ASSAULT").Start);
    }

    [Fact]
    public void A_day_far_back_after_a_sentence_of_its_paragraph_dated_with_a_year_is_in_that_year()
    {
        // Published in February 2024: "5 June" read alone is June 2023, eight months back; after "in April 2021" in its
        // paragraph it is history of 2021. In a paragraph of its own, or after a year alone ("in 2017"), it is not.
        var doc = Story("The drone campaign against Erbil began in April 2021. On 5 June, a drone struck the Harir base.\n\n"
            + "Islamic State lost Mosul in 2017. On 7 June, rockets hit the Taji camp.\n\n"
            + "On 9 June, rockets hit the Balad air base.", "2024-02-20");
        var days = doc.Events.Where(e => e.Type == "ASSAULT").Select(e => e.Start).OrderBy(d => d).ToList();
        Assert.Equal([new DateOnly(2021, 6, 5), new DateOnly(2023, 6, 7), new DateOnly(2023, 6, 9)], days);
    }

    [Fact]
    public void A_day_of_the_month_just_dated_with_its_year_is_in_that_year()
    {
        var doc = Story("Tension peaked in March 2022, and on 9 March militants fired rockets at the Erbil airport.", "2024-01-20");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(new DateOnly(2022, 3, 9), e.Start);
    }

    [Fact]
    public void A_bare_telling_of_the_attack_far_below_dates_the_headlines_attack()
    {
        // Published on a Thursday; the background paragraph's "on Tuesday" is 12 March.
        var doc = Story("Rockets hit Harir base north of Erbil\n\nKurdish officials said no one was hurt in the attack. "
            + "The base hosts American troops and their aircraft. On 2 March a drone struck a police checkpoint in Sinjar."
            + "\n\nBackground\nThe rockets were fired at about 21:00 on Tuesday.", "2024-03-14");
        var e = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Mode == "rocket");
        Assert.Equal(new DateOnly(2024, 3, 12), e.Start);
    }

    [Fact]
    public void The_span_after_a_superlative_ranks_the_act_and_does_not_date_it()
    {
        // Published on a Tuesday: "Sunday night" is 15 October; "this year" is what the ambush is ranked within.
        var doc = Story("Gunmen attacked an army checkpoint near Tuz Khurmatu on Sunday night, killing four soldiers. "
            + "The ambush on the checkpoint near Tuz Khurmatu was the deadliest on Iraqi troops this year, officers said.", "2023-10-17");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(new DateOnly(2023, 10, 15), e.Start);
        Assert.Equal(4, e.Killed);
        var alone = Single(Story("The rocket attack on the Balad air base was the largest on the base in two years, a police source said.", "2023-10-17"), "ASSAULT");
        // ("in two years" read as a day is two years after publication; the act is dated as told without a time.)
        Assert.True(alone.Start is { } day && day <= new DateOnly(2023, 10, 17), $"{alone.Start}");
    }

    [Fact]
    public void A_time_before_the_saying_dates_the_saying_not_the_act()
    {
        // "On Tuesday" is when the group spoke; the attack of Monday 16 October is the one it owns.
        var doc = Story("Rockets hit a Turkish army post near Amedi on Monday, killing two soldiers. The Turkish ministry blamed the PKK. "
            + "On Tuesday the HPG, the armed wing of the PKK, said its fighters had carried out the attack.", "2023-10-20");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(new DateOnly(2023, 10, 16), e.Start);
    }

    [Fact]
    public void A_window_up_to_the_story_day_dates_its_own_sum_and_no_act_told_after_it()
    {
        // Published on a Friday. The count's window runs from mid-October to the story's day; the rocket attack after it
        // has no time of its own and is told as the story's news, so it takes the story's day, not the window.
        var doc = Story("Coalition troops have been attacked more than 40 times since mid-October, officials said. "
            + "Rockets hit the K1 base near Kirkuk, a police source said.", "2023-11-10");
        var sum = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Aggregate is not null);
        Assert.Equal(new DateOnly(2023, 10, 11), sum.Start);
        var rockets = Assert.Single(doc.Events, e => e.Type == "ASSAULT" && e.Mode == "rocket");
        Assert.Equal(new DateOnly(2023, 11, 10), rockets.Start);
        Assert.Equal(rockets.Start, rockets.End);
    }

    [Theory]
    [InlineData("Two rockets struck the Ain al-Asad air base on Tuesday, causing no casualties. Kataib Hezbollah said in a statement that its fighters had carried out the attack.", "kataib-hezbollah")]
    [InlineData("Drones targeted the Harir air base on Wednesday night without causing casualties. The Islamic Resistance in Iraq said in a Telegram post that its fighters had carried out the drone attack.", "islamic-resistance-in-iraq")]
    public void A_group_saying_the_attack_was_its_own_claims_the_attack_told(string text, string group)
    {
        var e = Single(Story(text, "2023-10-20"), "ASSAULT");
        Assert.Equal(group, e.Actor);
        Assert.Equal(group, e.ClaimedBy);
    }

    [Fact]
    public void An_undated_paragraph_at_a_place_within_the_one_of_an_act_days_before_retells_that_act()
    {
        // Published on a Wednesday: the cafe shooting in Karrada, told in a paragraph with no day of its own, is Monday's
        // shooting in Baghdad told again, not a second shooting on the day of the story.
        var doc = Story("Gunmen opened fire inside a cafe in Baghdad on Monday, killing two policemen.\n\n"
            + "An attacker walked into a cafe in the Karrada district and shot at a table of officers, a police source said.", "2024-03-13");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(new DateOnly(2024, 3, 11), e.Start);
        Assert.Equal(e.Start, e.End);
    }

    [Theory]
    // The act told before is eleven days older than the story: no retelling of the news.
    [InlineData("Gunmen opened fire inside a cafe in Baghdad on 2 March, killing two policemen.\n\nAn attacker walked into a cafe in the Karrada district and shot at a table of officers, a police source said.")]
    // The second paragraph gives its own day.
    [InlineData("Gunmen opened fire inside a cafe in Baghdad on Monday, killing two policemen.\n\nOn Wednesday an attacker walked into a cafe in the Karrada district and shot at a table of officers, a police source said.")]
    // Another kind of attack, at a place far from the first, by no doer either names.
    [InlineData("Gunmen shot dead a lawyer in Basra on Monday, police said.\n\nA roadside bomb wounded two soldiers near Mosul, an army officer said.")]
    public void An_undated_paragraph_of_another_place_or_of_an_older_act_stays_an_act_of_its_own(string text)
    {
        var doc = Story(text, "2024-03-13");
        Assert.Equal(2, doc.Events.Count(e => e.Type == "ASSAULT"));
    }

    [Theory]
    [InlineData("Within hours, his fighters drove armed trucks into the Green Zone.")]
    [InlineData("A few hours later, gunmen fired rockets at the Green Zone.")]
    [InlineData("Hours later, gunmen fired rockets at the Green Zone.")]
    public void An_act_told_hours_after_the_one_before_it_falls_on_that_ones_day(string second)
    {
        // Published on a Friday: the arrest is Wednesday's, and so is what came hours after it, told in a paragraph of its own.
        var doc = Story("Counter-terrorism police detained a faction commander in Baghdad on Wednesday.\n\n" + second, "2023-11-24");
        var e = doc.Events.Single(x => x.Type is "MOBILIZE" or "ASSAULT");
        Assert.Equal(new DateOnly(2023, 11, 22), e.Start);
        Assert.Equal(e.Start, e.End);
    }

    [Theory]
    // "hours later" told after the act is no opening of its sentence.
    [InlineData("Counter-terrorism police detained a faction commander in Baghdad on Wednesday.\n\nGunmen fired rockets at the Green Zone, hours later.")]
    // The act told before it is dated to a month, no day.
    [InlineData("Gunmen shot a lawyer in Basra last month.\n\nWithin hours, gunmen fired rockets at the Green Zone.")]
    public void An_act_not_opened_by_hours_later_or_with_no_dated_act_before_it_keeps_the_day_of_the_story(string text)
    {
        var doc = Story(text, "2023-11-24");
        Assert.Equal(new DateOnly(2023, 11, 24), doc.Events.Single(e => e.Type == "ASSAULT" && e.Mode == "rocket").Start);
    }
}
