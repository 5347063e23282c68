using Sitrep.Core.Documents;

namespace Sitrep.Core.Ingest;

/// <summary>
/// Turns the paths a user names into articles: files by their ending or, failing that, by their
/// content; folders recursively (article files only, in a stable order); <c>-</c> for standard
/// input. Every input that cannot be read yields one <see cref="ReadError"/> naming it and the
/// reason, and reading goes on with the next.
/// </summary>
public sealed class InputReader
{
    private readonly ReaderOptions _options;
    private readonly HtmlArticleReader _html;
    private readonly ManifestReader _manifest;

    public InputReader(HtmlNoise noise, ReaderOptions? options = null)
    {
        _options = options ?? new ReaderOptions();
        _html = new HtmlArticleReader(noise);
        _manifest = new ManifestReader(_html, _options);
    }

    public static InputReader Load(string dataDir, ReaderOptions? options = null) =>
        new(HtmlNoise.Load(Path.Combine(dataDir, "cleaning", "html-noise.tsv")), options);

    /// <summary>Reads every path in turn, lazily.</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths, Func<Stream>? stdin = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var r in ReadStdin(stdin ?? Console.OpenStandardInput)) yield return r;
                continue;
            }
            if (Directory.Exists(path))
            {
                var unreadable = new List<ReadResult>();
                var files = Walk(path, unreadable);
                foreach (var r in unreadable) yield return r;
                foreach (var file in files)
                    foreach (var r in ReadFile(file, Path.GetRelativePath(path, file).Replace('\\', '/'))) yield return r;
                continue;
            }
            foreach (var r in ReadFile(path)) yield return r;
        }
    }

    /// <summary>The article files under a folder, sorted by ordinal path so every run sees the same order.
    /// Folders that cannot be read are passed over (<see cref="Read"/> reports them).</summary>
    public IEnumerable<string> WalkFolder(string folder) => Walk(folder, []);

    /// <summary>Walks a folder one level at a time, so that a subfolder that cannot be read becomes one
    /// error in <paramref name="unreadable"/> instead of stopping the whole walk. Symbolic links to
    /// folders are not followed: a link back up the tree would make the walk endless.</summary>
    private List<string> Walk(string folder, List<ReadResult> unreadable)
    {
        var files = new List<string>();
        var fileOptions = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden };
        var folderOptions = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint };
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var dir))
        {
            try
            {
                foreach (var f in Directory.EnumerateFiles(dir, "*", fileOptions))
                    if (_options.ArticleExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.')) files.Add(f);
                foreach (var d in Directory.EnumerateDirectories(dir, "*", folderOptions))
                    if (!Path.GetFileName(d).StartsWith('.')) pending.Push(d);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable.Add(ReadResult.Fail(ErrorCodes.Unreadable, dir, $"folder cannot be read: {e.Message}"));
            }
        }
        files.Sort(StringComparer.Ordinal);
        unreadable.Sort((a, b) => StringComparer.Ordinal.Compare(a.Error!.Where, b.Error!.Where));
        return files;
    }

    /// <summary>Reads one file. Its id is <paramref name="id"/> when given (a path relative to the folder
    /// named on the command line, so files of the same name in two subfolders stay apart), else its name.</summary>
    public IEnumerable<ReadResult> ReadFile(string path, string? id = null)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".jsonl" or ".ndjson")
        {
            foreach (var r in ReadManifestFile(path)) yield return r;
            yield break;
        }
        byte[] bytes;
        string? failure = null, code = null;
        bytes = [];
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) { code = ErrorCodes.NotFound; failure = "no such file or folder"; }
            else if (info.Length > _options.MaxFileBytes)
            {
                code = ErrorCodes.TooLarge;
                failure = $"{info.Length} bytes, over the limit of {_options.MaxFileBytes} (raise it with --max-file-size)";
            }
            else bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            code = ErrorCodes.Unreadable;
            failure = $"cannot be read: {e.Message}";
        }
        if (failure is not null)
        {
            yield return ReadResult.Fail(code!, path, failure);
            yield break;
        }
        foreach (var r in ReadBytes(bytes, path, id ?? Path.GetFileName(path), ext)) yield return r;
    }

    private IEnumerable<ReadResult> ReadManifestFile(string path)
    {
        StreamReader? reader = null;
        string? failure = null, code = null;
        try
        {
            if (!File.Exists(path)) { code = ErrorCodes.NotFound; failure = "no such file or folder"; }
            else if (new FileInfo(path).Length == 0) { code = ErrorCodes.Empty; failure = "empty: no text in it"; }
            else reader = new StreamReader(path, new System.Text.UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            code = ErrorCodes.Unreadable;
            failure = $"cannot be read: {e.Message}";
        }
        if (reader is null)
        {
            yield return ReadResult.Fail(code!, path, failure!);
            yield break;
        }
        using (reader)
        {
            using var results = _manifest.Read(reader, path).GetEnumerator();
            while (true)
            {
                ReadResult? failed = null;
                bool more;
                try { more = results.MoveNext(); }
                catch (System.Text.DecoderFallbackException)
                {
                    more = false;
                    failed = ReadResult.Fail(ErrorCodes.NotUtf8, path, "not valid UTF-8 text");
                }
                if (failed is { } f) { yield return f; yield break; }
                if (!more) yield break;
                yield return results.Current;
            }
        }
    }

    private IEnumerable<ReadResult> ReadStdin(Func<Stream> open)
    {
        using var stream = open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxFileBytes)
                return [ReadResult.Fail(ErrorCodes.TooLarge, "-", $"standard input is over the limit of {_options.MaxFileBytes} bytes")];
        }
        return ReadBytes(buffer.ToArray(), "-", "stdin", "").ToList();
    }

    /// <summary>Reads the bytes of one input, by its ending or, when that says nothing, by its content.</summary>
    public IEnumerable<ReadResult> ReadBytes(byte[] bytes, string origin, string id, string ext)
    {
        if (bytes.Length == 0) return [ReadResult.Fail(ErrorCodes.Empty, origin, "empty: no bytes")];
        if (!TextDecoding.TryDecode(bytes, out var text, out var code, out var problem))
            return [ReadResult.Fail(code, origin, problem)];
        var format = FormatOf(ext, text);
        var baseId = Path.GetFileNameWithoutExtension(id);
        var source = new SourceInfo(id, Origin: origin);
        return format switch
        {
            "html" => [ReadResult.Ok(_html.Read(text, source))],
            "feed" => FeedReader.Read(text, origin, baseId),
            "jsonl" => _manifest.Read(new StringReader(text), origin).ToList(),
            "xml" => [ReadResult.Fail(ErrorCodes.BadXml, origin, "XML that is neither an RSS nor an Atom feed")],
            _ => [ReadResult.Ok(new RawArticle(source, text, "text"))],
        };
    }

    private static string FormatOf(string ext, string text)
    {
        switch (ext)
        {
            case ".html" or ".htm" or ".xhtml": return "html";
            case ".rss" or ".atom": return "feed";
            case ".xml": return FeedReader.LooksLikeFeed(text) ? "feed" : "xml";
            case ".txt" or ".text": return "text";
        }
        var head = text.AsSpan().TrimStart();
        if (head.StartsWith("{")) return "jsonl";
        if (head.StartsWith("<"))
        {
            if (FeedReader.LooksLikeFeed(text)) return "feed";
            return "html";
        }
        return "text";
    }
}
