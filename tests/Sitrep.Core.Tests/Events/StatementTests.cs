using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Support;
using static Sitrep.Core.Tests.Support.EventStories;

namespace Sitrep.Core.Tests.Events;

/// <summary>Verbal events (statements), each rule on sentences written for the test.</summary>
public sealed class StatementTests
{
    [Theory]
    [InlineData("Nechirvan Barzani on Wednesday called the overnight strike a \"cowardly terrorist attack\" on civilians.", "nechirvan-barzani")]
    [InlineData("Hadi al-Amiri called the raids an assault on the dignity of the Iraqi people.", "hadi-al-amiri")]
    [InlineData("The Sadrists described the vote as a brazen attack on democracy.", "sadrist-movement")]
    public void An_attack_word_given_as_the_name_of_an_act_is_the_namers_accusation(string sentence, string namer)
    {
        var doc = Story(sentence);
        Assert.Contains(doc.Events, e => e.Type == "ACCUSE" && e.Actor == namer);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT" && e.Actor == namer);
    }

    [Fact]
    public void A_call_for_an_attack_is_no_name_given_to_an_act()
    {
        var doc = Story("The cleric called on his followers to mount an attack on the embassy.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void A_promise_threatens_only_with_the_attack_it_promises()
    {
        var threat = Assert.Single(Story("Harakat al-Nujaba promised further strikes on the occupation forces.").Events, e => e.Type == "THREATEN");
        Assert.Equal("harakat-al-nujaba", threat.Actor);
        Assert.Equal("us-forces", threat.Target);
        Assert.DoesNotContain(Story("Washington promised more aid to the Iraqi army.").Events, e => e.Type == "THREATEN");
        Assert.DoesNotContain(Story("Kadhimi promised that the killers would be punished.").Events, e => e.Type == "THREATEN");
    }

    [Fact]
    public void An_intent_to_strike_told_by_the_speakers_own_side_is_a_threat()
    {
        var threat = Assert.Single(Story("A Nujaba spokesman said the group intends to hit American bases again.").Events, e => e.Type == "THREATEN");
        Assert.Equal("reported", threat.Status);
        Assert.DoesNotContain(Story("A Nujaba spokesman said the group intends to hit American bases again.").Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_leader_ordering_his_own_people_to_pull_out_concedes()
    {
        var doc = Story("Moqtada al-Sadr on Monday ordered his supporters to withdraw from the parliament building.");
        Assert.Equal("muqtada-al-sadr", Assert.Single(doc.Events, e => e.Type == "CONCEDE").Actor);
        Assert.DoesNotContain(doc.Events, e => e.Type == "RETREAT");
        // An army told to leave is a withdrawal.
        Assert.Contains(Story("The Pentagon ordered its troops to withdraw from the base.").Events, e => e.Type == "RETREAT");
    }
}
