using Sitrep.Core.Cleaning;

namespace Sitrep.Core.Tests.Cleaning;

public sealed class LineRulesTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.tsv");

    public void Dispose() => File.Delete(_file);

    private LineRules Load(string content)
    {
        File.WriteAllText(_file, content);
        return LineRules.Load(_file);
    }

    [Fact]
    public void Rules_are_read_from_a_data_file()
    {
        var rules = Load("# comment\n\ndrop\texact\tSkip me\ncaption\tsuffix\t(Wire photo)\ndrop\tprefix\tWatch:\n");
        Assert.Equal(3, rules.Count);
        Assert.Equal(LineAction.Drop, rules.Classify("skip me"));
        Assert.Equal(LineAction.Caption, rules.Classify("Troops at the base (Wire photo)"));
        Assert.Equal(LineAction.Drop, rules.Classify("Watch: the strike in video"));
        Assert.Equal(LineAction.Keep, rules.Classify("Watchers say the strike was heard."));
    }

    [Fact]
    public void A_link_label_drops_its_line_whatever_the_length_where_a_prefix_only_drops_a_short_one()
    {
        var rules = Load("drop\tlink\tSee also:\ndrop\tprefix\tWatch:\n");
        const string longHeadline = "the ministry announces the closure of all the roads leading to the airport and the Green Zone for the anniversary of the martyrs";
        Assert.Equal(LineAction.Drop, rules.Classify("See also: " + longHeadline));
        Assert.Equal(LineAction.Keep, rules.Classify("Watch: " + longHeadline));
        Assert.Equal(LineAction.Drop, rules.Classify("Watch: the strike in video"));
        Assert.Equal(LineAction.Keep, rules.Classify("Seeing also the " + longHeadline));
    }

    [Theory]
    [InlineData("drop\texact", "expected three")]
    [InlineData("delete\texact\tx", "unknown action 'delete'")]
    [InlineData("drop\tglob\tx", "unknown match kind 'glob'")]
    [InlineData("drop\tregex\t(unclosed", "bad regular expression")]
    public void A_malformed_rule_names_file_line_and_problem(string line, string problem)
    {
        var e = Assert.Throws<SitrepException>(() => Load($"# header\n{line}\n"));
        Assert.Equal(ErrorCodes.DataInvalid, e.Code);
        Assert.Equal($"{_file}:2", e.Where);
        Assert.Contains(problem, e.Problem);
    }
}
