using System.Globalization;

namespace Sitrep.Core.Ingest;

/// <summary>Reads the publication dates that pages and feeds hand over (ISO 8601, RFC 822, plain dates).</summary>
public static class Dates
{
    private static readonly string[] Rfc822 =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss", "ddd, d MMM yyyy",
    ];

    /// <summary>The zone names of RFC 822 (and "UTC", which feeds use as often).</summary>
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    /// <summary>The calendar date of a timestamp as its publisher wrote it (its own offset kept).</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (s.Length >= 10 && (s.Length == 10 || s[10] is 'T' or 't' or ' ') && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return iso;
        // RFC 822 zones such as "GMT", "EDT" or "+0000": .NET wants "+00:00".
        var rfc = s;
        int space = s.LastIndexOf(' ');
        if (space > 0 && Zones.TryGetValue(s[(space + 1)..], out var zone)) rfc = s[..(space + 1)] + zone;
        if (rfc.Length > 5 && (rfc[^5] is '+' or '-') && char.IsDigit(rfc[^1]) && rfc[^3] != ':')
            rfc = rfc[..^2] + ":" + rfc[^2..];
        if (DateTimeOffset.TryParseExact(rfc, Rfc822, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var r))
            return DateOnly.FromDateTime(r.DateTime);
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var any))
            return DateOnly.FromDateTime(any.DateTime);
        return null;
    }
}
