using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Core.Incidents;

/// <summary>
/// Groups the events of different stories into incidents, one per happening.
/// <para>Events join when they have the same type, status and kind (an aggregate never joins a
/// single event; a future or negated event never joins a reported one), their dates overlap, nothing
/// they say conflicts (places that cannot both be true, actors or targets that are not the same body
/// nor an umbrella and its member), and something ties them: the same place (one gazetteer id or two
/// sites within a few km) or the same target. Two events of one story may join too: a story that
/// tells one attack twice in words its own merge kept apart ("a drone struck the outpost", "the blast
/// killed three soldiers") is one happening, and ACLED too codes one event per place and day.</para>
/// <para>The result does not depend on the order articles arrived in: events are taken in a
/// canonical order (date, then story id, which is a hash of the text, then index). Only events
/// whose dates overlap, directly or through a chain, can end up together (a "component"), so a new
/// article changes only the components its events fall into: <see cref="Components"/> finds them
/// and the store re-merges just those.</para>
/// </summary>
public sealed class IncidentMerger(IncidentKnowledge knowledge)
{
    private readonly IncidentResolver _resolver = new(knowledge);

    public IncidentKnowledge Knowledge => knowledge;

    /// <summary>Merges a set of events (every event of the components concerned) into incidents.</summary>
    public List<Incident> Merge(IEnumerable<IncidentEvent> events)
    {
        var incidents = new List<Incident>();
        foreach (var component in Components(events))
            foreach (var members in Cluster(component))
                incidents.Add(_resolver.Resolve(IdOf(members[0].Key), members));
        incidents.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return incidents;
    }

    /// <summary>The canonical order: dated events by start day, undated ones last, then by key.</summary>
    public static int Canonical(IncidentEvent a, IncidentEvent b)
    {
        int c = (a.Start ?? DateOnly.MaxValue).CompareTo(b.Start ?? DateOnly.MaxValue);
        return c != 0 ? c : a.Key.CompareTo(b.Key);
    }

    /// <summary>
    /// Splits events into groups no merge can cross: one per block (type, status, kind) and run of
    /// overlapping dates. An undated event is a group of its own. Each group is in canonical order.
    /// </summary>
    public static IEnumerable<List<IncidentEvent>> Components(IEnumerable<IncidentEvent> events)
    {
        var sorted = events.ToList();
        sorted.Sort(Canonical);
        var byBlock = new Dictionary<(string, string, bool), List<IncidentEvent>>();
        var blocks = new List<List<IncidentEvent>>();
        foreach (var e in sorted)
        {
            if (e.Start is null) { yield return [e]; continue; }
            if (!byBlock.TryGetValue(e.Block, out var list)) { byBlock[e.Block] = list = []; blocks.Add(list); }
            list.Add(e);
        }
        foreach (var block in blocks)
        {
            // Sorted by start: a run continues while the next start falls on or before the run's last day.
            var run = new List<IncidentEvent>();
            DateOnly runEnd = DateOnly.MinValue;
            foreach (var e in block)
            {
                if (run.Count > 0 && e.Start!.Value > runEnd) { yield return run; run = []; }
                run.Add(e);
                if (e.Last!.Value > runEnd || run.Count == 1) runEnd = e.Last!.Value;
            }
            if (run.Count > 0) yield return run;
        }
    }

    /// <summary>Greedy grouping of one component in canonical order: each event joins the incident it
    /// fits best (the most ties, then the earliest made), or starts a new one.</summary>
    /// <remarks>A sweep: events come by start day, and a group whose earliest-ending member ends before
    /// the event starts can take no later event either (its dates would not overlap), so it leaves the
    /// active list. Only groups of the days at hand are tried: near-linear over years of events.</remarks>
    private List<List<IncidentEvent>> Cluster(List<IncidentEvent> component)
    {
        if (component.Count == 1) return [component];
        var groups = new List<List<IncidentEvent>>();
        var active = new List<(List<IncidentEvent> Group, DateOnly Until)>();
        foreach (var e in component)
        {
            active.RemoveAll(a => a.Until < e.Start!.Value);
            int best = -1, bestScore = 0;
            for (int i = 0; i < active.Count; i++)
            {
                int score = Fit(e, active[i].Group);
                if (score > bestScore) (best, bestScore) = (i, score);
            }
            if (best < 0)
            {
                groups.Add([e]);
                active.Add((groups[^1], e.Last!.Value));
            }
            else
            {
                var (group, until) = active[best];
                group.Add(e);
                active[best] = (group, e.Last!.Value < until ? e.Last!.Value : until);
            }
        }
        return groups;
    }

    /// <summary>How well an event fits a group: 0 when it may not join, else the ties it has with the members.</summary>
    private int Fit(IncidentEvent e, List<IncidentEvent> group)
    {
        int ties = 0;
        foreach (var m in group)
        {
            if (Conflict(e, m)) return 0;
            ties += Ties(e, m);
        }
        return ties;
    }

    /// <summary>Things two events say of one happening that cannot both be true.</summary>
    public bool Conflict(IncidentEvent a, IncidentEvent b)
    {
        if (a.Block != b.Block) return true;
        if (a.Start is not { } s1 || b.Start is not { } s2 || s1 > b.Last!.Value || s2 > a.Last!.Value) return true;
        // Two summaries are one only over the same window's start ("since mid-October").
        if (a.IsAggregate && a.Start != b.Start) return true;
        if (knowledge.PlacesConflict(a, b)) return true;
        bool samePlace = knowledge.SamePlace(a, b);
        // Different actors at the same place against the same target: one attack the sources
        // attribute differently, kept as one incident with a contradiction. Different targets at the
        // same place by one (or an unnamed) actor: one attack told as hitting the base or the troops
        // in it. Anywhere else, two happenings.
        if (!Compatible(a.Actor, b.Actor) && !(samePlace && a.Target is not null && a.Target == b.Target)) return true;
        if (!Compatible(a.Target, b.Target) && !(samePlace && Compatible(a.Actor, b.Actor))) return true;
        return false;
    }

    /// <summary>What ties two events to one happening: the same place, the same target (and, as a
    /// tie-breaker only, the same actor, day or mode). Zero ties of the first kind, no merge.</summary>
    public int Ties(IncidentEvent a, IncidentEvent b)
    {
        bool samePlace = knowledge.SamePlace(a, b);
        bool sameTarget = a.Target is not null && b.Target is not null && knowledge.ActorsCompatible(a.Target, b.Target);
        if (!samePlace && !sameTarget) return 0;
        // A single event dated only loosely ("in October") overlaps every attack of the month: it
        // joins one only when both place and target tie it there.
        if (!a.IsAggregate && (Wide(a) || Wide(b)) && !(samePlace && sameTarget)) return 0;
        int ties = (samePlace ? 4 : 0) + (sameTarget ? 2 : 0);
        if (a.Actor is not null && a.Actor == b.Actor) ties++;
        if (a.Start == b.Start && a.End == b.End) ties++;
        if (a.Mode is not null && a.Mode == b.Mode && a.Mode != "unspecified") ties++;
        return ties;
    }

    /// <summary>Dated to more than a week.</summary>
    private static bool Wide(IncidentEvent e) => e.Start is { } s && e.Last is { } l && l.DayNumber - s.DayNumber > 7;

    private bool Compatible(string? a, string? b) => a is null || b is null || knowledge.ActorsCompatible(a, b);

    /// <summary>An incident's id: from its first event in canonical order, so it is the same whatever
    /// order the articles came in.</summary>
    public static string IdOf(EventKey first) =>
        "inc-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first.ToString())))[..16];
}
