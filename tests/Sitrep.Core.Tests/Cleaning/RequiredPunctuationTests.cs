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

    [Theory]
    [InlineData(@"\((reuters|afp)\)$", ')')]
    [InlineData(@"\[(reuters|afp)[^\]]{0,40}\]$", ']')]
    [InlineData(@"\((photo|image)( by|:)[^)]{1,80}\)", '\0')]    // no "$": may end anywhere
    [InlineData(@"(reuters|afp)\)$", ')')]
    [InlineData(@"(reuters|afp\))$", '\0')]                       // the last ")" closes a group
    [InlineData(@"a\\)$", '\0')]                                  // an escaped backslash, then a group's ")"
    [InlineData(@"photo|\(afp\)$", '\0')]                         // a top-level alternative: only one branch ends so
    [InlineData(@"(?m)\(afp\)$", '\0')]                           // inline options are not followed
    [InlineData(@"\b(reuters|afp)\s*/\s*[a-z]{1,40}$", '\0')]
    public void The_last_character_is_read_only_where_every_match_ends_with_it(string pattern, char expected) =>
        Assert.Equal(expected, RequiredPunctuation.LastOf(pattern));

    [Theory]
    [InlineData("Troops at the base (AFP)", ')', true)]
    [InlineData("Troops at the base (AFP)\n", ')', true)]
    [InlineData("Troops at the base (AFP) today", ')', false)]
    [InlineData("", ')', false)]
    [InlineData("anything", '\0', true)]
    public void A_line_ends_as_a_match_must(string line, char last, bool expected) =>
        Assert.Equal(expected, RequiredPunctuation.EndsAs(line, last));

    /// <summary>Every match of the project's patterns that must end the line with a character does, and a
    /// line that ends otherwise is never matched (a wrong analysis would skip captions).</summary>
    [Theory]
    [MemberData(nameof(ProjectPatterns))]
    public void Project_patterns_match_only_lines_that_end_as_they_must(string pattern)
    {
        char last = RequiredPunctuation.LastOf(pattern);
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        string[] samples =
        [
            "(Reuters)", "Troops at the base (AFP)", "[Reuters file photo]", "(Photo by John Smith)", "(CENTCOM)",
            "Troops at the base (AFP) on Monday", "[Reuters file photo] here", "(CENTCOM).", "Reuters / John Smith",
        ];
        foreach (var s in samples)
            if (regex.IsMatch(s)) Assert.True(RequiredPunctuation.EndsAs(s, last), $"'{pattern}' matched '{s}', which does not end with '{last}'");
    }
}
