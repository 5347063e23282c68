using System.Text.RegularExpressions;
using Sitrep.Core.Cleaning;

namespace Sitrep.Core.Tests.Cleaning;

public sealed class RequiredPunctuationTests
{
    [Theory]
    [InlineData(@"\((photo|photograph|image|picture)( by|:)[^)]{1,80}\)", "()")]
    [InlineData(@"\[(reuters|afp)[^\]]{0,40}\]$", "[]")]
    [InlineData(@"\b(reuters|afp|ap)\s*/\s*[a-z][a-z .'-]{1,40}$", "/")]
    [InlineData(@"^(By|BY) [A-Z][^.!?]{0,80}$", "")]
    [InlineData(@"\(a|b", "")]
    [InlineData(@"a\(?b", "")]
    [InlineData(@"x/*y", "")]
    [InlineData(@"-{0,2}x", "")]
    [InlineData(@"(\()x", "")]
    [InlineData(@"[(]x", "")]
    [InlineData(@"[](]x:", ":")]
    [InlineData(@"(?i)\(x\)", "")]
    [InlineData(@"\p{P}x/", "")]
    [InlineData(@"a{x}/", "")]
    [InlineData(@"\d+/+\d", "/")]
    public void Required_punctuation_is_read_from_the_pattern(string pattern, string required) =>
        Assert.Equal(required, RequiredPunctuation.Of(pattern));

    public static TheoryData<string> ProjectPatterns()
    {
        var data = new TheoryData<string>();
        var file = Path.Combine(Sitrep.Core.Knowledge.DataDirectory.Locate(), "cleaning", "boilerplate.tsv");
        foreach (var line in File.ReadLines(file))
        {
            var f = line.Split('\t');
            if (!line.StartsWith('#') && f.Length >= 3 && f[1].Trim().StartsWith("regex", StringComparison.Ordinal)) data.Add(f[2].Trim());
        }
        return data;
    }

    /// <summary>Every match of the project's own patterns, over text that holds them, contains what the
    /// analysis says it must (a wrong analysis would skip lines that match).</summary>
    [Theory]
    [MemberData(nameof(ProjectPatterns))]
    public void Matches_of_the_project_patterns_hold_the_required_punctuation(string pattern)
    {
        var required = RequiredPunctuation.Of(pattern);
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        string[] samples =
        [
            "(Reuters)", "Troops at the base (AFP)", "[Reuters file photo]", "(Photo by John Smith)", "(photo: ministry)",
            "Reuters / John Smith", "AFP/Getty", "By John Smith", "Published: 12/03/2024", "12 March 2024", "(CENTCOM)",
            "2024-03-12 10:00", "Read more", "5 min read", "Share on Facebook", "Posted 12 March, 2024 at 10:00",
        ];
        foreach (var s in samples)
            foreach (Match m in regex.Matches(s))
                Assert.True(RequiredPunctuation.In(m.Value, required), $"'{pattern}' matched '{m.Value}' without '{required}'");
    }
}
