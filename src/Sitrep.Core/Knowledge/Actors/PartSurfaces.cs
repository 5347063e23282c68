using System.Collections.Concurrent;

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

    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Ids.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _next;

    /// <summary>The id of a part as written; -1 once the cap is reached and the part is new.</summary>
    public static int IdOf(ReadOnlySpan<char> part)
    {
        if (Lookup.TryGetValue(part, out var id)) return id;
        if (Volatile.Read(ref _next) >= MaxSurfaces) return -1;
        // Two threads adding one part at once: one id wins and both use it; the other id is a gap.
        id = Interlocked.Increment(ref _next) - 1;
        return Ids.GetOrAdd(part.ToString(), id);
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
