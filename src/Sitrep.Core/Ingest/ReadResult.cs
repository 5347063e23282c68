using Sitrep.Core.Documents;

namespace Sitrep.Core.Ingest;

/// <summary>Why an input could not be read: a stable code, the file (and line or item), the reason.</summary>
public sealed record ReadError(string Code, string Where, string Problem)
{
    public override string ToString() => $"error {Code} {Where}: {Problem}";
}

/// <summary>One article read from an input, or the error that stopped it.</summary>
public readonly record struct ReadResult(RawArticle? Article, ReadError? Error)
{
    public static ReadResult Ok(RawArticle article) => new(article, null);
    public static ReadResult Fail(string code, string where, string problem) => new(null, new ReadError(code, where, problem));
}

/// <summary>Limits and choices of the readers.</summary>
public sealed record ReaderOptions
{
    /// <summary>Largest file read whole (a manifest is read line by line, and the limit holds per line).</summary>
    public long MaxFileBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>File endings taken when a folder is walked; other files in a folder are passed over.</summary>
    public IReadOnlySet<string> ArticleExtensions { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".rss", ".atom", ".xml",
    };
}
