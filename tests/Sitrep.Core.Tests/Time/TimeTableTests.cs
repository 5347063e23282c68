using Sitrep.Core.Time;
using Sitrep.Core.Tests.Support;

namespace Sitrep.Core.Tests.Time;

/// <summary>The table of time expressions in <c>time-expressions.tsv</c> (sentences we wrote, with
/// their publication dates and the intervals they must resolve to), through the default pipeline.</summary>
public sealed class TimeTableTests
{
    private static string TablePath([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "time-expressions.tsv");

    public static TheoryData<int, string, string, string, string> Rows()
    {
        var data = new TheoryData<int, string, string, string, string>();
        foreach (var r in TimeTable.Read(TablePath()))
            data.Add(r.Line, r.Published.ToString("yyyy-MM-dd"), r.Expression, r.Start.ToString("yyyy-MM-dd"), r.End.ToString("yyyy-MM-dd"));
        return data;
    }

    [Fact]
    public void The_table_holds_at_least_150_expressions() => Assert.True(Rows().Count >= 150, $"{Rows().Count} rows");

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_time_expression_resolves_to_its_interval(int line, string published, string expression, string start, string end)
    {
        var row = TimeTable.Read(TablePath()).Single(r => r.Line == line);
        var found = TimeTable.Resolve(Shared.Pipeline, row);
        Assert.True(found is not null, $"'{expression}' (published {published}) was not found in: {row.Sentence}");
        Assert.Equal($"{start}..{end}", $"{found!.Value.From:yyyy-MM-dd}..{found.Value.To:yyyy-MM-dd}");
    }

    [Fact]
    public void A_weekday_that_disagrees_with_its_date_keeps_the_date_and_records_the_conflict()
    {
        var row = new TimeRow(1, new DateOnly(2023, 10, 25), "On Wednesday, 12 October, the cleric spoke.", "Wednesday, 12 October", new(2023, 10, 12), new(2023, 10, 12), "day", null);
        var t = TimeTable.Resolve(Shared.Pipeline, row)!.Value;
        Assert.Equal(new DateOnly(2023, 10, 12), t.From);
        Assert.Contains("weekday conflict", t.Note);
    }

    [Fact]
    public void A_page_without_a_date_infers_one_from_its_date_line_with_a_confidence()
    {
        var doc = Shared.Process("Drones hit a base in Anbar\n\n25 October, 2023\n\nTwo drones struck the base on Tuesday, officials said.").Stories.Single();
        Assert.Equal(new DateOnly(2023, 10, 25), doc.Published);
        Assert.Contains("date line (0.9)", doc.PublishedFrom);
        Assert.Contains(doc.Times, t => t.From == new DateOnly(2023, 10, 24));
    }

    [Fact]
    public void A_short_span_ahead_of_a_future_verb_is_no_window_back_from_publication()
    {
        var row = new TimeRow(1, new DateOnly(2024, 1, 26), "The last US troops will leave the base in just two days.", "in just two days", new(2024, 1, 24), new(2024, 1, 26), "range", "future");
        var found = TimeTable.Resolve(Shared.Pipeline, row);
        Assert.True(found is null || found.Value.From >= new DateOnly(2024, 1, 26), $"a future span was read back from publication: {found?.From}");
    }

    [Theory]
    [InlineData("Rockets hit the refinery for the second time in a month.")]
    [InlineData("The base came under fire three times in a week.")]
    [InlineData("The convoy route was bombed twice in ten days.")]
    [InlineData("It was the second attack on the base in four days.")]
    [InlineData("Officials called it the third drone strike on the airport in two weeks.")]
    public void A_span_that_counts_acts_is_no_day_ahead_of_publication(string sentence)
    {
        var row = new TimeRow(1, new DateOnly(2022, 5, 2), sentence, sentence[sentence.IndexOf(" in ", StringComparison.Ordinal)..^1].Trim(), new(2022, 5, 2), new(2022, 5, 2), "day", "");
        var found = TimeTable.Resolve(Shared.Pipeline, row);
        Assert.True(found is null || found.Value.From <= row.Published, $"a span of counted acts was read as a day ahead: {found?.From}");
    }

    [Theory]
    [InlineData("It was the 19th attack on US forces since the start of the month.", "the 19th")]
    [InlineData("Troops of the 5th armoured brigade entered the town.", "the 5th")]
    [InlineData("This is the 3rd time the base has been hit.", "the 3rd")]
    public void An_ordinal_before_a_word_of_its_own_phrase_is_no_day(string sentence, string ordinal)
    {
        var row = new TimeRow(1, new DateOnly(2023, 11, 25), sentence, ordinal, new(2023, 11, 25), new(2023, 11, 25), "day", "");
        Assert.Null(TimeTable.Resolve(Shared.Pipeline, row));
    }

    [Theory]
    [InlineData("Gunmen attacked a checkpoint on the 19th, police said.", "2023-11-19")]
    [InlineData("On the 19th militants shelled the base.", "2023-11-19")]
    [InlineData("The convoy was hit on the 19th and again on the 21st.", "2023-11-19")]
    public void A_bare_day_at_its_phrases_end_is_a_day_of_the_publication_month(string sentence, string day)
    {
        var row = new TimeRow(1, new DateOnly(2023, 11, 25), sentence, "the 19th", new(2023, 11, 25), new(2023, 11, 25), "day", "");
        Assert.Equal(DateOnly.Parse(day), TimeTable.Resolve(Shared.Pipeline, row)?.From);
    }

    [Theory]
    [InlineData("The 2000 troops sent to Anbar will stay until the elections.")]
    [InlineData("Police said the 1990 families had left the camp.")]
    public void A_number_before_people_after_the_is_a_count_not_a_year(string sentence)
    {
        var doc = Shared.Process("Troops in Anbar\nIraq Wire | 20 November 2023\n\n" + sentence).Stories.Single();
        Assert.DoesNotContain(doc.Times, t => t.From is { Year: 2000 or 1990 });
    }

    [Fact]
    public void A_page_with_no_date_at_all_infers_none()
    {
        var doc = Shared.Process("Drones hit a base in Anbar\n\nTwo drones struck the base on Tuesday, officials said.").Stories.Single();
        Assert.Null(doc.Published);
        Assert.Empty(doc.Times);
    }
}
