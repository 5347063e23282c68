using Sitrep.Core.Ingest;
using static Sitrep.Core.Tests.Ingest.IngestFixtures;

namespace Sitrep.Core.Tests.Ingest;

/// <summary>ManifestReader (JSON lines), read through InputReader for files and directly for inline text.</summary>
public sealed class ManifestReaderTests : IDisposable
{
    private static readonly string Week20 = PathOf("manifests", "week-20.jsonl");

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static List<ReadResult> ReadWeek20() => ReadAll(Week20);

    private static List<ReadResult> ReadInline(string jsonl, string origin = "inline.jsonl") =>
        Manifest().Read(new StringReader(jsonl), origin).ToList();

    [Fact]
    public void Manifest_gives_one_result_per_non_blank_line_in_file_order()
    {
        var results = ReadWeek20();

        Assert.Equal(
            ["article tw-0001 (text)", "article tw-0002 (html)", "error SR110", "error SR111", "error SR111", "article tw-0007 (text)"],
            results.Select(r => r.Error is { } e ? $"error {e.Code}" : Describe(r)));
    }

    [Fact]
    public void Manifest_text_line_carries_id_published_url_outlet_title_and_text()
    {
        var article = ReadWeek20()[0].Article!;

        Assert.Equal("tw-0001", article.Source.Id);
        Assert.Equal(new DateOnly(2024, 5, 14), article.Source.Published);
        Assert.Equal("manifest", article.Source.PublishedFrom);
        Assert.Equal("https://tigriswire.example/iraq/basra-rocket-cell", article.Source.Url);
        Assert.Equal("Tigris Wire", article.Source.Outlet);
        Assert.Equal("Police arrest rocket cell in Basra", article.Source.Title);
        Assert.Equal("Police in Basra arrested four men suspected of firing rockets at an oil compound.", article.RawText);
        Assert.Equal("text", article.Format);
        Assert.Equal(Week20 + ":1", article.Source.Origin);
    }

    [Fact]
    public void Manifest_html_line_goes_through_the_html_reader()
    {
        var article = ReadWeek20()[1].Article!;

        Assert.Equal("html", article.Format);
        Assert.Equal("Drone shot down near Ain al-Asad base\n\nAir defences shot down a drone near Ain al-Asad base shortly after midnight.", article.RawText);
        Assert.DoesNotContain("Share this story", article.RawText);
        Assert.DoesNotContain("Home page link", article.RawText);
    }

    [Fact]
    public void Manifest_html_line_fills_missing_fields_from_the_page_but_keeps_the_manifest_fields()
    {
        var source = ReadWeek20()[1].Article!.Source;

        Assert.Equal("tw-0002", source.Id);
        Assert.Equal("Drone shot down near Ain al-Asad base", source.Title);            // from og:title
        Assert.Equal("https://tigriswire.example/iraq/ain-al-asad-drone", source.Url);   // from the canonical link
        Assert.Equal("Tigris Wire", source.Outlet);                                      // from the manifest
        Assert.Equal(new DateOnly(2024, 5, 15), source.Published);                       // manifest's, not the page's 13 May
        Assert.Equal("manifest", source.PublishedFrom);
        Assert.Equal(Week20 + ":2", source.Origin);
    }

    [Fact]
    public void Manifest_bad_json_line_gives_one_error_naming_file_and_line_and_later_lines_are_read()
    {
        var results = ReadWeek20();

        var error = results[2].Error!;
        Assert.Equal(ErrorCodes.BadJson, error.Code);
        Assert.Equal(Week20 + ":3", error.Where);
        Assert.Single(results, r => r.Error?.Code == ErrorCodes.BadJson);
        Assert.Equal("tw-0007", results[^1].Article?.Source.Id);
        Assert.Equal(Week20 + ":7", results[^1].Article?.Source.Origin);
    }

    [Fact]
    public void Manifest_line_with_neither_text_nor_html_gives_bad_line_error()
    {
        var error = ReadWeek20()[3].Error!;

        Assert.Equal(ErrorCodes.BadManifestLine, error.Code);
        Assert.Equal(Week20 + ":4", error.Where);
        Assert.Contains("neither \"text\" nor \"html\"", error.Problem);
    }

    [Fact]
    public void Manifest_line_with_a_bad_published_value_gives_bad_line_error()
    {
        var error = ReadWeek20()[4].Error!;

        Assert.Equal(ErrorCodes.BadManifestLine, error.Code);
        Assert.Equal(Week20 + ":5", error.Where);
        Assert.Contains("last Tuesday", error.Problem);
    }

    [Theory]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"just a string\"")]
    [InlineData("42")]
    public void Manifest_line_that_is_not_a_json_object_gives_bad_line_error(string line)
    {
        var error = SingleError(ReadInline(line));

        Assert.Equal(ErrorCodes.BadManifestLine, error.Code);
        Assert.Equal("inline.jsonl:1", error.Where);
    }

    [Fact]
    public void Manifest_line_without_id_gets_an_id_from_its_line_number()
    {
        var results = ReadInline("\n{\"text\": \"A drone hit a base near Erbil.\"}\n");

        Assert.Equal("line-00002", Single(results).Source.Id);
    }

    [Fact]
    public void Manifest_line_takes_doc_as_the_id_when_there_is_no_id()
    {
        var results = ReadInline("{\"doc\": \"doc-17\", \"text\": \"A drone hit a base near Erbil.\"}");

        Assert.Equal("doc-17", Single(results).Source.Id);
    }

    [Fact]
    public void Manifest_line_over_the_size_limit_gives_too_large_error_and_the_next_line_is_read()
    {
        var reader = new ManifestReader(Html(), new ReaderOptions { MaxFileBytes = 100 });
        var jsonl = "{\"id\": \"big\", \"text\": \"" + new string('a', 200) + "\"}\n{\"id\": \"small\", \"text\": \"Short.\"}\n";

        var results = reader.Read(new StringReader(jsonl), "m.jsonl").ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal((ErrorCodes.TooLarge, "m.jsonl:1"), (results[0].Error?.Code, results[0].Error?.Where));
        Assert.Equal("small", results[1].Article?.Source.Id);
    }

    [Fact]
    public void Empty_manifest_file_gives_an_empty_error()
    {
        var path = _temp.Write("empty.jsonl", "");

        var error = SingleError(ReadAll(path));

        Assert.Equal(ErrorCodes.Empty, error.Code);
        Assert.Equal(path, error.Where);
    }

    [Fact]
    public void Empty_manifest_text_gives_an_empty_error()
    {
        var error = SingleError(ReadInline(""));

        Assert.Equal(ErrorCodes.Empty, error.Code);
        Assert.Equal("inline.jsonl", error.Where);
    }

    [Fact]
    public void Manifest_of_blank_lines_gives_an_empty_error()
    {
        var path = _temp.Write("blank.jsonl", "\n   \n\t\n");

        var error = SingleError(ReadAll(path));

        Assert.Equal(ErrorCodes.Empty, error.Code);
        Assert.Equal(path, error.Where);
    }

    [Fact]
    public void Missing_manifest_file_gives_not_found_error()
    {
        var path = _temp.PathOf("missing.jsonl");

        var error = SingleError(ReadAll(path));

        Assert.Equal(ErrorCodes.NotFound, error.Code);
        Assert.Equal(path, error.Where);
    }

    [PermissionsEnforcedFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Unreadable_manifest_file_gives_unreadable_error()
    {
        var path = _temp.Write("locked.jsonl", "{\"id\": \"x\", \"text\": \"A drone hit a base near Erbil.\"}\n");
        File.SetUnixFileMode(path, UnixFileMode.None);

        var error = SingleError(ReadAll(path));

        Assert.Equal(ErrorCodes.Unreadable, error.Code);
        Assert.Equal(path, error.Where);
    }

    [Fact]
    public void Manifest_file_with_utf8_byte_order_mark_reads_its_first_line()
    {
        var path = _temp.Write("bom.jsonl", [0xEF, 0xBB, 0xBF, .. "{\"id\": \"bom-1\", \"text\": \"Rockets hit Taji base.\"}\n"u8]);

        Assert.Equal("bom-1", Single(ReadAll(path)).Source.Id);
    }

    [Fact]
    public void Manifest_file_with_invalid_utf8_gives_one_not_utf8_error_and_stops()
    {
        byte[] bytes = [.. "{\"id\": \"ok-1\", \"text\": \"A bomb was defused in Baquba.\"}\n{\"id\": \"bad\", \"text\": \"Caf"u8, 0xE9, .. " blast\"}\n"u8];
        var path = _temp.Write("latin1.jsonl", bytes);

        var results = ReadAll(path);

        // Lines decoded before the bad byte may come first; the file then ends in one error.
        Assert.Equal(ErrorCodes.NotUtf8, results[^1].Error?.Code);
        Assert.Equal(path, results[^1].Error?.Where);
        Assert.Single(results, r => r.Error is not null);
        Assert.All(results.SkipLast(1), r => Assert.Equal("ok-1", r.Article?.Source.Id));
    }
}
