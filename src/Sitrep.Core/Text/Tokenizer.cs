using System.Runtime.InteropServices;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Text;

/// <summary>
/// A tokenizer for English news text, one pass over the characters with no regular expressions
/// and no substrings. It keeps together what belongs together in this domain: dotted acronyms
/// (U.S., U.S.-led), listed abbreviations (Gen., Oct.), initials (J.), decimals and thousands
/// (2.5, 2,500), dates and times (25/10/2023, 6:30), hyphenated words (al-Sudani, Iran-backed),
/// apostrophes inside Arabic names (Kata'ib, Asa'ib, Ja'far), URLs, ellipses and dashes; it
/// splits the possessive "'s" off its word.
/// </summary>
public sealed class Tokenizer(Abbreviations abbreviations)
{
    public const string Name = "tokenize";
    public const int Version = 1;

    /// <summary>The list <see cref="Tokenize(string)"/> fills, reused per thread: only the exact-size
    /// array it returns is new. One grown past <see cref="MaxKeptTokens"/> is not kept.</summary>
    [ThreadStatic] private static List<Token>? _scratch;
    private const int MaxKeptTokens = 1 << 16;

    public Token[] Tokenize(string text)
    {
        var tokens = _scratch ?? new List<Token>(text.Length / 5 + 8);
        _scratch = null;
        tokens.Clear();
        Tokenize(text, tokens);
        Token[] result = [.. tokens];
        if (tokens.Capacity <= MaxKeptTokens) _scratch = tokens;
        return result;
    }

    public void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        int i = 0, n = text.Length, first = tokens.Count;
        bool joined = false;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; joined = false; continue; }
            int start = i;
            TokenKind kind;
            if (char.IsLetterOrDigit(c))
            {
                // (Every URL start begins with h or w: most words are not compared with the three.)
                if (c is 'h' or 'H' or 'w' or 'W' && IsUrlStart(text, i)) { i = ScanUrl(text, i); kind = TokenKind.Url; }
                else (i, kind) = ScanWord(text, i);
            }
            else if (c == '\'' && PossessiveAt(text, i) && joined)
            {
                i += 2;
                kind = TokenKind.Word;
            }
            else if (c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '`')
            {
                i++;
                kind = TokenKind.Quote;
            }
            else if (c == '.')
            {
                while (i < n && text[i] == '.') i++;
                kind = i - start >= 2 ? TokenKind.Ellipsis : TokenKind.Punctuation;
            }
            else if (c == '\u2026') { i++; kind = TokenKind.Ellipsis; }
            else if (c is '\u2013' or '\u2014' or '\u2015' or '\u2212')
            {
                i++;
                kind = TokenKind.Dash;
            }
            else if (c == '-')
            {
                while (i < n && text[i] == '-') i++;
                kind = TokenKind.Dash;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            tokens.Add(new Token(start, i - start, kind, FlagsOf(text.Slice(start, i - start), kind, joined)));
            joined = true;
        }
        GiveIds(text, CollectionsMarshal.AsSpan(tokens)[first..]);
    }

    [ThreadStatic] private static WordKey[]? _keys;

    /// <summary>Each word's id (<see cref="WordIds"/>), in passes of their own after the scan: the first makes each word's
    /// key and reads the slot it starts at, so that these reads of memory overlap (between two documents the other stages
    /// push the table out of the caches); the second looks the words up in slots read already. One look-up made between
    /// the scan's steps, or one after the other in one pass, waited for memory alone (about twice the cost measured).</summary>
    private static void GiveIds(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        var keys = _keys is { } kept && kept.Length >= tokens.Length ? kept : new WordKey[Math.Max(tokens.Length, 1024)];
        int touched = 0;
        for (int i = 0; i < tokens.Length; i++)
            if (HasId(tokens[i]))
            {
                keys[i] = new WordKey(text.Slice(tokens[i].Start, tokens[i].Length));
                touched |= WordIds.Touch(keys[i]);
            }
        for (int i = 0; i < tokens.Length; i++)
            if (HasId(tokens[i]))
                tokens[i] = tokens[i] with { Word = WordIds.IdOf(text.Slice(tokens[i].Start, tokens[i].Length), keys[i]) };
        if (keys.Length <= MaxKeptTokens) _keys = keys;
        _touched = touched; // (used, so that the reads are made)
    }

    [ThreadStatic] private static int _touched;

    private static bool HasId(Token t) => t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation;

    private (int End, TokenKind Kind) ScanWord(ReadOnlySpan<char> text, int i)
    {
        int n = text.Length, start = i;
        // Dotted acronym: letter, stop, letter, stop ... (U.S., U.N., a.m., e.g.)
        if (char.IsLetter(text[i]) && i + 3 < n && text[i + 1] == '.' && char.IsLetter(text[i + 2]) && text[i + 3] == '.')
        {
            int j = i + 4;
            while (j + 1 < n && char.IsLetter(text[j]) && text[j + 1] == '.') j += 2;
            // "U.S.-led": a hyphen continues the word.
            if (j + 1 < n && text[j] == '-' && char.IsLetterOrDigit(text[j + 1]))
                return (ScanPlain(text, j + 1), TokenKind.Word);
            return (j, TokenKind.Abbreviation);
        }
        int end = ScanPlain(text, i);
        if (end < n && text[end] == '.')
        {
            var word = text[start..end];
            // A capital initial (Lloyd J. Austin) or a listed abbreviation keeps its stop.
            if ((word.Length == 1 && char.IsUpper(word[0]))
                || abbreviations.KindOf(text[start..(end + 1)]) != AbbreviationKind.None)
                return (end + 1, TokenKind.Abbreviation);
        }
        return (end, IsNumber(text[start..end]) ? TokenKind.Number : TokenKind.Word);
    }

    /// <summary>Letters and digits, with the joiners that stay inside a word.</summary>
    private static int ScanPlain(ReadOnlySpan<char> text, int i)
    {
        int n = text.Length, start = i;
        while (i < n)
        {
            char ch = text[i];
            if (char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark) { i++; continue; }
            bool prevOk = i > start && char.IsLetterOrDigit(text[i - 1]);
            bool nextOk = i + 1 < n && char.IsLetterOrDigit(text[i + 1]);
            if (ch is '\'' or '\u2019' && prevOk && i + 1 < n && char.IsLetter(text[i + 1]))
            {
                // The possessive 's is a token of its own; Kata'ib, Asa'ib, Ja'far stay whole.
                if (PossessiveAt(text, i)) break;
                i++;
                continue;
            }
            if (ch == '-' && prevOk && nextOk) { i++; continue; }
            if (ch is '.' or ':' or '/' && prevOk && nextOk && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) { i++; continue; }
            if (ch == ',' && prevOk && char.IsDigit(text[i - 1]) && IsThousands(text, i + 1)) { i++; continue; }
            break;
        }
        return i;
    }

    /// <summary>Three digits and then no further digit: the group after a thousands comma.</summary>
    private static bool IsThousands(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
        && (i + 3 >= text.Length || !char.IsDigit(text[i + 3]));

    /// <summary>An apostrophe followed by s and then no letter: "Iraq's".</summary>
    private static bool PossessiveAt(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsDigit(word[0])) return false;
        foreach (var ch in word)
            if (!char.IsDigit(ch) && ch is not ('.' or ',' or ':' or '/')) return false;
        return true;
    }

    private static bool IsUrlStart(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
    }

    private static int ScanUrl(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '<' or '>')) i++;
        // Sentence punctuation after a URL is not part of it.
        while (text[i - 1] is '.' or ',' or ';' or ':' or ')' or '!' or '?' or '\'') i--;
        return i;
    }

    private static TokenFlags FlagsOf(ReadOnlySpan<char> t, TokenKind kind, bool joined)
    {
        var flags = joined ? TokenFlags.Joined : TokenFlags.None;
        if (kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash or TokenKind.Ellipsis) return flags;
        int letters = 0, upper = 0;
        foreach (var ch in t)
        {
            if (char.IsLetter(ch)) { letters++; if (char.IsUpper(ch)) upper++; }
            else if (char.IsDigit(ch)) flags |= TokenFlags.HasDigit;
            else if (ch == '-') flags |= TokenFlags.HasHyphen;
            else if (ch == '\'') flags |= TokenFlags.HasApostrophe;
        }
        if (t.Length > 0 && char.IsUpper(t[0])) flags |= TokenFlags.Capitalized;
        if (letters >= 2 && upper == letters) flags |= TokenFlags.AllCaps;
        return flags;
    }
}
