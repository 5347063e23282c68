using System.Runtime.InteropServices;
using System.Text;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// Turns a reader's raw text into a <see cref="Page"/>: splits it into lines, normalizes spaces and
/// quotes, drops boilerplate lines, keeps one copy of a line repeated verbatim (captions and
/// headlines), marks what each kept line is, and joins the kept lines with blank lines. Every
/// character of the cleaned text maps back to the raw text through the page's offset map.
/// </summary>
public sealed partial class Cleaner(LineRules rules)
{
    public const string Name = "clean";
    public const int Version = 2;

    /// <summary>Lines of fewer characters are never taken as repeats (a lone "-" or "*").</summary>
    private const int MinRepeatLength = 4;

    public Page Clean(RawArticle raw)
    {
        var text = raw.RawText;
        // The raw offset of every normalized character: reused per thread (one page at a time), as
        // it is the largest buffer of a page and is read only here.
        var offsets = _offsets ?? new List<int>(text.Length);
        _offsets = null;
        offsets.Clear();
        var lines = NormalizeLines(text, offsets);
        if (HardWrapped(lines, out int width)) lines = Unwrap(lines, offsets, width, rules);

        // Each line's copies, and whether one was kept: one look-up per line in each pass below.
        var counts = new Dictionary<string, (int Copies, bool Kept)>(StringComparer.Ordinal);
        foreach (var line in lines)
            if (line.Text.Length > 0)
                CollectionsMarshal.GetValueRefOrAddDefault(counts, line.Text, out _).Copies++;

        // The page's text is built in the thread's builder (a page at a time): a builder of the raw text's length, made for
        // every page, was a fifth of the step's bytes (speed round 29).
        var clean = _builder ?? new StringBuilder(text.Length);
        _builder = null;
        clean.Clear();
        var map = new OffsetMap.Builder();
        var blocks = new List<Block>();
        int blanks = 0, lastRawEnd = 0;
        // "Related:" and the headlines listed under it, up to the first gap after them: links to other stories.
        bool inList = false;
        int links = 0;
        foreach (var line in lines)
        {
            if (line.Text.Length == 0)
            {
                blanks++;
                if (links > 0) inList = false;
                continue;
            }
            var action = rules.Classify(line.Text);
            if (action == LineAction.List) { inList = true; links = 0; continue; }
            if (inList && LineRules.LinkLike(line.Text)) { links++; continue; }
            inList = false;
            if (action == LineAction.Drop) continue;
            ref var count = ref CollectionsMarshal.GetValueRefOrNullRef(counts, line.Text);
            if (line.Text.Length >= MinRepeatLength)
            {
                if (count.Kept) continue;
                count.Kept = true;
            }

            if (clean.Length > 0)
            {
                // Kept lines are separated by a blank line that points at the raw line break.
                for (int i = 0; i < 2; i++) { clean.Append('\n'); map.Add(lastRawEnd); }
            }
            int start = clean.Length;
            clean.Append(line.Text);
            map.AddRange(CollectionsMarshal.AsSpan(offsets).Slice(line.FirstOffset, line.Text.Length));
            blocks.Add(new Block(new TextSpan(start, line.Text.Length), LineRules.KindOf(action, line.Text),
                count.Copies, blanks));
            blanks = 0;
            lastRawEnd = line.RawEnd;
        }
        if (offsets.Capacity <= MaxKeptOffsets) _offsets = offsets;
        var page = new Page(raw, clean.ToString(), map.Build(), blocks);
        if (clean.Capacity <= MaxKeptOffsets) _builder = clean;
        return page;
    }

    [ThreadStatic] private static List<int>? _offsets;
    [ThreadStatic] private static StringBuilder? _builder;
    private const int MaxKeptOffsets = 1 << 20;

    /// <summary>A normalized line; the raw offset of its k-th character is <c>offsets[FirstOffset + k]</c>.</summary>
    private readonly record struct NormalLine(string Text, int FirstOffset, int RawEnd);

    /// <summary>Splits on every kind of line break and normalizes each line: characters mapped by
    /// <see cref="CharNormalizer"/>, runs of spaces collapsed to one, ends trimmed. The raw offsets
    /// of all lines go into one list (one array per line cost four bytes per character).</summary>
    private static List<NormalLine> NormalizeLines(string text, List<int> offsets)
    {
        var result = new List<NormalLine>();
        // The lines' characters side by side in one buffer, each at the index of its raw offset in
        // offsets, and both written through spans: no builder per line, no List.Add per character.
        // A line never holds more characters than the text, so text.Length is room for all of them.
        var chars = _chars is { } kept && kept.Length >= text.Length ? kept : new char[text.Length];
        CollectionsMarshal.SetCount(offsets, text.Length);
        var raw = CollectionsMarshal.AsSpan(offsets);
        int n = 0;
        int i = 0;
        while (i <= text.Length)
        {
            int lineStart = i;
            while (i < text.Length && !IsLineBreak(text[i])) i++;
            int firstOffset = n;
            bool pendingSpace = false;
            int spaceAt = 0;
            for (int j = lineStart; j < i; j++)
            {
                char c = text[j];
                // A printable ASCII character other than the space is kept as it is (most of a text).
                if (c is not (> ' ' and < '\u0080'))
                {
                    c = CharNormalizer.Normalize(c);
                    if (c == '\0') continue;
                    if (c == ' ' || char.IsWhiteSpace(c))
                    {
                        if (!pendingSpace) spaceAt = j;
                        pendingSpace = true;
                        continue;
                    }
                }
                if (pendingSpace && n > firstOffset) { chars[n] = ' '; raw[n++] = spaceAt; }
                pendingSpace = false;
                chars[n] = c;
                raw[n++] = j;
            }
            result.Add(new NormalLine(new string(chars, firstOffset, n - firstOffset), firstOffset, i));
            if (i >= text.Length) break;
            // \r\n is one break.
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
        }
        CollectionsMarshal.SetCount(offsets, n);
        if (chars.Length <= MaxKeptOffsets) _chars = chars;
        return result;
    }

    [ThreadStatic] private static char[]? _chars;


    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
}
