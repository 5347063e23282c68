using System.Text.Json;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge.Actors;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Output;

/// <summary>Writes a processed page in the shape of <c>eval/FORMAT.md</c>: one object per page, its
/// stories listed, the actors, relations and events of all its stories together.</summary>
public static class EvalWriter
{
    public static void Write(Utf8JsonWriter w, ProcessedPage page, ActorKb? kb = null)
    {
        w.WriteStartObject();
        w.WriteString("doc", page.Page.Source.Id);
        // The source's date, or one the first story inferred from a date line; a weaker guess (the
        // latest date in the text) is no fact and stays out of this field (jsonl shows it, marked).
        var first = page.Stories.FirstOrDefault();
        var inferred = first?.PublishedFrom?.Contains("date line", StringComparison.Ordinal) == true ? first.Published : null;
        WriteDate(w, "published", page.Page.Source.Published ?? inferred);
        w.WriteStartArray("stories");
        foreach (var s in page.Stories)
        {
            w.WriteStartObject();
            w.WriteString("title", s.Title);
            w.WriteString("topic", Topic.Of(s));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        var written = WriteActors(w, page, kb);
        w.WriteStartArray("relations");
        var seen = new HashSet<(string, string, string)>();
        foreach (var s in page.Stories)
            foreach (var r in s.Relations)
            {
                // A relation of a body named only as a source ("a source close to X's office") is none of this page's.
                if (!written.Contains(r.Subject) || (r.Type != "role" && !written.Contains(r.Object))) continue;
                var subject = NameOf(s, r.Subject, kb);
                var obj = r.Type == "role" ? r.Object : NameOf(s, r.Object, kb);
                if (!seen.Add((r.Type, subject, obj))) continue;
                w.WriteStartObject();
                w.WriteString("type", r.Type);
                w.WriteString("subject", subject);
                w.WriteString("object", obj);
                w.WriteEndObject();
            }
        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var s in page.Stories)
            foreach (var e in s.Events) WriteEvent(w, s, e, kb);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Every actor the page's stories name (media outlets are sources, not actors), with the
    /// names the knowledge base knows and the spellings the page used; gives the ids written.</summary>
    private static HashSet<string> WriteActors(Utf8JsonWriter w, ProcessedPage page, ActorKb? kb)
    {
        var order = new List<string>();
        var surfaces = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var docs = new Dictionary<string, Document>(StringComparer.Ordinal);
        var acts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in page.Stories)
            foreach (var m in s.Mentions)
            {
                if (m.EntityId is not { } id || m.Kind != MentionKind.Actor || m.Via == "reference") continue;
                if (kb?[id] is { Kind: "media" }) continue;
                // A body named only as the source of a report is no actor of it.
                if (!Names.Attribution.IsSource(s, m)) acts.Add(id);
                if (!surfaces.TryGetValue(id, out var set))
                {
                    surfaces[id] = set = new SortedSet<string>(StringComparer.Ordinal);
                    order.Add(id);
                    docs[id] = s;
                }
                // ("US and coalition forces": a state's name that shares the noun of forces is no spelling of their name.)
                if (m.Via != "shared") set.Add(s.Text.Substring(m.Start, m.Length));
            }
        // An actor an event names that no mention of the page gave (a government's forces given its act, "the authorities" read
        // as the government) does something or has something done too (FORMAT.md): it is listed, with the names the knowledge
        // base knows, so the event's actor is matched by any of them.
        foreach (var s in page.Stories)
            foreach (var e in s.Events)
                foreach (var id in (ReadOnlySpan<string?>)[e.Actor, e.Target, e.ClaimedBy])
                {
                    if (id is null || kb?[id] is not { } known || known.Kind == "media" || !acts.Add(id)) continue;
                    if (!surfaces.ContainsKey(id))
                    {
                        surfaces[id] = new SortedSet<string>(StringComparer.Ordinal);
                        order.Add(id);
                        docs[id] = s;
                    }
                }
        w.WriteStartArray("actors");
        foreach (var id in order)
        {
            if (!acts.Contains(id)) continue;
            var actor = kb?[id];
            var doc = docs[id];
            w.WriteStartObject();
            w.WriteString("name", NameOf(doc, id, kb));
            w.WriteStartArray("aliases");
            var names = new SortedSet<string>(surfaces[id], StringComparer.Ordinal);
            if (actor is not null) foreach (var n in actor.Aliases.Concat(actor.ContextAliases).Concat(actor.Metonyms)) names.Add(n);
            foreach (var n in names) w.WriteStringValue(n);
            w.WriteEndArray();
            w.WriteString("kind", actor?.Kind ?? (doc.Unlinked.TryGetValue(id, out var u) ? u.Kind : "organisation"));
            w.WriteString("id", id);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        return acts;
    }

    internal static string NameOf(Document doc, string id, ActorKb? kb) =>
        kb?[id]?.Name ?? (doc.Unlinked.TryGetValue(id, out var u) ? u.Name : id);

    private static void WriteEvent(Utf8JsonWriter w, Document doc, EventRecord e, ActorKb? kb)
    {
        w.WriteStartObject();
        WriteEventSlots(w, e, id => NameOf(doc, id, kb));
        w.WriteString("evidence", e.Evidence.Count > 0 ? doc.SentenceText(e.Evidence[0]) : null);
        w.WriteEndObject();
    }

    /// <summary>An event's slots in FORMAT.md's order, actors written as <paramref name="name"/> gives them
    /// (names for the eval shape, ids for jsonl).</summary>
    internal static void WriteEventSlots(Utf8JsonWriter w, EventRecord e, Func<string, string> name)
    {
        w.WriteString("type", e.Type);
        w.WriteString("mode", e.Mode);
        w.WriteString("actor", e.Actor is null ? null : name(e.Actor));
        w.WriteString("target", e.Target is null ? null : name(e.Target));
        WriteLocation(w, e.Location);
        WriteDate(w, "start", e.Start);
        WriteDate(w, "end", e.End);
        w.WriteString("status", e.Status);
        w.WriteString("claimed_by", e.ClaimedBy is null ? null : name(e.ClaimedBy));
        WriteAggregate(w, e.Aggregate);
        WriteCount(w, "killed", e.Killed);
        WriteCount(w, "injured", e.Injured);
    }

    private static void WriteLocation(Utf8JsonWriter w, EventLocation? location)
    {
        if (location is null) { w.WriteNull("location"); return; }
        w.WriteStartObject("location");
        w.WriteString("name", location.Name);
        if (location.Lat is { } lat) w.WriteNumber("lat", Math.Round(lat, 4)); else w.WriteNull("lat");
        if (location.Lon is { } lon) w.WriteNumber("lon", Math.Round(lon, 4)); else w.WriteNull("lon");
        if (location.PlaceId is not null) w.WriteString("id", location.PlaceId);
        w.WriteNumber("precision", location.Precision);
        w.WriteEndObject();
    }

    private static void WriteAggregate(Utf8JsonWriter w, EventAggregate? aggregate)
    {
        if (aggregate is null) { w.WriteNull("aggregate"); return; }
        w.WriteStartObject("aggregate");
        if (aggregate.Count is { } n) w.WriteNumber("count", n); else w.WriteNull("count");
        w.WriteString("qualifier", aggregate.Qualifier);
        w.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } n) w.WriteNumber(name, n); else w.WriteNull(name);
    }

    internal static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d) w.WriteString(name, d.ToString("yyyy-MM-dd"));
        else w.WriteNull(name);
    }
}
