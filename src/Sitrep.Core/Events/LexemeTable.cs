namespace Sitrep.Core.Events;

/// <summary>What the story's word layer keeps of a word (<see cref="StoryScratch.For"/> copies it to each token of it):
/// its lexeme, and the lexeme's lower-case word, classes, marks and one-word cue bits, read without going to the lexeme.</summary>
internal struct WordEntry
{
    public Lexeme? Lexeme; // null: not filled yet
    public string Lower;
    public WordClass Classes;
    public ulong WordCues;
    public byte Marks;

    public static WordEntry Of(Lexeme lexeme) => new()
    {
        Lexeme = lexeme,
        Lower = lexeme.Lower,
        Classes = lexeme.Classes,
        WordCues = lexeme.WordCues,
        Marks = (byte)((lexeme.Triggers is not null ? StoryScratch.HasTriggers : 0) | (lexeme.Cues is not null ? StoryScratch.HasCues : 0)
            | (lexeme.SentencePhrases is not null ? StoryScratch.HasSentencePhrases : 0)),
    };
}

/// <summary>
/// The lexicon's word entry (<see cref="WordEntry"/>) of each word id (<see cref="Documents.Token.Word"/>, given by the
/// tokenizer): an array read by id, each word looked up in the lexicon once for the process, where the story's word layer
/// hashed each token's text again in every story (about 100 ns a token, most of it waiting for memory: the probe's slot,
/// its entry, the key's characters). Thread-safe: readers take no lock and see an entry once its lexeme is written, which
/// is written last; writers fill and grow under a lock.
/// </summary>
internal sealed class LexemeTable(EventLexicon lexicon)
{
    private WordEntry[] _entries = [];
    private readonly Lock _write = new();

    /// <summary>The entry of the word id <paramref name="id"/> (at least 0), whose text is <paramref name="word"/>.</summary>
    public ref readonly WordEntry Of(int id, ReadOnlySpan<char> word)
    {
        var entries = Volatile.Read(ref _entries);
        if ((uint)id < (uint)entries.Length)
        {
            ref var entry = ref entries[id];
            if (Volatile.Read(ref entry.Lexeme) is not null) return ref entry;
        }
        return ref Add(id, word);
    }

    private ref readonly WordEntry Add(int id, ReadOnlySpan<char> word)
    {
        var filled = WordEntry.Of(lexicon.LexemeOf(word));
        lock (_write)
        {
            var entries = _entries;
            if (id >= entries.Length)
            {
                Array.Resize(ref entries, Math.Max(id + 1, Math.Min(2 * entries.Length + 1024, Text.WordIds.MaxWords)));
                Volatile.Write(ref _entries, entries);
            }
            ref var entry = ref entries[id];
            if (entry.Lexeme is null)
            {
                var lexeme = filled.Lexeme;
                filled.Lexeme = null;
                entry = filled;
                Volatile.Write(ref entry.Lexeme, lexeme);
            }
            return ref entry;
        }
    }
}
