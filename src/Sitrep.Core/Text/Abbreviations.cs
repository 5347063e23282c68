using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Text;

/// <summary>How an abbreviation behaves at a possible sentence end.</summary>
public enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation.</summary>
    None,
    /// <summary>Never ends a sentence: titles, ranks, initials.</summary>
    Title,
    /// <summary>Never ends a sentence: a month before a day.</summary>
    Month,
    /// <summary>Ends a sentence only before a usual sentence starter.</summary>
    Other,
}

/// <summary>The abbreviation table and sentence starters of <c>data/text/</c>, with span look-ups
/// that allocate nothing.</summary>
public sealed class Abbreviations
{
    private readonly Dictionary<string, AbbreviationKind> _kinds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _starters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _kindLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _starterLookup;

    public Abbreviations(IEnumerable<(string Abbreviation, AbbreviationKind Kind)> entries, IEnumerable<string> starters)
    {
        foreach (var (a, k) in entries) _kinds[a] = k;
        foreach (var s in starters) _starters.Add(s);
        _kindLookup = _kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        _starterLookup = _starters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Abbreviations Load(string dataDir)
    {
        var entries = new List<(string, AbbreviationKind)>();
        foreach (var line in DataFile.ReadTsv(Path.Combine(dataDir, "text", "abbreviations.tsv")))
        {
            if (line.Fields.Length < 2) throw line.Error("expected ABBREVIATION <TAB> KIND");
            var abbreviation = line.Fields[0].Trim();
            if (!abbreviation.EndsWith('.')) throw line.Error($"'{abbreviation}' must end with a full stop");
            var kind = line.Fields[1].Trim() switch
            {
                "title" => AbbreviationKind.Title,
                "month" => AbbreviationKind.Month,
                "other" => AbbreviationKind.Other,
                var k => throw line.Error($"unknown kind '{k}' (title, month, other)"),
            };
            entries.Add((abbreviation, kind));
        }
        var starters = DataFile.ReadList(Path.Combine(dataDir, "text", "sentence-starters.txt"));
        return new Abbreviations(entries, starters);
    }

    /// <summary>The kind of <paramref name="withStop"/>, a word followed by its full stop.</summary>
    public AbbreviationKind KindOf(ReadOnlySpan<char> withStop) =>
        _kindLookup.TryGetValue(withStop, out var k) ? k : AbbreviationKind.None;

    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _starterLookup.Contains(word);
}
