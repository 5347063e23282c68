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
    public void MayStart_looks_up_words_that_begin_or_end_outside_ascii()
    {
        var matcher = new PhraseMatcher<int>();
        matcher.Add("strike", 1);
        // A word that begins outside ASCII may equal one of the phrases ignoring case: the look-up decides.
        Assert.True(matcher.MayStart("ſtrike"));
        Assert.False(matcher.MayStart("the"));
        // Once a first word begins outside ASCII, every word is looked up.
        matcher.Add("ḍarba", 2);
        Assert.True(matcher.MayStart("the"));
    }
}
