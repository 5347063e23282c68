namespace Sitrep.Core.Knowledge.Actors;

/// <summary>The kinds of actor FORMAT.md knows.</summary>
public static class ActorKinds
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "person", "armed_group", "coalition", "party", "government", "state_force", "organisation", "media",
    };
}

/// <summary>A date as precise as the source knows it: a year, a month or a day. Compared as the
/// interval it covers: "2023" is from 1 January to 31 December 2023.</summary>
public readonly record struct FuzzyDate(DateOnly First, DateOnly Last)
{
    public static bool TryParse(string? text, out FuzzyDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (!int.TryParse(parts[0], out int y) || y < 1800 || y > 2200) return false;
        if (parts.Length == 1) { date = new(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)); return true; }
        if (!int.TryParse(parts[1], out int m) || m < 1 || m > 12) return false;
        if (parts.Length == 2) { date = new(new DateOnly(y, m, 1), new DateOnly(y, m, DateTime.DaysInMonth(y, m))); return true; }
        if (parts.Length != 3 || !int.TryParse(parts[2], out int d) || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new(new DateOnly(y, m, d), new DateOnly(y, m, d));
        return true;
    }
}

/// <summary>A link from one actor to another, true over an interval.</summary>
public sealed record ActorLink(string Id, FuzzyDate? From, FuzzyDate? To, string? Note)
{
    /// <summary>Whether the link may hold on <paramref name="day"/> (open ends hold; unknown day holds).</summary>
    public bool HoldsOn(DateOnly? day) =>
        day is not { } d || ((From is not { } f || f.First <= d) && (To is not { } t || d <= t.Last));

    public bool EndedBefore(DateOnly? day) => day is { } d && To is { } t && t.Last < d;
}

/// <summary>A role a person holds: leader, deputy, spokesperson, member or an office with a title.</summary>
public sealed record ActorRole(string Role, string? Of, string? Title, FuzzyDate? From, FuzzyDate? To)
{
    public bool HoldsOn(DateOnly? day) =>
        day is not { } d || ((From is not { } f || f.First <= d) && (To is not { } t || d <= t.Last));

    public bool EndedBefore(DateOnly? day) => day is { } d && To is { } t && t.Last < d;
}

/// <summary>One actor of the knowledge base.</summary>
public sealed record Actor(
    string Id,
    string Name,
    string Kind,
    string? Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ContextAliases,
    IReadOnlyList<string> Metonyms,
    IReadOnlyList<ActorLink> MemberOf,
    IReadOnlyList<ActorLink> PartOf,
    IReadOnlyList<string> AlignedWith,
    IReadOnlyList<string> OpposedTo,
    IReadOnlyList<ActorRole> Roles,
    string? Notes,
    string Source)
{
    /// <summary>Every name the actor goes by: canonical, aliases, context aliases and metonyms.</summary>
    public IEnumerable<string> AllNames => new[] { Name }.Concat(Aliases).Concat(ContextAliases).Concat(Metonyms);
}
