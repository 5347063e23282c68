using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Text;

namespace Sitrep.Core.Names;

/// <summary>Where a head noun stands in a longer name that is no actor (<c>name-heads.tsv</c>).</summary>
[Flags]
public enum HeadPlace : byte { None = 0, After = 1, Before = 2 }

/// <summary>A lower-case noun that stands for one actor before the right next word (<c>common-nouns.tsv</c>).</summary>
/// <param name="Next">The words after the noun that make it the actor; empty: any word, or none.</param>
/// <param name="OnlyAfter">The words the noun must follow; empty: any (but NOT AFTER).</param>
/// <param name="NotNext">The words after the noun that rule it out ("!of" among the next words: "the occupation of X").</param>
public sealed record CommonNoun(string ActorId, HashSet<string> Next, HashSet<string> NotAfter, HashSet<string> OnlyAfter, string Source, HashSet<string> NotNext)
{
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNextLookup { get; } = NotNext.GetAlternateLookup<ReadOnlySpan<char>>();
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OnlyAfterLookup { get; } = OnlyAfter.GetAlternateLookup<ReadOnlySpan<char>>();
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NextLookup { get; } = Next.GetAlternateLookup<ReadOnlySpan<char>>();
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAfterLookup { get; } = NotAfter.GetAlternateLookup<ReadOnlySpan<char>>();
}

/// <summary>A country adjective: the state it stands for and the country as a title names it (<c>demonyms.tsv</c>).</summary>
public sealed record Demonym(string ActorId, string Country, string Source);

/// <summary>
/// The name rules of <c>data/actors/</c> that are no names of the knowledge base: head nouns of
/// longer names that are no actor, common nouns that stand for an actor, country adjectives and the
/// titles before a person's name. Read once; looked up without allocating.
/// </summary>
public sealed class NameRules
{
    public static readonly NameRules Empty = new([], [], [], []);

    private readonly Dictionary<string, HeadPlace> _heads = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HeadPlace>.AlternateLookup<ReadOnlySpan<char>> _headLookup;
    private readonly Dictionary<string, CommonNoun> _nouns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CommonNoun>.AlternateLookup<ReadOnlySpan<char>> _nounLookup;
    private readonly Dictionary<string, Demonym> _demonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Demonym>.AlternateLookup<ReadOnlySpan<char>> _demonymLookup;
    private readonly Dictionary<string, string> _countryOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Tail, string? Role)>> _titles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string[] Tail, string? Role)>>.AlternateLookup<ReadOnlySpan<char>> _titleLookup;

    public NameRules(IEnumerable<(string Head, HeadPlace Place)> heads, IEnumerable<(string Noun, CommonNoun Rule)> nouns,
        IEnumerable<(string Adjective, Demonym Demonym)> demonyms, IEnumerable<(string Title, string? Role)> titles)
    {
        foreach (var (head, place) in heads) _heads[head] = _heads.GetValueOrDefault(head) | place;
        foreach (var (noun, rule) in nouns) _nouns[noun] = rule;
        foreach (var (adjective, demonym) in demonyms)
        {
            _demonyms[adjective] = demonym;
            _countryOf.TryAdd(demonym.ActorId, demonym.Country);
        }
        foreach (var (title, role) in titles)
        {
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!_titles.TryGetValue(words[0], out var list)) _titles[words[0]] = list = [];
            list.Add((words[1..], role));
        }
        _headLookup = _heads.GetAlternateLookup<ReadOnlySpan<char>>();
        _nounLookup = _nouns.GetAlternateLookup<ReadOnlySpan<char>>();
        _demonymLookup = _demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _titleLookup = _titles.GetAlternateLookup<ReadOnlySpan<char>>();
        _nounShapes = new WordShapes(_nouns.Keys);
        _demonymShapes = new WordShapes(_demonyms.Keys);
        _headShapes = new WordShapes(_heads.Keys);
        _titleShapes = new WordShapes(_titles.Keys);
    }

    // Most words are no common noun, country adjective, head noun or title's first word: their shapes say so without hashing them.
    private readonly WordShapes _nounShapes, _demonymShapes, _headShapes, _titleShapes;

    /// <summary>Where <paramref name="word"/> stands as the head of a longer name that is no actor.</summary>
    public HeadPlace HeadOf(ReadOnlySpan<char> word) => _headShapes.MayHave(word) && _headLookup.TryGetValue(word, out var p) ? p : HeadPlace.None;

    /// <summary>The rule of a common noun, or null.</summary>
    public CommonNoun? NounOf(ReadOnlySpan<char> word) => _nounShapes.MayHave(word) && _nounLookup.TryGetValue(word, out var n) ? n : null;

    /// <summary>The country adjective <paramref name="word"/> is (case as written), or null.</summary>
    public Demonym? DemonymOf(ReadOnlySpan<char> word) => _demonymShapes.MayHave(word) && _demonymLookup.TryGetValue(word, out var d) ? d : null;

    /// <summary>Every country adjective, with the state it stands for.</summary>
    public IEnumerable<(string Adjective, Demonym Demonym)> Demonyms()
    {
        foreach (var (adjective, demonym) in _demonyms) yield return (adjective, demonym);
    }

    /// <summary>The country as a title names it, for a state's actor id ("the United Kingdom"), or null.</summary>
    public string? CountryOf(string actorId) => _countryOf.GetValueOrDefault(actorId);

    /// <summary>Whether a title starts with <paramref name="word"/> (any case): false when <see cref="TitleAt"/> surely finds none.</summary>
    public bool MayStartTitle(ReadOnlySpan<char> word) => _titleShapes.MayHave(word) && _titleLookup.ContainsKey(word);

    /// <summary>The longest title that starts at token <paramref name="first"/> and ends by token
    /// <paramref name="limit"/>: its last token and the role it names (null for none); false when none starts there.</summary>
    public bool TitleAt(string text, Token[] tokens, int first, int limit, out int last, out string? role)
    {
        last = first;
        role = null;
        var word = text.AsSpan(tokens[first].Start, tokens[first].Length);
        if (!_titleShapes.MayHave(word) || !_titleLookup.TryGetValue(word, out var list)) return false;
        int best = -1;
        foreach (var (tail, r) in list)
        {
            if (tail.Length <= best || first + tail.Length > limit) continue;
            bool ok = true;
            for (int k = 0; k < tail.Length && ok; k++)
                ok = text.AsSpan(tokens[first + 1 + k].Start, tokens[first + 1 + k].Length).Equals(tail[k], StringComparison.OrdinalIgnoreCase);
            if (!ok) continue;
            best = tail.Length;
            last = first + tail.Length;
            role = r;
        }
        return best >= 0;
    }

    /// <summary>Every actor id the rules name, with the file and line that names it.</summary>
    public IEnumerable<(string Id, string Source)> ActorIds() =>
        _nouns.Values.Select(n => (n.ActorId, n.Source)).Concat(_demonyms.Values.Select(d => (d.ActorId, d.Source)));

    /// <summary>Refuses a rule that names an actor the knowledge base lacks.</summary>
    public void Validate(ActorKb kb)
    {
        foreach (var (id, source) in ActorIds())
            if (kb[id] is null) throw new SitrepException(ErrorCodes.DataInvalid, source, $"no actor '{id}' in the knowledge base");
    }

    public static NameRules Load(string dataDir)
    {
        var dir = Path.Combine(dataDir, "actors");
        var heads = new List<(string, HeadPlace)>();
        foreach (var line in DataFile.ReadTsv(Path.Combine(dir, "name-heads.tsv")))
        {
            if (line.Fields.Length < 2) throw line.Error("expected HEAD <TAB> after|before");
            heads.Add((line.Fields[0].Trim(), line.Fields[1].Trim() switch
            {
                "after" => HeadPlace.After,
                "before" => HeadPlace.Before,
                var p => throw line.Error($"unknown place '{p}' (after, before)"),
            }));
        }
        var nouns = new List<(string, CommonNoun)>();
        foreach (var line in DataFile.ReadTsv(Path.Combine(dir, "common-nouns.tsv")))
        {
            if (line.Fields.Length < 3) throw line.Error("expected NOUN <TAB> ACTOR ID <TAB> NEXT WORDS or * [<TAB> NOT AFTER [<TAB> ONLY AFTER]]");
            var next = line.Fields[2].Trim() == "*" ? Words("") : Words(line.Fields[2]);
            // "*,!of": any next word but those after "!".
            var notNext = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var w in next) if (w.StartsWith('!')) notNext.Add(w[1..]);
            next.RemoveWhere(w => w.StartsWith('!') || w == "*");
            nouns.Add((line.Fields[0].Trim(), new CommonNoun(line.Fields[1].Trim(), next,
                Words(line.Fields.Length > 3 ? line.Fields[3] : ""), Words(line.Fields.Length > 4 ? line.Fields[4] : ""), $"{line.File}:{line.Number}", notNext)));
        }
        var demonyms = new List<(string, Demonym)>();
        foreach (var line in DataFile.ReadTsv(Path.Combine(dir, "demonyms.tsv")))
        {
            if (line.Fields.Length < 3) throw line.Error("expected ADJECTIVE <TAB> ACTOR ID <TAB> COUNTRY");
            demonyms.Add((line.Fields[0].Trim(), new Demonym(line.Fields[1].Trim(), line.Fields[2].Trim(), $"{line.File}:{line.Number}")));
        }
        var titles = new List<(string, string?)>();
        foreach (var line in DataFile.ReadTsv(Path.Combine(dir, "titles.tsv")))
        {
            if (line.Fields.Length < 2) throw line.Error("expected TITLE <TAB> ROLE (or -)");
            var role = line.Fields[1].Trim();
            titles.Add((line.Fields[0].Trim(), role == "-" ? null : role));
        }
        return new NameRules(heads, nouns, demonyms, titles);
    }

    private static HashSet<string> Words(string list) =>
        new(list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}
