using System.Runtime.InteropServices;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;

namespace Sitrep.Core.Knowledge.Actors;

/// <summary>How a name belongs to its actor.</summary>
public enum AliasKind : byte
{
    /// <summary>The canonical name or an alias: means the actor wherever it stands.</summary>
    Strong,
    /// <summary>Means the actor only once the story has named it by a strong name.</summary>
    Context,
    /// <summary>A place standing for the actor ("Baghdad said"), not after a locative preposition.</summary>
    Metonym,
}

/// <summary>A name found in a run of parts: parts [First, Last] name actor <see cref="Actor"/>.</summary>
public readonly record struct NameMatch(int First, int Last, int Actor, AliasKind Kind);

/// <summary>
/// Every name of every actor, compiled into one trie over folded part keys. Matching is one pass
/// over a document's parts, longest name first; part keys are looked up as spans, so nothing is
/// allocated per token. Built once; read-only and thread-safe after.
/// </summary>
public sealed class ActorMatcher
{
    private readonly NameTrie _trie;
    private readonly List<(int Actor, AliasKind Kind, uint Capitals, string Name, string? Short)?> _terminal = [];

    public ActorMatcher(Tokenizer tokenizer) => _trie = new NameTrie(tokenizer, diminutive: true);

    public int KeyCount => _trie.KeyCount;
    public int NodeCount => _trie.NodeCount;

    /// <summary>Adds a name; returns the actor that already owns it, if another one does.</summary>
    public (int Actor, string Name)? Add(string name, int actor, AliasKind kind)
    {
        var parts = PartsOf(name, intern: true);
        if (parts.Count == 0) return null;
        int node = _trie.Insert(parts);
        while (_terminal.Count < _trie.NodeCount) _terminal.Add(null);
        if (_terminal[node] is { } existing && existing.Actor != actor) return (existing.Actor, existing.Name);
        // A capitalized part of a name must stand capitalized in the text ("US House" is not "US has";
        // the surname "Badr" is not "badr"). Lower-case parts ("Iraqi government") may stand either way.
        uint capitals = 0;
        for (int k = 0; k < parts.Count && k < 32; k++) if (parts[k].Capitalized) capitals |= 1u << k;
        // A one-word name keeps its vowels too: the consonant key of a short word is too loose
        // ("Iron" would be Iran, "Homs" Hamas, "Raise" Russia).
        string? exact = parts.Count == 1 && !NameFolder.IsAcronym(name.AsSpan(parts[0].Start, parts[0].Length))
            ? NameFolder.Plain(name.AsSpan(parts[0].Start, parts[0].Length)) : null;
        if (_terminal[node] is { } same && same.Actor == actor)
        {
            // Two spellings of one actor on one path: the laxer capitals and the stronger kind hold.
            // Each one-word spelling is checked as written ("Nujaba|Nujabaa"): the first must not hide the others.
            string? shorts = same.Short is null || exact is null ? null
                : NameFolder.AnyOf(same.Short, exact) ? same.Short : same.Short + "|" + exact;
            _terminal[node] = (actor, kind < same.Kind ? kind : same.Kind, same.Capitals & capitals, same.Name, shorts);
            return null;
        }
        _terminal[node] = (actor, kind, capitals, name, exact);
        return null;
    }

    /// <summary>The actor a whole name means, if it is exactly one of the names (for look-ups by users).</summary>
    public (int Actor, AliasKind Kind)? Lookup(string name)
    {
        var parts = PartsOf(name, intern: false);
        if (parts.Count == 0) return null;
        int node = 0;
        foreach (var p in parts)
            if (!_trie.Step(node, p.KeyId, out node)) return null;
        return _terminal[node] is { } t ? (t.Actor, t.Kind) : null;
    }

    /// <summary>The parts of a document, with key ids.</summary>
    public void Parts(Document doc, List<NamePart> into) => _trie.Parts(doc, into);

    /// <summary>Every longest name in <paramref name="parts"/> of <paramref name="text"/>, left to right, none inside another.</summary>
    public void Match(string text, List<NamePart> parts, List<NameMatch> into)
    {
        // Spans, so a part or a terminal is read in place, not copied out of its list.
        var all = CollectionsMarshal.AsSpan(parts);
        var terminal = CollectionsMarshal.AsSpan(_terminal);
        int i = 0;
        while (i < all.Length)
        {
            // A part no name has (or a break) starts no name: the first step would fail.
            if (all[i].KeyId < 0) { i++; continue; }
            int node = 0, bestEnd = -1;
            (int Actor, AliasKind Kind, uint Capitals, string Name, string? Short) best = default;
            uint textCapitals = 0;
            for (int j = i; j < all.Length; j++)
            {
                ref readonly var p = ref all[j];
                if (p.Sentence != all[i].Sentence || !_trie.Step(node, p.KeyId, out node)) break;
                if (p.Capitalized && j - i < 32) textCapitals |= 1u << (j - i);
                if (_trie.EndsName(node) && terminal[node] is { } t && (t.Capitals & ~textCapitals) == 0
                    && (j > i || t.Short is null || NameFolder.SpelledAsAny(text.AsSpan(p.Start, p.Length), t.Short)))
                {
                    bestEnd = j;
                    best = t;
                }
            }
            if (bestEnd < 0) { i++; continue; }
            into.Add(new NameMatch(i, bestEnd, best.Actor, best.Kind));
            i = bestEnd + 1;
        }
    }

    private List<NamePart> PartsOf(string name, bool intern)
    {
        var parts = _trie.PartsOf(name, intern);
        // A leading "the" is no part of a name: "the Brigades" is "Brigades".
        if (parts.Count > 1 && name.AsSpan(parts[0].Start, parts[0].Length).Equals("the", StringComparison.OrdinalIgnoreCase))
            parts.RemoveAt(0);
        return parts;
    }
}
