using System.Text.Json;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Output;

/// <summary>Writes a processed page in the shape of <c>eval/FORMAT.md</c>: one object per page, its
/// stories listed, the actors, relations and events of all its stories together.</summary>
public static class EvalWriter
{
    public static void Write(Utf8JsonWriter w, ProcessedPage page)
    {
        w.WriteStartObject();
        w.WriteString("doc", page.Page.Source.Id);
        WriteDate(w, "published", page.Page.Source.Published);
        w.WriteStartArray("stories");
        foreach (var s in page.Stories)
        {
            w.WriteStartObject();
            w.WriteString("title", s.Title);
            w.WriteString("topic", Topic.Of(s));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        // Actors, relations and events arrive with the stages that find them; until then the lists
        // are empty rather than absent, so the scorer reads a well-formed answer.
        w.WriteStartArray("actors");
        w.WriteEndArray();
        w.WriteStartArray("relations");
        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var s in page.Stories)
            foreach (var e in s.Events) WriteEvent(w, s, e);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, Document doc, EventRecord e)
    {
        w.WriteStartObject();
        w.WriteString("type", e.Type);
        w.WriteString("mode", e.Mode);
        w.WriteString("actor", e.Actor);
        w.WriteString("target", e.Target);
        if (e.Place is null) w.WriteNull("location");
        else
        {
            w.WriteStartObject("location");
            w.WriteString("name", e.Place);
            w.WriteEndObject();
        }
        WriteDate(w, "start", e.Start);
        WriteDate(w, "end", e.End);
        w.WriteString("status", e.Status);
        w.WriteNull("claimed_by");
        w.WriteNull("aggregate");
        w.WriteNull("killed");
        w.WriteNull("injured");
        w.WriteString("evidence", e.EvidenceSentences.Count > 0 ? doc.SentenceText(e.EvidenceSentences[0]) : null);
        w.WriteEndObject();
    }

    internal static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d) w.WriteString(name, d.ToString("yyyy-MM-dd"));
        else w.WriteNull(name);
    }
}
