namespace Sitrep.Core.Events;

/// <summary>The bit of a cue class in a word's <see cref="Lexeme.WordCues"/> (1 shifted by the class's index in
/// <see cref="EventLexicon.WordCueClasses"/>), or 0 for a class whose one-word cues a sentence keeps as hits.</summary>
/// <remarks>The rules name a class by its string ("preposition") hundreds of thousands of times a pass: a small
/// open-addressed table keyed by a hash of three characters and the length answers with a reference comparison (the
/// classes are interned literals) and no dictionary look-up.</remarks>
internal static class WordCueBits
{
    // Every cue class has a slot (its bit, or 0 for a class kept as hits), so that a class is found at its first slot or
    // one after it, in a table a fifth full: the rules ask one class after another token after token, and a class missing
    // from the table was probed until an empty slot each time.
    private const int Slots = 1024;
    private static readonly (string? Name, ulong Bit)[] Table = Build();

    /// <summary>The class's bit: a read of its first slot, which the JIT finds at compile time for a class written as a
    /// literal (most are), and the probe only for a class that is not at its first slot.</summary>
    public static ulong Of(string cls)
    {
        ref readonly var first = ref Table[Slot(cls)];
        return ReferenceEquals(first.Name, cls) ? first.Bit : Probe(cls);
    }

    private static ulong Probe(string cls)
    {
        var table = Table;
        for (int i = Slot(cls); table[i].Name is { } name; i = (i + 1) & (Slots - 1))
            if (ReferenceEquals(name, cls) || name == cls) return table[i].Bit;
        return 0;
    }

    private static int Slot(string cls) => (cls[0] * 7 + cls[cls.Length >> 1] * 13 + cls[^1] * 31 + cls.Length * 3) & (Slots - 1);

    private static (string?, ulong)[] Build()
    {
        var classes = EventLexicon.WordCueClasses;
        if (classes.Length > 64) throw new InvalidOperationException("at most 64 cue classes can be asked through a word's bits");
        var table = new (string?, ulong)[Slots];
        void Put(string cls, ulong bit)
        {
            int i = Slot(cls);
            while (table[i].Item1 is { } there)
            {
                if (there == cls) return;
                i = (i + 1) & (Slots - 1);
            }
            table[i] = (cls, bit);
        }
        for (int c = 0; c < classes.Length; c++) Put(classes[c], 1UL << c);
        foreach (var cls in EventLexicon.CueClasses) Put(cls, 0);
        return table;
    }
}
