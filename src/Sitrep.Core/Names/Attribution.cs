using System.Text.RegularExpressions;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Names;

/// <summary>
/// Whether a mention names a source of information rather than an actor: "according to the
/// Security Media Cell", "as reported by Central Command", "sources in the Joint Operations
/// Command say". A body named only that way reports the news; it does nothing in it.
/// </summary>
public static partial class Attribution
{
    [GeneratedRegex(@"(according to|as reported by|reported by|as cited by|a statement (of|by|from)|an? (official )?statement (of|by|from)|sources (in|at|from|within|inside)|sources? close to|officials (in|at|from)|told|speaking to|in an interview with)( the| an| a)?( official)?$",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SourceCue();

    public static bool IsSource(Document doc, Mention m)
    {
        var sentence = doc.Sentences[m.Sentence];
        int from = Math.Max(sentence.Start, m.Start - 48);
        var before = doc.Text.AsSpan(from, m.Start - from).TrimEnd();
        // Adjectives between the cue and the name ("according to the Iraqi Security Media Cell").
        var text = before.ToString();
        foreach (var adjective in new[] { " Iraqi", " US", " U.S.", " American", " Iranian", " official", " local" })
            if (text.EndsWith(adjective, StringComparison.Ordinal)) text = text[..^adjective.Length];
        // A possessor before the body ("a source close to al-Sudani's office"): the cue stands before it.
        if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            int space = text.LastIndexOf(' ');
            if (space > 0 && char.IsLetter(text[space + 1])) text = text[..space];
            // The rest of the possessor's name: "close to Hadi al-Amiri's".
            for (int k = 0; k < 3 && (space = text.LastIndexOf(' ')) > 0 && char.IsUpper(text[space + 1]); k++) text = text[..space];
        }
        return SourceCue().IsMatch(text);
    }
}
