using System.Text.RegularExpressions;
using Sitrep.Core.Ingest;
using static Sitrep.Core.Tests.Ingest.IngestFixtures;

namespace Sitrep.Core.Tests.Ingest;

/// <summary>FeedReader: RSS 2.0 and Atom feeds, one article an item, and the feeds it refuses.</summary>
public sealed class FeedReaderTests : IDisposable
{
    private static readonly Regex FileNameSafe = new("^[a-z0-9]+(-[a-z0-9]+)*$");

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static List<ReadResult> ReadFeedFixture(string name) => ReadAll(PathOf("feeds", name));

    private static string Rss(string items, string channelTitle = "Tigris Wire") =>
        $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{channelTitle}</title>{items}</channel></rss>";

    // ---- RSS 2.0 ----

    [Fact]
    public void Rss_feed_gives_one_article_per_item()
    {
        var results = ReadFeedFixture("iraq-security.rss");

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.All(results, r => Assert.Equal("feed", r.Article!.Format));
    }

    [Fact]
    public void Rss_item_takes_title_link_and_outlet_from_the_channel_title()
    {
        var source = ReadFeedFixture("iraq-security.rss")[0].Article!.Source;

        Assert.Equal("Police arrest rocket cell in Basra", source.Title);
        Assert.Equal("https://tigriswire.example/iraq/2024/05/14/basra-rocket-cell-arrested.html", source.Url);
        Assert.Equal("Tigris Wire - Iraq security", source.Outlet);
        Assert.Equal(PathOf("feeds", "iraq-security.rss") + "#item1", source.Origin);
    }

    [Fact]
    public void Rss_item_reads_pub_date_in_gmt()
    {
        var source = ReadFeedFixture("iraq-security.rss")[0].Article!.Source;

        Assert.Equal(new DateOnly(2024, 5, 14), source.Published);
        Assert.Equal("feed", source.PublishedFrom);
    }

    [Fact]
    public void Rss_item_reads_pub_date_with_numeric_offset_keeping_the_publisher_local_date()
    {
        // 01:10 at +0300 on 15 May is still 14 May in UTC: the feed's own date is kept.
        var source = ReadFeedFixture("iraq-security.rss")[1].Article!.Source;

        Assert.Equal(new DateOnly(2024, 5, 15), source.Published);
    }

    [Fact]
    public void Rss_item_text_is_the_title_then_the_escaped_html_description_as_text()
    {
        var article = ReadFeedFixture("iraq-security.rss")[0].Article!;

        Assert.Equal(
            "Police arrest rocket cell in Basra\n\n"
            + "Police in Basra said they arrested four men suspected of firing rockets at an oil compound.\n\n"
            + "Launch rails were found in a farmhouse.",
            article.RawText);
    }

    [Fact]
    public void Rss_item_prefers_content_encoded_cdata_over_the_description()
    {
        var article = ReadFeedFixture("iraq-security.rss")[1].Article!;

        Assert.Equal(
            "Drone shot down near Ain al-Asad base\n\n"
            + "Air defences at Ain al-Asad shot down a drone shortly after midnight, a security source said.\n\n"
            + "There was no damage to the base.",
            article.RawText);
        Assert.DoesNotContain("teaser", article.RawText);
    }

    [Fact]
    public void Rss_item_ids_come_from_feed_file_name_and_guid_or_link()
    {
        var ids = ReadFeedFixture("iraq-security.rss").Select(r => r.Article!.Source.Id).ToList();

        Assert.Equal(["iraq-security-basra-rocket-cell-arrested", "iraq-security-tw-2024-05-15-0107"], ids);
    }

    [Fact]
    public void Rss_item_ids_are_unique_and_file_name_safe_even_when_links_end_alike()
    {
        var rss = Rss(
            "<item><title>One</title><link>https://ex.example/2024/05/14/index.html</link></item>"
            + "<item><title>Two</title><link>https://ex.example/2024/05/15/index.html</link></item>"
            + "<item><title>Three</title><guid>tag:ex.example,2024:Item #7 / Drone?</guid></item>"
            + "<item><title>Four</title><guid>\u0647\u062c\u0648\u0645</guid></item>"
            + "<item><title>Five</title></item>"
            + "<item><title>Six</title><link>https://ex.example/news/" + new string('x', 120) + "</link></item>");

        var ids = FeedReader.Read(rss, "feed.rss", "wire").Select(r => r.Article!.Source.Id).ToList();

        Assert.Equal(6, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(FileNameSafe, id));
        Assert.All(ids, id => Assert.True(id.Length <= 70, id));
        Assert.Equal(("wire-index", "wire-index-2"), (ids[0], ids[1]));
        Assert.Equal(("wire-004", "wire-005"), (ids[3], ids[4]));
    }

    [Fact]
    public void Rss_item_with_neither_title_nor_body_gives_an_error_and_the_other_items_are_read()
    {
        var rss = Rss("<item><link>https://ex.example/a</link></item><item><title>Rockets hit Taji</title></item>");

        var results = FeedReader.Read(rss, "feed.rss", "wire").ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal(ErrorCodes.Empty, results[0].Error?.Code);
        Assert.Equal("feed.rss#item1", results[0].Error?.Where);
        Assert.Equal("Rockets hit Taji", results[1].Article?.RawText.TrimEnd());
    }

    // ---- Atom ----

    [Fact]
    public void Atom_feed_gives_one_article_per_entry_with_outlet_from_the_feed_title()
    {
        var results = ReadFeedFixture("mesopotamia-monitor.atom");

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal("Mesopotamia Monitor", r.Article!.Source.Outlet));
        Assert.Equal(["Checkpoint attacked near Kirkuk", "Rocket lands near Baghdad airport"], results.Select(r => r.Article!.Source.Title));
    }

    [Fact]
    public void Atom_entry_takes_the_alternate_link_href()
    {
        var results = ReadFeedFixture("mesopotamia-monitor.atom");

        Assert.Equal("https://mesomonitor.example/news/kirkuk-checkpoint-attack", results[0].Article!.Source.Url);
        Assert.Equal("https://mesomonitor.example/news/baghdad-airport-rocket", results[1].Article!.Source.Url);
    }

    [Fact]
    public void Atom_entry_takes_published_date_over_updated_and_updated_when_there_is_no_published()
    {
        var results = ReadFeedFixture("mesopotamia-monitor.atom");

        Assert.Equal(new DateOnly(2024, 6, 1), results[0].Article!.Source.Published);
        Assert.Equal(new DateOnly(2024, 6, 2), results[1].Article!.Source.Published);
    }

    [Fact]
    public void Atom_entry_text_is_the_title_then_the_html_content_as_text()
    {
        var article = ReadFeedFixture("mesopotamia-monitor.atom")[0].Article!;

        Assert.Equal(
            "Checkpoint attacked near Kirkuk\n\n"
            + "Gunmen opened fire on an army checkpoint south-west of Kirkuk late on Saturday.\n\n"
            + "Two soldiers were wounded.",
            article.RawText);
    }

    [Fact]
    public void Atom_entry_ids_come_from_the_entry_id()
    {
        var ids = ReadFeedFixture("mesopotamia-monitor.atom").Select(r => r.Article!.Source.Id).ToList();

        Assert.Equal(["mesopotamia-monitor-kirkuk-checkpoint-attack", "mesopotamia-monitor-baghdad-airport-rocket"], ids);
    }

    [Fact]
    public void Atom_entry_reads_xhtml_content()
    {
        var atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Monitor</title><entry><title>Sandstorm closes Najaf airport</title>"
            + "<id>urn:uuid:5d2c6f0e-8d1b-4a51-a7a4-1f0e6b9e2c11</id><updated>2024-08-01T12:00:00Z</updated>"
            + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Flights were suspended for six hours.</p></div></content>"
            + "</entry></feed>";

        var article = Assert.Single(FeedReader.Read(atom, "monitor.atom", "monitor")).Article!;

        Assert.Equal("Sandstorm closes Najaf airport\n\nFlights were suspended for six hours.", article.RawText);
        Assert.Equal("monitor-5d2c6f0e-8d1b-4a51-a7a4-1f0e6b9e2c11", article.Source.Id);
    }

    [Fact]
    public void Feed_body_in_plain_text_keeps_its_paragraphs()
    {
        var atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Monitor</title><entry><title>Power cut in Basra</title>"
            + "<id>tag:monitor.example,2024:basra-power</id><updated>2024-07-20T12:00:00Z</updated>"
            + "<content type=\"text\">Large parts of Basra lost power on Saturday.\n\nThe grid company blamed the heat &amp; a fault.</content>"
            + "</entry></feed>";

        var article = Assert.Single(FeedReader.Read(atom, "monitor.atom", "monitor")).Article!;

        Assert.Equal("Power cut in Basra\n\nLarge parts of Basra lost power on Saturday.\n\nThe grid company blamed the heat & a fault.", article.RawText);
    }

    [Fact]
    public void Feed_body_in_html_wrapped_over_several_lines_joins_each_paragraph()
    {
        var rss = Rss("<item><title>Curfew in Kirkuk</title><description>&lt;p&gt;A curfew was imposed\n  in Kirkuk overnight.&lt;/p&gt;\n&lt;p&gt;It was lifted\n  at dawn.&lt;/p&gt;</description></item>");

        var article = Assert.Single(FeedReader.Read(rss, "wire.rss", "wire")).Article!;

        Assert.Equal("Curfew in Kirkuk\n\nA curfew was imposed in Kirkuk overnight.\n\nIt was lifted at dawn.", article.RawText);
    }

    // ---- refused feeds ----

    [Fact]
    public void Feed_with_a_doctype_entity_expansion_attack_gives_one_bad_xml_error_and_no_crash()
    {
        var error = SingleError(ReadFeedFixture("billion-laughs.rss"));

        Assert.Equal(ErrorCodes.BadXml, error.Code);
        Assert.Equal(PathOf("feeds", "billion-laughs.rss"), error.Where);
        Assert.Contains("DTD", error.Problem);
    }

    [Fact]
    public void Feed_with_an_external_entity_gives_bad_xml_error_and_reads_no_file()
    {
        var secret = _temp.Write("secret.txt", "SECRET-CONTENT-42");
        var rss = $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://{secret}\">]>"
            + "<rss version=\"2.0\"><channel><title>Wire</title><item><title>&xxe;</title></item></channel></rss>";
        var path = _temp.Write("xxe.rss", rss);

        var error = SingleError(ReadAll(path));

        Assert.Equal(ErrorCodes.BadXml, error.Code);
        Assert.DoesNotContain("SECRET-CONTENT-42", error.Problem);
    }

    [Fact]
    public void Doctype_feed_on_standard_input_gives_one_bad_xml_error()
    {
        var xml = ReadFixture("feeds", "billion-laughs.rss");

        var error = SingleError(Reader().Read(["-"], () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml))).ToList());

        Assert.Equal(ErrorCodes.BadXml, error.Code);
    }

    [Fact]
    public void Xml_file_that_is_not_a_feed_gives_bad_xml_error()
    {
        var error = SingleError(ReadFeedFixture("checkpoint-log.xml"));

        Assert.Equal(ErrorCodes.BadXml, error.Code);
        Assert.Equal(PathOf("feeds", "checkpoint-log.xml"), error.Where);
    }

    [Fact]
    public void Feed_file_whose_root_is_not_rss_or_atom_gives_bad_xml_error_naming_the_root()
    {
        var path = _temp.Write("log.rss", ReadFixture("feeds", "checkpoint-log.xml"));

        var error = SingleError(ReadAll(path));

        Assert.Equal(ErrorCodes.BadXml, error.Code);
        Assert.Contains("<checkpoints>", error.Problem);
    }

    [Fact]
    public void Feed_that_is_not_well_formed_gives_bad_xml_error_with_the_line()
    {
        var path = _temp.Write("cut.rss", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel><title>Cut off</title>\n<item><title>Half");

        var error = SingleError(ReadAll(path));

        Assert.Equal(ErrorCodes.BadXml, error.Code);
        Assert.Contains("line 4", error.Problem);
    }

    [Fact]
    public void Rss_feed_with_no_items_gives_an_empty_error()
    {
        var error = SingleError(ReadFeedFixture("empty-channel.rss"));

        Assert.Equal(ErrorCodes.Empty, error.Code);
        Assert.Equal(PathOf("feeds", "empty-channel.rss"), error.Where);
        Assert.Contains("no items", error.Problem);
    }

    [Fact]
    public void Atom_feed_with_no_entries_gives_an_empty_error()
    {
        var atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Quiet</title></feed>";

        var error = SingleError(FeedReader.Read(atom, "quiet.atom", "quiet").ToList());

        Assert.Equal(ErrorCodes.Empty, error.Code);
        Assert.Contains("no entries", error.Problem);
    }

    [Fact]
    public void Xml_file_with_an_rss_root_is_read_as_a_feed()
    {
        var path = _temp.Write("wire.xml", ReadFixture("feeds", "iraq-security.rss"));

        var results = ReadAll(path);

        Assert.Equal(["wire-basra-rocket-cell-arrested", "wire-tw-2024-05-15-0107"], results.Select(r => r.Article?.Source.Id));
    }
}
