using Sitrep.Core.Documents;
using Sitrep.Core.Text;

namespace Sitrep.Core.Knowledge.Actors;

/// <summary>
/// The trie of folded name parts that the actor matcher and the gazetteer each build: names are cut
/// into parts (<see cref="NameParts"/>), each distinct key gets an id, and a name is a path of key
/// ids from the root. What a path's end means (an actor, candidate places) is kept by the owner,
/// indexed by node. Built once; read-only and thread-safe after.
/// </summary>
public sealed class NameTrie
{
    private readonly Tokenizer _tokenizer;
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _keyLookup;

    // The edges: the root's children by key id (0: none; no child is the root), an array since every part of
    // a document that has a key takes a first step; the edges below the root in one table.
    private int[] _rootChildren = [];
    private readonly TrieEdges _edges = new();
    private int _nodeCount = 1;

    // A bit per node: whether an edge leaves it, and whether a name ends at it. A step from a node no name continues
    // fails without reading the edge table, and a matcher asks what a name means only at a node where one ends: the
    // table's slot and the owner's entry are each a cache miss of their own, and most steps of a text end at a leaf or
    // pass nodes where no name ends (a few kilobytes of bits stay in the caches).
    private ulong[] _parents = [], _ends = [];

    private readonly bool _diminutive;

    /// <param name="diminutive">Whether keys mark the diminutive shape of a word (see <see cref="NameFolder.Fold(ReadOnlySpan{char}, Span{char}, bool)"/>):
    /// for the names of actors, not of places.</param>
    public NameTrie(Tokenizer tokenizer, bool diminutive = false)
    {
        _tokenizer = tokenizer;
        _diminutive = diminutive;
        _keyLookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        _idOfPart = IdOfPart;
    }

    // A part as written (by its shared surface id) → its key id, filled as documents are read: folding a
    // part costs more than a look-up, and news text repeats its words. Emptied whenever a key is added
    // (only while building).
    private readonly SurfaceKeys _surfaceKeys = new();
    private readonly NameParts.SurfaceLookup _idOfPart;

    /// <summary>Key id of a part as it stands in the text: its folded key's id, -1 when none.</summary>
    public int IdOfPart(ReadOnlySpan<char> part) => IdOfPart(WordIds.IdOf(part), part);

    /// <summary>Key id of a part whose surface id (<see cref="WordIds"/>, -1 when none) is known.</summary>
    public int IdOfPart(int surface, ReadOnlySpan<char> part)
    {
        if (_surfaceKeys.TryGet(surface, out var id)) return id;
        Span<char> key = stackalloc char[NameFolder.MaxKey + 1];
        int n = NameFolder.Fold(part, key, _diminutive);
        id = n == 0 ? -1 : KeyOf(key[..n]);
        if (surface >= 0) _surfaceKeys.Set(surface, id);
        return id;
    }

    public int KeyCount => _keys.Count;
    public int NodeCount => _nodeCount;

    /// <summary>Id of a folded key; -1 when no name has it.</summary>
    public int KeyOf(ReadOnlySpan<char> key) => _keyLookup.TryGetValue(key, out var id) ? id : -1;

    /// <summary>The parts of a name written on its own; with <paramref name="intern"/>, new keys get ids.</summary>
    public List<NamePart> PartsOf(string name, bool intern)
    {
        var tokens = _tokenizer.Tokenize(name);
        var parts = new List<NamePart>();
        NameParts.Scan(name, tokens, [new Sentence(0, name.Length, 0, tokens.Length, 0)], key =>
        {
            if (_keyLookup.TryGetValue(key, out var id)) return id;
            if (!intern) return -1;
            id = _keys.Count;
            _keys[key.ToString()] = id;
            _surfaceKeys.Clear();
            return id;
        }, parts, _diminutive);
        parts.RemoveAll(p => p.KeyId == NamePart.Break);
        return parts;
    }

    /// <summary>The parts of a document, with this trie's key ids.</summary>
    public void Parts(Document doc, List<NamePart> into) => NameParts.Of(doc).Resolve(_idOfPart, into);

    /// <summary>The node at the end of a name's path, making the path as needed.</summary>
    public int Insert(List<NamePart> parts)
    {
        int node = 0;
        foreach (var p in parts)
        {
            // (A part with no key, -1, makes a path no step follows: kept in the table, as the root's array has no slot for it.)
            bool root = node == 0 && p.KeyId >= 0;
            int next = root ? RootChild(p.KeyId) : _edges.Child(node, p.KeyId);
            if (next == 0)
            {
                next = _nodeCount++;
                if (root) SetRootChild(p.KeyId, next);
                else _edges.Add(node, p.KeyId, next);
                SetBit(ref _parents, node);
            }
            node = next;
        }
        SetBit(ref _ends, node);
        return node;
    }

    private static void SetBit(ref ulong[] bits, int node)
    {
        if (node >> 6 >= bits.Length) Array.Resize(ref bits, Math.Max((node >> 6) + 1, 2 * bits.Length));
        bits[node >> 6] |= 1UL << node;
    }

    private static bool Bit(ulong[] bits, int node) => (uint)(node >> 6) < (uint)bits.Length && (bits[node >> 6] & (1UL << node)) != 0;

    /// <summary>Whether a name inserted ends at <paramref name="node"/>: false where the owner keeps nothing.</summary>
    public bool EndsName(int node) => Bit(_ends, node);

    private int RootChild(int keyId) => (uint)keyId < (uint)_rootChildren.Length ? _rootChildren[keyId] : 0;

    private void SetRootChild(int keyId, int child)
    {
        if (keyId >= _rootChildren.Length) Array.Resize(ref _rootChildren, Math.Max(keyId + 1, 2 * _rootChildren.Length));
        _rootChildren[keyId] = child;
    }

    /// <summary>One step down the trie: false when no name continues with this key.</summary>
    public bool Step(int node, int keyId, out int next)
    {
        next = keyId < 0 ? 0 : node == 0 ? RootChild(keyId) : Bit(_parents, node) ? _edges.Child(node, keyId) : 0;
        return next != 0;
    }
}
