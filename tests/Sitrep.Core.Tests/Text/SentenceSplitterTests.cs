using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var doc = Shared.Process(text).Stories.Single();
        return doc.Sentences.Select(s => doc.Text.Substring(s.Start, s.Length)).ToArray();
    }

    [Fact]
    public void Splitter_ends_sentences_at_stops_before_a_capital()
    {
        Assert.Equal(["Rockets hit the base.", "No one was hurt!", "Who fired them?"],
            Sentences("Rockets hit the base. No one was hurt! Who fired them?"));
    }

    [Fact]
    public void Splitter_does_not_end_a_sentence_after_titles_ranks_initials_or_months()
    {
        Assert.Single(Sentences("Brig. Gen. Pat Ryder said Lt. Col. Ahmed met Dr. Ali on Oct. 25 in Baghdad."));
        Assert.Single(Sentences("US Secretary of Defense Lloyd J. Austin III called the premier."));
    }

    [Fact]
    public void Splitter_ends_a_sentence_after_an_acronym_only_before_a_sentence_starter()
    {
        Assert.Equal(["The drones came from outside the U.S.", "The group denied it."],
            Sentences("The drones came from outside the U.S. The group denied it."));
        Assert.Single(Sentences("The U.S. Central Command said the U.S. Army was not hit."));
    }

    [Fact]
    public void Splitter_keeps_the_closing_quote_with_its_sentence()
    {
        Assert.Equal(["He said \"we will respond.\"", "Then the talks ended."],
            Sentences("He said \"we will respond.\" Then the talks ended."));
        Assert.Single(Sentences("\"Stop the attacks!\" the minister told the factions."));
    }

    [Fact]
    public void Splitter_opens_a_sentence_at_a_new_quotation()
    {
        Assert.Equal(["The spokesman spoke.", "\"Breaches cannot be tolerated.\""],
            Sentences("The spokesman spoke. \"Breaches cannot be tolerated.\""));
    }

    [Fact]
    public void Splitter_ends_at_an_ellipsis_only_before_a_capital()
    {
        Assert.Equal(["Seven attacks in 72 hours…", "Who is behind them?"], Sentences("Seven attacks in 72 hours… Who is behind them?"));
        Assert.Single(Sentences("the group ... refused to stop the attacks."));
    }

    [Fact]
    public void Splitter_does_not_split_decimals_or_thousands()
    {
        Assert.Single(Sentences("About 2,500 US troops, a 2.5 percent share, stay in Iraq."));
    }

    [Fact]
    public void Splitter_never_runs_a_sentence_across_lines()
    {
        var doc = Shared.Process("Drone strike kills commander in Baghdad\n\nA drone struck a car in Baghdad on Thursday.").Stories.Single();
        Assert.Equal(2, doc.Sentences.Length);
        Assert.Equal(0, doc.Sentences[0].Block);
        Assert.Equal(1, doc.Sentences[1].Block);
    }

    /// <summary>Property: sentences take every token once, in order, and each lies inside its block.</summary>
    [Fact]
    public void Splitter_partitions_the_tokens_on_random_text()
    {
        string[] pieces = ["The U.S.", " said", " \"no.\"", " Gen.", " Ali", " left", ".", "!", "?", " 2.5", " …", "\n", "\n\n", " they", " He", " (AFP)", " Oct.", " 5"];
        var random = new Random(11);
        for (int round = 0; round < 500; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (string.IsNullOrWhiteSpace(text)) continue;
            foreach (var doc in Shared.Process(text).Stories)
            {
                int next = 0;
                foreach (var s in doc.Sentences)
                {
                    Assert.Equal(next, s.FirstToken);
                    next += s.TokenCount;
                    var block = doc.Blocks[s.Block].Span;
                    Assert.True(s.Start >= block.Start && s.End <= block.End, text);
                }
                Assert.Equal(doc.Tokens.Length, next);
            }
        }
    }
}
