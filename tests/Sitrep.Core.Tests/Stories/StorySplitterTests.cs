using Sitrep.Core.Documents;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Stories;

public sealed class StorySplitterTests
{
    private const string IraqStory = """
        Drones target Harir base as factions step up attacks

        Two explosive drones were launched at Harir air base in Erbil province on Tuesday, Kurdish security officials said, the third attack on the site this month.

        The Islamic Resistance in Iraq said in a Telegram statement that its fighters had targeted the base in response to the war in Gaza.

        Iraqi Prime Minister Mohammed Shia al-Sudani ordered the security services to track down the launch crews, his office said.

        A US defense official said the drones were shot down and that no American personnel were hurt at Harir.
        """;

    private const string LebanonStory = """
        Lebanese parliament fails again to elect a president

        Lebanon's parliament failed for the twelfth time to elect a head of state on Wednesday, as rival blocs in Beirut backed different candidates.

        Speaker Nabih Berri closed the session after the second round lacked a quorum, leaving the Maronite post vacant since October.

        Michel Moawad and Jihad Azour drew the most votes, but neither came close to the majority the constitution requires.
        """;

    [Fact]
    public void A_second_story_after_a_gap_and_a_repeated_headline_is_cut_off()
    {
        var headline = "Lebanese parliament fails again to elect a president";
        var page = IraqStory + "\n\n\n\n" + headline + "\n\nLawmakers in Beirut (AFP)\n\n" + LebanonStory;
        var stories = Shared.Process(page).Stories;
        Assert.Equal(2, stories.Count);
        Assert.Equal("Drones target Harir base as factions step up attacks", stories[0].Title);
        Assert.Equal(headline, stories[1].Title);
        Assert.DoesNotContain("Beirut", stories[0].Text);
        Assert.DoesNotContain("Harir", stories[1].Text);
        Assert.Equal(1, stories[1].StoryIndex);
        Assert.NotEqual(stories[0].Id, stories[1].Id);
    }

    [Fact]
    public void A_second_story_keeps_offsets_into_the_page()
    {
        var page = IraqStory + "\n\n\n" + LebanonStory;
        var processed = Shared.Process(page);
        var second = processed.Stories[1];
        Assert.Equal(second.Text, processed.Page.CleanText.Substring(second.PageSpan.Start, second.PageSpan.Length));
        int at = second.Text.IndexOf("Speaker", StringComparison.Ordinal);
        Assert.Equal(page.IndexOf("Speaker", StringComparison.Ordinal), second.RawOffset(at));
    }

    [Fact]
    public void Subheadings_of_one_article_do_not_split_it()
    {
        var page = """
            Sudani orders inquiry after rockets hit Baghdad embassy

            Several rockets struck near the US embassy in Baghdad's Green Zone before dawn on Friday, Iraqi officials said.

            Prime Minister Mohammed Shia al-Sudani ordered an inquiry and told the security forces to find those behind the attack on the embassy.



            Government response

            Sudani's office said the attack on the embassy harmed Iraq's security and its reputation abroad.

            The US embassy said no staff were hurt, and Washington urged Baghdad to protect diplomatic missions in Iraq.
            """;
        Assert.Single(Shared.Process(page).Stories);
    }

    [Fact]
    public void A_headline_repeated_at_the_top_of_a_page_does_not_start_a_second_story()
    {
        var page = "Iraq\n\nDrones target Harir base as factions step up attacks\n\n" + IraqStory;
        var stories = Shared.Process(page).Stories;
        Assert.Single(stories);
        Assert.Equal("Drones target Harir base as factions step up attacks", stories[0].Title);
    }

    [Fact]
    public void A_page_of_only_boilerplate_gives_one_empty_story()
    {
        var stories = Shared.Process("Read more\n\nTT\n").Stories;
        Assert.Single(stories);
        Assert.Equal("", stories[0].Text);
        Assert.Empty(stories[0].Sentences);
    }

    [SeedFact]
    public void Seed_pages_give_six_stories_with_the_second_story_of_001_on_its_own()
    {
        var titles = new List<string?>();
        foreach (var file in Directory.GetFiles(Path.Combine(Shared.CorpusDir!, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            var raw = new RawArticle(new SourceInfo(Path.GetFileName(file)), File.ReadAllText(file), "text");
            var stories = Shared.Pipeline.Process(raw).Stories;
            Assert.Equal(Path.GetFileName(file).StartsWith("001") ? 2 : 1, stories.Count);
            titles.AddRange(stories.Select(s => s.Title));
        }
        Assert.Equal(6, titles.Count);
        Assert.Contains(titles, t => t is not null && t.StartsWith("Tunisians Vote", StringComparison.Ordinal));
    }
}
