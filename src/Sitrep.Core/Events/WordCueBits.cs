namespace Sitrep.Core.Events;

/// <summary>The bit of a cue class in a word's <see cref="Lexeme.WordCues"/> (1 shifted by the class's index in
/// <see cref="EventLexicon.WordCueClasses"/>), or 0 for a class whose one-word cues a sentence keeps as hits.</summary>
/// <remarks>The rules name a class by its string ("preposition") hundreds of thousands of times a pass: a small
/// open-addressed table keyed by a hash of three characters and the length answers with a reference comparison (the
/// classes are interned literals) and no dictionary look-up.</remarks>
internal static class WordCueBits
{
    private const int Slots = 256;
    private static readonly (string? Name, ulong Bit)[] Table = Build();

    public static ulong Of(string cls)
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
        for (int c = 0; c < classes.Length; c++)
        {
            int i = Slot(classes[c]);
            while (table[i].Item1 is not null) i = (i + 1) & (Slots - 1);
            table[i] = (classes[c], 1UL << c);
        }
        return table;
    }
}
