using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Names;

/// <summary>
/// The lists of <c>spellings.tsv</c> (variant spellings of knowledge-base actors that appear in no
/// actor file, each in a sentence we wrote) and <c>lookalikes.tsv</c> (names that look alike but are
/// other actors, or no actor at all), run through the default pipeline over <c>data/actors</c>.
/// </summary>
public sealed class SpellingListTests
{
    private static string ListPath(string name, [System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, name);

    public static TheoryData<string, string, string> Read(string name)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadAllLines(ListPath(name)))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length >= 3) data.Add(f[0], f[1], f[2].Trim());
        }
        return data;
    }

    public static TheoryData<string, string, string> Spellings => Read("spellings.tsv");
    public static TheoryData<string, string, string> Lookalikes => Read("lookalikes.tsv");

    /// <summary>The knowledge-base id the pipeline gives the surface, or "-" when none covers it.</summary>
    private static string LinkOf(string sentence, string surface)
    {
        var doc = Shared.Process(sentence).Stories.Single();
        int at = doc.Text.LastIndexOf(surface, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{surface}' is not in '{sentence}'");
        var hit = doc.Mentions.Where(m => m.EntityId is not null && !m.EntityId.StartsWith("unlinked:", StringComparison.Ordinal)
                && m.Start <= at && at + surface.Length <= m.End)
            .OrderBy(m => m.Length).FirstOrDefault();
        return hit.EntityId ?? "-";
    }

    [Fact]
    public void The_lists_are_long_enough()
    {
        Assert.True(Spellings.Count >= 40, $"{Spellings.Count} spellings");
        Assert.True(Lookalikes.Count >= 20, $"{Lookalikes.Count} look-alikes");
    }

    [SeedFact]
    public void At_least_forty_of_the_spellings_appear_nowhere_in_the_seeds()
    {
        var seeds = string.Concat(Directory.GetFiles(Path.Combine(Shared.CorpusDir!, "seeds")).Select(File.ReadAllText));
        int unseen = Spellings.Count(row => !seeds.Contains((string)row[1], StringComparison.Ordinal));
        Assert.True(unseen >= 40, $"only {unseen} spellings are new to the seeds");
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public void A_spelling_of_a_known_actor_links_to_it(string sentence, string surface, string id) =>
        Assert.Equal(id, LinkOf(sentence, surface));

    /// <summary>"Hashd" and "Hashed" fold alike; each is a listed spelling and checked as written.</summary>
    [Theory]
    [InlineData("Thousands of Hashd fighters paraded in Baghdad on Saturday.", "Hashd")]
    [InlineData("Thousands of Hashed fighters paraded in Baghdad on Saturday.", "Hashed")]
    public void Every_listed_one_word_spelling_links_though_another_folds_alike(string sentence, string surface) =>
        Assert.Equal("popular-mobilization-forces", LinkOf(sentence, surface));

    [Theory]
    [MemberData(nameof(Lookalikes))]
    public void A_look_alike_name_does_not_cross_link(string sentence, string surface, string id) =>
        Assert.Equal(id, LinkOf(sentence, surface));
}
