namespace Sitrep.Storage;

/// <summary>What one batch did to the store.</summary>
public sealed record IngestCounts(int NewStories, int KnownStories)
{
    public static IngestCounts operator +(IngestCounts a, IngestCounts b) =>
        new(a.NewStories + b.NewStories, a.KnownStories + b.KnownStories);
}

/// <summary>A stored story, as <c>sitrep articles</c> lists it.</summary>
public sealed record StoredStory(string Id, string? Title, string? Outlet, string? Published, string? Url,
    int Length, int SentenceCount, int StoryIndex, string SourceKey);

/// <summary>Totals of a store.</summary>
public sealed record StoreTotals(int Sources, int Stories, int Sentences, long Words, string? FirstPublished, string? LastPublished, int Outlets,
    int Events = 0, int MaterialEvents = 0, int Quotes = 0);

/// <summary>A relation a stored story states, with where it was said.</summary>
public sealed record StoredRelation(string Type, string Subject, string Object, string Checked, string? Published,
    string? Outlet, string? Story, string? Sentence);
