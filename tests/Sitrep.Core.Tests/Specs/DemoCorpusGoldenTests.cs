using System.Text;
using Sitrep.Core.Ingest;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Specs;

/// <summary>
/// Golden spec: what the pipeline makes of every page of the demo corpus (our own articles) —
/// stories, titles, and each sentence with the kind of line it stands in. A change to cleaning,
/// splitting or tokenizing shows up here as a diff to review. After a deliberate change, rewrite
/// the golden file with <c>SITREP_UPDATE_GOLDEN=1 dotnet test</c> and commit it with the change.
/// </summary>
public sealed class DemoCorpusGoldenTests
{
    private static string GoldenPath([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "demo-corpus.golden.txt");

    private static string Render()
    {
        var reader = InputReader.Load(Shared.DataDir);
        var sb = new StringBuilder();
        foreach (var read in reader.Read([Path.Combine(Shared.DataDir, "demo")]))
        {
            Assert.Null(read.Error);
            var page = Shared.Pipeline.Process(read.Article!);
            var src = page.Page.Source;
            sb.Append("# page ").Append(src.Id).Append(" | ").Append(page.Page.Raw.Format)
              .Append(" | published ").Append(src.Published?.ToString("yyyy-MM-dd") ?? "-")
              .Append(" | outlet ").Append(src.Outlet ?? "-").Append('\n');
            foreach (var story in page.Stories)
            {
                sb.Append("## story ").Append(story.StoryIndex).Append(": ").Append(story.Title ?? "-").Append('\n');
                for (int i = 0; i < story.Sentences.Length; i++)
                {
                    var s = story.Sentences[i];
                    sb.Append(story.Blocks[s.Block].Kind.ToString().ToLowerInvariant()[..4]).Append(' ')
                      .Append(story.Text, s.Start, s.Length).Append('\n');
                }
            }
        }
        return sb.ToString();
    }

    [Fact]
    public void Demo_corpus_reads_cleans_and_splits_as_the_golden_file_says()
    {
        var actual = Render();
        var path = GoldenPath();
        if (Environment.GetEnvironmentVariable("SITREP_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), $"no golden file at {path}; create it with SITREP_UPDATE_GOLDEN=1");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var got = actual.Split('\n');
        for (int i = 0; i < Math.Min(expected.Length, got.Length); i++)
            Assert.True(expected[i] == got[i], $"line {i + 1} differs:\n  golden: {expected[i]}\n  actual: {got[i]}");
        Assert.Equal(expected.Length, got.Length);
    }
}
