using Sitrep.Core.Tests.Support;
using static Sitrep.Core.Tests.Support.EventStories;

namespace Sitrep.Core.Tests.Events;

/// <summary>An attack told again further on (a condemnation, what the weapons did) is the one attack; two attacks stay
/// two. Each rule on stories written for the test.</summary>
public sealed class EventRetellingTests
{
    [Fact]
    public void A_condemned_attack_on_an_iraqi_city_is_the_attack_told_there()
    {
        // "the ... attack on Erbil" says where, not that the Kurdistan government was hit: it joins the airport attack.
        var doc = Story("Rockets struck Erbil airport on Wednesday night, Kurdish officials said. "
            + "The US State Department denounced the cowardly attack on Erbil and urged Baghdad to find those responsible.", "2023-10-20");
        var e = Single(doc, "ASSAULT");
        Assert.NotEqual("kurdistan-regional-government", e.Target);
        var alone = Single(Story("Residents heard loud blasts during Wednesday's rocket assault against Baghdad.", "2023-10-20"), "ASSAULT");
        Assert.Null(alone.Target);
        Assert.Equal("iq-baghdad", alone.Location?.PlaceId);
        // A foreign capital attacked stands for its state.
        Assert.Equal("saudi-arabia", Single(Story("Saudi state media said the missile attack on Riyadh on Friday was foiled.", "2023-10-20"), "ASSAULT").Target);
    }

    [Fact]
    public void The_toll_a_side_gives_of_its_own_men_is_of_the_attack_told_before()
    {
        var doc = Story("US aircraft struck a Kataib Hezbollah site in Jurf al-Sakhar on Tuesday. Kataib Hezbollah said two of its fighters were killed.", "2023-11-24");
        var e = Single(doc, "ASSAULT");
        Assert.Equal(2, e.Killed);
        doc = Story("Turkish drones hit a vehicle near Sinjar on Monday. The YBS said three of their members had been killed, and vowed revenge.", "2023-11-24");
        Assert.Equal(3, Single(doc, "ASSAULT").Killed);
        // A side's own men killed in an attack of their own sentence are that attack's toll.
        doc = Story("US aircraft struck a Kataib Hezbollah site in Jurf al-Sakhar on Tuesday. On Friday a roadside bomb hit a convoy near Hilla, "
            + "and Kataib Hezbollah said two of its fighters were killed.", "2023-11-24");
        Assert.Equal(2, doc.Events.Count(x => x.Type == "ASSAULT"));
    }

    [Fact]
    public void A_claim_of_both_attacks_is_of_the_two_told_last()
    {
        var doc = Story("A roadside bomb hit a police patrol near Samawah on Monday, and a second bomb struck an army vehicle near Nasiriyah on Tuesday. "
            + "Qasim al-Jabbarin claimed both attacks on Telegram.", "2020-08-12");
        var attacks = doc.Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
        Assert.All(attacks, a => Assert.Equal("saraya-qasim-al-jabbarin", a.Actor));
        // With one attack told before, "both" is of attacks the story does not tell: no doer is given.
        doc = Story("A roadside bomb hit a supply convoy in Diwaniyah on Monday. Ashab al-Kahf claimed both attacks on Telegram.", "2020-08-12");
        Assert.Null(doc.Events.First(e => e.Type == "ASSAULT" && e.Location?.PlaceId is not null).Actor);
    }

    [Fact]
    public void Two_attacks_on_two_iraqi_cities_stay_two()
    {
        var doc = Story("A drone attack on Erbil on Monday and a roadside bomb attack on Basra on Thursday have alarmed residents of both cities.", "2023-10-20");
        var attacks = doc.Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
        Assert.All(attacks, a => Assert.Null(a.Target));
    }

    [Fact]
    public void What_the_weapons_did_is_told_of_the_attack_they_made()
    {
        // "the jets had destroyed ...": the jets of the strike just told, whose target it adds.
        var doc = Story("US jets bombed a depot near Qaim on Sunday. A spokesman said the jets had destroyed weapons belonging to Kataib Hezbollah.", "2023-10-20");
        var e = Single(doc, "ASSAULT");
        Assert.Equal("kataib-hezbollah", e.Target);
        Assert.Equal("us-forces", e.Actor);
        // "the jets circled ... and destroyed": the verb joined to one whose subject is the weapons.
        doc = Story("US jets bombed a depot near Qaim on Sunday. A spokesman said the jets circled the area and destroyed weapons belonging to Kataib Hezbollah.", "2023-10-20");
        e = Single(doc, "ASSAULT");
        Assert.Equal("kataib-hezbollah", e.Target);
    }

    [Fact]
    public void Weapons_told_again_on_another_day_and_place_make_another_attack()
    {
        var doc = Story("Turkish warplanes struck villages near Amadiya on Monday. On Tuesday, a roadside bomb hit a convoy near Duhok. "
            + "Officials said the warplanes had struck a farm near Zakho on Wednesday.", "2023-10-20");
        Assert.Equal(3, doc.Events.Count(e => e.Type == "ASSAULT"));
    }

    [Fact]
    public void Attacks_told_with_these_or_those_are_the_ones_told_before()
    {
        var doc = Story("A Turkish drone struck a car near Sinjar on Monday, killing two men. On Tuesday, another drone hit a house in Sinuni. "
            + "The mayor of Sinjar said the PKK's presence in the district was the cause of these bombardments.", "2023-10-20");
        Assert.Equal(2, doc.Events.Count(e => e.Type == "ASSAULT"));
        doc = Story("Rockets landed near Baghdad airport on Monday. A police source blamed those attacks in Baghdad on outlaw groups.", "2023-10-20");
        Single(doc, "ASSAULT");
    }

    [Fact]
    public void A_toll_whose_wounded_were_flown_elsewhere_is_the_attacks_toll()
    {
        // "flown to ... facilities in Iraq" is where the wounded went, not where a second attack was.
        var doc = Story("A one-way drone struck a workshop on a coalition base near Hasakah in Syria on Thursday afternoon, killing an American contractor. "
            + "Four US service members and a second contractor were wounded; three of the wounded were flown to coalition medical facilities in Iraq.", "2023-10-20");
        Assert.Equal("sy-hasakah", Single(doc, "ASSAULT").Location?.PlaceId);
        doc = Story("A drone struck a coalition base near Shaddadi in Syria on Monday. Two US soldiers were wounded; both were airlifted to a military hospital in Iraq.", "2023-10-20");
        Single(doc, "ASSAULT");
        // A toll with a bomb and place of its own is another attack.
        doc = Story("A drone struck a coalition base near Shaddadi in Syria on Monday. On Tuesday two Iraqi soldiers were wounded by a roadside bomb "
            + "near Tarmiyah and were flown to a military hospital in Baghdad.", "2023-10-20");
        Assert.Equal(2, doc.Events.Count(e => e.Type == "ASSAULT"));
    }
}
