using System.Text;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// The cleaner's unwrapping of a text wrapped at a fixed width (wire copy, mail, plain-text archives), whose every line
/// would otherwise be read as a paragraph of its own and end a sentence: each line the wrapping broke is joined to the
/// line after it, with a space that maps to the raw line break.
/// </summary>
public sealed partial class Cleaner
{
    private const int MaxWrapWidth = 120, MinWrapWidth = 40, MinWrappedLines = 3, MaxHeadlineLines = 3;

    /// <summary>Whether the text was wrapped: no line longer than <see cref="MaxWrapWidth"/> characters, and of the lines
    /// at least half as long as the longest, <paramref name="width"/>, and followed by another (not by a blank line), at
    /// least half stop where the next one's first word would not have fitted within the width (the rest are items of lists,
    /// lines of a live blog, the last lines of paragraphs; shorter lines, such as a gallery's "Photo 3 of 12" over its
    /// caption, say nothing of a wrapping). Paragraphs of running text are longer than that (no article of the tuning set or
    /// the dev set has all its lines within it), and of unwrapped lines only those nearly as long as the longest would stop so.</summary>
    private static bool HardWrapped(List<NormalLine> lines, out int width)
    {
        width = 0;
        foreach (var line in lines) width = Math.Max(width, line.Text.Length);
        if (width > MaxWrapWidth || width < MinWrapWidth) return false;
        int followed = 0, full = 0;
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Text.Length * 2 < width || lines[i + 1].Text.Length == 0) continue;
            followed++;
            if (Fits(lines, i, width)) full++;
        }
        return full >= MinWrappedLines && full * 2 >= followed;
    }

    /// <summary>The lines with every broken line joined to the next; joined lines' offsets are appended to
    /// <paramref name="offsets"/>. A line ending in a hyphen after a letter joins without a space ("counter-" and
    /// "terrorism"). The headline joins the lines it runs on to only when it ends within <see cref="MaxHeadlineLines"/>
    /// lines: a headline right above wrapped body text stays a line of its own.</summary>
    private static List<NormalLine> Unwrap(List<NormalLine> lines, List<int> offsets, int width, LineRules rules)
    {
        var result = new List<NormalLine>(lines.Count);
        var text = new StringBuilder();
        int headline = lines.FindIndex(l => l.Text.Length > 0);
        int i = 0;
        // Under a list heading ("Related coverage"), up to a blank line, a line that opens with a capital is the next
        // link's headline, not the wrapped rest of the one above ("... in Erbil (Feb. 26, 2021)" over "Drone hits ...").
        bool links = false;
        while (i < lines.Count)
        {
            if (lines[i].Text.Length == 0) links = false;
            else if (rules.Classify(lines[i].Text) == LineAction.List) links = true;
            int last = i;
            while (Broken(lines, last, width, rules) && !(links && char.IsUpper(lines[last + 1].Text[0]))) last++;
            if (last == i || (i == headline && last - i + 1 > MaxHeadlineLines))
            {
                result.Add(lines[i++]);
                continue;
            }
            int first = offsets.Count;
            text.Clear();
            for (; i <= last; i++)
            {
                var line = lines[i];
                text.Append(line.Text);
                for (int k = 0; k < line.Text.Length; k++) offsets.Add(offsets[line.FirstOffset + k]);
                if (i < last && !Hyphenated(line.Text)) { text.Append(' '); offsets.Add(line.RawEnd); }
            }
            result.Add(new NormalLine(text.ToString(), first, lines[last].RawEnd));
        }
        return result;
    }

    /// <summary>Whether the wrapping broke line <paramref name="i"/> before the next: the next line's first word would not
    /// have fitted after it. A byline, dateline or list heading that stands alone ("Meridian Wire | 12 March 2020" above a
    /// blank line, "Related:") is a line of its own, whatever its length; the rules' captions and boilerplate are not
    /// asked, as a wrapped line may end like one ("... the Kurdistan Workers' Party (PKK)").</summary>
    private static bool Broken(List<NormalLine> lines, int i, int width, LineRules rules) =>
        Fits(lines, i, width) && !(rules.Classify(lines[i + 1].Text) is LineAction.Byline or LineAction.Dateline or LineAction.List
                                   && !Fits(lines, i + 1, width));

    private static bool Fits(List<NormalLine> lines, int i, int width)
    {
        if (i + 1 >= lines.Count) return false;
        string line = lines[i].Text, next = lines[i + 1].Text;
        if (line.Length == 0 || next.Length == 0 || Item(next)) return false;
        int word = next.IndexOf(' ');
        if (word < 0) word = next.Length;
        return line.Length + (Hyphenated(line) ? 0 : 1) + word > width;
    }

    /// <summary>Whether a line opens an item of a list ("- ", "* ", "• ", "3. ", "2) "), which starts a line of its own.</summary>
    private static bool Item(string line)
    {
        if (line.Length > 1 && line[0] is '-' or '*' or '\u2022' or '\u2013' or '\u2014' && line[1] == ' ') return true;
        int digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits])) digits++;
        return digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ';
    }

    private static bool Hyphenated(string line) => line.Length > 1 && line[^1] == '-' && char.IsLetter(line[^2]);
}
