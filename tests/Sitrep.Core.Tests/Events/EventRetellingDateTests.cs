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
}
