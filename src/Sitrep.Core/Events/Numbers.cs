namespace Sitrep.Core.Events;

/// <summary>Cardinal and ordinal numbers as news text writes them: "24", "6,000", "three",
/// "twenty-four", "a dozen"; "151st", "third".</summary>
public static class Numbers
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12,
        ["a dozen"] = 12, ["half a dozen"] = 6, ["thousand"] = 1000,
    };

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
        ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40,
        ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup = OrdinalWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A cardinal written in one token: digits (with thousands commas) or a number word
    /// ("three", "twenty-four", "dozen").</summary>
    public static int? Cardinal(ReadOnlySpan<char> token)
    {
        if (token.Length == 0) return null;
        if (char.IsAsciiDigit(token[0]))
        {
            long value = 0;
            int digits = 0;
            foreach (var c in token)
            {
                if (c == ',') continue;
                if (!char.IsAsciiDigit(c)) return null;
                value = value * 10 + (c - '0');
                if (++digits > 9) return null;
            }
            return (int)value;
        }
        return WordLookup.TryGetValue(token, out var n) ? n : TensAndUnit(token, WordLookup);
    }

    /// <summary>"twenty-four" with <paramref name="units"/> the cardinal words, "twenty-first" with the ordinal ones: a
    /// tens word, a hyphen and a unit below ten; else null.</summary>
    private static int? TensAndUnit(ReadOnlySpan<char> token, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> units)
    {
        int dash = token.IndexOf('-');
        if (dash > 0 && WordLookup.TryGetValue(token[..dash], out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0
            && units.TryGetValue(token[(dash + 1)..], out var unit) && unit < 10)
            return tens + unit;
        return null;
    }

    /// <summary>An ordinal written in one token: "151st", "2nd", "40th", "third".</summary>
    public static int? Ordinal(ReadOnlySpan<char> token)
    {
        if (token.Length >= 3 && char.IsAsciiDigit(token[0]))
        {
            var suffix = token[^2..];
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
                return Cardinal(token[..^2]);
            return null;
        }
        return OrdinalLookup.TryGetValue(token, out var n) ? n : TensAndUnit(token, OrdinalLookup);
    }
}
