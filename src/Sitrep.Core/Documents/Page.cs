namespace Sitrep.Core.Documents;

/// <summary>A cleaned page: the raw text a reader produced, the cleaned text, the map between
/// them and the kept lines (blocks). Immutable once made.</summary>
public sealed class Page
{
    public Page(RawArticle raw, string cleanText, OffsetMap map, IReadOnlyList<Block> blocks)
    {
        Raw = raw;
        CleanText = cleanText;
        Map = map;
        Blocks = blocks;
    }

    public RawArticle Raw { get; }
    public SourceInfo Source => Raw.Source;
    public string RawText => Raw.RawText;
    public string CleanText { get; }
    public OffsetMap Map { get; }
    public IReadOnlyList<Block> Blocks { get; }
}
