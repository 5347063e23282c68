namespace Sitrep.Core.Documents;

/// <summary>Coarse class of a token.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    /// <summary>A dotted abbreviation or initial that keeps its full stop: "U.S.", "Gen.", "J.".</summary>
    Abbreviation,
    Punctuation,
    Quote,
    Dash,
    Ellipsis,
    Url,
    Symbol,
}

/// <summary>Cheap facts about a token, computed once by the tokenizer.</summary>
[Flags]
public enum TokenFlags : byte
{
    None = 0,
    Capitalized = 1,
    AllCaps = 2,
    HasDigit = 4,
    HasHyphen = 8,
    HasApostrophe = 16,
    /// <summary>No white space between this token and the one before.</summary>
    Joined = 32,
}

/// <summary>A token: a span of a story's text with its class.</summary>
/// <param name="Word">The word's id (<see cref="Text.WordIds"/>), the same for every token written the same way (case
/// and all), given by the tokenizer to words, numbers and abbreviations: a table keyed by it answers for a token without
/// hashing its text. -1 for other tokens, for a new word once the table is full, and for tokens not made by the tokenizer.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind, TokenFlags Flags, int Word = -1)
{
    public int End => Start + Length;
    public TextSpan Span => new(Start, Length);
    public bool Is(TokenFlags flag) => (Flags & flag) != 0;
}

/// <summary>A sentence: a span of a story's text and the tokens it holds.</summary>
/// <param name="Block">Index of the block (line) the sentence lies in.</param>
public readonly record struct Sentence(int Start, int Length, int FirstToken, int TokenCount, int Block)
{
    public int End => Start + Length;
    public TextSpan Span => new(Start, Length);
}

/// <summary>What a mention names.</summary>
public enum MentionKind : byte { Actor, Place, Time, Other }

/// <summary>A name found in the text, linked to a knowledge-base id (or an "unlinked:" id for a name the
/// knowledge base does not hold). <paramref name="Via"/> says how: name, context, metonym,
/// abbreviation, reference, unlinked, surname.</summary>
public readonly record struct Mention(int Start, int Length, int Sentence, MentionKind Kind, string? EntityId, string Via = "name")
{
    public int End => Start + Length;
}

/// <summary>An actor the text names that the knowledge base does not hold, kept rather than dropped.</summary>
/// <param name="Title">The office a title before the name gives, with its country ("Defence Minister of Iraq"), if any.</param>
public sealed record UnlinkedActor(string Id, string Name, string Kind, string Cue, string? Title = null);

/// <summary>A relation the text states: subject and object are actor ids; a role's object is a title.</summary>
/// <param name="Check">What the knowledge base says: confirmed, new, or contradicts (with whom).</param>
public sealed record RelationMention(string Type, string Subject, string Object, int Sentence, string Check);

/// <summary>A time expression resolved to an interval; <paramref name="Note"/> records a conflict
/// (a weekday that does not fit its date) or how the date was read.</summary>
public readonly record struct TimeMention(int Start, int Length, int Sentence, DateOnly? From, DateOnly? To, string Precision, string? Note = null)
{
    public int End => Start + Length;
}

/// <summary>A place mention resolved to a gazetteer entry.</summary>
public readonly record struct PlaceMention(int Start, int Length, int Sentence, string PlaceId, double? Lat, double? Lon, int Precision);

/// <summary>Where an event happened: a gazetteer place (with coordinates and ACLED precision) or a name
/// the gazetteer does not hold.</summary>
public sealed record EventLocation(string? PlaceId, string Name, double? Lat, double? Lon, int Precision);

/// <summary>A summary of many events: "more than 70 attacks" is 70, more_than; "several attacks" has no count.</summary>
public sealed record EventAggregate(int? Count, string? Qualifier);

/// <summary>
/// An event found in the text: a PLOVER type and mode, its roles as actor ids, where and when, its
/// status, who claimed it, counts and casualties, and the sentences that state it (the first is the
/// main evidence; a retelling merged into it adds its sentence). <see cref="Trigger"/> is the span of
/// the word or phrase that made it.
/// </summary>
public sealed record EventRecord(string Type, string? Mode, string Status)
{
    public string? Actor { get; init; }
    public string? Target { get; init; }
    public string? ClaimedBy { get; init; }
    public EventLocation? Location { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public EventAggregate? Aggregate { get; init; }
    public int? Killed { get; init; }
    public int? Injured { get; init; }
    public TextSpan Trigger { get; init; }
    public IReadOnlyList<int> Evidence { get; init; } = [];
}

/// <summary>Quoted speech: the span inside the quotation marks, its sentence, and the actor who said it
/// (null when the text does not say).</summary>
/// <param name="Question">A reporter's question in a transcript ("Q: ..."): its "we" is no side's.</param>
public readonly record struct QuoteMention(int Start, int Length, int Sentence, string? Speaker, bool Question = false)
{
    public int End => Start + Length;
}
