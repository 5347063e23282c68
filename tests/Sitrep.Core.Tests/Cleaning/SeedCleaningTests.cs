using Sitrep.Core.Documents;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Cleaning;

/// <summary>On the real pages of the shared dev set (read at test time, never copied here).</summary>
public sealed class SeedCleaningTests
{
    private static (string Raw, Page Page) CleanSeed(string prefix)
    {
        var file = Directory.GetFiles(Path.Combine(Shared.CorpusDir!, "seeds"), prefix + "*.txt").Single();
        var raw = File.ReadAllText(file);
        return (raw, Shared.Pipeline.Process(new RawArticle(new SourceInfo(Path.GetFileName(file)), raw, "text")).Page);
    }

    [SeedFact]
    public void Cleaned_seeds_keep_each_repeated_line_once_and_no_boilerplate()
    {
        foreach (var prefix in new[] { "001", "002" })
        {
            var (raw, page) = CleanSeed(prefix);
            var kept = page.Blocks.Select(b => page.CleanText.Substring(b.Span.Start, b.Span.Length)).ToList();
            Assert.Equal(kept.Count, kept.Distinct().Count());
            foreach (var line in raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                var action = Shared.Builder.LineRules.Classify(line.Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"'));
                if (action == Sitrep.Core.Cleaning.LineAction.Drop) Assert.DoesNotContain(line, kept);
            }
            // Every line a caption kind in the page stood at least twice on it or ends with a credit.
            Assert.All(page.Blocks.Where(b => b.Kind == BlockKind.Caption), b => Assert.True(b.Repeats >= 1));
        }
    }

    [SeedFact]
    public void Seed_001_keeps_its_captions_once_and_drops_the_agency_code()
    {
        var (raw, page) = CleanSeed("001");
        var captions = page.Blocks.Where(b => b.Kind == BlockKind.Caption).ToList();
        Assert.NotEmpty(captions);
        Assert.All(captions, c => Assert.True(c.Repeats >= 2));
        Assert.DoesNotContain(page.Blocks, b => page.CleanText.Substring(b.Span.Start, b.Span.Length) == "TT");
        Assert.True(raw.Split('\n').Count(l => l.Trim() == "TT") >= 1);
    }

    [SeedFact]
    public void Seed_002_drops_the_comment_widget_lines()
    {
        var (_, page) = CleanSeed("002");
        Assert.DoesNotContain("Post a Comment", page.CleanText);
        Assert.DoesNotContain("No comments:", page.CleanText);
        Assert.Equal(BlockKind.Byline, page.Blocks[0].Kind);
    }
}
