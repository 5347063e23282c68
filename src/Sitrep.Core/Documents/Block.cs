namespace Sitrep.Core.Documents;

/// <summary>What a line of a page is, as far as cleaning can tell.</summary>
public enum BlockKind
{
    /// <summary>Running text.</summary>
    Paragraph,
    /// <summary>A headline or subheading: short, no closing full stop.</summary>
    Heading,
    /// <summary>A photo caption (ends with a credit such as "(Reuters)").</summary>
    Caption,
    /// <summary>A section label or kicker of one or two words ("Iraq", "Analysis").</summary>
    Label,
    /// <summary>A line that is only a date, or a dateline.</summary>
    Dateline,
    /// <summary>A byline ("By our correspondent").</summary>
    Byline,
}

/// <summary>One kept line of a cleaned text.</summary>
/// <param name="Span">Where the line stands in the cleaned text.</param>
/// <param name="Kind">What the line is.</param>
/// <param name="Repeats">How many times the line stood verbatim on the raw page (1 = once).</param>
/// <param name="BlankLinesBefore">Blank lines that preceded it on the raw page.</param>
public readonly record struct Block(TextSpan Span, BlockKind Kind, int Repeats, int BlankLinesBefore);
