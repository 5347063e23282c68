using System.Globalization;

namespace Sitrep.Core.Time;

/// <summary>Days as ISO 8601 text (<c>2024-01-28</c>), the one form Sitrep stores and writes them in.</summary>
public static class IsoDay
{
    public const string Format = "yyyy-MM-dd";

    public static string? Of(DateOnly? day) => day?.ToString(Format, CultureInfo.InvariantCulture);

    public static string Of(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Exactly <c>YYYY-MM-DD</c>, or null.</summary>
    public static DateOnly? Parse(string? text) =>
        text is not null && DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
