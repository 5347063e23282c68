using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Places;

namespace Sitrep.Core.Incidents;

/// <summary>
/// Names and places behind the ids an incident holds, for queries and exports: an actor's name and
/// kind, a place's admin units, and the ids a name given on the command line stands for.
/// </summary>
public sealed class IncidentCatalog(ActorKb actors, Gazetteer places, IncidentKnowledge knowledge)
{
    public ActorKb Actors => actors;
    public Gazetteer Places => places;
    public IncidentKnowledge Knowledge => knowledge;

    /// <summary>An actor id's name; an id the knowledge base does not hold (an unlinked name) as it is.</summary>
    public string ActorName(string id) => actors[id]?.Name ?? id;

    /// <summary>The admin units holding a place, outermost first (country, governorate, district).</summary>
    public IReadOnlyList<Place> AdminUnits(string? placeId) =>
        placeId is not null && places[placeId] is { } p ? places.Ancestry(p).Skip(1).Reverse().ToList() : [];

    /// <summary>The place's country as ISO alpha-2 ("IQ"), if the gazetteer knows the place.</summary>
    public string? Country(string? placeId) => placeId is not null ? places[placeId]?.Country : null;

    /// <summary>
    /// The actor ids a name stands for in a filter: the actor (by id or any alias) and, when it is an
    /// umbrella or a parent body, every member and part below it. Null when no actor goes by the name.
    /// </summary>
    public IReadOnlyCollection<string>? ActorIds(string name)
    {
        var actor = actors[name] ?? actors.Find(name);
        if (actor is null) return null;
        var ids = new SortedSet<string>(StringComparer.Ordinal) { actor.Id };
        foreach (var other in actors.Actors)
            if (knowledge.Above(actor.Id, other.Id)) ids.Add(other.Id);
        return ids;
    }

    /// <summary>The place ids a name stands for in a filter: the places it names and every place within them.
    /// Null when no place goes by the name.</summary>
    public IReadOnlyCollection<string>? PlaceIds(string name)
    {
        var named = places.Named(name);
        if (named.Count == 0) return null;
        var ids = new SortedSet<string>(named.Select(p => p.Id), StringComparer.Ordinal);
        foreach (var p in places.Places)
            if (named.Any(n => places.AncestorsOf(p).Contains(n.Id))) ids.Add(p.Id);
        return ids;
    }
}
