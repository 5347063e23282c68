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
    [InlineData("[Photo: Mourners carry the coffins of two fighters killed in an air strike, in Najaf, March 3, 2024]", BlockKind.Caption)]
    [InlineData("(Photo: Peshmerga forces at a checkpoint on the road between Erbil and Makhmour, where the attack took place)", BlockKind.Caption)]
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
    [InlineData("Protesters gather outside the embassy (Ahmed Saad)", BlockKind.Caption)]
    public void Cleaner_marks_what_a_kept_line_is(string line, BlockKind kind)
    {
        var page = Clean($"{Body}\n{line}");
        Assert.Equal(kind, page.Blocks[1].Kind);
    }

    [Theory]
    [InlineData("Security forces arrest three suspected Daesh members in Tarmiyah on Tuesday, interior ministry says (MoI)")]
    [InlineData("Turkish jets struck positions of the Kurdistan Workers' Party (PKK)")]
    [InlineData("Iraqi F-16s strike hideouts in the Mutaibija basin, Joint Operations Command says (JOC)")]
    public void Cleaner_takes_a_line_ending_in_an_acronym_in_brackets_for_no_caption(string line)
    {
        var page = Clean($"{Body}\n{line}");
        Assert.NotEqual(BlockKind.Caption, page.Blocks[1].Kind);
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

    // A story wrapped at 60 characters, as wire copy and plain-text archives come: its paragraphs must come out whole.
    private const string Para1 = "Three Katyusha rockets struck the perimeter of Balad air base north of Baghdad late on Monday, "
        + "an Iraqi security official said, causing no casualties among the contractors who maintain the base's aircraft.";
    private const string Para2 = "Police found the launcher in an orchard near Dujail and said the counter-terrorism service "
        + "had opened an investigation into the attack, the third on the base this month.";

    /// <summary>Wraps a paragraph at a width, as a wrapper does that may break a hyphenated word after its hyphen.</summary>
    private static string Wrap(string paragraph, int width, bool breakHyphens = false)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in paragraph.Split(' '))
        {
            int hyphen = word.IndexOf('-');
            if (line.Length > 0 && line.Length + 1 + word.Length > width && breakHyphens && hyphen > 0
                && line.Length + 1 + hyphen + 1 <= width)
            {
                lines.Add(line + " " + word[..(hyphen + 1)]);
                line = word[(hyphen + 1)..];
            }
            else if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line); line = word; }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return string.Join("\n", lines);
    }

    [Theory]
    [InlineData(52)]
    [InlineData(60)]
    [InlineData(72)]
    [InlineData(96)]
    public void Cleaner_joins_the_lines_of_a_text_wrapped_at_a_fixed_width(int width)
    {
        const string headline = "Rockets hit Balad air base";
        const string dateline = "Tigris Wire | 3 June 2024";
        var raw = $"{headline}\n{dateline}\n\n{Wrap(Para1, width)}\n\n{Wrap(Para2, width)}";
        var page = Clean(raw);
        Assert.Equal([headline, dateline, Para1, Para2], Lines(page));
        // The space that stands for a line break maps to it.
        int space = page.CleanText.IndexOf(Para1, StringComparison.Ordinal) + Wrap(Para1, width).IndexOf('\n');
        Assert.Equal('\n', raw[page.Map.ToRaw(space)]);
        int word = page.CleanText.IndexOf("Dujail", StringComparison.Ordinal);
        Assert.Equal(raw.IndexOf("Dujail", StringComparison.Ordinal), page.Map.ToRaw(word));
    }

    [Fact]
    public void Cleaner_joins_a_word_broken_at_its_hyphen_without_a_space()
    {
        // At 74 characters the wrapper breaks "counter-terrorism" after its hyphen.
        var wrapped = Wrap(Para2, 74, breakHyphens: true);
        Assert.Contains("counter-\nterrorism", wrapped);
        var page = Clean($"Police find the launcher\n\n{wrapped}\n\n{Wrap(Para1, 74, breakHyphens: true)}");
        Assert.Equal(["Police find the launcher", Para2, Para1], Lines(page));
    }

    [Fact]
    public void Cleaner_joins_a_wrapped_headline_but_not_the_headline_to_the_body()
    {
        const string headline = "Rockets strike Balad air base north of Baghdad for the third time this month, officials say";
        var wrappedHeadline = Wrap(headline, 60);
        Assert.Contains('\n', wrappedHeadline);
        var page = Clean($"{wrappedHeadline}\nTigris Wire | 3 June 2024\n\n{Wrap(Para1, 60)}\n\n{Wrap(Para2, 60)}");
        Assert.Equal(headline, Lines(page)[0]);
        // A headline set right above the wrapped body stays a line of its own.
        var body = Clean($"Rockets strike Balad air base north of Baghdad, officials\n{Wrap(Para1 + " " + Para2, 60)}");
        Assert.Equal(["Rockets strike Balad air base north of Baghdad, officials", Para1 + " " + Para2], Lines(body));
    }

    [Fact]
    public void Cleaner_keeps_the_items_of_a_list_in_wrapped_text_apart()
    {
        const string item1 = "- Balad air base: three rockets on Monday, no casualties.";
        const string item2 = "- Ain al-Asad air base: a drone shot down on Wednesday.";
        var page = Clean($"Week in brief\n\n{Wrap(Para1, 60)}\n{item1}\n{item2}\n\n{Wrap(Para2, 60)}");
        Assert.Equal(["Week in brief", Para1, item1, item2, Para2], Lines(page));
    }

    [Fact]
    public void Cleaner_keeps_the_links_under_a_list_heading_in_wrapped_text_apart()
    {
        // Link headlines nearly as long as the width: the next one's first word would not have fitted after either, so
        // only the capital that opens each tells a new link from a wrapped rest. The page ends wrapped at 96.
        const string link1 = "Kataib Hezbollah says it fired the rockets that struck the Taji camp near Baghdad (12 May)";
        const string link2 = "Drone hits near Erbil airport, home to hundreds of US troops and contractors (April 15)";
        const string longLink = "Basra police find two rocket launchers hidden in a truck parked outside the port's gates";
        var page = Clean($"Rockets hit Balad air base\n\n{Wrap(Para1, 96)}\n\nRelated coverage\n{link1}\n{link2}\n\n{Wrap(Para2, 96)}");
        Assert.Equal(["Rockets hit Balad air base", Para1, Para2], Lines(page));
        // A link too long for the width is wrapped, and its rest (in lower case) joins it: both drop as one link.
        var wrappedLink = Wrap(longLink, 72);
        Assert.Contains('\n', wrappedLink);
        var narrow = Clean($"Rockets hit Balad air base\n\n{Wrap(Para1, 72)}\n\nRead more\n{wrappedLink}\n\n{Wrap(Para2, 72)}");
        Assert.Equal(["Rockets hit Balad air base", Para1, Para2], Lines(narrow));
    }

    [Fact]
    public void Cleaner_leaves_the_lines_of_a_text_that_is_not_wrapped_apart()
    {
        // Short lines of a live blog, one entry each, some nearly as long as the longest: no wrapping made them.
        string[] entries =
        [
            "09:10 - Sirens sound at the US embassy in Baghdad.",
            "09:25 - Air defences fire at an incoming rocket over the Green Zone.",
            "09:40 - A security source says the rocket fell near the Tigris bank.",
            "10:05 - No casualties reported, the Security Media Cell says.",
            "10:30 - Police find the launcher in a field in al-Dora district.",
        ];
        Assert.Equal(entries, Lines(Clean(string.Join("\n", entries))));
        // Running text with long paragraphs on single lines is never unwrapped.
        Assert.Equal([Para1, Para2, Para1 + " Again."], Lines(Clean($"{Para1}\n{Para2}\n{Para1} Again.")));
    }
}
