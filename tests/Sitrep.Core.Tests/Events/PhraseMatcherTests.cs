using Sitrep.Core.Events;

namespace Sitrep.Core.Tests.Events;

public sealed class PhraseMatcherTests
{
    [Fact]
    public void MayStart_is_true_for_every_spelling_of_a_first_word_and_false_for_most_others()
    {
        var matcher = new PhraseMatcher<int>();
        matcher.Add("claimed responsibility", 1);
        matcher.Add("attack", 2);
        foreach (var word in new[] { "claimed", "CLAIMED", "Claimed", "attack", "ATTACK", "Attack" })
        {
            Assert.True(matcher.MayStart(word));
            Assert.NotNull(matcher.StartingWith(word));
        }
        foreach (var word in new[] { "the", "said", "responsibility", "attacks", "tack" })
            Assert.False(matcher.MayStart(word));
    }

    [Fact]
    public void MayStart_looks_up_words_outside_ascii_only_when_a_first_word_is_outside_ascii()
    {
        var matcher = new PhraseMatcher<int>();
        matcher.Add("strike", 1);
        // OrdinalIgnoreCase never takes a character outside ASCII for one inside it: "ſtrike" is no spelling of "strike".
        Assert.Null(matcher.StartingWith("ſtrike"));
        Assert.False(matcher.MayStart("ſtrike"));
        Assert.False(matcher.MayStart("the"));
        // First words outside ASCII (at the start, the end, inside): every spelling of them is looked up, and
        // words in ASCII are still told apart without a look-up.
        matcher.Add("ḍarba", 2);
        matcher.Add("chargé d'affaires", 3);
        matcher.Add("naïve", 4);
        foreach (var word in new[] { "ḍarba", "ḌARBA", "Ḍarba", "chargé", "CHARGÉ", "naïve", "NAÏVE" })
        {
            Assert.True(matcher.MayStart(word));
            Assert.NotNull(matcher.StartingWith(word));
        }
        Assert.False(matcher.MayStart("the"));
        Assert.False(matcher.MayStart("charge"));
        Assert.True(matcher.MayStart("Strike"));
    }
}
