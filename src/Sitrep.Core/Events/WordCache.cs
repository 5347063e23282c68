using System.Collections.Concurrent;

namespace Sitrep.Core.Events;

/// <summary>The lower-case string of a word, interned once per distinct word for the whole process,
/// so comparing a token with "the" or "by" allocates nothing after the first time the word is seen.</summary>
/// <remarks>While the cache holds a word, every word equal to it ignoring case gets the same string object (the first
/// one stored, also when two threads add it at once), which is never dropped: two words kept here are equal ignoring case
/// exactly when their strings are one object (<see cref="Interned"/>, what a cue phrase's words are compared by).</remarks>
internal static class WordCache
{
    private const int Limit = 500_000;
    private static readonly ConcurrentDictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Lower(ReadOnlySpan<char> word)
    {
        if (Lookup.TryGetValue(word, out var s)) return s;
        var lower = word.ToString().ToLowerInvariant();
        return Words.Count < Limit ? Words.GetOrAdd(lower, lower) : lower;
    }

    /// <summary>The word's string in the cache (<see cref="Lower"/>), or null when the cache is full and has not got it.</summary>
    public static string? Interned(string word) => Lower(word) is var lower && ReferenceEquals(lower, Lower(word)) ? lower : null;
}
