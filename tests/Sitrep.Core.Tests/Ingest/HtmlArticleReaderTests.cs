using Sitrep.Core.Documents;
using Sitrep.Core.Ingest;
using static Sitrep.Core.Tests.Ingest.IngestFixtures;

namespace Sitrep.Core.Tests.Ingest;

/// <summary>HtmlArticleReader: metadata from meta tags, JSON-LD and time elements; the main element; noise removal.</summary>
public sealed class HtmlArticleReaderTests
{
    private const string Body = "<article><p>Security forces defused a roadside bomb on the road between Baghdad and Baquba on Monday.</p></article>";
    private const string BodyText = "Security forces defused a roadside bomb on the road between Baghdad and Baquba on Monday.";

    private static RawArticle Read(string html, SourceInfo? defaults = null) =>
        Html().Read(html, defaults ?? new SourceInfo("page.html", Origin: "page.html"));

    private static RawArticle ReadFull() => Read(ReadFixture("html", "erbil-drone-full.html"));

    private static string Page(string head, string body) =>
        $"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>";

    private static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    // ---- title ----

    [Fact]
    public void Html_reader_takes_title_from_og_title_before_json_ld_h1_and_title_tag()
    {
        var html = Page(
            "<title>Title tag headline</title><meta property=\"og:title\" content=\"OG headline\">"
                + JsonLd("{\"@type\": \"NewsArticle\", \"headline\": \"JSON-LD headline\"}"),
            "<h1>H1 headline</h1>" + Body);

        Assert.Equal("OG headline", Read(html).Source.Title);
    }

    [Fact]
    public void Html_reader_takes_title_from_json_ld_headline_when_there_is_no_og_title()
    {
        var html = Page(
            "<title>Title tag headline</title>" + JsonLd("{\"@type\": \"NewsArticle\", \"headline\": \"JSON-LD headline\"}"),
            "<h1>H1 headline</h1>" + Body);

        Assert.Equal("JSON-LD headline", Read(html).Source.Title);
    }

    [Fact]
    public void Html_reader_takes_title_from_h1_when_there_is_no_meta_or_json_ld_headline()
    {
        var html = Page("<title>Title tag headline</title>", "<h1>  H1\n   headline </h1>" + Body);

        Assert.Equal("H1 headline", Read(html).Source.Title);
    }

    [Fact]
    public void Html_reader_takes_title_from_title_tag_as_the_last_resort()
    {
        var html = Page("<title>Title tag headline</title>", Body);

        Assert.Equal("Title tag headline", Read(html).Source.Title);
    }

    [Fact]
    public void Html_reader_keeps_a_title_given_by_the_caller_over_the_page_title()
    {
        var html = Page("<meta property=\"og:title\" content=\"OG headline\">", Body);

        var article = Read(html, new SourceInfo("m-1", Title: "Manifest headline"));

        Assert.Equal("Manifest headline", article.Source.Title);
        Assert.EndsWith(BodyText, article.RawText);
    }

    // ---- published date ----

    [Fact]
    public void Html_reader_takes_published_date_from_article_published_time_meta_in_the_publisher_local_date()
    {
        // 23:40 at +03:00 is already the next day in UTC; the page's own date is kept. The JSON-LD date loses.
        var source = ReadFull().Source;

        Assert.Equal(new DateOnly(2024, 5, 14), source.Published);
        Assert.Equal("meta", source.PublishedFrom);
    }

    [Fact]
    public void Html_reader_takes_published_date_from_json_ld_date_published()
    {
        var html = Page(JsonLd("{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"datePublished\": \"2024-03-02T07:15:00+03:00\"}"), Body);

        var source = Read(html).Source;

        Assert.Equal(new DateOnly(2024, 3, 2), source.Published);
        Assert.Equal("json-ld", source.PublishedFrom);
    }

    [Fact]
    public void Html_reader_takes_published_date_from_json_ld_inside_a_graph()
    {
        var json = """
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Tigris Wire"},
              {"@type": "BreadcrumbList", "itemListElement": []},
              {"@type": ["NewsArticle", "Article"], "headline": "Graph headline", "datePublished": "2024-04-11T09:00:00+03:00",
               "publisher": {"@type": "Organization", "name": "Graph Outlet"}}
            ]}
            """;

        var source = Read(Page(JsonLd(json), Body)).Source;

        Assert.Equal(new DateOnly(2024, 4, 11), source.Published);
        Assert.Equal("json-ld", source.PublishedFrom);
        Assert.Equal("Graph headline", source.Title);
        Assert.Equal("Graph Outlet", source.Outlet);
    }

    [Fact]
    public void Html_reader_takes_published_date_from_json_ld_in_a_top_level_array()
    {
        var json = """
            [{"@type": "Organization", "name": "Not the article"},
             {"@type": "ReportageNewsArticle", "headline": "Array headline", "datePublished": "2024-01-28"}]
            """;

        var source = Read(Page(JsonLd(json), Body)).Source;

        Assert.Equal(new DateOnly(2024, 1, 28), source.Published);
        Assert.Equal("Array headline", source.Title);
    }

    [Fact]
    public void Html_reader_skips_a_json_ld_block_without_an_article_and_reads_the_next()
    {
        var html = Page(
            JsonLd("{\"@type\": \"BreadcrumbList\", \"name\": \"Breadcrumbs\"}")
                + JsonLd("{\"@type\": \"NewsArticle\", \"headline\": \"Second block headline\", \"datePublished\": \"2024-02-09\"}"),
            Body);

        var source = Read(html).Source;

        Assert.Equal("Second block headline", source.Title);
        Assert.Equal(new DateOnly(2024, 2, 9), source.Published);
    }

    [Fact]
    public void Html_reader_takes_published_date_from_time_datetime()
    {
        var html = Page("", "<article><time datetime=\"2024-07-03T21:05:00+03:00\">3 July</time>"
            + "<p>Rockets were fired at a logistics base near Baghdad airport.</p></article>");

        var source = Read(html).Source;

        Assert.Equal(new DateOnly(2024, 7, 3), source.Published);
        Assert.Equal("time", source.PublishedFrom);
    }

    [Fact]
    public void Html_reader_prefers_a_time_inside_the_article_over_one_in_the_page_header()
    {
        var html = Page("", "<header><time datetime=\"2024-09-30\">Today</time></header>"
            + "<article><time datetime=\"2024-09-12T08:00:00+03:00\">12 September</time><p>A drone hit a base in Anbar.</p></article>");

        Assert.Equal(new DateOnly(2024, 9, 12), Read(html).Source.Published);
    }

    [Fact]
    public void Html_reader_prefers_json_ld_date_published_over_a_modified_time_meta()
    {
        var html = Page(
            "<meta property=\"article:modified_time\" content=\"2024-05-20T10:00:00+03:00\">"
                + JsonLd("{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-05-14T09:00:00+03:00\", \"dateModified\": \"2024-05-20T10:00:00+03:00\"}"),
            Body);

        var source = Read(html).Source;

        Assert.Equal(new DateOnly(2024, 5, 14), source.Published);
        Assert.Equal("json-ld", source.PublishedFrom);
    }

    [Fact]
    public void Html_reader_falls_back_to_modified_time_meta_when_nothing_else_dates_the_page()
    {
        var html = Page("<meta property=\"article:modified_time\" content=\"2024-05-20T10:00:00+03:00\">", Body);

        Assert.Equal(new DateOnly(2024, 5, 20), Read(html).Source.Published);
    }

    [Fact]
    public void Html_reader_leaves_published_null_when_the_page_has_no_date()
    {
        var source = Read(Page("<title>Undated</title>", Body)).Source;

        Assert.Null(source.Published);
        Assert.Null(source.PublishedFrom);
    }

    // ---- outlet and URL ----

    [Fact]
    public void Html_reader_takes_outlet_from_og_site_name_before_json_ld_publisher()
    {
        Assert.Equal("Tigris Wire", ReadFull().Source.Outlet);
    }

    [Fact]
    public void Html_reader_takes_outlet_from_json_ld_publisher()
    {
        var html = Page(JsonLd("{\"@type\": \"NewsArticle\", \"publisher\": {\"@type\": \"Organization\", \"name\": \"Euphrates Daily\"}}"), Body);

        Assert.Equal("Euphrates Daily", Read(html).Source.Outlet);
    }

    [Fact]
    public void Html_reader_takes_outlet_from_json_ld_publisher_given_as_a_string()
    {
        var html = Page(JsonLd("{\"@type\": \"NewsArticle\", \"publisher\": \"Euphrates Daily\"}"), Body);

        Assert.Equal("Euphrates Daily", Read(html).Source.Outlet);
    }

    [Fact]
    public void Html_reader_takes_url_from_canonical_link_before_og_url()
    {
        Assert.Equal("https://tigriswire.example/iraq/2024/05/14/drone-erbil-base", ReadFull().Source.Url);
    }

    [Fact]
    public void Html_reader_takes_url_from_og_url_without_a_canonical_link()
    {
        var html = Page("<meta property=\"og:url\" content=\"https://tigriswire.example/iraq/baquba-bomb\">", Body);

        Assert.Equal("https://tigriswire.example/iraq/baquba-bomb", Read(html).Source.Url);
    }

    [Fact]
    public void Html_reader_keeps_caller_id_and_origin_and_reports_format_html()
    {
        var article = Read(Page("", Body), new SourceInfo("saved.html", Origin: "/in/saved.html"));

        Assert.Equal("saved.html", article.Source.Id);
        Assert.Equal("/in/saved.html", article.Source.Origin);
        Assert.Equal("html", article.Format);
    }

    // ---- main content and noise ----

    [Fact]
    public void Html_reader_takes_main_content_from_article_and_drops_all_page_furniture()
    {
        var article = ReadFull();

        Assert.Equal(
            "Drone strikes base near Erbil airport, no casualties reported\n\n"
            + "By a staff reporter\n\n"
            + "A small drone carrying explosives struck a military base next to Erbil airport late on Tuesday, the regional counter-terrorism service said.\n\n"
            + "The service said the drone was launched from an area south of the city and hit an empty storage building inside the base. "
            + "Nobody was hurt, and flights were held for about an hour as a precaution.\n\n"
            + "No group had claimed the attack by Wednesday morning.",
            article.RawText);
    }

    [Theory]
    [InlineData("Iraq section")]          // <nav> in the site header
    [InlineData("Tigris Wire home")]      // site header
    [InlineData("Copyright Tigris Wire")] // site footer
    [InlineData("analytics snippet")]     // <script>
    [InlineData("display: flex")]         // <style>
    [InlineData("Share on Facebook")]     // class="share-bar"
    [InlineData("Related coverage")]      // <aside class="related-links">
    [InlineData("Rocket fire reported")]  // the related link itself
    [InlineData("stay safe everyone")]    // id="comments"
    [InlineData("morning briefing")]      // class="newsletter-box"
    public void Html_reader_removes_noise_from_the_article_text(string noise)
    {
        var article = ReadFull();

        Assert.Contains("no group had claimed", article.RawText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(noise, article.RawText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Html_reader_takes_main_content_from_a_known_body_class_over_denser_page_text()
    {
        var article = Read(ReadFixture("html", "kirkuk-body-class.html"));

        Assert.Equal(
            "Curfew lifted in Kirkuk after clashes\n\n"
            + "Authorities in Kirkuk lifted a night curfew on Sunday after two days of calm.\n\n"
            + "The curfew followed clashes between protesters near the provincial council building.",
            article.RawText);
    }

    [Fact]
    public void Html_reader_finds_main_content_by_text_density_without_article_or_body_class()
    {
        var article = Read(ReadFixture("html", "mosul-density.html"));

        Assert.Equal(
            "Bridge reopens in Mosul\n\n"
            + "A bridge over the Tigris in Mosul reopened to traffic on Thursday after repairs that took more than a year.\n\n"
            + "Engineers said the bridge had been damaged during the fighting and rebuilt with funding from the provincial budget.\n\n"
            + "Shopkeepers on both banks said the reopening would cut journey times across the city.",
            article.RawText);
    }

    [Fact]
    public void Html_reader_prefers_the_article_element_with_the_most_paragraph_text()
    {
        var html = Page("", "<article class=\"teaser\"><p>Short teaser about Basra.</p></article>"
            + "<article><p>Iraqi forces said they killed two militants in an air strike in the Hamrin mountains.</p>"
            + "<p>The strike followed an attack on an army post last week.</p></article>");

        Assert.Equal(
            "Iraqi forces said they killed two militants in an air strike in the Hamrin mountains.\n\n"
            + "The strike followed an attack on an army post last week.",
            Read(html).RawText);
    }

    [Fact]
    public void Html_reader_keeps_an_article_body_whose_class_also_names_a_noise_word()
    {
        var html = Page("<meta property=\"og:title\" content=\"Rocket cell arrested in Basra\">",
            "<article><h1>Rocket cell arrested in Basra</h1><div class=\"article-body share-enabled\">"
            + "<p>Police in Basra arrested four members of a cell that fired rockets at an oil field.</p>"
            + "<div class=\"share-bar\">Share this</div>"
            + "<p>The suspects were caught with launch rails and timers.</p></div></article>");

        Assert.Equal(
            "Rocket cell arrested in Basra\n\n"
            + "Police in Basra arrested four members of a cell that fired rockets at an oil field.\n\n"
            + "The suspects were caught with launch rails and timers.",
            Read(html).RawText);
    }

    [Fact]
    public void Html_reader_keeps_an_article_body_with_a_noise_word_when_it_is_the_main_element()
    {
        var html = Page("<title>Rocket cell arrested in Basra</title>",
            "<div class=\"article-body share-enabled\"><p>Police in Basra arrested four members of a rocket cell.</p>"
            + "<div class=\"social-links\">Follow us</div></div>");

        Assert.Equal("Rocket cell arrested in Basra\n\nPolice in Basra arrested four members of a rocket cell.", Read(html).RawText);
    }

    [Fact]
    public void Html_reader_keeps_a_short_article_body_with_a_noise_word_next_to_a_longer_related_box()
    {
        // A brief whose body (class "article-body share-enabled") holds less text than the related-stories box beside it.
        var html = Page("<meta property=\"og:title\" content=\"Drone downed near Ain al-Asad\">",
            "<article><div class=\"article-body share-enabled\"><p>Air defences downed a drone near Ain al-Asad base.</p></div>"
            + "<div class=\"related-stories\">"
            + "<p>Earlier: rockets hit near the base in January, causing minor damage to a hangar and a runway.</p>"
            + "<p>Earlier: a convoy was targeted by a roadside bomb on the highway west of Ramadi.</p></div></article>");

        var text = Read(html).RawText;

        Assert.StartsWith("Drone downed near Ain al-Asad\n\nAir defences downed a drone near Ain al-Asad base.", text);
    }

    [Fact]
    public void Html_reader_puts_the_headline_first_when_the_main_element_lacks_it()
    {
        var html = Page("<meta property=\"og:title\" content=\"Bomb defused near Baquba\">", Body);

        Assert.Equal("Bomb defused near Baquba\n\n" + BodyText, Read(html).RawText);
    }

    [Fact]
    public void Html_reader_does_not_repeat_a_headline_that_opens_the_main_element()
    {
        var text = ReadFull().RawText;
        const string headline = "Drone strikes base near Erbil airport, no casualties reported";

        Assert.StartsWith(headline + "\n\n", text);
        Assert.Equal(1, CountOf(text, headline));
    }

    [Fact]
    public void Html_reader_does_not_add_the_headline_again_when_the_main_element_has_it_after_a_kicker()
    {
        var html = Page("<meta property=\"og:title\" content=\"Bomb defused near Baquba\">",
            "<article><p class=\"kicker\">Security</p><h1>Bomb defused near Baquba</h1><p>" + BodyText + "</p></article>");

        var text = Read(html).RawText;

        Assert.Equal(1, CountOf(text, "Bomb defused near Baquba"));
        Assert.Equal("Security\n\nBomb defused near Baquba\n\n" + BodyText, text);
    }

    [Fact]
    public void Html_reader_joins_a_paragraph_wrapped_over_several_source_lines()
    {
        var html = "<html><body><article>\n  <p>Police in Samarra said a bomb\n    exploded near a checkpoint on\r\n    Saturday evening.</p>\n"
            + "  <p>Nobody was hurt.</p>\n</article></body></html>";

        Assert.Equal("Police in Samarra said a bomb exploded near a checkpoint on Saturday evening.\n\nNobody was hurt.", Read(html).RawText);
    }

    [Fact]
    public void Html_reader_keeps_the_line_breaks_of_preformatted_text()
    {
        var html = Page("", "<article><p>The statement read:</p><pre>Casualties: none\nDamage: one storage building</pre></article>");

        Assert.Equal("The statement read:\n\nCasualties: none\n\nDamage: one storage building", Read(html).RawText);
    }

    [Fact]
    public void Html_reader_writes_one_block_a_line_and_collapses_white_space()
    {
        var html = Page("", "<article><p>Two   rockets\n  hit\tan empty field.</p><ul><li>First point</li><li>Second point</li></ul>"
            + "<p>Line one<br>line two</p></article>");

        Assert.Equal("Two rockets hit an empty field.\n\nFirst point\n\nSecond point\n\nLine one\n\nline two", Read(html).RawText);
    }

    // ---- broken JSON-LD ----

    [Fact]
    public void Html_reader_ignores_broken_json_ld_without_crashing()
    {
        var html = Page(
            "<title>Title tag headline</title>" + JsonLd("{\"@type\": \"NewsArticle\", \"headline\": \"Broken, \"datePublished\": 2024-")
                + "<meta property=\"og:site_name\" content=\"Tigris Wire\">",
            "<h1>Checkpoint attacked in Tarmiyah</h1>" + Body);

        var source = Read(html).Source;

        Assert.Equal("Checkpoint attacked in Tarmiyah", source.Title);
        Assert.Null(source.Published);
        Assert.Equal("Tigris Wire", source.Outlet);
    }

    [Fact]
    public void Html_reader_reads_a_valid_json_ld_block_after_a_broken_one()
    {
        var html = Page(
            JsonLd("{ this is not json ]") + JsonLd("{\"@type\": \"NewsArticle\", \"headline\": \"Valid block headline\"}"),
            Body);

        Assert.Equal("Valid block headline", Read(html).Source.Title);
    }

    [Theory]
    [InlineData("{\"@type\": 7, \"headline\": \"Numeric type\"}")]
    [InlineData("{\"@type\": [\"NewsArticle\", {\"@id\": \"#x\"}], \"headline\": \"Object in type list\"}")]
    [InlineData("{\"@type\": {\"name\": \"NewsArticle\"}, \"headline\": \"Object type\"}")]
    [InlineData("{\"@graph\": 12, \"@type\": \"WebPage\", \"headline\": \"Odd graph\"}")]
    public void Html_reader_does_not_crash_on_json_ld_with_odd_value_kinds(string json)
    {
        var html = Page("<title>Title tag headline</title>" + JsonLd(json), Body);

        var article = Read(html);

        Assert.EndsWith(BodyText, article.RawText);
    }

    [Fact]
    public void Html_reader_reads_a_page_without_body_text_as_just_its_headline()
    {
        var article = Read(Page("<title>Photo gallery: Baghdad at night</title>", "<div><img src=\"a.jpg\"></div>"));

        Assert.Equal("Photo gallery: Baghdad at night", article.RawText);
    }

    private static int CountOf(string text, string part)
    {
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
