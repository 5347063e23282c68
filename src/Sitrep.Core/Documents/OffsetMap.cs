namespace Sitrep.Core.Documents;

/// <summary>Maps offsets in a cleaned text back to offsets in the raw text it was made from.</summary>
/// <remarks>
/// Stored as anchors: a clean offset <c>c</c> maps to <c>raw[k] + (c - clean[k])</c> for the last
/// anchor <c>k</c> with <c>clean[k] &lt;= c</c>. Cleaning copies long runs verbatim, so a page needs
/// one anchor per line or collapsed space, not one per character.
/// </remarks>
public sealed class OffsetMap
{
    private readonly int[] _clean;
    private readonly int[] _raw;

    private OffsetMap(int[] clean, int[] raw)
    {
        _clean = clean;
        _raw = raw;
    }

    /// <summary>The identity map, for text that needed no cleaning.</summary>
    public static OffsetMap Identity { get; } = new([0], [0]);

    public int AnchorCount => _clean.Length;

    /// <summary>The raw offset of the character at clean offset <paramref name="clean"/>.</summary>
    public int ToRaw(int clean)
    {
        int k = Array.BinarySearch(_clean, clean);
        if (k < 0) k = ~k - 1;
        if (k < 0) k = 0;
        return _raw[k] + (clean - _clean[k]);
    }

    /// <summary>The raw span covering the clean span (first character to last character).</summary>
    public TextSpan ToRaw(TextSpan clean)
    {
        if (clean.Length == 0) return new TextSpan(ToRaw(clean.Start), 0);
        int start = ToRaw(clean.Start);
        int last = ToRaw(clean.End - 1);
        return new TextSpan(start, last - start + 1);
    }

    /// <summary>Builds a map while a cleaner appends characters with their raw offsets.</summary>
    public sealed class Builder
    {
        private readonly List<int> _clean = [];
        private readonly List<int> _raw = [];
        private int _length;
        private int _expectedRaw = -1;

        /// <summary>Records that the next clean character came from raw offset <paramref name="raw"/>.</summary>
        public void Add(int raw)
        {
            if (raw != _expectedRaw)
            {
                _clean.Add(_length);
                _raw.Add(raw);
            }
            _length++;
            _expectedRaw = raw + 1;
        }

        /// <summary><see cref="Add"/> for each offset in turn, with the builder's state in locals (a page adds
        /// one offset per character).</summary>
        public void AddRange(ReadOnlySpan<int> raws)
        {
            int length = _length, expected = _expectedRaw;
            foreach (int raw in raws)
            {
                if (raw != expected)
                {
                    _clean.Add(length);
                    _raw.Add(raw);
                }
                length++;
                expected = raw + 1;
            }
            _length = length;
            _expectedRaw = expected;
        }

        public OffsetMap Build() => _clean.Count == 0 ? Identity : new OffsetMap([.. _clean], [.. _raw]);
    }
}
