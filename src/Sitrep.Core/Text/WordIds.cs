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

    // An open-addressed table of its own rather than a ConcurrentDictionary: a look-up of a short word reads one slot
    // (hash, id and the word's characters inline), where the dictionary read a bucket, a node object and the key; every
    // word of every document is looked up here, and between two documents the other stages push the table out of the
    // caches, so what counts is the memory a look-up touches. Readers take no lock; a writer adds under the lock and
    // publishes a grown table whole.
    private static WordTable _table = new(1024);
    private static readonly Lock Write = new();

    /// <summary>How many words have an id.</summary>
    public static int Count => Volatile.Read(ref _table).Count;

    /// <summary>The id of a word as written; -1 once the cap is reached and the word is new.</summary>
    public static int IdOf(ReadOnlySpan<char> word) => IdOf(word, new WordKey(word));

    /// <summary>The id of a word whose key is made.</summary>
    internal static int IdOf(ReadOnlySpan<char> word, in WordKey key)
    {
        int id = Volatile.Read(ref _table).Find(word, key);
        return id >= 0 ? id : Add(word, key);
    }

    /// <summary>Reads the first slot a key would be found in, and gives its hash: for a pass over many words before
    /// their look-ups, whose reads of memory then overlap instead of waiting one after the other.</summary>
    internal static int Touch(in WordKey key) => Volatile.Read(ref _table).Touch(key);

    private static int Add(ReadOnlySpan<char> word, WordKey key)
    {
        lock (Write)
        {
            var table = _table;
            int id = table.Find(word, key);
            if (id >= 0 || table.Count >= MaxWords) return id;
            if (table.IsFull) Volatile.Write(ref _table, table = table.Grown());
            return table.Add(word.ToString(), key);
        }
    }
}

/// <summary>What the table compares of a word: a hash of it, and its characters packed one byte each when it has at most
/// 16, all ASCII and none 0 (most words): two such words are the same when their packed bytes are, so the word's text
/// need not be read from elsewhere. A packed word's hash is a mix of its two packed halves (two multiplications, where a
/// hash of each character in turn made a chain of one multiplication a character); another word's is FNV-1a over its
/// characters.</summary>
internal readonly struct WordKey
{
    public readonly int Hash; // never 0
    public readonly ulong Low, High; // both 0 when not packed
    public bool Packed => Low != 0;

    public WordKey(ReadOnlySpan<char> word)
    {
        ulong low = 0, high = 0;
        bool packs = word.Length is > 0 and <= 16;
        if (packs)
        {
            int i = 0;
            for (; i < word.Length && i < 8; i++)
            {
                char c = word[i];
                packs &= c is > '\0' and < '\u0080';
                low |= (ulong)(c & 0xFF) << (8 * i);
            }
            for (; i < word.Length; i++)
            {
                char c = word[i];
                packs &= c is > '\0' and < '\u0080';
                high |= (ulong)(c & 0xFF) << (8 * (i - 8));
            }
        }
        if (packs)
        {
            // (The bytes tell the length: no packed character is 0.)
            ulong mixed = (low ^ (high * 0xC2B2AE3D27D4EB4FUL)) * 0x9E3779B97F4A7C15UL;
            Hash = (int)(mixed >> 32) | 1;
            (Low, High) = (low, high);
            return;
        }
        uint h = 2166136261;
        foreach (char c in word) h = (h ^ c) * 16777619;
        Hash = (int)(h | 1);
        (Low, High) = (0, 0);
    }
}

/// <summary>The table of <see cref="WordIds"/>: word → id, the ids dense from 0 in the order added.</summary>
internal sealed class WordTable(int capacity)
{
    private struct Slot
    {
        public int Hash; // never 0 in a filled slot; written last, so a reader that sees it sees the rest
        public int Id;
        public ulong Low, High; // the word packed (WordKey); 0 when it is not, and its text is in _words
    }

    private readonly Slot[] _slots = new Slot[capacity];

    // Each word by id, read to compare a word that is not packed. Never outgrown: the table grows first (IsFull).
    private readonly string[] _words = new string[capacity / 2];

    public int Count { get; private set; }

    public bool IsFull => 2 * (Count + 1) > _slots.Length;

    /// <summary>The id of <paramref name="word"/>; -1 when it is not in the table.</summary>
    public int Find(ReadOnlySpan<char> word, in WordKey key)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = key.Hash & mask; ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref slots[i];
            int h = Volatile.Read(in slot.Hash);
            if (h == 0) return -1;
            if (h != key.Hash) continue;
            if (key.Packed ? slot.Low == key.Low && slot.High == key.High : slot.Low == 0 && word.SequenceEqual(_words[slot.Id])) return slot.Id;
        }
    }

    public int Touch(in WordKey key) => _slots[key.Hash & (_slots.Length - 1)].Hash;

    /// <summary>Adds a word that is not in the table (under the writers' lock) and gives its id, the next.</summary>
    public int Add(string word, WordKey key)
    {
        int id = Count;
        _words[id] = word;
        Put(new Slot { Hash = key.Hash, Id = id, Low = key.Low, High = key.High });
        return id;
    }

    private void Put(Slot slot)
    {
        int mask = _slots.Length - 1, i = slot.Hash & mask;
        while (_slots[i].Hash != 0) i = (i + 1) & mask;
        _slots[i].Id = slot.Id;
        _slots[i].Low = slot.Low;
        _slots[i].High = slot.High;
        Volatile.Write(ref _slots[i].Hash, slot.Hash);
        Count++;
    }

    /// <summary>A table twice the size with the same entries.</summary>
    public WordTable Grown()
    {
        var grown = new WordTable(2 * _slots.Length);
        Array.Copy(_words, grown._words, Count);
        foreach (var slot in _slots)
            if (slot.Hash != 0) grown.Put(slot);
        return grown;
    }
}
