using Sitrep.Core.Documents;

namespace Sitrep.Core.Output;

/// <summary>A short free-text topic for a story: its three most used names ("iraq-sudani-iran").</summary>
public static class Topic
{
    private static readonly HashSet<string> Skip = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "This", "That", "They", "He", "She", "It", "We", "In", "On", "At", "But", "And", "However",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Reuters", "AFP",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public static string? Of(Document doc)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in doc.Sentences)
        {
            if (doc.Blocks[s.Block].Kind is not (BlockKind.Paragraph or BlockKind.Heading)) continue;
            for (int t = s.FirstToken + 1; t < s.FirstToken + s.TokenCount; t++)
            {
                var tok = doc.Tokens[t];
                if (tok.Kind != TokenKind.Word || !tok.Is(TokenFlags.Capitalized) || tok.Length < 3) continue;
                var w = doc.TokenText(t).ToString();
                if (!Skip.Contains(w)) counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }
        var top = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(3)
            .Select(kv => kv.Key.ToLowerInvariant()).ToList();
        return top.Count == 0 ? null : string.Join('-', top);
    }
}
