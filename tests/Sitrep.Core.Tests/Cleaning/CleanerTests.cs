using Sitrep.Core.Cleaning;
using Sitrep.Core.Documents;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Cleaning;

public sealed class CleanerTests
{
    private static readonly Cleaner Cleaner = new(Shared.Builder.LineRules);

    private static Page Clean(string raw) => Cleaner.Clean(new RawArticle(new SourceInfo("t.txt"), raw, "text"));

    private static string[] Lines(Page page) => page.Blocks.Select(b => page.CleanText.Substring(b.Span.Start, b.Span.Length)).ToArray();

    private const string Body = "Rockets struck near the airport on Tuesday, officials said.";

    [Theory]
    [InlineData("Read more")]
    [InlineData("Read more: Drone hits base in Anbar")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Leave a Reply")]
    [InlineData("Post a Comment")]
    [InlineData("No comments:")]
    [InlineData("Our readers are reading too")]
    [InlineData("Your email address will not be published.")]
    [InlineData("Share this article")]
    [InlineData("Related: Iraq's parliament votes on foreign troops")]
    [InlineData("TT")]
    [InlineData("AFP")]
    [InlineData("(Photo: Reuters)")]
    [InlineData("Photo credit: Ahmed Saad")]
    [InlineData("[Getty]")]
    [InlineData("5 min read")]
    [InlineData("· 3 min read")]
    [InlineData("Advertisement")]
    [InlineData("© 2024 Tigris Wire. All rights reserved.")]
    public void Cleaner_drops_a_boilerplate_line(string line)
    {
        var page = Clean($"Headline about a strike\n\n{Body}\n\n{line}\n\nAnother sentence follows here.");
        Assert.DoesNotContain(line, page.CleanText);
        Assert.Contains(Body, page.CleanText);
        Assert.Equal(3, page.Blocks.Count);
    }

    [Theory]
    [InlineData("Related:", "- Drone downed near Erbil airport, no casualties\n- Who are the Hezbollah Brigades?")]
    [InlineData("Most read", "1. Rocket fire hits Baghdad airport again\n2. Fuel prices climb in Basra for a third week")]
    [InlineData("Related stories", "Gunmen kill two farmers in Diyala\nAnalysis: what the truce means for Baghdad")]
    public void Cleaner_drops_a_list_of_links_with_its_heading_up_to_the_next_gap(string heading, string items)
    {
        const string next = "Second story about a ruling";
        var page = Clean($"Headline about a strike\n\n{Body}\n\n{heading}\n{items}\n\n{next}\n\nAnother sentence follows here.");
        Assert.Equal(["Headline about a strike", Body, next, "Another sentence follows here."], Lines(page));
    }

    [Fact]
    public void Cleaner_ends_a_list_of_links_at_a_line_of_running_text()
    {
        const string running = "Police in Diwaniyah said they had detained two men over the attack.";
        var page = Clean($"Headline about a strike\n\nRelated\n- Rocket attack targets Baghdad airport\n{running}");
        Assert.Equal(["Headline about a strike", running], Lines(page));
    }

    [Fact]
    public void Cleaner_keeps_a_long_line_that_merely_starts_like_boilerplate()
    {
        var line = "Subscribers to the local militia channel on Telegram were told on Monday that the group would resume its attacks on bases hosting US forces within days.";
        Assert.Contains(line, Clean($"{Body}\n{line}").CleanText);
    }

    [Fact]
    public void Cleaner_keeps_one_copy_of_a_repeated_caption_and_headline()
    {
        const string caption = "Smoke rises over the base after the strike (Reuters)";
        const string headline = "Drone strike hits base in western Iraq";
        var page = Clean($"{headline}\n\n{caption}\n{caption}\nTT\n\n{headline}\n\n{caption}\n{caption}\n\n{Body}");
        Assert.Equal([headline, caption, Body], Lines(page));
        Assert.Equal(BlockKind.Heading, page.Blocks[0].Kind);
        Assert.Equal(2, page.Blocks[0].Repeats);
        Assert.Equal(BlockKind.Caption, page.Blocks[1].Kind);
        Assert.Equal(4, page.Blocks[1].Repeats);
    }

    [Theory]
    [InlineData("Members of the faction parade in Baghdad (AFP)", BlockKind.Caption)]
    [InlineData("A voter at a polling station in Tunis. REUTERS/Jane Doe", BlockKind.Caption)]
    [InlineData("File photo of fighters near the border", BlockKind.Caption)]
    [InlineData("Protesters gather outside the embassy (Photo by John Smith / AFP)", BlockKind.Caption)]
    [InlineData("By Our Baghdad Correspondent", BlockKind.Byline)]
    [InlineData("25 October, 2023", BlockKind.Dateline)]
    [InlineData("Wednesday, 3 January 2024", BlockKind.Dateline)]
    [InlineData("Jan. 28, 2024", BlockKind.Dateline)]
    [InlineData("Euphrates Post | Tuesday, 5 March 2024 | Politics", BlockKind.Dateline)]
    [InlineData("Wire staff — November 3, 2023", BlockKind.Dateline)]
    [InlineData("12/03/2024", BlockKind.Dateline)]
    [InlineData("Government response and ongoing investigations", BlockKind.Heading)]
    [InlineData("Analysis", BlockKind.Label)]
    [InlineData("Iraq", BlockKind.Label)]
    [InlineData("WORLD · IRAQ", BlockKind.Label)]
    [InlineData("The strike came hours after the warning, officials said.", BlockKind.Paragraph)]
    public void Cleaner_marks_what_a_kept_line_is(string line, BlockKind kind)
    {
        var page = Clean($"{Body}\n{line}");
        Assert.Equal(kind, page.Blocks[1].Kind);
    }

    [Fact]
    public void Cleaner_normalizes_spaces_and_quotes()
    {
        var page = Clean("The\u00A0group\u2019s  spokesman\tsaid \u201Cno\u201D\u200B.");
        Assert.Equal("The group's spokesman said \"no\".", page.CleanText);
    }

    [Fact]
    public void Cleaner_maps_every_kept_character_back_to_the_raw_text()
    {
        var raw = "  Headline\u00A0here  \r\n\r\nKata\u2019ib   Hezbollah \u201Csaid\u201D so.\n\nRead more\n\nLast  line.  ";
        var page = Clean(raw);
        Assert.Equal("Headline here\n\nKata'ib Hezbollah \"said\" so.\n\nLast line.", page.CleanText);
        for (int i = 0; i < page.CleanText.Length; i++)
        {
            char c = page.CleanText[i];
            if (c == '\n') continue;
            char r = CharNormalizer.Normalize(raw[page.Map.ToRaw(i)]);
            Assert.Equal(c, r == '\u0000' ? c : r);
        }
        Assert.Equal(raw.IndexOf("Last", StringComparison.Ordinal), page.Map.ToRaw(page.CleanText.IndexOf("Last", StringComparison.Ordinal)));
        Assert.Equal(raw.IndexOf("Hezbollah", StringComparison.Ordinal), page.Map.ToRaw(page.CleanText.IndexOf("Hezbollah", StringComparison.Ordinal)));
    }

    [Fact]
    public void Cleaner_counts_the_blank_lines_before_a_line()
    {
        var page = Clean($"{Body}\n\n\n\nSecond headline here now\n{Body} Again.");
        Assert.Equal(3, page.Blocks[1].BlankLinesBefore);
        Assert.Equal(0, page.Blocks[2].BlankLinesBefore);
    }

    [Fact]
    public void Cleaner_handles_empty_and_whitespace_text()
    {
        Assert.Equal("", Clean("").CleanText);
        Assert.Empty(Clean(" \n\t\r\n ").Blocks);
    }
}
