using Sitrep.Core.Knowledge.Actors;

namespace Sitrep.Core.Tests.Names;

/// <summary>Aliases with choice groups ("(militias|factions) backed by (Iran|Tehran)") stand for every combination; a
/// bracket with no '|' is text.</summary>
public sealed class AliasChoiceTests
{
    [Fact]
    public void A_choice_group_gives_every_combination_in_order()
    {
        Assert.Equal(
            ["militias backed by Iran", "militias backed by Tehran", "factions backed by Iran", "factions backed by Tehran"],
            ActorKbLoader.Choices("(militias|factions) backed by (Iran|Tehran)").ToArray());
    }

    [Fact]
    public void A_bracket_without_choices_is_text_and_an_empty_choice_drops_its_words()
    {
        Assert.Equal(["Kurdistan Freedom Party (PAK)"], ActorKbLoader.Choices("Kurdistan Freedom Party (PAK)").ToArray());
        Assert.Equal(["the Iraqi army", "Iraqi army"], ActorKbLoader.Choices("(the|) Iraqi army").ToArray());
    }

    [Fact]
    public void The_knowledge_base_reads_post_modified_names_of_the_factions()
    {
        var doc = Support.Shared.Process("Militias backed by Iran fired rockets at Balad air base on Thursday.").Stories.Single();
        Assert.Contains(doc.Mentions, m => m.EntityId == "iraqi-armed-factions" && doc.Text.Substring(m.Start, m.Length) == "Militias backed by Iran");
    }
}
