namespace Sitrep.Core.Cleaning;

/// <summary>One-character normalization of scraped text: exotic spaces become a space, curly
/// quotes and Arabic-name apostrophes (ʿ ʾ ʼ) become straight ones, invisible marks vanish.
/// One character in gives at most one character out, so the offset map stays exact.</summary>
public static class CharNormalizer
{
    /// <summary>The replacement for <paramref name="c"/>: itself, another character, a space
    /// (<c>' '</c>, collapsed later), or <c>'\0'</c> to remove it.</summary>
    public static char Normalize(char c)
    {
        if (c < 0x80)
        {
            if (c == '\t' || c == '\v' || c == '\f') return ' ';
            return c < 0x20 ? '\0' : c;
        }
        return c switch
        {
            '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => ' ',
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\u02BE' or '\u02BF' or '\u00B4' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
            '\u2010' or '\u2011' => '-',
            '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\u00AD'
                or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => '\0',
            (>= '\u0080' and <= '\u009F') => '\0',
            _ => c,
        };
    }
}
