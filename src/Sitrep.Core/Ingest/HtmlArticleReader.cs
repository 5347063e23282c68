using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Ingest;

/// <summary>
/// Reads a web page: takes title, date, outlet and URL from the usual meta tags, JSON-LD and
/// <c>&lt;time&gt;</c> elements; finds the article's main element (an <c>&lt;article&gt;</c>, an
/// <c>articleBody</c>, a known body class, <c>&lt;main&gt;</c>, or else the element with the most
/// paragraph text); removes navigation, scripts, share bars, related links and comments from it;
/// and writes its text one block a line.
/// </summary>
public sealed class HtmlArticleReader(HtmlNoise noise)
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "blockquote", "figure", "figcaption", "table", "tr", "pre", "dl", "dt", "dd", "hr", "br", "address", "time", "td", "th", "caption",
    };

    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage"];

    public RawArticle Read(string html, SourceInfo defaults)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var ld = JsonLd(doc);
        string? title = Meta(doc, "og:title") ?? Meta(doc, "twitter:title") ?? ld.Headline
            ?? Clean(doc.QuerySelector("h1")?.TextContent) ?? Clean(doc.Title);
        var (published, from) = PublishedOf(doc, ld);
        string? outlet = Meta(doc, "og:site_name") ?? ld.Publisher ?? Meta(doc, "application-name");
        string? url = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(doc, "og:url") ?? ld.Url;

        var root = MainElement(doc);
        var text = new StringBuilder();
        if (root is not null)
        {
            RemoveNoise(root);
            WriteText(root, text);
        }
        var body = TidyLines(text.ToString());
        // Put the headline first when the main element does not carry it (first, or as a line of
        // its own after a kicker or a label).
        if (title is not null && !body.StartsWith(title, StringComparison.Ordinal) && !body.Split("\n\n").Contains(title))
            body = body.Length == 0 ? title : title + "\n\n" + body;

        var source = defaults with
        {
            Title = defaults.Title ?? title,
            Url = defaults.Url ?? url,
            Outlet = defaults.Outlet ?? outlet,
            Published = defaults.Published ?? published,
            PublishedFrom = defaults.Published is not null ? defaults.PublishedFrom : from,
        };
        return new RawArticle(source, body, "html");
    }

    /// <summary>Text of an HTML fragment (a feed item's body), block by block.</summary>
    public static string FragmentText(string html)
    {
        var doc = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        var text = new StringBuilder();
        // A fragment without any element is plain text (an Atom type="text" body): its line breaks are its paragraphs.
        if (doc.Body is not null) WriteText(doc.Body, text, pre: doc.Body.Children.Length == 0);
        return TidyLines(text.ToString());
    }

    private IElement? MainElement(IDocument doc)
    {
        var body = doc.Body;
        if (body is null) return null;
        var best = doc.QuerySelectorAll("article").OrderByDescending(ParagraphText).FirstOrDefault()
            ?? doc.QuerySelector("[itemprop=articleBody]")
            ?? body.QuerySelectorAll("*").FirstOrDefault(e => noise.IsBody(e.ClassName) || noise.IsBody(e.Id))
            ?? doc.QuerySelector("main");
        if (best is not null && ParagraphText(best) > 0) return best;
        // By density: the element whose own paragraphs hold the most text.
        IElement? dense = null;
        int most = 0;
        foreach (var e in body.QuerySelectorAll("*"))
        {
            int own = 0;
            foreach (var child in e.Children)
                if (child.LocalName is "p" or "h2" or "h3" or "blockquote") own += child.TextContent.Length;
            if (own > most) { most = own; dense = e; }
        }
        return dense ?? body;
    }

    private static int ParagraphText(IElement e) => e.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

    private void RemoveNoise(IElement root)
    {
        int total = Math.Max(1, root.TextContent.Length);
        var doomed = new List<IElement>();
        // An element marked as the article body (class="article-body share-enabled"), or one holding it,
        // is never noise, however little of the text it holds.
        var bodies = root.QuerySelectorAll("*").Where(e => noise.IsBody(e.ClassName) || noise.IsBody(e.Id)).ToList();
        foreach (var e in root.QuerySelectorAll("*"))
        {
            if (bodies.Any(b => b == e || e.Contains(b))) continue;
            bool isNoise = noise.Tags.Contains(e.LocalName) || noise.IsNoise(e.ClassName) || noise.IsNoise(e.Id)
                || e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true";
            // A match that holds most of the text is a wrong match (class="article-body share-enabled").
            if (isNoise && (e.LocalName is "script" or "style" || e.TextContent.Length * 2 < total)) doomed.Add(e);
        }
        foreach (var e in doomed) e.Remove();
    }

    private static void WriteText(INode node, StringBuilder into, bool pre = false)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                // A line break in the HTML source is white space like any other, except inside <pre>.
                var t = child.TextContent;
                into.Append(pre ? t : t.Replace('\r', ' ').Replace('\n', ' '));
                continue;
            }
            if (child is not IElement e) continue;
            if (e.LocalName is "script" or "style" or "noscript" or "template") continue;
            bool block = BlockTags.Contains(e.LocalName);
            if (block) into.Append('\n');
            WriteText(e, into, pre || e.LocalName == "pre");
            if (block) into.Append('\n');
        }
    }

    /// <summary>Collapses spaces inside lines and keeps one blank line between blocks.</summary>
    private static string TidyLines(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text.Split('\n'))
        {
            var line = Clean(raw);
            if (line is null) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(line);
        }
        return sb.ToString();
    }

    private static string? Clean(string? s)
    {
        if (s is null) return null;
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static string? Meta(IDocument doc, string key)
    {
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var name = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (name is not null && name.Equals(key, StringComparison.OrdinalIgnoreCase))
                return Clean(m.GetAttribute("content"));
        }
        return null;
    }

    private static readonly string[] DateMetas =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
        "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
        "original-publish-date",
    ];

    private static (DateOnly?, string?) PublishedOf(IDocument doc, LinkedData ld)
    {
        foreach (var key in DateMetas)
            if (Dates.Parse(Meta(doc, key)) is { } d) return (d, "meta");
        if (Dates.Parse(ld.DatePublished) is { } j) return (j, "json-ld");
        var times = doc.QuerySelectorAll("time[datetime]");
        var time = times.FirstOrDefault(t => t.HasAttribute("pubdate") || t.GetAttribute("itemprop") == "datePublished")
            ?? times.FirstOrDefault(t => t.Closest("article") is not null) ?? times.FirstOrDefault();
        if (Dates.Parse(time?.GetAttribute("datetime")) is { } t) return (t, "time");
        // A modification date is only a stand-in for the publication date, when nothing else dates the page.
        if (Dates.Parse(Meta(doc, "article:modified_time")) is { } m) return (m, "meta");
        return (null, null);
    }

    private sealed record LinkedData(string? Headline, string? DatePublished, string? Publisher, string? Url);

    private static LinkedData JsonLd(IDocument doc)
    {
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 32 });
                if (FindArticle(json.RootElement) is { } a)
                    return new LinkedData(Str(a, "headline") ?? Str(a, "name"), Str(a, "datePublished") ?? Str(a, "dateCreated"),
                        a.TryGetProperty("publisher", out var p) ? (p.ValueKind == JsonValueKind.Object ? Str(p, "name") : p.ValueKind == JsonValueKind.String ? p.GetString() : null) : null,
                        Str(a, "url"));
            }
            catch (JsonException)
            {
                // A broken JSON-LD block says nothing; the meta tags may still.
            }
        }
        return new LinkedData(null, null, null, null);
    }

    private static JsonElement? FindArticle(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                if (FindArticle(item) is { } found) return found;
            return null;
        }
        if (e.ValueKind != JsonValueKind.Object) return null;
        if (e.TryGetProperty("@graph", out var graph) && FindArticle(graph) is { } g) return g;
        if (e.TryGetProperty("@type", out var type))
        {
            // @type is a string or a list of strings; anything else (a number, an object) names no type.
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(TypeName).ToArray() : [TypeName(type)];
            if (types.Any(t => ArticleTypes.Contains(t))) return e;
        }
        return null;
    }

    private static string? TypeName(JsonElement t) => t.ValueKind == JsonValueKind.String ? t.GetString() : null;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? Clean(v.GetString()) : null;
}
