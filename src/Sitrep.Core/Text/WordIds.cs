namespace Sitrep.Core.Text;

/// <summary>
/// The word id: a dense id for each word as written ("Hezbollah", "the", "The", "al-Sudani" and its part "Sudani"),
/// given once per token by the <see cref="Tokenizer"/> (<see cref="Documents.Token.Word"/>) and shared by every stage
/// that keeps something per word: a table keyed by word id (an array, or a small open-addressed table) answers for a
/// token without hashing its text again. The name tries read it (<see cref="Knowledge.Actors.SurfaceKeys"/>: the folded
/// key of each word), and the name parts of a hyphenated word are looked up here one by one.
/// Filled as documents are read (the knowledge's own words first, as the tries are built); thread-safe. Capped, since
/// news text brings new words without end: past the cap a new word has no id (-1) and each table asks its text instead.
/// </summary>
public static class WordIds
{
    public const int MaxWords = 200_000;

    // An open-addressed table of its own rather than a ConcurrentDictionary: a look-up reads one slot (hash, id and
    // key inline) and the key, where the dictionary read a bucket, a node object and the key; every part of every
    // document is looked up here. Readers take no lock; a writer adds under the lock and publishes a grown table whole.
    private static WordTable _table = new(1024);
    private static readonly Lock Write = new();

    /// <summary>How many words have an id.</summary>
    public static int Count => Volatile.Read(ref _table).Count;

    /// <summary>The id of a word as written; -1 once the cap is reached and the word is new.</summary>
    public static int IdOf(ReadOnlySpan<char> word) => IdOf(word, WordTable.Hash(word));

    /// <summary>The id of a word whose <see cref="WordTable.Hash"/> is known.</summary>
    public static int IdOf(ReadOnlySpan<char> word, int hash)
    {
        int id = Volatile.Read(ref _table).Find(word, hash);
        return id >= 0 ? id : Add(word, hash);
    }

    private static int Add(ReadOnlySpan<char> part, int hash)
    {
        lock (Write)
        {
            var table = _table;
            int id = table.Find(part, hash);
            if (id >= 0 || table.Count >= MaxWords) return id;
            id = table.Count;
            if (table.IsFull) Volatile.Write(ref _table, table = table.Grown());
            table.Add(part.ToString(), hash, id);
            return id;
        }
    }
}

/// <summary>The table of <see cref="WordIds"/>: word → id, the ids dense from 0 in the order added.</summary>
internal sealed class WordTable(int capacity)
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
    public WordTable Grown()
    {
        var grown = new WordTable(2 * _slots.Length);
        foreach (var slot in _slots)
            if (slot.Hash != 0) grown.Add(slot.Key, slot.Hash, slot.Id);
        return grown;
    }
}

