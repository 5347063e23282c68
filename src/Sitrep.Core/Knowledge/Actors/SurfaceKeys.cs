using Sitrep.Core.Text;

namespace Sitrep.Core.Knowledge.Actors;

/// <summary>
/// One trie's key id for each surface id (see <see cref="WordIds"/>): an array read without a
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
                Array.Resize(ref keys, Math.Max(surface + 1, Math.Min(2 * keys.Length + 1024, WordIds.MaxWords + 64)));
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
