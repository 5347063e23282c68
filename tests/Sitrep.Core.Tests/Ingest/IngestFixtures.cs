using Sitrep.Core.Ingest;
using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Tests.Ingest;

/// <summary>Shared pieces of the reader tests: the fixture folder, the project's noise rules, readers.</summary>
internal static class IngestFixtures
{
    private static readonly Lazy<HtmlNoise> LazyNoise =
        new(() => HtmlNoise.Load(Path.Combine(DataDirectory.Locate(), "cleaning", "html-noise.tsv")));

    /// <summary>The rules of data/cleaning/html-noise.tsv, loaded once.</summary>
    public static HtmlNoise Noise => LazyNoise.Value;

    /// <summary>Full path of a fixture file under Fixtures/Ingest (copied to the test output).</summary>
    public static string PathOf(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", "Ingest", .. parts]);

    public static string ReadFixture(params string[] parts) => File.ReadAllText(PathOf(parts));

    public static InputReader Reader(ReaderOptions? options = null) => new(Noise, options);

    public static HtmlArticleReader Html() => new(Noise);

    public static ManifestReader Manifest() => new(Html(), new ReaderOptions());

    /// <summary>Reads paths with a fresh reader and materializes the results.</summary>
    public static List<ReadResult> ReadAll(params string[] paths) => Reader().Read(paths).ToList();

    /// <summary>The single article of a result list, failing with the errors when there is not exactly one.</summary>
    public static Sitrep.Core.Documents.RawArticle Single(IReadOnlyList<ReadResult> results)
    {
        Assert.True(results.Count == 1, $"expected one result, got {results.Count}: {string.Join("; ", results.Select(Describe))}");
        Assert.True(results[0].Error is null, $"expected an article, got {results[0].Error}");
        return results[0].Article!;
    }

    /// <summary>The single error of a result list.</summary>
    public static ReadError SingleError(IReadOnlyList<ReadResult> results)
    {
        Assert.True(results.Count == 1, $"expected one result, got {results.Count}: {string.Join("; ", results.Select(Describe))}");
        Assert.True(results[0].Error is not null, $"expected an error, got article '{results[0].Article?.Source.Id}'");
        return results[0].Error!;
    }

    public static string Describe(ReadResult r) =>
        r.Error is { } e ? e.ToString() : $"article {r.Article!.Source.Id} ({r.Article.Format})";
}

/// <summary>A scratch folder under the system temp folder, deleted (with everything in it) on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "sitrep-reader-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            // Give back permissions a test took away, so the folder can be deleted.
            // Links are not followed: a test may leave a symbolic link loop behind.
            if (!OperatingSystem.IsWindows())
            {
                var walk = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
                foreach (var entry in Directory.EnumerateDirectories(Root, "*", walk))
                    File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                foreach (var entry in Directory.EnumerateFiles(Root, "*", walk))
                    File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}

/// <summary>A fact that needs file permissions to be enforced: skipped on Windows and when the tests
/// run as root (or on a file system that ignores modes), where chmod 000 does not stop reads.</summary>
public sealed class PermissionsEnforcedFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Reason = new(WhyNot);

    public PermissionsEnforcedFactAttribute()
    {
        if (Reason.Value is { } why) Skip = why;
    }

    private static string? WhyNot()
    {
        if (OperatingSystem.IsWindows()) return "Unix file modes are not available on Windows";
        var probe = Path.Combine(Path.GetTempPath(), "sitrep-permission-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllText(probe, "probe");
            File.SetUnixFileMode(probe, UnixFileMode.None);
            try
            {
                File.ReadAllBytes(probe);
                return "file modes are not enforced here (running as root?): chmod 000 does not stop reads";
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }
        finally
        {
            File.SetUnixFileMode(probe, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Delete(probe);
        }
    }
}

/// <summary>A fact that needs Unix file system features (symbolic links without privileges): skipped on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "needs a Unix file system";
    }
}
