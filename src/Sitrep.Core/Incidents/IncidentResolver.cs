using System.Globalization;

namespace Sitrep.Core.Incidents;

/// <summary>
/// Settles an incident's value for each slot from what its sources say, and finds the slots where
/// they disagree.
/// <list type="bullet">
/// <item>actor, claimant, target: the value most sources give; on a tie the most specific (a member
///   over its umbrella), then the first. An umbrella and its member do not disagree.</item>
/// <item>place: the finest told (a base over its province), then the most told. Places disagree when
///   neither holds the other and they are more than a few km apart.</item>
/// <item>date: the days every source allows (the intervals' overlap).</item>
/// <item>mode: the most told specific mode ("drone" over "unspecified"); two specific modes of an attack or a
///   coercion disagree.</item>
/// <item>killed, injured: the lowest figure, as ACLED codes fatalities (the most conservative
///   report); any two different figures disagree.</item>
/// <item>count (summaries): the figure of the latest window; figures disagree only over the same
///   window (same first and last day).</item>
/// </list>
/// </summary>
public sealed class IncidentResolver(IncidentKnowledge knowledge)
{
    public Incident Resolve(string id, IReadOnlyList<IncidentEvent> events)
    {
        var first = events[0];
        var place = Place(events);
        var (start, end) = Dates(events);
        var latest = events.Where(e => e.Count is not null).OrderByDescending(e => e.Last).ThenByDescending(e => e.Count).FirstOrDefault();
        return new Incident(id, first.Type, first.Status, first.IsAggregate)
        {
            Mode = Mode(events),
            Actor = ActorSlot(events, e => e.Actor),
            ClaimedBy = ActorSlot(events, e => e.ClaimedBy),
            Target = ActorSlot(events, e => e.Target),
            PlaceId = place?.PlaceId,
            PlaceName = place?.PlaceName,
            Lat = place?.Lat,
            Lon = place?.Lon,
            Precision = place?.Precision,
            Start = start,
            End = end,
            Count = latest?.Count,
            CountQualifier = latest?.CountQualifier,
            Killed = events.Min(e => e.Killed),
            Injured = events.Min(e => e.Injured),
            Events = events,
            Contradictions = Contradictions(events),
        };
    }

    private string? ActorSlot(IReadOnlyList<IncidentEvent> events, Func<IncidentEvent, string?> slot)
    {
        var told = events.Select(slot).OfType<string>().ToList();
        if (told.Count == 0) return null;
        var candidates = told.Distinct(StringComparer.Ordinal).ToList();
        return candidates
            .Select((value, order) => (value, order, n: told.Count(t => t == value), below: candidates.Count(c => knowledge.Above(c, value))))
            .OrderByDescending(c => c.n).ThenByDescending(c => c.below).ThenBy(c => c.order)
            .First().value;
    }

    private static IncidentEvent? Place(IReadOnlyList<IncidentEvent> events)
    {
        var placed = events.Where(e => e.PlaceId is not null).ToList();
        if (placed.Count == 0) return null;
        int finest = placed.Min(e => e.Precision ?? 3);
        var fine = placed.Where(e => (e.Precision ?? 3) == finest).ToList();
        return fine.Select((e, order) => (e, order, n: fine.Count(f => f.PlaceId == e.PlaceId)))
            .OrderByDescending(c => c.n).ThenBy(c => c.order).First().e;
    }

    private static (DateOnly?, DateOnly?) Dates(IReadOnlyList<IncidentEvent> events)
    {
        var dated = events.Where(e => e.Start is not null).ToList();
        if (dated.Count == 0) return (null, null);
        var start = dated.Max(e => e.Start!.Value);
        var end = dated.Min(e => e.Last!.Value);
        // Merged events overlap pairwise, so their intervals share days; keep the first's if not.
        return start <= end ? (start, end) : (dated[0].Start, dated[0].End);
    }

    private static string? Mode(IReadOnlyList<IncidentEvent> events)
    {
        var specific = events.Select(e => e.Mode).Where(m => m is not null && m != "unspecified").ToList();
        if (specific.Count == 0) return events.Select(e => e.Mode).FirstOrDefault(m => m is not null);
        return specific.GroupBy(m => m).OrderByDescending(g => g.Count()).ThenBy(g => specific.IndexOf(g.Key)).First().Key;
    }

    private List<Contradiction> Contradictions(IReadOnlyList<IncidentEvent> events)
    {
        var found = new List<Contradiction>();
        void Check(string slot, Func<IncidentEvent, IncidentEvent, bool> disagree)
        {
            // Sources disagree when two stories say things of the slot none of which fit together;
            // a story telling a slot two ways (as extraction read it) agrees with either.
            var claims = Claims(slot, events);
            var byStory = claims.GroupBy(c => c.Event.Key.Story).Select(g => g.Select(c => c.Event).ToList()).ToList();
            for (int i = 0; i < byStory.Count; i++)
                for (int j = i + 1; j < byStory.Count; j++)
                    if (byStory[i].All(a => byStory[j].All(b => disagree(a, b))))
                    {
                        found.Add(new Contradiction(slot, claims));
                        return;
                    }
        }
        Check("actor", (a, b) => !knowledge.ActorsCompatible(a.Actor!, b.Actor!));
        Check("claimed_by", (a, b) => !knowledge.ActorsCompatible(a.ClaimedBy!, b.ClaimedBy!));
        Check("target", (a, b) => !knowledge.ActorsCompatible(a.Target!, b.Target!));
        Check("place", knowledge.PlacesConflict);
        Check("date", (a, b) => a.Start > b.Last || b.Start > a.Last);
        // (The free-text modes of moves, "deployment" and "reinforcement", are two words for one move, no dispute.)
        Check("mode", (a, b) => a.Mode != b.Mode && Sitrep.Core.Events.EventLexicon.Modes.ContainsKey(a.Type));
        Check("killed", (a, b) => a.Killed != b.Killed);
        Check("injured", (a, b) => a.Injured != b.Injured);
        Check("count", (a, b) => a.Count != b.Count && a.Start == b.Start && a.Last == b.Last);
        return found;
    }

    /// <summary>What each story says of a slot: one claim per story and value (events silent on it left out).</summary>
    public static List<SlotClaim> Claims(string slot, IEnumerable<IncidentEvent> events) =>
        events.Select(e => (e, value: SlotValue(slot, e))).Where(x => x.value is not null)
            .DistinctBy(x => (x.e.Key.Story, x.value)).Select(x => new SlotClaim(x.value!, x.e)).ToList();

    /// <summary>An event's value for a slot, as text; null when it says nothing of it ("unspecified" mode included).</summary>
    public static string? SlotValue(string slot, IncidentEvent e) => slot switch
    {
        "actor" => e.Actor,
        "claimed_by" => e.ClaimedBy,
        "target" => e.Target,
        "place" => e.PlaceId,
        "date" => e.Start is null ? null : Day(e.Start) + (e.End is { } end && end != e.Start ? "/" + Day(end) : ""),
        "mode" => e.Mode is null or "unspecified" ? null : e.Mode,
        "killed" => Number(e.Killed),
        "injured" => Number(e.Injured),
        "count" => e.Count is null ? null : Number(e.Count) + " (" + Day(e.Start) + "/" + Day(e.Last) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, "not an incident slot"),
    };

    private static string? Number(int? n) => n?.ToString(CultureInfo.InvariantCulture);

    private static string? Day(DateOnly? d) => Time.IsoDay.Of(d);
}
