using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Ingest;

/// <summary>The rules of <c>data/cleaning/html-noise.tsv</c>: which elements of a page are not
/// article text, and which class names mark the article body.</summary>
public sealed class HtmlNoise
{
    public HashSet<string> Tags { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<string> Prefixes { get; } = [];
    public HashSet<string> Exact { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<string> BodyMarkers { get; } = [];

    public static HtmlNoise Load(string path)
    {
        var noise = new HtmlNoise();
        foreach (var line in DataFile.ReadTsv(path))
        {
            if (line.Fields.Length < 2) throw line.Error("expected KIND <TAB> VALUE");
            var value = line.Fields[1].Trim().ToLowerInvariant();
            switch (line.Fields[0].Trim())
            {
                case "tag": noise.Tags.Add(value); break;
                case "prefix": noise.Prefixes.Add(value); break;
                case "exact": noise.Exact.Add(value); break;
                case "body": noise.BodyMarkers.Add(value); break;
                default: throw line.Error($"unknown kind '{line.Fields[0]}' (tag, prefix, exact, body)");
            }
        }
        return noise;
    }

    /// <summary>Whether a class or id value marks noise.</summary>
    public bool IsNoise(string? classOrId)
    {
        if (string.IsNullOrEmpty(classOrId)) return false;
        foreach (var word in classOrId.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.ToLowerInvariant();
            foreach (var part in w.Split('-', '_'))
            {
                if (part.Length == 0) continue;
                if (Exact.Contains(part)) return true;
                foreach (var p in Prefixes)
                    if (part.StartsWith(p, StringComparison.Ordinal) || (p.Contains('-') && w.StartsWith(p, StringComparison.Ordinal)))
                        return true;
            }
        }
        return false;
    }

    public bool IsBody(string? classOrId)
    {
        if (string.IsNullOrEmpty(classOrId)) return false;
        foreach (var word in classOrId.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            foreach (var m in BodyMarkers)
                if (word.Equals(m, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
