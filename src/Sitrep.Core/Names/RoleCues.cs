using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Names;

/// <summary>What a word next to a capitalized name says of it (<c>data/actors/role-cues.tsv</c>). At most twelve bits: the name
/// stage keeps them by word id among its other facts of a word (<c>NameStage.CuesOf</c>).</summary>
[Flags]
public enum CueClass : ushort
{
    None = 0, Person = 1, Title = 2, Skip = 4, Body = 8, Event = 16, Victim = 32,
    /// <summary>Words of the name stage's own reading, which <see cref="RoleCues.ClassOf"/> leaves out: a word never part of a
    /// person's name, the head word that ends an organisation's name, a force's men or parts after a bare "army", a word that
    /// governs a place name after it.</summary>
    NotName = 64, OrgHead = 128, ArmyBody = 256, Locative = 512,
    /// <summary>A verb of attack whose object city is where the attack fell, not its government.</summary>
    AttackVerb = 1024,
}

/// <summary>The role cues and short references of <c>data/actors/</c>, looked up without allocating.</summary>
public sealed class RoleCues
{
    private readonly Dictionary<string, CueClass> _cues = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CueClass>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Most words are no cue: their shapes say so without hashing them (the name stage asks of the words around every name).
    private readonly Text.WordShapes _shapes;

    private bool TryGetCue(ReadOnlySpan<char> word, out CueClass cls)
    {
        cls = CueClass.None;
        return _shapes.MayHave(word) && _lookup.TryGetValue(word, out cls);
    }

    public RoleCues(IEnumerable<(string Cue, CueClass Class)> cues, IEnumerable<(string Phrase, string[] Means)> references, NameRules? rules = null)
    {
        Rules = rules ?? NameRules.Empty;
        foreach (var (cue, cls) in cues) _cues[cue] = _cues.GetValueOrDefault(cue) | cls;
        _lookup = _cues.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new Text.WordShapes(_cues.Keys);
        References = references.ToList();
        foreach (var (phrase, means) in References)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            // "the bloc of X" with leads:KIND: also "X's bloc".
            if (words.Length == 3 && words[2].Equals("of", StringComparison.OrdinalIgnoreCase) && means.Any(IsLeads))
                _leads[words[1]] = means.Where(IsLeads).Select(x => x["leads:".Length..]).ToArray();
            if (!_afterThe.TryGetValue(words[1], out var list)) _afterThe[words[1]] = list = [];
            list.Add((words[2..], means));
            if (means.Length > 0 && IsLeads(means[0]))
            {
                var w = words[1];
                _leadsFirstLengths |= w.Length < 64 ? 1UL << w.Length : 1UL << 63;
                _leadsFirstChars += $"{char.ToLowerInvariant(w[0])}{char.ToUpperInvariant(w[0])}";
            }
        }
        _afterTheLookup = _afterThe.GetAlternateLookup<ReadOnlySpan<char>>();
        _afterTheShapes = new Text.WordShapes(_afterThe.Keys);
        _leadsLookup = _leads.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether a reference's meaning is a body the person named after it leads ("leads:party").</summary>
    public static bool IsLeads(string mean) => mean.StartsWith("leads:", StringComparison.Ordinal);

    private readonly Dictionary<string, string[]> _leads = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _leadsLookup;

    /// <summary>The kinds of body a word names after a person's possessive ("Abadi's bloc": party,
    /// coalition), from the references "the WORD of" with leads: meanings; null for another word.</summary>
    public string[]? LeadsAfterPossessive(ReadOnlySpan<char> word) => _leadsLookup.TryGetValue(word, out var k) ? k : null;

    private ulong _leadsFirstLengths;       // a bit per length of a reference's first word whose meaning is leads: (the last bit: 63 and longer)
    private string _leadsFirstChars = "";  // and the first characters of those words, in both cases

    /// <summary>Whether a reference whose meaning is leads:KIND ("supporters of", "the bloc of") may start with the word:
    /// false only when none does, so that a look-up of every word (<see cref="ReferenceAfterThe"/>) can be skipped.</summary>
    public bool MayLeadFrom(ReadOnlySpan<char> word) =>
        word.Length > 0 && (_leadsFirstLengths & (word.Length < 64 ? 1UL << word.Length : 1UL << 63)) != 0 && _leadsFirstChars.Contains(word[0]);

    private readonly Dictionary<string, List<(string[] Tail, string[] Means)>> _afterThe = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string[] Tail, string[] Means)>>.AlternateLookup<ReadOnlySpan<char>> _afterTheLookup;
    private readonly Text.WordShapes _afterTheShapes;

    /// <summary>The reference that starts at token <paramref name="first"/> (the word after "the"),
    /// longest first: what it may mean, and its last token; null when none starts there.</summary>
    public string[]? ReferenceAfterThe(string text, Documents.Token[] tokens, int first, out int last)
    {
        last = first;
        var word = text.AsSpan(tokens[first].Start, tokens[first].Length);
        if (!_afterTheShapes.MayHave(word) || !_afterTheLookup.TryGetValue(word, out var list)) return null;
        string[]? best = null;
        int bestLength = -1;
        foreach (var (rest, means) in list)
        {
            if (rest.Length <= bestLength || first + rest.Length >= tokens.Length) continue;
            bool ok = true;
            for (int k = 0; k < rest.Length && ok; k++)
                ok = text.AsSpan(tokens[first + 1 + k].Start, tokens[first + 1 + k].Length).Equals(rest[k], StringComparison.OrdinalIgnoreCase);
            if (!ok) continue;
            best = means;
            bestLength = rest.Length;
            last = first + rest.Length;
        }
        return best;
    }

    /// <summary>Head nouns, common nouns, country adjectives and titles (<see cref="NameRules"/>).</summary>
    public NameRules Rules { get; }

    /// <summary>Short references ("the group") and what they may stand for.</summary>
    public IReadOnlyList<(string Phrase, string[] Means)> References { get; }

    /// <summary>What the word says of a name next to it: person, title or skip (a body word alone is None,
    /// so the readers of these classes see only the cues they always did).</summary>
    public CueClass ClassOf(ReadOnlySpan<char> word) => TryGetCue(word, out var c) ? c & NameClasses : CueClass.None;

    /// <summary>The classes <see cref="ClassOf"/> gives.</summary>
    public const CueClass NameClasses = CueClass.Person | CueClass.Title | CueClass.Skip;

    /// <summary>The classes <see cref="IsBodyOrOffice"/> asks.</summary>
    public const CueClass BodyOrOffice = CueClass.Body | CueClass.Person | CueClass.Title;

    /// <summary>Every class of the word (<see cref="CueClass.None"/> for no cue): what the name stage keeps by word id, so that
    /// its rules ask <see cref="ClassOf"/> and <see cref="Is"/> of a token without hashing its text.</summary>
    public CueClass AllOf(ReadOnlySpan<char> word) => TryGetCue(word, out var c) ? c : CueClass.None;

    /// <summary>Whether the word has the class (any of the classes, for a combination), case aside.</summary>
    public bool Is(ReadOnlySpan<char> word, CueClass cls) => TryGetCue(word, out var c) && (c & cls) != 0;

    /// <summary>Whether the word tells that someone was killed, kidnapped or the like ("assassinated",
    /// "the killing of"): a name it governs is a person, whatever role word stands beside it.</summary>
    public bool IsVictim(ReadOnlySpan<char> word) => Is(word, CueClass.Victim);

    /// <summary>Whether the word names a happening that a place's name before it only locates ("the Erbil strike",
    /// "the Baghdad raid"): an event cue.</summary>
    public bool IsEvent(ReadOnlySpan<char> word) => Is(word, CueClass.Event);

    /// <summary>Whether the word is a verb of attack ("hit", "struck", "shelled"): a city right after it is where the attack
    /// fell ("rockets hit Baghdad"), not the government it may stand for.</summary>
    public bool IsAttackVerb(ReadOnlySpan<char> word) => Is(word, CueClass.AttackVerb);

    /// <summary>Whether the word names a state body or an office after a possessive ("Iran's foreign
    /// ministry", "Iraq's prime minister"): a body, person or title cue.</summary>
    public bool IsBodyOrOffice(ReadOnlySpan<char> word) => Is(word, BodyOrOffice);

    public static RoleCues Load(string dataDir)
    {
        var cues = new List<(string, CueClass)>();
        foreach (var line in DataFile.ReadTsv(Path.Combine(dataDir, "actors", "role-cues.tsv")))
        {
            if (line.Fields.Length < 2) throw line.Error("expected CUE <TAB> CLASS");
            var cls = line.Fields[1].Trim() switch
            {
                "person" => CueClass.Person,
                "title" => CueClass.Title,
                "skip" => CueClass.Skip,
                "body" => CueClass.Body,
                "event" => CueClass.Event,
                "victim" => CueClass.Victim,
                "not-name" => CueClass.NotName,
                "org-head" => CueClass.OrgHead,
                "army-body" => CueClass.ArmyBody,
                "locative" => CueClass.Locative,
                "attack-verb" => CueClass.AttackVerb,
                var c => throw line.Error($"unknown class '{c}' (person, title, skip, body, event, victim, not-name, org-head, army-body, locative, attack-verb)"),
            };
            cues.Add((line.Fields[0].Trim(), cls));
        }
        var refs = new List<(string, string[])>();
        foreach (var line in DataFile.ReadTsv(Path.Combine(dataDir, "actors", "references.tsv")))
        {
            if (line.Fields.Length < 2) throw line.Error("expected PHRASE <TAB> KINDS");
            refs.Add((line.Fields[0].Trim(), line.Fields[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        }
        return new RoleCues(cues, refs, NameRules.Load(dataDir));
    }
}
