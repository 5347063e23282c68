namespace Sitrep.Core.Time;

/// <summary>How precisely a time expression pins its interval.</summary>
public static class Precision
{
    public const string Day = "day";
    public const string Week = "week";
    public const string Month = "month";
    public const string Year = "year";
    /// <summary>An explicit or open window: "since 17 October", "between 5 and 8 January".</summary>
    public const string Range = "range";
}

/// <summary>An interval of days, both ends included, with its precision.</summary>
public readonly record struct TimeInterval(DateOnly From, DateOnly To, string Precision)
{
    public static TimeInterval OnDay(DateOnly d) => new(d, d, Time.Precision.Day);

    public static TimeInterval OfMonth(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), Time.Precision.Month);

    public static TimeInterval OfYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), Time.Precision.Year);

    /// <summary>Monday to Sunday of the week holding <paramref name="d"/>.</summary>
    public static TimeInterval WeekOf(DateOnly d)
    {
        int offset = ((int)d.DayOfWeek + 6) % 7;
        var monday = d.AddDays(-offset);
        return new(monday, monday.AddDays(6), Time.Precision.Week);
    }
}
