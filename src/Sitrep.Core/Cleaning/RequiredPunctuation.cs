namespace Sitrep.Core.Cleaning;

/// <summary>
/// The punctuation every match of a regular expression must contain, read from the pattern: ASCII
/// punctuation written as a literal outside any group and character class, not made optional by a
/// quantifier, in a pattern with no top-level alternative ("\((photo|image) by[^)]{1,80}\)" needs
/// "(" and ")"). A line that lacks one cannot match, so the rule is not run on it: most lines hold no
/// parenthesis or slash, and the non-backtracking engine reads a whole line even so.
/// </summary>
/// <remarks>Conservative: any construct it does not follow (inline options, a brace) gives nothing required.</remarks>
public static class RequiredPunctuation
{
    public static string Of(string pattern)
    {
        var required = new List<char>();
        int depth = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            char literal = '\0';
            switch (c)
            {
                case '\\':
                    if (i + 1 >= pattern.Length) return "";
                    char e = pattern[++i];
                    if (char.IsAsciiLetterOrDigit(e))
                    {
                        // \d, \b, \s...; the escapes with an argument are not followed.
                        if (e is 'p' or 'P' or 'x' or 'u' or 'c' or 'k' or 'X') return "";
                        continue;
                    }
                    literal = e;
                    break;
                case '[':
                    // Skip the class: a "]" right after "[" or "[^" is a member; escapes are skipped whole.
                    int k = i + 1;
                    if (k < pattern.Length && pattern[k] == '^') k++;
                    if (k < pattern.Length && pattern[k] == ']') k++;
                    while (k < pattern.Length && pattern[k] != ']') k += pattern[k] == '\\' ? 2 : 1;
                    if (k >= pattern.Length) return "";
                    i = k;
                    continue;
                case '(':
                    // Inline options ("(?x)", "(?i)") may change what follows: not followed.
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?' && !(i + 2 < pattern.Length && pattern[i + 2] == ':')) return "";
                    depth++;
                    continue;
                case ')':
                    depth--;
                    continue;
                case '|':
                    if (depth == 0) return "";
                    continue;
                case '{':
                    // A quantifier of what precedes ("[^)]{1,80}"); any other brace is not followed.
                    int close = pattern.IndexOf('}', i);
                    if (close < 0 || !IsQuantifier(pattern.AsSpan(i + 1, close - i - 1))) return "";
                    i = close;
                    continue;
                case '}' or '#':
                    return "";
                case '.' or '^' or '$' or '*' or '+' or '?':
                    continue;
                default:
                    literal = c;
                    break;
            }
            if (depth != 0 || !char.IsAscii(literal) || char.IsAsciiLetterOrDigit(literal) || char.IsWhiteSpace(literal)) continue;
            // "\(?", "/*", "-{0,2}": a quantifier that allows none makes it optional.
            if (i + 1 < pattern.Length && pattern[i + 1] is '?' or '*' or '{') continue;
            if (!required.Contains(literal)) required.Add(literal);
        }
        return depth == 0 ? new string([.. required]) : "";
    }

    /// <summary>The punctuation every match must end the line with (before a final line feed at most), or '\0':
    /// an escaped ASCII punctuation literal right before the pattern's final "$" ("...\)$"), in a pattern whose
    /// required punctuation (<see cref="Of"/>) holds it, so one with no top-level alternative and balanced groups.</summary>
    public static char LastOf(string pattern)
    {
        if (pattern.Length < 3 || pattern[^1] != '$' || pattern[^3] != '\\') return '\0';
        // "\\)$": the backslash is itself escaped and the ")" closes a group.
        int slashes = 0;
        for (int i = pattern.Length - 3; i >= 0 && pattern[i] == '\\'; i--) slashes++;
        char c = pattern[^2];
        if (slashes % 2 == 0 || !char.IsAscii(c) || char.IsAsciiLetterOrDigit(c) || char.IsWhiteSpace(c)) return '\0';
        return Of(pattern).Contains(c) ? c : '\0';
    }

    /// <summary>Whether the line can end a match whose last character must be <paramref name="last"/> ('\0': any).</summary>
    public static bool EndsAs(ReadOnlySpan<char> line, char last) =>
        last == '\0' || (line.Length > 0 && (line[^1] == last || (line[^1] == '\n' && line.Length > 1 && line[^2] == last)));

    /// <summary>"2", "1,", "1,80": the inside of a counted quantifier.</summary>
    private static bool IsQuantifier(ReadOnlySpan<char> inside)
    {
        int comma = inside.IndexOf(',');
        var low = comma < 0 ? inside : inside[..comma];
        var high = comma < 0 ? [] : inside[(comma + 1)..];
        return low.Length > 0 && !low.ContainsAnyExceptInRange('0', '9') && !high.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Whether the line holds every character of <paramref name="required"/>.</summary>
    public static bool In(ReadOnlySpan<char> line, string required)
    {
        foreach (var c in required)
            if (!line.Contains(c)) return false;
        return true;
    }
}
