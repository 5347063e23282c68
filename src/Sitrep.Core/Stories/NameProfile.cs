using Sitrep.Core.Documents;

namespace Sitrep.Core.Stories;

/// <summary>
/// A bag of the names a stretch of text uses (capitalized words that do not open a sentence),
/// each cut to its first four letters so "Iraq" and "Iraqi", "Tunisia" and "Tunisians" count as
/// one. Two stretches about the same story share names; a second story on a page does not.
/// </summary>
internal static class NameProfile
{
    private const int KeyLength = 4;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "these", "those", "they", "their", "there", "with", "from", "after",
        "before", "when", "while", "since", "according", "however", "meanwhile", "also",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "president", "minister", "prime", "government", "reuters", "photo",
        "file", "said", "says", "news", "agency",
    };

    public static Dictionary<string, int> Of(string text, IReadOnlyList<Block> blocks, int from, int to)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int b = from; b < to; b++)
        {
            if (blocks[b].Kind is BlockKind.Caption or BlockKind.Byline or BlockKind.Dateline) continue;
            Add(blocks[b].Span.Of(text), bag);
        }
        return bag;
    }

    private static void Add(ReadOnlySpan<char> s, Dictionary<string, int> bag)
    {
        bool sentenceStart = true;
        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetter(s[i]))
            {
                if (s[i] is '.' or '!' or '?' or ':' or '"') sentenceStart = true;
                i++;
                continue;
            }
            int start = i;
            while (i < s.Length && (char.IsLetter(s[i]) || s[i] is '\'' or '-')) i++;
            var word = s[start..i];
            if (!sentenceStart && char.IsUpper(word[0]) && word.Length >= 3)
            {
                var key = word.Length > KeyLength ? word[..KeyLength].ToString().ToLowerInvariant() : word.ToString().ToLowerInvariant();
                if (!Common.Contains(word.ToString()))
                    bag[key] = bag.GetValueOrDefault(key) + 1;
            }
            sentenceStart = false;
        }
    }

    public static double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        double dot = 0, na = 0, nb = 0;
        foreach (var (k, v) in a)
        {
            na += (double)v * v;
            if (b.TryGetValue(k, out var w)) dot += (double)v * w;
        }
        foreach (var v in b.Values) nb += (double)v * v;
        return dot / Math.Sqrt(na * nb);
    }
}
