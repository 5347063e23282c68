namespace Sitrep.Core.Documents;

/// <summary>What a reader hands to the pipeline: a source and its plain text.</summary>
/// <remarks>For HTML and feeds, <see cref="RawText"/> is the text extracted from the markup:
/// the offset map of a cleaned page points back into it.</remarks>
public sealed record RawArticle(SourceInfo Source, string RawText, string Format);
