namespace Sitrep.Core.Incidents;

/// <summary>
/// Which incidents a query wants. Names are already resolved to ids: an actor to itself and, for an
/// umbrella, its members; a place to itself and every place within it. A null list does not filter.
/// Dates select incidents whose days overlap [<see cref="Since"/>, <see cref="Until"/>].
/// </summary>
public sealed record IncidentFilter
{
    public IReadOnlyCollection<string>? Types { get; init; }
    public IReadOnlyCollection<string>? Modes { get; init; }
    public IReadOnlyCollection<string>? Actors { get; init; }
    public IReadOnlyCollection<string>? Targets { get; init; }
    public IReadOnlyCollection<string>? Places { get; init; }
    public IReadOnlyCollection<string>? Statuses { get; init; }
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }

    /// <summary>Only incidents whose sources disagree on some slot.</summary>
    public bool Contradicted { get; init; }

    public int? Limit { get; init; }

    public static IncidentFilter All { get; } = new();
}
