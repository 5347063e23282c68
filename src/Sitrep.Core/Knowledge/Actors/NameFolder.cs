
namespace Sitrep.Core.Knowledge.Actors;

/// <summary>
/// Folds a part of a name (a word, or one side of a hyphen) into the key under which every
/// transliteration of an Arabic name written in Latin script meets: case, diacritics and
/// apostrophes (' ’ ʿ ʾ `) go; q becomes k, dh and z become d, ou becomes u, doubled letters
/// become one; vowels go except a leading one (kept as 'a') and a final -i/-y/-ie/-ee (the nisba
/// ending, kept as 'i', so Sudani is not Sudan). So Hezbollah, Hizballah and Hizbullah share
/// "hdblh"; Muhammad and Mohammed share "mhmd"; Kata'ib, Kataeb and Kataib share "ktb".
/// Acronyms (two to five capitals: KH, PMF, U.S.) keep their letters and their case ("=KH"), so
/// "US" never meets the pronoun "us". Words with digits keep them. Arabic script loses its
/// vowel marks and its variant letter forms. The Arabic article (al-, el-, ash-, ar-, …) is not
/// a part of its own: callers drop it with <see cref="IsArticle"/>.
/// </summary>
public static class NameFolder
{
    /// <summary>Longest key written; longer parts are cut (no name part is that long).</summary>
    public const int MaxKey = 48;

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase)
    {
        "al", "el", "ul", "il", "as", "ash", "ad", "adh", "an", "ar", "at", "ath", "az", "ad-", "al'",
        "ez", "es", "esh", "ed", "en", "er", "et",
    };

    /// <summary>Whether a hyphen-prefix is the Arabic article ("al" of al-Sudani, "ash" of ash-Shammari).</summary>
    public static bool IsArticle(ReadOnlySpan<char> part) =>
        part.Length <= 3 && Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part);

    /// <summary>Whether a space-separated word is the article written apart ("Al Sudani", "al Amiri").</summary>
    public static bool IsStandaloneArticle(ReadOnlySpan<char> word) =>
        word.Equals("al", StringComparison.OrdinalIgnoreCase) || word.Equals("el", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the key of <paramref name="part"/> into <paramref name="key"/>; returns its length (0: no key).
    /// With <paramref name="diminutive"/> (people's and bodies' names, not places'), a word of the diminutive
    /// shape — a consonant, u or o, a consonant, then ai, ei, ay or ey: Husayn, Hussein, Sulaiman, Zubair — keeps
    /// a mark of it, so it is not the plain name of the same consonants (Hasan, Salman, Zubar): Ali Hassan is not
    /// Ali Hussein. Places drop the u as often as not (Ghuraib, Ghraib), so their keys go without the mark.</summary>
    public static int Fold(ReadOnlySpan<char> part, Span<char> key, bool diminutive = false)
    {
        if (part.IsEmpty) return 0;
        if (IsAcronym(part)) return Acronym(part, key);
        bool arabic = false, digit = false;
        foreach (var c in part)
        {
            if (c is >= '\u0600' and <= '\u06FF') arabic = true;
            else if (char.IsDigit(c)) digit = true;
        }
        if (arabic) return Arabic(part, key);
        Span<char> plain = stackalloc char[MaxKey];
        int n = 0;
        foreach (var raw in part)
        {
            if (n == MaxKey) break;
            char c = Plain(raw);
            if (c == '\0') continue;
            plain[n++] = c;
        }
        if (n == 0) return 0;
        if (digit) { plain[..n].CopyTo(key); return n; }
        int length = Skeleton(plain[..n], key);
        if (diminutive && length < MaxKey && IsDiminutive(plain[..n])) key[length++] = '+';
        return length;
    }

    /// <summary>The key of a part as a string (for building the matcher and for tests).</summary>
    public static string Fold(string part)
    {
        Span<char> key = stackalloc char[MaxKey + 1];
        return new string(key[..Fold(part, key)]);
    }

    /// <summary>Two to five letters, all capitals, dots allowed between them: KH, PMF, U.S., ISIS.</summary>
    public static bool IsAcronym(ReadOnlySpan<char> part)
    {
        int letters = 0;
        foreach (var c in part)
        {
            if (c == '.') continue;
            if (!char.IsLetter(c) || !char.IsUpper(c)) return false;
            letters++;
        }
        return letters is >= 2 and <= 5;
    }

    private static int Acronym(ReadOnlySpan<char> part, Span<char> key)
    {
        int n = 0;
        key[n++] = '=';
        foreach (var c in part) if (c != '.') key[n++] = c;
        return n;
    }

    /// <summary>Lower case, no diacritics; apostrophes and other marks give '\0' (dropped).</summary>
    private static char Plain(char c)
    {
        if (c < 0x80)
        {
            if (c is >= 'A' and <= 'Z') return (char)(c + 32);
            return c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '\0';
        }
        // Modifier letters (ʿ ʾ ʼ ˈ) are apostrophes here.
        if (c is >= '\u02B0' and <= '\u02FF' || !char.IsLetter(c)) return '\0';
        char b = char.ToLowerInvariant(c);
        // é → e, ī → i, ḥ → h. A table, because string normalization is not available under
        // invariant globalization.
        int at = Accented.IndexOf(b);
        return at >= 0 ? Bare[at] : b;
    }

    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžḍḏḥḫṣṭṯẓẕ";
    private const string Bare = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijkllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzzddhhsttzz";

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Consonants, then u or o (Hu-, Hou-, Ho-), consonants, then a or e before i or y and a consonant
    /// (-sayn, -sein, -sain; not the -aie, -ai of Rubaie, Rubai, written Rubaei too).</summary>
    private static bool IsDiminutive(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length && !IsVowel(s[i]) && s[i] != 'y') i++;
        if (i == 0 || i >= s.Length || s[i] is not ('u' or 'o')) return false;
        while (i < s.Length && s[i] is 'u' or 'o') i++;
        int consonants = i;
        while (i < s.Length && !IsVowel(s[i]) && s[i] != 'y') i++;
        return i > consonants && i + 2 < s.Length && s[i] is 'a' or 'e' && s[i + 1] is 'i' or 'y' && !IsVowel(s[i + 2]) && s[i + 2] != 'y';
    }

    private static int Skeleton(ReadOnlySpan<char> s, Span<char> key)
    {
        int n = 0;
        char last = '\0';
        // The nisba ending: -i, -y, -ie, -ee, -ey, -ei, -iy.
        bool nisba = s.Length >= 3 && (s[^1] is 'i' or 'y' || (s[^1] == 'e' && s[^2] is 'i' or 'e'));
        int end = s.Length;
        // A final -ah or -eh (ta marbuta) is the same as a final -a: Nujabah, Nujaba.
        if (end >= 4 && s[end - 1] == 'h' && s[end - 2] is 'a' or 'e') end--;
        if (nisba)
        {
            while (end > 1 && (IsVowel(s[end - 1]) || s[end - 1] == 'y')) end--;
        }
        for (int i = 0; i < end; i++)
        {
            char c = s[i];
            if (i == 0 && IsVowel(c)) { key[n++] = last = 'a'; continue; }
            if (IsVowel(c)) { last = c; continue; }
            // A y after a vowel and before a consonant is a vowel (Qays, Kays); else a consonant (Yahya, Sayyid).
            if (c == 'y' && i > 0 && IsVowel(s[i - 1]) && (i + 1 >= end || !IsVowel(s[i + 1]) && s[i + 1] != 'y')) continue;
            // Digraphs and letter variants of Arabic transliteration.
            if (c == 'd' && i + 1 < end && s[i + 1] == 'h') { c = 'd'; i++; }
            else if (c == 'z') c = 'd';
            else if (c == 'q') c = 'k';
            else if (c == 'c' && i + 1 < end && s[i + 1] == 'k') { c = 'k'; i++; }
            else if (c == 'p' && i + 1 < end && s[i + 1] == 'h') { c = 'f'; i++; }
            if (c == last && n > 0 && key[n - 1] == c) continue;
            key[n++] = last = c;
            if (n >= MaxKey - 1) break;
        }
        if (nisba) key[n++] = 'i';
        // Abdul, Abdel, Abdal, Abdol are all "Abd al-".
        if (n == 4 && key[..4].SequenceEqual("abdl")) n = 3;
        return n;
    }

    private static int Arabic(ReadOnlySpan<char> part, Span<char> key)
    {
        int n = 0;
        int start = part.StartsWith("ال") && part.Length > 3 ? 2 : 0;
        for (int i = start; i < part.Length && n < MaxKey; i++)
        {
            char c = part[i];
            if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640') continue; // vowel marks, tatweel
            c = c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                _ => c,
            };
            key[n++] = c;
        }
        return n;
    }

    private const int ShortWord = 5;

    /// <summary>Lower-case letters and digits only: the spelling check of short one-word names.</summary>
    public static string Plain(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[word.Length];
        int n = 0;
        foreach (var c in word)
            if (char.IsLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
        return new string(buffer[..n]);
    }

    /// <summary>Whether a one-word name in the text is a spelling of <paramref name="plain"/>: when
    /// either is short, their vowel groups must agree in order (a; e and i; o and u), so Qaida is
    /// Qaeda and Ameri is Amiri, but Iron is not Iran.</summary>
    public static bool SpelledAs(ReadOnlySpan<char> word, ReadOnlySpan<char> plain)
    {
        int letters = 0;
        foreach (var c in word) if (char.IsLetter(c)) letters++;
        if (Math.Min(letters, plain.Length) > ShortWord + 2) return true;
        // "Our" is no spelling of Ur: a name of two or three letters is written with as many.
        if (plain.Length <= 3)
        {
            int plainLetters = 0;
            foreach (var c in plain) if (char.IsLetter(c)) plainLetters++;
            if (letters != plainLetters) return false;
        }
        Span<char> a = stackalloc char[word.Length + 1];
        Span<char> b = stackalloc char[plain.Length + 1];
        return Vowels(word, a).SequenceEqual(Vowels(plain, b));
    }

    /// <summary><see cref="SpelledAs"/> against any of the '|'-separated spellings.</summary>
    public static bool SpelledAsAny(ReadOnlySpan<char> word, string plains)
    {
        foreach (var range in plains.AsSpan().Split('|'))
            if (SpelledAs(word, plains.AsSpan()[range])) return true;
        return false;
    }

    /// <summary>Whether <paramref name="plain"/> is one of the '|'-separated spellings.</summary>
    public static bool AnyOf(string plains, string plain)
    {
        foreach (var range in plains.AsSpan().Split('|'))
            if (plains.AsSpan()[range].SequenceEqual(plain)) return true;
        return false;
    }

    private static Span<char> Vowels(ReadOnlySpan<char> word, Span<char> into)
    {
        int n = 0;
        bool inGroup = false;
        foreach (var raw in word)
        {
            char c = char.ToLowerInvariant(raw);
            if (!char.IsLetter(c)) continue;
            char cls = c switch { 'a' => 'a', 'e' or 'i' => 'i', 'o' or 'u' => 'u', _ => '\0' };
            if (cls == '\0') { inGroup = false; continue; }
            if (!inGroup) into[n++] = cls;
            inGroup = true;
        }
        return into[..n];
    }
}
