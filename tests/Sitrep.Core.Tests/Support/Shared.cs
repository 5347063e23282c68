using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests.Support;

/// <summary>Things built once for all tests: the data folder, the default pipeline, the builder's resources.</summary>
public static class Shared
{
    private static readonly Lazy<string> LazyDataDir = new(DataDirectory.Locate);
    private static readonly Lazy<PipelineBuilder> LazyBuilder = new(() => new PipelineBuilder(DataDir));
    private static readonly Lazy<SitrepPipeline> LazyPipeline = new(() => PipelineBuilder.Default(DataDir));

    public static string DataDir => LazyDataDir.Value;
    public static PipelineBuilder Builder => LazyBuilder.Value;
    public static SitrepPipeline Pipeline => LazyPipeline.Value;

    public static ProcessedPage Process(string text, string id = "test.txt") =>
        Pipeline.Process(new RawArticle(new SourceInfo(id, Origin: id), text, "text"));

    /// <summary>The folder <c>tests/corpus/NAME</c> of our own annotated articles (one with a <c>gold</c> folder), found
    /// upwards from this source file; null when it is missing.</summary>
    public static string? OwnCorpusDir(string name, [System.Runtime.CompilerServices.CallerFilePath] string here = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(here)!); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus", name);
            if (Directory.Exists(Path.Combine(candidate, "gold"))) return candidate;
        }
        return null;
    }

    /// <summary>The page as <c>sitrep extract --format eval</c> writes it (UTF-8 JSON bytes).</summary>
    public static byte[] EvalJson(ProcessedPage page)
    {
        using var stream = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(stream)) Sitrep.Core.Output.EvalWriter.Write(w, page, Builder.Actors);
        return stream.ToArray();
    }

    /// <summary>The page's events in the eval shape, one line each, without their evidence (whose characters differ when the
    /// same page is retyped or rewrapped).</summary>
    public static List<string> EventsWithoutEvidence(ProcessedPage page)
    {
        var root = System.Text.Json.JsonDocument.Parse(EvalJson(page)).RootElement;
        return root.GetProperty("events").EnumerateArray()
            .Select(e => string.Join("|", e.EnumerateObject().Where(p => p.Name != "evidence").Select(p => p.Name + "=" + p.Value.GetRawText())))
            .ToList();
    }

    /// <summary>The articles of <c>tests/corpus/NAME</c> in order of their ids, each with the publication date its gold gives.</summary>
    public static List<RawArticle> OwnArticles(string name)
    {
        var dir = OwnCorpusDir(name) ?? throw new DirectoryNotFoundException($"tests/corpus/{name}");
        return Directory.GetFiles(Path.Combine(dir, "gold"), "*.json").Order(StringComparer.Ordinal).Select(goldFile =>
        {
            var id = Path.GetFileNameWithoutExtension(goldFile);
            var published = System.Text.Json.JsonDocument.Parse(File.ReadAllText(goldFile)).RootElement.GetProperty("published").GetString();
            return new RawArticle(new SourceInfo(id + ".txt", Published: published is null ? null : DateOnly.Parse(published)),
                File.ReadAllText(Path.Combine(dir, "articles", id + ".txt")), "text");
        }).ToList();
    }

    /// <summary>The folder of the shared evaluation corpus, or null when it is not beside the project.</summary>
    public static string? CorpusDir
    {
        get
        {
            for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(Path.Combine(candidate, "seeds"))) return candidate;
            }
            return null;
        }
    }
}

/// <summary>A fact that needs the shared seed corpus (../shared/corpus); skipped cleanly when it is absent.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (Shared.CorpusDir is null) Skip = "the shared corpus (../shared/corpus/seeds) is not beside the project";
    }
}
