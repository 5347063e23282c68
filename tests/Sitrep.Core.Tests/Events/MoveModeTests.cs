using Sitrep.Core.Documents;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Events;

/// <summary>The mode of a MOBILIZE or RETREAT event: the kind of move its trigger word tells (triggers.tsv), on sentences
/// written for the test.</summary>
public sealed class MoveModeTests
{
    private static Document Story(string text) => EventStories.Story(text, "2023-06-08");

    [Theory]
    [InlineData("MOBILIZE", "deployment", "The army deployed two brigades along the highway south of Samarra on Monday.")]
    [InlineData("MOBILIZE", "reinforcement", "Police commanders reinforced the checkpoints around the provincial council in Hilla overnight.")]
    [InlineData("MOBILIZE", "reinforcement", "The interior minister sent police reinforcements to Nasiriyah on Tuesday.")]
    [InlineData("MOBILIZE", "alert", "Peshmerga units near Makhmour were placed on high alert after the shelling.")]
    [InlineData("MOBILIZE", "patrols", "The Basra Operations Command stepped up patrols along the port road on Sunday.")]
    [InlineData("RETREAT", "withdrawal", "The Italian contingent withdrew from its base near Erbil on Friday.")]
    [InlineData("RETREAT", "evacuation", "The State Department pulled non-essential staff out of the Baghdad embassy on Friday.")]
    [InlineData("RETREAT", "evacuation", "Germany withdrew its diplomats and their families from Erbil on Friday.")]
    [InlineData("RETREAT", "base handover", "The coalition handed over the Qayyarah air base to the Iraqi army on Thursday.")]
    [InlineData("RETREAT", "drawdown", "Washington will draw down its forces in Iraq over the coming months, the Pentagon said.")]
    public void A_move_has_the_mode_its_word_tells(string type, string mode, string sentence)
    {
        var e = Assert.Single(Story(sentence).Events, e => e.Type == type);
        Assert.Equal(mode, e.Mode);
    }
}
