using System.Collections.Concurrent;

namespace Sitrep.Core.Events;

/// <summary>The lower-case string of a word, interned once per distinct word for the whole process,
/// so comparing a token with "the" or "by" allocates nothing after the first time the word is seen.</summary>
internal static class WordCache
{
    private const int Limit = 500_000;
    private static readonly ConcurrentDictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Lower(ReadOnlySpan<char> word)
    {
        if (Lookup.TryGetValue(word, out var s)) return s;
        var lower = word.ToString().ToLowerInvariant();
        if (Words.Count < Limit) Words.TryAdd(lower, lower);
        return lower;
    }
}
