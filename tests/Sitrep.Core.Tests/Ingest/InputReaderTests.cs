using System.Runtime.Versioning;
using System.Text;
using Sitrep.Core.Ingest;
using static Sitrep.Core.Tests.Ingest.IngestFixtures;

namespace Sitrep.Core.Tests.Ingest;

/// <summary>InputReader: plain-text files, encodings, folders, standard input and the errors of unreadable inputs.</summary>
public sealed class InputReaderTests : IDisposable
{
    private const string Article = "Drone attack on Balad air base\n\nTwo drones struck Balad air base north of Baghdad on Friday night, the military said.\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // ---- plain text ----

    [Fact]
    public void Text_file_is_read_whole_with_its_file_name_as_id_and_format_text()
    {
        var path = PathOf("text", "basra-rocket-cell.txt");

        var article = Single(ReadAll(path));

        Assert.Equal(File.ReadAllText(path), article.RawText);
        Assert.StartsWith("Police arrest rocket cell in Basra\n\nBASRA - Police in Basra", article.RawText);
        Assert.EndsWith("handed to an investigating judge.\n", article.RawText);
        Assert.Equal("basra-rocket-cell.txt", article.Source.Id);
        Assert.Equal("text", article.Format);
        Assert.Equal(path, article.Source.Origin);
        Assert.Null(article.Source.Title);
        Assert.Null(article.Source.Published);
    }

    [Fact]
    public void Text_file_with_utf8_byte_order_mark_is_read_without_the_mark()
    {
        var path = _temp.Write("balad.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article)]);

        var article = Single(ReadAll(path));

        Assert.Equal(Article, article.RawText);
        Assert.Equal('D', article.RawText[0]);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Text_file_in_utf16_with_byte_order_mark_is_decoded(string encodingName)
    {
        var text = "Rocket attack in Mosul (\u0627\u0644\u0645\u0648\u0635\u0644)\n\nA rocket hit an empty lot in eastern Mosul.\n";
        var encoding = encodingName == "utf-16LE" ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var path = _temp.Write("mosul.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var article = Single(ReadAll(path));

        Assert.Equal(text, article.RawText);
        Assert.Equal("text", article.Format);
    }

    [Fact]
    public void File_without_a_known_ending_is_sniffed_as_html_when_it_starts_with_markup()
    {
        var path = _temp.Write("saved-page", "<!DOCTYPE html><html><head><meta property=\"og:title\" content=\"Blast in Tikrit market\"></head>"
            + "<body><article><p>A bomb exploded in a market in Tikrit on Monday.</p></article></body></html>");

        var article = Single(ReadAll(path));

        Assert.Equal("html", article.Format);
        Assert.Equal("Blast in Tikrit market", article.Source.Title);
        Assert.Equal("Blast in Tikrit market\n\nA bomb exploded in a market in Tikrit on Monday.", article.RawText);
    }

    // ---- folders ----

    [Fact]
    public void Folder_is_walked_recursively_in_ordinal_order_taking_only_article_files()
    {
        _temp.Write("news/b.txt", Article);
        _temp.Write("news/a.txt", Article);
        _temp.Write("news/A.txt", Article);
        _temp.Write("news/Upper.TXT", Article);
        _temp.Write("news/zeta/z.html", "<html><body><article><p>Checkpoint attacked near Kirkuk.</p></article></body></html>");
        _temp.Write("news/sub/c.txt", Article);
        _temp.Write("news/README.md", "# Notes about this folder\n");
        _temp.Write("news/sub/photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        _temp.Write("news/.hidden.txt", Article);
        _temp.Write("news/.git/notes.txt", Article);
        var folder = _temp.PathOf("news");

        var files = Reader().WalkFolder(folder).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToList();

        Assert.Equal(["A.txt", "Upper.TXT", "a.txt", "b.txt", "sub/c.txt", "zeta/z.html"], files);
    }

    [Fact]
    public void Reading_a_folder_yields_its_articles_in_walk_order_with_paths_relative_to_it_as_ids()
    {
        _temp.Write("news/b.txt", Article);
        _temp.Write("news/a.txt", Article);
        _temp.Write("news/sub/c.txt", Article);
        _temp.Write("news/notes.md", "not an article");

        var ids = ReadAll(_temp.PathOf("news")).Select(r => r.Article!.Source.Id).ToList();

        Assert.Equal(["a.txt", "b.txt", "sub/c.txt"], ids);
    }

    [UnixFact]
    public void Folder_walk_ends_on_a_symbolic_link_loop_and_does_not_follow_folder_links()
    {
        _temp.Write("news/real/a.txt", Article);
        _temp.Write("news/b.txt", Article);
        Directory.CreateSymbolicLink(_temp.PathOf("news/real/loop"), _temp.PathOf("news"));
        Directory.CreateSymbolicLink(_temp.PathOf("news/alias"), _temp.PathOf("news/real"));
        var folder = _temp.PathOf("news");

        var walk = Task.Run(() => Reader().WalkFolder(folder).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToList());

        Assert.True(walk.Wait(TimeSpan.FromSeconds(20)), "the walk did not end");
        Assert.Equal(["b.txt", "real/a.txt"], walk.Result);
    }

    [Fact]
    public void A_bad_file_in_a_folder_gives_one_error_and_the_other_files_are_still_read()
    {
        _temp.Write("news/a-empty.txt", "");
        _temp.Write("news/b-good.txt", Article);

        var results = ReadAll(_temp.PathOf("news"));

        Assert.Equal(2, results.Count);
        Assert.Equal(ErrorCodes.Empty, results[0].Error?.Code);
        Assert.Equal(_temp.PathOf("news/a-empty.txt"), results[0].Error?.Where);
        Assert.Equal("b-good.txt", results[1].Article?.Source.Id);
    }

    // ---- standard input ----

    [Fact]
    public void Dash_reads_plain_text_from_standard_input()
    {
        var results = Reader().Read(["-"], Stdin(Article)).ToList();

        var article = Single(results);
        Assert.Equal(Article, article.RawText);
        Assert.Equal("text", article.Format);
        Assert.Equal("stdin", article.Source.Id);
        Assert.Equal("-", article.Source.Origin);
    }

    [Fact]
    public void Dash_sniffs_html_on_standard_input()
    {
        var html = "\n  <html><head><title>Arrests in Diyala</title></head><body><article><h1>Arrests in Diyala</h1>"
            + "<p>Security forces arrested three suspects in Diyala province.</p><nav>Menu link</nav></article></body></html>";

        var article = Single(Reader().Read(["-"], Stdin(html)).ToList());

        Assert.Equal("html", article.Format);
        Assert.Equal("Arrests in Diyala", article.Source.Title);
        Assert.Equal("Arrests in Diyala\n\nSecurity forces arrested three suspects in Diyala province.", article.RawText);
    }

    [Fact]
    public void Dash_sniffs_json_lines_on_standard_input()
    {
        var jsonl = "{\"id\": \"in-1\", \"text\": \"A drone struck a base near Erbil.\"}\n"
            + "{\"id\": \"in-2\", \"published\": \"2024-05-20\", \"text\": \"Police in Basra arrested a rocket cell.\"}\n";

        var results = Reader().Read(["-"], Stdin(jsonl)).ToList();

        Assert.Equal(["in-1", "in-2"], results.Select(r => r.Article?.Source.Id));
        Assert.Equal("Police in Basra arrested a rocket cell.", results[1].Article!.RawText);
        Assert.Equal(new DateOnly(2024, 5, 20), results[1].Article!.Source.Published);
        Assert.Equal("-:2", results[1].Article!.Source.Origin);
    }

    [Fact]
    public void Dash_sniffs_an_rss_feed_on_standard_input()
    {
        var rss = ReadFixture("feeds", "iraq-security.rss");

        var results = Reader().Read(["-"], Stdin(rss)).ToList();

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal("feed", r.Article?.Format));
        Assert.Equal("stdin-basra-rocket-cell-arrested", results[0].Article!.Source.Id);
    }

    [Fact]
    public void Standard_input_over_the_size_limit_gives_too_large_error()
    {
        var reader = Reader(new ReaderOptions { MaxFileBytes = 64 });

        var error = SingleError(reader.Read(["-"], Stdin(new string('x', 200))).ToList());

        Assert.Equal(ErrorCodes.TooLarge, error.Code);
        Assert.Equal("-", error.Where);
        Assert.Contains("64", error.Problem);
    }

    // ---- errors ----

    [Fact]
    public void Zero_byte_file_gives_empty_error()
    {
        var path = _temp.Write("empty.txt", []);

        var error = SingleError(ReadAll(path));

        Assert.Equal(ErrorCodes.Empty, error.Code);
        Assert.Equal(path, error.Where);
    }

    [Fact]
    public void Whitespace_only_file_gives_empty_error()
    {
        var path = _temp.Write("blank.txt", " \n\t  \r\n\n   ");

        var error = SingleError(ReadAll(path));

        Assert.Equal(ErrorCodes.Empty, error.Code);
        Assert.Equal(path, error.Where);
    }

    [Fact]
    public void Missing_file_gives_not_found_error()
    {
        var path = _temp.PathOf("no-such-report.txt");

        var error = SingleError(ReadAll(path));

        Assert.Equal(ErrorCodes.NotFound, error.Code);
        Assert.Equal(path, error.Where);
    }

    [Fact]
    public void File_over_the_size_limit_gives_too_large_error_that_states_the_limit()
    {
        var path = _temp.Write("long.txt", new string('a', 1500));
        var reader = Reader(new ReaderOptions { MaxFileBytes = 1000 });

        var error = SingleError(reader.Read([path]).ToList());

        Assert.Equal(ErrorCodes.TooLarge, error.Code);
        Assert.Equal(path, error.Where);
        Assert.Contains("limit of 1000", error.Problem);
        Assert.Contains("1500 bytes", error.Problem);
    }

    [Fact]
    public void File_at_exactly_the_size_limit_is_read()
    {
        var path = _temp.Write("exact.txt", new string('a', 1000));
        var reader = Reader(new ReaderOptions { MaxFileBytes = 1000 });

        var article = Single(reader.Read([path]).ToList());

        Assert.Equal(1000, article.RawText.Length);
    }

    [Fact]
    public void Random_bytes_give_binary_error()
    {
        var bytes = new byte[4096];
        new Random(20240514).NextBytes(bytes);
        var path = _temp.Write("capture.txt", bytes);

        var error = SingleError(ReadAll(path));

        Assert.Equal(ErrorCodes.Binary, error.Code);
        Assert.Contains("binary", error.Problem);
    }

    [Fact]
    public void Control_characters_without_nul_bytes_give_binary_error()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        var path = _temp.Write("controls.txt", bytes);

        Assert.Equal(ErrorCodes.Binary, SingleError(ReadAll(path)).Code);
    }

    [Fact]
    public void Invalid_utf8_without_nul_bytes_gives_not_utf8_error()
    {
        // Latin-1 bytes: "Caf\xE9 in Karrada reopened after the blast", 0xE9 followed by a space is not UTF-8.
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " in Karrada reopened after the blast.\n"u8];
        Assert.DoesNotContain((byte)0, bytes);
        var path = _temp.Write("latin1.txt", bytes);

        var error = SingleError(ReadAll(path));

        Assert.Equal(ErrorCodes.NotUtf8, error.Code);
        Assert.Contains("offset 3", error.Problem);
    }

    [PermissionsEnforcedFact]
    [UnsupportedOSPlatform("windows")]
    public void Unreadable_file_gives_unreadable_error()
    {
        var path = _temp.Write("locked.txt", Article);
        File.SetUnixFileMode(path, UnixFileMode.None);

        var error = SingleError(ReadAll(path));

        Assert.Equal(ErrorCodes.Unreadable, error.Code);
        Assert.Equal(path, error.Where);
    }

    [PermissionsEnforcedFact]
    [UnsupportedOSPlatform("windows")]
    public void Unreadable_subfolder_gives_an_error_and_the_rest_of_the_folder_is_still_read()
    {
        _temp.Write("news/a.txt", Article);
        _temp.Write("news/locked/b.txt", Article);
        _temp.Write("news/z.txt", Article);
        File.SetUnixFileMode(_temp.PathOf("news/locked"), UnixFileMode.None);

        var results = ReadAll(_temp.PathOf("news"));

        Assert.Equal(3, results.Count);
        Assert.Equal((ErrorCodes.Unreadable, _temp.PathOf("news/locked")), (results[0].Error?.Code, results[0].Error?.Where));
        Assert.Equal(["a.txt", "z.txt"], results.Skip(1).Select(r => r.Article?.Source.Id));
    }

    [Fact]
    public void After_an_error_the_next_paths_of_the_same_call_are_still_read()
    {
        var missing = _temp.PathOf("missing.txt");
        var empty = _temp.Write("empty.txt", "");
        var binary = _temp.Write("binary.txt", [1, 0, 2, 0, 3]);
        var good = _temp.Write("good.txt", Article);

        var results = ReadAll(missing, empty, binary, good);

        Assert.Equal(4, results.Count);
        Assert.Equal((ErrorCodes.NotFound, missing), (results[0].Error?.Code, results[0].Error?.Where));
        Assert.Equal((ErrorCodes.Empty, empty), (results[1].Error?.Code, results[1].Error?.Where));
        Assert.Equal((ErrorCodes.Binary, binary), (results[2].Error?.Code, results[2].Error?.Where));
        Assert.Equal("good.txt", results[3].Article?.Source.Id);
        Assert.Equal(Article, results[3].Article?.RawText);
    }

    private static Func<Stream> Stdin(string text) => () => new MemoryStream(Encoding.UTF8.GetBytes(text));
}
