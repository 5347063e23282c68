using System.Text.Json;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Ingest;

/// <summary>
/// Reads a JSON-lines manifest in the shape of <c>eval/FORMAT.md</c>: one article a line, with
/// <c>id</c>, <c>published</c>, <c>url</c>, <c>outlet</c>, <c>title</c> and <c>text</c> or <c>html</c>.
/// A bad line is one error naming the file and line; the lines after it are still read.
/// </summary>
public sealed class ManifestReader(HtmlArticleReader html, ReaderOptions options)
{
    public IEnumerable<ReadResult> Read(TextReader reader, string origin)
    {
        int n = 0, read = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            read++;
            yield return ReadLine(line, $"{origin}:{n}", n);
        }
        // Blank lines alone make an empty manifest too.
        if (read == 0) yield return ReadResult.Fail(ErrorCodes.Empty, origin, "empty manifest");
    }

    private ReadResult ReadLine(string line, string where, int n)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(line) > options.MaxFileBytes)
            return ReadResult.Fail(ErrorCodes.TooLarge, where, $"line larger than the limit of {options.MaxFileBytes} bytes");
        JsonDocument json;
        try { json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 }); }
        catch (JsonException e) { return ReadResult.Fail(ErrorCodes.BadJson, where, $"invalid JSON ({e.Message})"); }
        using (json)
        {
            var o = json.RootElement;
            if (o.ValueKind != JsonValueKind.Object)
                return ReadResult.Fail(ErrorCodes.BadManifestLine, where, "a manifest line must be a JSON object");
            string? id = Str(o, "id") ?? Str(o, "doc");
            string? text = Str(o, "text"), htmlText = Str(o, "html");
            if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(htmlText))
                return ReadResult.Fail(ErrorCodes.BadManifestLine, where, "neither \"text\" nor \"html\" holds the article");
            string? published = Str(o, "published");
            var date = Dates.Parse(published);
            if (published is not null && date is null)
                return ReadResult.Fail(ErrorCodes.BadManifestLine, where, $"\"published\" is not a date: '{published}'");
            var source = new SourceInfo(id ?? $"line-{n:D5}", Str(o, "url"), Str(o, "outlet"), Str(o, "title"),
                date, date is null ? null : "manifest", where);
            if (!string.IsNullOrWhiteSpace(text)) return ReadResult.Ok(new RawArticle(source, text, "text"));
            return ReadResult.Ok(html.Read(htmlText!, source));
        }
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
