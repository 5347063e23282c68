using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Pipeline;

/// <summary>
/// Property: no text makes a stage throw. The stages walk back and forth from a word over its neighbours
/// (a toll's count back to its number, a subject back to the clause's start), so a page that begins or ends
/// where a sentence of ours is cut, or whose words come in another order, must still be read. The texts are
/// the sentence table's sentences cut at every word, from the front (after a comma, with the comma) and from the back, and each shuffled
/// with a fixed seed: a page that fails names the text.
/// </summary>
public sealed class PipelineRobustnessTests
{
    private static string Here([System.Runtime.CompilerServices.CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;

    private static IEnumerable<string> Sentences() =>
        File.ReadAllLines(Path.Combine(Here(), "..", "Events", "event-sentences.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[2]).Distinct();

    private static List<string> Failures(IEnumerable<string> texts)
    {
        var failed = new List<string>();
        foreach (var text in texts)
        {
            var result = Shared.Pipeline.TryProcess(new RawArticle(new SourceInfo("cut.txt", Published: new DateOnly(2024, 3, 14)), text, "text"));
            if (result.Error is not null) failed.Add($"{result.Error.Message} :: {text}");
        }
        return failed;
    }

    [Fact]
    public void Sentences_cut_at_any_word_are_read_without_an_error()
    {
        var texts = new List<string>();
        foreach (var sentence in Sentences())
        {
            var words = sentence.Split(' ');
            for (int k = 1; k < words.Length; k++)
            {
                texts.Add(string.Join(' ', words[k..]));
                texts.Add(string.Join(' ', words[..k]));
                // A cut right after a comma leaves the page opening with it (", the capital of ...").
                if (words[k - 1].EndsWith(',')) texts.Add(", " + string.Join(' ', words[k..]));
            }
        }
        Assert.True(texts.Count > 5000, $"{texts.Count} texts");
        var failed = Failures(texts);
        Assert.True(failed.Count == 0, $"{failed.Count} of {texts.Count} texts failed:\n" + string.Join("\n", failed.Take(20)));
    }

    [Fact]
    public void Sentences_with_their_words_shuffled_are_read_without_an_error()
    {
        var random = new Random(20261122);
        var texts = new List<string>();
        foreach (var sentence in Sentences())
        {
            var words = sentence.Split(' ');
            for (int round = 0; round < 3; round++)
            {
                random.Shuffle(words);
                texts.Add(string.Join(' ', words));
            }
        }
        var failed = Failures(texts);
        Assert.True(failed.Count == 0, $"{failed.Count} of {texts.Count} texts failed:\n" + string.Join("\n", failed.Take(20)));
    }
}
