using System.Globalization;
using Sitrep.Core.Ingest;

namespace Sitrep.Core.Tests.Ingest;

/// <summary>Dates.Parse: ISO 8601, RFC 822 and plain dates, always the publisher's own calendar date.</summary>
public sealed class DatesTests
{
    [Theory]
    [InlineData("2024-05-14", 2024, 5, 14)]
    [InlineData("  2024-05-14  ", 2024, 5, 14)]
    [InlineData("2024-05-14T09:30:00", 2024, 5, 14)]
    [InlineData("2024-05-14T23:45:00+03:00", 2024, 5, 14)]   // already 15 May in UTC
    [InlineData("2024-05-15T01:10:00+03:00", 2024, 5, 15)]   // still 14 May in UTC
    [InlineData("2024-05-14T22:30:00-05:00", 2024, 5, 14)]   // already 15 May in UTC
    [InlineData("2024-05-14T23:59:59Z", 2024, 5, 14)]
    [InlineData("2024-05-14T23:59:59.123+0300", 2024, 5, 14)]
    [InlineData("2024-02-29T12:00:00+03:00", 2024, 2, 29)]
    public void Iso_dates_and_timestamps_keep_the_publisher_local_date(string value, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), Dates.Parse(value));
    }

    [Theory]
    [InlineData("Tue, 14 May 2024 18:30:00 GMT", 2024, 5, 14)]
    [InlineData("Wed, 15 May 2024 01:10:00 +0300", 2024, 5, 15)]   // 14 May in UTC
    [InlineData("Tue, 14 May 2024 22:10:00 -0500", 2024, 5, 14)]   // 15 May in UTC
    [InlineData("Tue, 14 May 2024 18:30:00 +0000", 2024, 5, 14)]
    [InlineData("Tue, 14 May 2024 18:30:00 UT", 2024, 5, 14)]
    [InlineData("Tue, 14 May 2024 18:30:00 Z", 2024, 5, 14)]
    [InlineData("Tue, 14 May 2024 18:30 GMT", 2024, 5, 14)]
    [InlineData("Sat, 4 May 2024 08:00:00 +0300", 2024, 5, 4)]
    [InlineData("14 May 2024 18:30:00 +0300", 2024, 5, 14)]
    [InlineData("Tue, 14 May 2024", 2024, 5, 14)]
    [InlineData("Tue, 14 May 2024 18:30:00 UTC", 2024, 5, 14)]
    [InlineData("Tue, 14 May 2024 21:30:00 EDT", 2024, 5, 14)]
    [InlineData("Tue, 14 May 24 18:30:00 GMT", 2024, 5, 14)]
    public void Rfc822_dates_keep_the_publisher_local_date(string value, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), Dates.Parse(value));
    }

    [Theory]
    [InlineData("May 14, 2024", 2024, 5, 14)]
    [InlineData("14 May 2024", 2024, 5, 14)]
    [InlineData("December 1, 2023", 2023, 12, 1)]
    public void Written_out_dates_are_read(string value, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), Dates.Parse(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("last Tuesday")]
    [InlineData("not a date at all")]
    [InlineData("2024-13-45")]
    [InlineData("2024-02-30")]
    [InlineData("Tue, 32 May 2024 18:30:00 GMT")]
    [InlineData("Mon, 14 May 2024 18:30:00 GMT")]   // 14 May 2024 was a Tuesday
    public void Garbage_gives_null(string? value)
    {
        Assert.Null(Dates.Parse(value));
    }

    /// <summary>Property: a date written as ISO, RFC 822 (with any offset) or "MMMM d, yyyy" reads back as itself.</summary>
    [Fact]
    public void Generated_dates_written_in_each_format_read_back_as_the_same_date()
    {
        var random = new Random(1258);
        var first = new DateOnly(1990, 1, 1).DayNumber;
        var last = new DateOnly(2039, 12, 31).DayNumber;
        var failures = new List<string>();
        for (int i = 0; i < 2000; i++)
        {
            var date = DateOnly.FromDayNumber(random.Next(first, last + 1));
            var time = new TimeOnly(random.Next(24), random.Next(60), random.Next(60));
            var offset = TimeSpan.FromMinutes(random.Next(-12 * 4, 14 * 4 + 1) * 15);
            var stamp = new DateTimeOffset(date.ToDateTime(time), offset);
            string sign = offset < TimeSpan.Zero ? "-" : "+";
            string hhmm = offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
            string hh_mm = offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);

            string[] forms =
            [
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                stamp.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + sign + hh_mm,
                stamp.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + sign + hhmm,
                stamp.ToString("ddd, d MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " " + sign + hhmm,
                stamp.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " GMT",
                stamp.ToString("ddd, d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC",
                date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            ];
            foreach (var form in forms)
            {
                var parsed = Dates.Parse(form);
                if (parsed != date) failures.Add($"'{form}' -> {parsed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null"}, expected {date:yyyy-MM-dd}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} dates read back wrong, e.g.:\n{string.Join("\n", failures.Take(10))}");
    }
}
