namespace Sitrep.Core.Incidents;

/// <summary>What one source says of one slot of an incident: the value (an actor or place id, a day,
/// a mode or a number, as text) and the event that says it.</summary>
public sealed record SlotClaim(string Value, IncidentEvent Event);

/// <summary>A slot on which the sources of an incident disagree, with every claim made for it.</summary>
public sealed record Contradiction(string Slot, IReadOnlyList<SlotClaim> Claims)
{
    /// <summary>The values claimed, each once, in the order the claims come.</summary>
    public IEnumerable<string> Values => Claims.Select(c => c.Value).Distinct(StringComparer.Ordinal);
}

/// <summary>
/// One happening as every source tells it: the events of different stories that report it, the
/// value Sitrep settles on for each slot, and the slots where the sources disagree.
/// </summary>
public sealed record Incident(string Id, string Type, string Status, bool IsAggregate)
{
    public string? Mode { get; init; }
    public string? Actor { get; init; }
    public string? ClaimedBy { get; init; }
    public string? Target { get; init; }
    public string? PlaceId { get; init; }
    public string? PlaceName { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public int? Precision { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public int? Count { get; init; }
    public string? CountQualifier { get; init; }
    public int? Killed { get; init; }
    public int? Injured { get; init; }

    /// <summary>The events that report it, in canonical order (by date, then story id and index).</summary>
    public IReadOnlyList<IncidentEvent> Events { get; init; } = [];
    public IReadOnlyList<Contradiction> Contradictions { get; init; } = [];

    /// <summary>The slots compared across sources, in the order they are reported.</summary>
    public static readonly IReadOnlyList<string> Slots = ["actor", "claimed_by", "target", "place", "date", "mode", "killed", "injured", "count"];
}
