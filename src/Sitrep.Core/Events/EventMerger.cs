using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>
/// One event per happening within a story: sentences that retell an event (same type and status,
/// no slot in conflict, and at least one of actor, target or place in common) merge into the first
/// telling, which keeps every evidence sentence and takes the slots only the retelling gives.
/// A summary never merges with a single event. Then each event without a date takes the nearest
/// date told before it in its paragraph, else the publication date when it is reported as done;
/// events that name no actor, target or place are dropped (nothing could place or attribute them).
/// </summary>
internal static class EventMerger
{
    public static List<Draft> Merge(List<Draft> drafts, Document doc, Places.Gazetteer? gazetteer = null)
    {
        var kept = new List<Draft>();
        var byType = new Dictionary<string, List<Draft>>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            if (!byType.TryGetValue(d.Type, out var same)) byType[d.Type] = same = [];
            Draft? into = null;
            foreach (var k in same)
                if (Compatible(k, d, sameSentence: false, gazetteer)) { into = k; break; }
            if (into is not null)
            {
                // The retelling that names the place inside the other's is the finer one.
                if (into.PlaceId is not null && d.PlaceId is not null && Holds(gazetteer, into.PlaceId, d.PlaceId))
                    (into.Place, into.PlaceId, into.Also) = (d.Place, d.PlaceId, d.Also);
                into.Absorb(d);
                continue;
            }
            kept.Add(d);
            same.Add(d);
        }
        foreach (var d in kept) if (d.Start is null) FillDate(d, doc);
        kept.RemoveAll(d => d.Actor is null && d.Target is null && d.Place < 0);
        return kept;
    }

    /// <summary>Whether two drafts may tell the same happening.</summary>
    public static bool Compatible(Draft a, Draft b, bool sameSentence, Places.Gazetteer? gazetteer = null)
    {
        if (a.Type != b.Type || a.Status != b.Status) return false;
        // Acts of two sides told from each side in one sentence ("Iraq and Turkey signed an agreement
        // under which Ankara pledged ...") are one.
        if (sameSentence && a.Type is "AGREE" or "CONSULT" or "COOPERATE" && a.Actor is not null && b.Actor == a.Target && (b.Target is null || b.Target == a.Actor))
            return true;
        // "Since the assassination of X, bases have been targeted": the act named to date the other is another.
        if (sameSentence && a.Anchor != b.Anchor) return false;
        // In one sentence a summary and a bare word of it ("70 attacks using Katyusha rockets") are one.
        if (a.Aggregate != b.Aggregate && !sameSentence) return false;
        if (a.Count is not null && b.Count is not null && a.Count != b.Count) return false;
        if (!Same(a.Actor, b.Actor) || !Same(a.Target, b.Target)) return false;
        // One side cannot be both ("a US strike killed fighters who had fired rockets at US forces").
        if ((a.Actor ?? b.Actor) is { } actor && actor == (a.Target ?? b.Target)) return false;
        // "near Baghdad airport" and "over the Baghdad Diplomatic Support Center" at the airport are one place.
        if (a.PlaceId is not null && b.PlaceId is not null && a.PlaceId != b.PlaceId && !Holds(gazetteer, a.PlaceId, b.PlaceId) && !Holds(gazetteer, b.PlaceId, a.PlaceId))
            return false;
        if (a.Mode is not null && b.Mode is not null && a.Mode != b.Mode && a.Mode != "unspecified" && b.Mode != "unspecified"
            // "A Turkish drone strike ... killed three": a state's drone strike is an airstrike, told twice.
            && !(sameSentence && a.Mode is "drone" or "airstrike" && b.Mode is "drone" or "airstrike")) return false;
        if (a.Start is { } s1 && b.Start is { } s2 && (s1 > b.End || s2 > a.End)) return false;
        if (sameSentence) return true;
        bool anchor = (a.Actor is not null && a.Actor == b.Actor) || (a.Target is not null && a.Target == b.Target) || (a.PlaceId is not null && b.PlaceId is not null
                && (a.PlaceId == b.PlaceId || Holds(gazetteer, a.PlaceId, b.PlaceId, siteOnly: true) || Holds(gazetteer, b.PlaceId, a.PlaceId, siteOnly: true)));
        // A statement is one event only when one speaker makes it.
        if (!a.Material && (a.Actor is null || a.Actor != b.Actor)) return false;
        return anchor;
    }

    /// <summary>Whether the place <paramref name="outer"/> holds <paramref name="inner"/> (a province its base, an
    /// airport a facility on it); never for countries, which hold too much. Alone it ties two tellings only
    /// when the outer place is a site or town (<paramref name="siteOnly"/>).</summary>
    private static bool Holds(Places.Gazetteer? gazetteer, string outer, string inner, bool siteOnly = false) =>
        gazetteer is not null && gazetteer[inner] is { } place && gazetteer[outer] is { Kind: not "country" } container
        && (!siteOnly || container.Precision == 1) && gazetteer.AncestorsOf(place).Contains(outer);

    private static bool Same(string? x, string? y) => x is null || y is null || x == y;

    private static void FillDate(Draft d, Document doc)
    {
        int block = doc.Sentences[d.Sentence].Block;
        int offset = doc.Tokens[d.First].Start;
        TimeMention? best = null;
        foreach (var t in doc.Times)
        {
            if (t.From is null || t.Start >= offset) continue;
            if (doc.Sentences[t.Sentence].Block != block) continue;
            best = t;
        }
        if (best is { } b)
        {
            d.Start = b.From;
            d.End = b.To ?? b.From;
        }
        else if (d.Status == "reported" && !d.Aggregate && !d.Anchor && doc.Published is { } day)
        {
            d.Start = day;
            d.End = day;
        }
    }
}
