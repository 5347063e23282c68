using System.Text.Json;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Output;

/// <summary>Writes a processed page with everything the pipeline knows of it: source, stories, their
/// blocks and sentences with offsets in the story text and in the raw page.</summary>
public static class JsonlWriter
{
    public static void Write(Utf8JsonWriter w, ProcessedPage page, IReadOnlyList<string> stages)
    {
        var src = page.Page.Source;
        w.WriteStartObject();
        w.WriteString("id", src.Id);
        w.WriteString("url", src.Url);
        w.WriteString("outlet", src.Outlet);
        w.WriteString("title", src.Title);
        EvalWriter.WriteDate(w, "published", src.Published);
        w.WriteString("published_from", src.PublishedFrom);
        w.WriteString("format", page.Page.Raw.Format);
        w.WriteString("origin", src.Origin);
        w.WriteStartArray("pipeline");
        foreach (var s in stages) w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteStartArray("stories");
        foreach (var doc in page.Stories)
        {
            w.WriteStartObject();
            w.WriteString("id", doc.Id);
            w.WriteNumber("index", doc.StoryIndex);
            w.WriteString("title", doc.Title);
            w.WriteString("topic", Topic.Of(doc));
            EvalWriter.WriteDate(w, "published", doc.Published);
            w.WriteString("published_from", doc.PublishedFrom);
            w.WriteNumber("length", doc.Text.Length);
            w.WriteNumber("words", doc.WordCount);
            w.WriteNumber("tokens", doc.Tokens.Length);
            w.WriteString("text", doc.Text);
            w.WriteStartArray("sentences");
            foreach (var s in doc.Sentences)
            {
                w.WriteStartObject();
                w.WriteNumber("start", s.Start);
                w.WriteNumber("length", s.Length);
                w.WriteNumber("raw_start", doc.RawOffset(s.Start));
                w.WriteString("kind", doc.Blocks[s.Block].Kind.ToString().ToLowerInvariant());
                w.WriteString("text", doc.Text.AsSpan(s.Start, s.Length));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("mentions");
            foreach (var m in doc.Mentions)
            {
                w.WriteStartObject();
                w.WriteString("actor", m.EntityId);
                w.WriteString("text", doc.Text.AsSpan(m.Start, m.Length));
                w.WriteString("via", m.Via);
                w.WriteNumber("start", m.Start);
                w.WriteNumber("length", m.Length);
                w.WriteNumber("sentence", m.Sentence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("unlinked");
            foreach (var u in doc.Unlinked.Values)
            {
                w.WriteStartObject();
                w.WriteString("id", u.Id);
                w.WriteString("name", u.Name);
                w.WriteString("kind", u.Kind);
                w.WriteString("cue", u.Cue);
                if (u.Title is not null) w.WriteString("title", u.Title);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("times");
            foreach (var t in doc.Times)
            {
                w.WriteStartObject();
                w.WriteString("text", doc.Text.AsSpan(t.Start, t.Length));
                EvalWriter.WriteDate(w, "start", t.From);
                EvalWriter.WriteDate(w, "end", t.To);
                w.WriteString("precision", t.Precision);
                if (t.Note is not null) w.WriteString("note", t.Note);
                w.WriteNumber("sentence", t.Sentence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("places");
            foreach (var pl in doc.Places)
            {
                w.WriteStartObject();
                w.WriteString("text", doc.Text.AsSpan(pl.Start, pl.Length));
                w.WriteString("place", pl.PlaceId);
                if (pl.Lat is { } lat) w.WriteNumber("lat", lat);
                if (pl.Lon is { } lon) w.WriteNumber("lon", lon);
                w.WriteNumber("precision", pl.Precision);
                w.WriteNumber("sentence", pl.Sentence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("relations");
            foreach (var r in doc.Relations)
            {
                w.WriteStartObject();
                w.WriteString("type", r.Type);
                w.WriteString("subject", r.Subject);
                w.WriteString("object", r.Object);
                w.WriteNumber("sentence", r.Sentence);
                w.WriteString("check", r.Check);
                w.WriteString("published", page.Page.Source.Published?.ToString("yyyy-MM-dd"));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var e in doc.Events)
            {
                w.WriteStartObject();
                EvalWriter.WriteEventSlots(w, e, id => id);
                w.WriteString("trigger", doc.Text.AsSpan(e.Trigger.Start, e.Trigger.Length));
                w.WriteNumber("trigger_start", e.Trigger.Start);
                w.WriteStartArray("evidence");
                foreach (var s in e.Evidence)
                {
                    w.WriteStartObject();
                    w.WriteNumber("sentence", s);
                    w.WriteNumber("start", doc.Sentences[s].Start);
                    w.WriteNumber("length", doc.Sentences[s].Length);
                    w.WriteNumber("raw_start", doc.RawOffset(doc.Sentences[s].Start));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("quotes");
            foreach (var q in doc.Quotes)
            {
                w.WriteStartObject();
                w.WriteString("speaker", q.Speaker);
                w.WriteString("text", doc.Text.AsSpan(q.Start, q.Length));
                w.WriteNumber("start", q.Start);
                w.WriteNumber("sentence", q.Sentence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
