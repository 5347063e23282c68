namespace Sitrep.Core.Events;

/// <summary>What the event lexicon knows of a word, in any case: its lower-case form (as <see cref="WordCache"/>
/// gives it), the trigger and cue phrases that start with it, and the number it writes ("24", "three").</summary>
/// <remarks>A story looks each token up once (<see cref="StoryScratch.Lexeme"/>): finding triggers, finding cues
/// and reading words each took a case-blind hash of the token before.</remarks>
internal sealed class Lexeme(string lower, List<(string[] Words, Trigger Value)>? triggers, List<(string[] Words, Cue Value)>? cues, int? cardinal)
{
    public string Lower { get; } = lower;
    /// <summary>The trigger phrases that start with the word, longest first, or null.</summary>
    public List<(string[] Words, Trigger Value)>? Triggers { get; } = triggers;
    /// <summary>The cue phrases that start with the word, longest first, or null.</summary>
    public List<(string[] Words, Cue Value)>? Cues { get; } = cues;
    /// <summary><see cref="Numbers.Cardinal"/> of the word.</summary>
    public int? Cardinal { get; } = cardinal;
    /// <summary>The word classes of <c>cues.tsv</c> the word is in (<see cref="EventLexicon.WordClasses"/>).</summary>
    public WordClass Classes { get; } = ClassesOf(cues);

    private static WordClass ClassesOf(List<(string[] Words, Cue Value)>? cues)
    {
        var classes = WordClass.None;
        if (cues is not null)
            foreach (var (words, cue) in cues)
                if (words.Length == 1) classes |= cue.Word;
        return classes;
    }
}
