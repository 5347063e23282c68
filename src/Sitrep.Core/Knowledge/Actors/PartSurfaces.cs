namespace Sitrep.Core.Knowledge.Actors;

/// <summary>
/// A dense id for each name part as written in a text ("Hezbollah", "al-Sudani"'s "Sudani"), shared by
/// every trie: a document's parts are hashed once here, and each trie then finds its key id for a part
/// by indexing an array with the surface id (<see cref="SurfaceKeys"/>) instead of hashing the part again.
/// Filled as documents are read; thread-safe. Capped, since news text brings new words without end:
/// past the cap a part has no surface id and the tries fold it each time.
/// </summary>
public static class PartSurfaces
{
    public const int MaxSurfaces = 200_000;

    // An open-addressed table of its own rather than a ConcurrentDictionary: a look-up reads one slot (hash, id and
    // key inline) and the key, where the dictionary read a bucket, a node object and the key; every part of every
    // document is looked up here. Readers take no lock; a writer adds under the lock and publishes a grown table whole.
    private static SurfaceTable _table = new(1024);
    private static readonly Lock Write = new();

    /// <summary>The id of a part as written; -1 once the cap is reached and the part is new.</summary>
    public static int IdOf(ReadOnlySpan<char> part)
    {
        int hash = SurfaceTable.Hash(part);
        int id = Volatile.Read(ref _table).Find(part, hash);
        return id >= 0 ? id : Add(part, hash);
    }

    private static int Add(ReadOnlySpan<char> part, int hash)
    {
        lock (Write)
        {
            var table = _table;
            int id = table.Find(part, hash);
            if (id >= 0 || table.Count >= MaxSurfaces) return id;
            id = table.Count;
            if (table.IsFull) Volatile.Write(ref _table, table = table.Grown());
            table.Add(part.ToString(), hash, id);
            return id;
        }
    }
}

/// <summary>The table of <see cref="PartSurfaces"/>: surface → id, the ids dense from 0 in the order added.</summary>
internal sealed class SurfaceTable(int capacity)
{
    private struct Slot
    {
        public int Hash; // never 0 in a filled slot; written last, so a reader that sees it sees the rest
        public int Id;
        public string Key;
    }

    private readonly Slot[] _slots = new Slot[capacity];

    public int Count { get; private set; }

    public bool IsFull => 2 * (Count + 1) > _slots.Length;

    /// <summary>FNV-1a over the characters, never 0.</summary>
    public static int Hash(ReadOnlySpan<char> key)
    {
        uint h = 2166136261;
        foreach (var c in key) h = (h ^ c) * 16777619;
        return (int)(h | 1);
    }

    /// <summary>The id of <paramref name="key"/>; -1 when it is not in the table.</summary>
    public int Find(ReadOnlySpan<char> key, int hash)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref slots[i];
            int h = Volatile.Read(in slot.Hash);
            if (h == 0) return -1;
            if (h == hash && key.SequenceEqual(slot.Key)) return slot.Id;
        }
    }

    /// <summary>Adds a key that is not in the table (under the writers' lock).</summary>
    public void Add(string key, int hash, int id)
    {
        int mask = _slots.Length - 1, i = hash & mask;
        while (_slots[i].Hash != 0) i = (i + 1) & mask;
        _slots[i].Key = key;
        _slots[i].Id = id;
        Volatile.Write(ref _slots[i].Hash, hash);
        Count++;
    }

    /// <summary>A table twice the size with the same entries.</summary>
    public SurfaceTable Grown()
    {
        var grown = new SurfaceTable(2 * _slots.Length);
        foreach (var slot in _slots)
            if (slot.Hash != 0) grown.Add(slot.Key, slot.Hash, slot.Id);
        return grown;
    }
}

/// <summary>
/// One trie's key id for each surface id (see <see cref="PartSurfaces"/>): an array read without a
/// lock; a miss is folded by the caller and stored under a lock, the array grown as needed.
/// A store lost to a concurrent growth is only a miss later, folded again to the same id.
/// </summary>
internal sealed class SurfaceKeys
{
    // Key id + 2, so that 0 (the array's default) means "not known yet" and -1 (no key) is 1.
    private int[] _keys = [];
    private readonly Lock _grow = new();

    public bool TryGet(int surface, out int keyId)
    {
        var keys = Volatile.Read(ref _keys);
        int stored = (uint)surface < (uint)keys.Length ? keys[surface] : 0;
        keyId = stored - 2;
        return stored != 0;
    }

    public void Set(int surface, int keyId)
    {
        lock (_grow)
        {
            var keys = _keys;
            if (surface >= keys.Length)
            {
                Array.Resize(ref keys, Math.Max(surface + 1, Math.Min(2 * keys.Length + 1024, PartSurfaces.MaxSurfaces + 64)));
                Volatile.Write(ref _keys, keys);
            }
            keys[surface] = keyId + 2;
        }
    }

    /// <summary>Forgets every key id: a new key was added while the trie is built.</summary>
    public void Clear()
    {
        lock (_grow) Volatile.Write(ref _keys, []);
    }
}
