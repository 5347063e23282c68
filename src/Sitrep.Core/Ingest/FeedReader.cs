using System.Xml;
using System.Xml.Linq;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Ingest;

/// <summary>Reads RSS 2.0 and Atom feeds: each item or entry an article, with its link, date and
/// body (HTML bodies turned into text). DTDs are prohibited, so no entity tricks and no fetching.</summary>
public static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static XmlReaderSettings SafeSettings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
    };

    /// <summary>Whether the XML looks like a feed (its root element within the first bytes).</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    public static IEnumerable<ReadResult> Read(string text, string origin, string baseId)
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), SafeSettings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return [ReadResult.Fail(ErrorCodes.BadXml, origin, $"not well-formed XML or has a DTD (line {e.LineNumber}: {e.Message})")];
        }
        var root = doc.Root!;
        if (root.Name.LocalName == "rss" || root.Name.LocalName == "RDF") return Rss(root, origin, baseId);
        if (root.Name == Atom + "feed") return AtomFeed(root, origin, baseId);
        return [ReadResult.Fail(ErrorCodes.BadXml, origin, $"XML whose root <{root.Name.LocalName}> is neither an RSS nor an Atom feed")];
    }

    private static List<ReadResult> Rss(XElement root, string origin, string baseId)
    {
        var results = new List<ReadResult>();
        var channel = root.Element("channel") ?? root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        string? outlet = Text(channel?.Elements().FirstOrDefault(e => e.Name.LocalName == "title"));
        var ids = new HashSet<string>();
        int n = 0;
        foreach (var item in root.Descendants().Where(e => e.Name.LocalName == "item"))
        {
            n++;
            string where = $"{origin}#item{n}";
            string? title = Text(Child(item, "title"));
            string? link = Text(Child(item, "link"));
            string? guid = Text(Child(item, "guid"));
            string? date = Text(Child(item, "pubDate")) ?? Text(item.Element(Dc + "date"));
            string? body = Text(item.Element(Content + "encoded")) ?? Text(Child(item, "description"));
            results.Add(Item(where, baseId, n, ids, guid ?? link, title, link, outlet, date, body));
        }
        if (n == 0) results.Add(ReadResult.Fail(ErrorCodes.Empty, origin, "RSS feed with no items"));
        return results;
    }

    private static List<ReadResult> AtomFeed(XElement root, string origin, string baseId)
    {
        var results = new List<ReadResult>();
        string? outlet = Text(root.Element(Atom + "title"));
        var ids = new HashSet<string>();
        int n = 0;
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            n++;
            string where = $"{origin}#entry{n}";
            var links = entry.Elements(Atom + "link").ToList();
            string? link = (links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate"))?.Attribute("href")?.Value;
            string? date = Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated"));
            var content = entry.Element(Atom + "content") ?? entry.Element(Atom + "summary");
            string? body = content is null ? null
                : (string?)content.Attribute("type") == "xhtml" ? string.Concat(content.Nodes().Select(x => x.ToString())) : content.Value;
            results.Add(Item(where, baseId, n, ids, Text(entry.Element(Atom + "id")) ?? link, Text(entry.Element(Atom + "title")),
                link, outlet, date, body));
        }
        if (n == 0) results.Add(ReadResult.Fail(ErrorCodes.Empty, origin, "Atom feed with no entries"));
        return results;
    }

    private static ReadResult Item(string where, string baseId, int n, HashSet<string> ids, string? key, string? title,
        string? link, string? outlet, string? date, string? body)
    {
        if (string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(title))
            return ReadResult.Fail(ErrorCodes.Empty, where, "feed item with neither a title nor a body");
        var text = body is null ? "" : HtmlArticleReader.FragmentText(body);
        if (title is not null) text = title + "\n\n" + text;
        var id = $"{baseId}-{Slug(key) ?? n.ToString("D3")}";
        while (!ids.Add(id)) id += "-" + n;
        var published = Dates.Parse(date);
        var source = new SourceInfo(id, link, outlet, title, published, published is null ? null : "feed", where);
        return ReadResult.Ok(new RawArticle(source, text, "feed"));
    }

    private static XElement? Child(XElement e, string name) => e.Elements().FirstOrDefault(x => x.Name.LocalName == name);

    private static string? Text(XElement? e)
    {
        var v = e?.Value.Trim();
        return string.IsNullOrEmpty(v) ? null : v;
    }

    /// <summary>A file-name-safe id from a link or guid: its last path segment, lower case.</summary>
    internal static string? Slug(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return null;
        var last = key.TrimEnd('/');
        int cut = last.LastIndexOfAny(['/', ':', '=', '?']);
        if (cut >= 0 && cut < last.Length - 1) last = last[(cut + 1)..];
        var chars = last.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.EndsWith("-html")) slug = slug[..^5];
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        return slug.Length == 0 ? null : slug;
    }
}
