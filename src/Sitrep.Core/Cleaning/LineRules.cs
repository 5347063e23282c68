using System.Text.RegularExpressions;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Cleaning;

/// <summary>What a cleaning rule does to a line, by what the line is. <see cref="List"/>: the heading of a list of links
/// ("Related", "Most read"), dropped with the link lines right after it.</summary>
public enum LineAction { Keep, Drop, Caption, Byline, Dateline, List }

/// <summary>
/// The boilerplate, caption, byline and date-line rules of <c>data/cleaning/boilerplate.tsv</c>,
/// compiled once: exact lines into a hash set, prefixes and suffixes into lists, patterns into
/// non-backtracking regular expressions. Thread-safe after construction.
/// </summary>
public sealed class LineRules
{
    /// <summary>Drop, byline and date-line rules only apply to lines of at most this many words.</summary>
    public const int ShortLineWords = 20;

    private readonly Dictionary<string, LineAction> _exact = new(StringComparer.OrdinalIgnoreCase);
    // Whether an exact line is a caption: the only exact rule that acts on a long line.
    private bool _exactCaptions;
    private readonly List<(string Text, LineAction Action, bool AnyLength)> _prefixes = [];
    private readonly List<(string Text, LineAction Action)> _suffixes = [];
    private readonly List<(Regex Regex, LineAction Action, string Needs, char Last)> _patterns = [];

    public int Count => _exact.Count + _prefixes.Count + _suffixes.Count + _patterns.Count;

    public static LineRules Load(string path)
    {
        var rules = new LineRules();
        foreach (var line in DataFile.ReadTsv(path))
        {
            if (line.Fields.Length < 3)
                throw line.Error("expected three TAB-separated fields: ACTION MATCH PATTERN");
            var action = line.Fields[0].Trim() switch
            {
                "drop" => LineAction.Drop,
                "caption" => LineAction.Caption,
                "byline" => LineAction.Byline,
                "dateline" => LineAction.Dateline,
                "list" => LineAction.List,
                var other => throw line.Error($"unknown action '{other}' (drop, list, caption, byline, dateline)"),
            };
            var pattern = line.Fields[2].Trim();
            if (pattern.Length == 0) throw line.Error("empty pattern");
            switch (line.Fields[1].Trim())
            {
                case "exact": rules._exact[pattern] = action; break;
                case "prefix": rules._prefixes.Add((pattern, action, false)); break;
                // "Read also: <a headline of any length>": the label of a link to another page, whatever follows it.
                case "link": rules._prefixes.Add((pattern, action, true)); break;
                case "suffix": rules._suffixes.Add((pattern, action)); break;
                case "regex": rules._patterns.Add((Compile(line, pattern, RegexOptions.IgnoreCase), action, RequiredPunctuation.Of(pattern), RequiredPunctuation.LastOf(pattern))); break;
                case "regex-cs": rules._patterns.Add((Compile(line, pattern, RegexOptions.None), action, RequiredPunctuation.Of(pattern), RequiredPunctuation.LastOf(pattern))); break;
                default: throw line.Error($"unknown match kind '{line.Fields[1]}' (exact, prefix, link, suffix, regex, regex-cs)");
            }
        }
        rules._exactCaptions = rules._exact.ContainsValue(LineAction.Caption);
        return rules;
    }

    private static Regex Compile(DataLine line, string pattern, RegexOptions options)
    {
        try
        {
            // NonBacktracking: linear time whatever the page holds.
            return new Regex(pattern, options | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (ArgumentException e)
        {
            throw line.Error($"bad regular expression: {e.Message}");
        }
    }

    /// <summary>What the rules say of one normalized, trimmed line. Drop wins over the rest.</summary>
    public LineAction Classify(string line)
    {
        bool isShort = WordCount(line, limit: ShortLineWords + 1) <= ShortLineWords;
        var found = LineAction.Keep;
        // On a long line only caption rules act (Merge): the others are not tried there.
        if ((isShort || _exactCaptions) && _exact.TryGetValue(line, out var exact)) found = Merge(found, exact, isShort);
        foreach (var (text, action, anyLength) in _prefixes)
            if ((isShort || anyLength || action == LineAction.Caption) && line.StartsWith(text, StringComparison.OrdinalIgnoreCase)
                && (line.Length == text.Length || !char.IsLetter(line[text.Length]) || !char.IsLetter(text[^1])))
                found = Merge(found, action, isShort || anyLength);
        foreach (var (text, action) in _suffixes)
            if ((isShort || action == LineAction.Caption) && line.EndsWith(text, StringComparison.OrdinalIgnoreCase))
                found = Merge(found, action, isShort);
        foreach (var (regex, action, needs, last) in _patterns)
        {
            if (found == LineAction.Drop) break;
            if (action != LineAction.Caption && !isShort) continue;
            if (found != LineAction.Keep && action != LineAction.Drop) continue;
            // A line without the punctuation every match holds cannot match (see RequiredPunctuation).
            // Nor can a line that does not end as every match ends ("...\)$").
            if (RequiredPunctuation.EndsAs(line, last) && RequiredPunctuation.In(line, needs) && regex.IsMatch(line)) found = Merge(found, action, isShort);
        }
        return found;
    }

    private static LineAction Merge(LineAction current, LineAction next, bool isShort)
    {
        if (next != LineAction.Caption && !isShort) return current;
        if (current == LineAction.List) return current;
        if (next == LineAction.List) return next;
        if (current == LineAction.Drop || next == LineAction.Keep) return current;
        return next == LineAction.Drop || current == LineAction.Keep ? next : current;
    }

    /// <summary>Words of a line: runs of non-space characters, or with <paramref name="lettersOnly"/>
    /// only the runs that hold a letter or digit (so "WORLD · IRAQ" has two). Counting stops at
    /// <paramref name="limit"/>: the rules only ask whether a line is short, and a paragraph is long.</summary>
    internal static int WordCount(ReadOnlySpan<char> line, bool lettersOnly = false, int limit = int.MaxValue)
    {
        int n = 0;
        bool inWord = false, counted = false;
        foreach (var c in line)
        {
            bool w = !char.IsWhiteSpace(c);
            if (!w) { inWord = false; continue; }
            if (!inWord) counted = false;
            inWord = true;
            if (!counted && (!lettersOnly || char.IsLetterOrDigit(c)))
            {
                n++;
                counted = true;
                if (n >= limit) return n;
            }
        }
        return n;
    }

    /// <summary>Whether a line under a list heading is one of its links: a bullet item ("- Rockets hit
    /// Baghdad airport"), or a short line that ends in no sentence's full stop (a headline).</summary>
    public static bool LinkLike(string line)
    {
        if (line.Length > 1 && line[0] is '-' or '•' or '*' or '–' or '—' or '·' or '»' or '›' or '▪' && char.IsWhiteSpace(line[1])) return true;
        char last = line[^1];
        return WordCount(line, limit: 17) <= 16 && last is not ('.' or '!' or '?' or '"' or '”' or '\'' or '’' or ':');
    }

    /// <summary>Kind of a kept line from the rule's action and its shape.</summary>
    public static BlockKind KindOf(LineAction action, string line) => action switch
    {
        LineAction.Caption => BlockKind.Caption,
        LineAction.Byline => BlockKind.Byline,
        LineAction.Dateline => BlockKind.Dateline,
        _ => ShapeOf(line),
    };

    /// <summary>A heading is short and has no closing full stop; a label is a heading of one or two words.</summary>
    private static BlockKind ShapeOf(string line)
    {
        int end = line.Length - 1;
        while (end >= 0 && line[end] is '"' or '\'' or ')' or ']') end--;
        char last = end >= 0 ? line[end] : '.';
        bool closes = last is '.' or '!' or '?' or ':' or ';' or ',' or '…';
        if (closes) return BlockKind.Paragraph;
        int words = WordCount(line, lettersOnly: true, limit: ShortLineWords + 1);
        if (words > ShortLineWords) return BlockKind.Paragraph;
        return words <= 2 ? BlockKind.Label : BlockKind.Heading;
    }
}
