using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>
/// The wire dateline a paragraph may open with: "BAGHDAD, March 12 (Reuters) - ...", "WASHINGTON — ...",
/// "ERBIL, Iraq (AP) -- ...". It says where and when the report was filed, so its names are no party to the
/// events the sentence tells. A dateline starts with a capitalized city in capitals and ends at a dash
/// within a dozen tokens, with only names, a date and an agency in parentheses between.
/// </summary>
public static class Dateline
{
    /// <summary>The first token after the dateline that opens the sentence, or <paramref name="first"/> when there is none.</summary>
    public static int End(Document doc, int first, int end)
    {
        if (first >= end || doc.Tokens[first].Kind != TokenKind.Word || !doc.Tokens[first].Is(TokenFlags.AllCaps) || doc.Tokens[first].Length < 3)
            return first;
        bool open = false;
        for (int t = first + 1; t < end && t <= first + 14; t++)
        {
            var token = doc.Tokens[t];
            var text = doc.TokenText(t);
            if (token.Kind == TokenKind.Dash || text is "-" or "--") return t + 1;
            if (text is "(") { open = true; continue; }
            if (text is ")") { open = false; continue; }
            if (open || text is "," || token.Kind == TokenKind.Number || token.Is(TokenFlags.Capitalized) || Time.Calendar.Month(text) > 0) continue;
            return first;
        }
        return first;
    }
}
