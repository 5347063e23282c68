namespace Sitrep.Core.Incidents;

/// <summary>Where one stored event comes from: its story's id (the hash of the cleaned text, so the
/// same whatever order articles arrive in) and its index among the story's events.</summary>
public readonly record struct EventKey(string Story, int Index) : IComparable<EventKey>
{
    public int CompareTo(EventKey other)
    {
        int c = string.CompareOrdinal(Story, other.Story);
        return c != 0 ? c : Index.CompareTo(other.Index);
    }

    public override string ToString() => $"{Story}#{Index}";
}

/// <summary>The source of a stored event: the outlet, page and sentence that say it.</summary>
public sealed record EventSource(string? Outlet, string? Url, string? Title, string? Published, string? Sentence, int SentenceIndex);

/// <summary>
/// One stored event as the incident merger sees it: the slots a story gave it and where it was said.
/// Actor, target and claimant are actor ids; the place is a gazetteer id with its coordinates.
/// </summary>
public sealed record IncidentEvent(EventKey Key, string Type, string Status)
{
    public string? Mode { get; init; }
    public string? Actor { get; init; }
    public string? Target { get; init; }
    public string? ClaimedBy { get; init; }
    public string? PlaceId { get; init; }
    public string? PlaceName { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public int? Precision { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public bool IsAggregate { get; init; }
    public int? Count { get; init; }
    public string? CountQualifier { get; init; }
    public int? Killed { get; init; }
    public int? Injured { get; init; }
    public EventSource Source { get; init; } = new(null, null, null, null, null, 0);

    /// <summary>The events a merge may join: same type, status and kind (one happening or a summary).</summary>
    public (string Type, string Status, bool Aggregate) Block => (Type, Status, IsAggregate);

    /// <summary>The last day the event may have happened on (a start with no end is one day).</summary>
    public DateOnly? Last => End ?? Start;
}
