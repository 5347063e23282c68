namespace Sitrep.Core.Knowledge.Actors;

/// <summary>
/// The edges of a <see cref="NameTrie"/> below its root, (node, key id) → child node, in one open-addressed
/// table: a step reads one slot of one array, where a map per node read a list, the node's map object and
/// its two arrays, each a cache miss of its own on text that takes a step for most of its words.
/// Filled while the trie is built; read-only and thread-safe after.
/// </summary>
internal sealed class TrieEdges
{
    private struct Edge
    {
        public int Node;
        public int Key;
        public int Child; // 0: an empty slot (no edge leads back to the root)
    }

    private Edge[] _slots = new Edge[64];
    private int _count;

    /// <summary>The child of <paramref name="node"/> under <paramref name="key"/>; 0 when there is none.</summary>
    public int Child(int node, int key)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = Slot(node, key) & mask; ; i = (i + 1) & mask)
        {
            ref readonly var edge = ref slots[i];
            if (edge.Child == 0) return 0;
            if (edge.Node == node && edge.Key == key) return edge.Child;
        }
    }

    /// <summary>Adds an edge that is not there yet.</summary>
    public void Add(int node, int key, int child)
    {
        if (2 * (_count + 1) > _slots.Length) Grow();
        Put(_slots, node, key, child);
        _count++;
    }

    private void Grow()
    {
        var bigger = new Edge[2 * _slots.Length];
        foreach (var edge in _slots)
            if (edge.Child != 0) Put(bigger, edge.Node, edge.Key, edge.Child);
        _slots = bigger;
    }

    private static void Put(Edge[] slots, int node, int key, int child)
    {
        int mask = slots.Length - 1, i = Slot(node, key) & mask;
        while (slots[i].Child != 0) i = (i + 1) & mask;
        slots[i] = new Edge { Node = node, Key = key, Child = child };
    }

    private static int Slot(int node, int key)
    {
        uint h = (uint)node * 0x9E3779B1u ^ (uint)key * 0x85EBCA77u;
        return (int)(h ^ (h >> 15));
    }
}
