using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Places;

namespace Sitrep.Core.Incidents;

/// <summary>
/// What the incident merger needs to know of the world: which actors stand for each other (an
/// umbrella and its members, a body and the bodies it is part of, a person and the bodies he leads or
/// serves: a strike that killed a commander hit his group) and which places hold others
/// (a province and the bases in it). Built once from the actor knowledge base and the gazetteer.
/// </summary>
public sealed class IncidentKnowledge
{
    private readonly Dictionary<string, HashSet<string>> _actorUp;
    private readonly Dictionary<string, HashSet<string>> _placeUp;

    /// <param name="actorParents">Each actor's umbrellas and parent bodies (direct ones; the closure is computed here).</param>
    /// <param name="placeAncestors">Each place's admin units (all of them).</param>
    public IncidentKnowledge(IReadOnlyDictionary<string, IReadOnlyList<string>> actorParents,
        IReadOnlyDictionary<string, IReadOnlyList<string>> placeAncestors, double nearKm = 10)
    {
        NearKm = nearKm;
        _actorUp = new(StringComparer.Ordinal);
        foreach (var id in actorParents.Keys) _actorUp[id] = Closure(id, actorParents);
        _placeUp = placeAncestors.ToDictionary(p => p.Key, p => p.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>Knowledge with no actor or place ties: only equal ids are compatible.</summary>
    public static IncidentKnowledge Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyList<string>>());

    public static IncidentKnowledge From(ActorKb actors, Gazetteer places, double nearKm = 10) => new(
        actors.Actors.ToDictionary(a => a.Id, a => (IReadOnlyList<string>)a.MemberOf.Concat(a.PartOf).Select(l => l.Id)
            .Concat(a.Roles.Where(r => r.Of is not null).Select(r => r.Of!)).Distinct().ToList(), StringComparer.Ordinal),
        places.Places.ToDictionary(p => p.Id, p => (IReadOnlyList<string>)places.AncestorsOf(p).ToList(), StringComparer.Ordinal),
        nearKm);

    /// <summary>Two places closer than this (in km) are one place told two ways.</summary>
    public double NearKm { get; }

    /// <summary>Equal, or one is an umbrella or parent body of the other ("Kataib Hezbollah" and
    /// "the Islamic Resistance in Iraq"): both can be true of one attack.</summary>
    public bool ActorsCompatible(string a, string b) => a == b || Above(a, b) || Above(b, a);

    /// <summary>Whether <paramref name="upper"/> is an umbrella or parent body of <paramref name="lower"/>.</summary>
    public bool Above(string upper, string lower) => _actorUp.TryGetValue(lower, out var up) && up.Contains(upper);

    /// <summary>Whether <paramref name="outer"/> is one of the admin units holding <paramref name="inner"/>.</summary>
    public bool Contains(string outer, string inner) => _placeUp.TryGetValue(inner, out var up) && up.Contains(outer);

    /// <summary>The same place: one id, or two sites within <see cref="NearKm"/>.</summary>
    public bool SamePlace(IncidentEvent a, IncidentEvent b) =>
        a.PlaceId is not null && b.PlaceId is not null &&
        (a.PlaceId == b.PlaceId || (a.Precision == 1 && b.Precision == 1 && Near(a, b)));

    /// <summary>Places that cannot both be true: both told, not the same, neither holding the other.</summary>
    public bool PlacesConflict(IncidentEvent a, IncidentEvent b) =>
        a.PlaceId is { } p && b.PlaceId is { } q && !SamePlace(a, b) && !Contains(p, q) && !Contains(q, p);

    private bool Near(IncidentEvent a, IncidentEvent b) =>
        a.Lat is { } la && a.Lon is { } lo && b.Lat is { } lb && b.Lon is { } lob && Geo.DistanceKm(la, lo, lb, lob) <= NearKm;

    private static HashSet<string> Closure(string id, IReadOnlyDictionary<string, IReadOnlyList<string>> parents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([id]);
        while (stack.Count > 0)
            if (parents.TryGetValue(stack.Pop(), out var ups))
                foreach (var up in ups)
                    if (up != id && seen.Add(up)) stack.Push(up);
        return seen;
    }
}

/// <summary>Distances on the earth's surface.</summary>
public static class Geo
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance (haversine) between two points given in degrees.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        double dLat = Radians(lat2 - lat1), dLon = Radians(lon2 - lon1);
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                   Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
