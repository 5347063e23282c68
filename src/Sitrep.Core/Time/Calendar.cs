using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// <summary>Month and weekday names as news text writes them, looked up without allocating.</summary>
internal static class Calendar
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9,
        ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
        ["thirty"] = 30, ["forty-eight"] = 48, ["seventy-two"] = 72, ["twenty-four"] = 24, ["several"] = 3, ["few"] = 3,
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-first"] = 21, ["twenty-second"] = 22, ["twenty-third"] = 23,
        ["twenty-fourth"] = 24, ["twenty-fifth"] = 25, ["twenty-sixth"] = 26, ["twenty-seventh"] = 27,
        ["twenty-eighth"] = 28, ["twenty-ninth"] = 29, ["thirtieth"] = 30, ["thirty-first"] = 31,
    };

    /// <summary>The month names and abbreviations, the weekday names and the numbers in words that
    /// <see cref="Month"/>, <see cref="Weekday"/> and <see cref="Number"/> know.</summary>
    public static IEnumerable<string> MonthWords => Months.Keys;
    public static IEnumerable<string> WeekdayWords => Weekdays.Keys;
    public static IEnumerable<string> NumberWords => Numbers.Keys;
    public static IEnumerable<string> OrdinalWords => Ordinals.Keys;

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberLookup = Numbers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup = Ordinals.GetAlternateLookup<ReadOnlySpan<char>>();

    // Most words a look-up is asked about are none of these: their shapes say so without hashing them.
    private static readonly WordShapes MonthShapes = new(Months.Keys);
    private static readonly WordShapes WeekdayShapes = new(Weekdays.Keys);
    private static readonly WordShapes NumberShapes = new(Numbers.Keys);
    private static readonly WordShapes OrdinalShapes = new(Ordinals.Keys);

    /// <summary>1–12 for a month name or abbreviation (a trailing full stop allowed), else 0.</summary>
    public static int Month(ReadOnlySpan<char> word)
    {
        if (word.EndsWith(".")) word = word[..^1];
        return MonthShapes.MayHave(word) && MonthLookup.TryGetValue(word, out var m) ? m : 0;
    }

    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        if (word.EndsWith(".")) word = word[..^1];
        if (word.EndsWith("s") && WeekdayShapes.MayHave(word[..^1]) && WeekdayLookup.TryGetValue(word[..^1], out var plural)) return plural;
        return WeekdayShapes.MayHave(word) && WeekdayLookup.TryGetValue(word, out var d) ? d : null;
    }

    /// <summary>A cardinal in digits or words ("3", "three", "48"), else -1.</summary>
    public static int Number(ReadOnlySpan<char> word)
    {
        if (int.TryParse(word, out var n) && n >= 0) return n;
        return NumberShapes.MayHave(word) && NumberLookup.TryGetValue(word, out var w) ? w : -1;
    }

    /// <summary>A day of the month: "25", "25th", "1st"; else 0.</summary>
    public static int Day(ReadOnlySpan<char> word)
    {
        int digits = 0;
        while (digits < word.Length && char.IsDigit(word[digits])) digits++;
        if (digits is 0 or > 2) return 0;
        var rest = word[digits..];
        if (rest.Length > 0 && !(rest.Equals("st", StringComparison.OrdinalIgnoreCase) || rest.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("rd", StringComparison.OrdinalIgnoreCase) || rest.Equals("th", StringComparison.OrdinalIgnoreCase))) return 0;
        int d = int.Parse(word[..digits]);
        return d is >= 1 and <= 31 ? d : 0;
    }

    /// <summary>An ordinal in words or digits ("first", "1st"), else 0.</summary>
    public static int Ordinal(ReadOnlySpan<char> word) =>
        OrdinalShapes.MayHave(word) && OrdinalLookup.TryGetValue(word, out var o) ? o : word.Length > 2 && !char.IsDigit(word[^1]) ? Day(word) : 0;

    /// <summary>A year 1900–2099 in four digits, else 0.</summary>
    public static int Year(ReadOnlySpan<char> word) =>
        word.Length == 4 && int.TryParse(word, out var y) && y is >= 1900 and <= 2099 ? y : 0;

    public static bool Is(ReadOnlySpan<char> word, string what) => word.Equals(what, StringComparison.OrdinalIgnoreCase);
}
