using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Core.Incidents.Export;

/// <summary>
/// Incidents as JSON: one object per line (jsonl) with every slot, the contradictions and the
/// sources; or a GeoJSON FeatureCollection of the incidents that have coordinates, with flat
/// properties that GIS tools (QGIS) read as attribute columns.
/// </summary>
public sealed class IncidentJson(IncidentCatalog catalog)
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one incident per line.</summary>
    public void WriteLines(Stream output, IEnumerable<Incident> incidents)
    {
        foreach (var inc in incidents)
        {
            using (var w = new Utf8JsonWriter(output, Options)) Write(w, inc);
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>One incident: its slots (actors with id and name), its place with admin units, its
    /// contradictions with each source's claim, and its sources with the sentence each one said it in.</summary>
    public void Write(Utf8JsonWriter w, Incident inc)
    {
        w.WriteStartObject();
        w.WriteString("id", inc.Id);
        w.WriteString("type", inc.Type);
        w.WriteString("mode", inc.Mode);
        Actor(w, "actor", inc.Actor);
        Actor(w, "claimed_by", inc.ClaimedBy);
        Actor(w, "target", inc.Target);
        if (inc.PlaceId is null && inc.PlaceName is null) w.WriteNull("location");
        else
        {
            w.WriteStartObject("location");
            w.WriteString("id", inc.PlaceId);
            w.WriteString("name", inc.PlaceName);
            Number(w, "lat", inc.Lat);
            Number(w, "lon", inc.Lon);
            Number(w, "precision", inc.Precision);
            w.WriteStartArray("admin");
            foreach (var unit in catalog.AdminUnits(inc.PlaceId))
            {
                w.WriteStartObject();
                w.WriteString("id", unit.Id);
                w.WriteString("name", unit.Name);
                w.WriteString("kind", unit.Kind);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteString("start", Day(inc.Start));
        w.WriteString("end", Day(inc.End));
        w.WriteString("status", inc.Status);
        if (inc.IsAggregate)
        {
            w.WriteStartObject("aggregate");
            Number(w, "count", inc.Count);
            w.WriteString("qualifier", inc.CountQualifier);
            w.WriteEndObject();
        }
        else w.WriteNull("aggregate");
        Number(w, "killed", inc.Killed);
        Number(w, "injured", inc.Injured);
        w.WriteStartArray("contradictions");
        foreach (var c in inc.Contradictions)
        {
            w.WriteStartObject();
            w.WriteString("slot", c.Slot);
            w.WriteStartArray("claims");
            foreach (var claim in c.Claims)
            {
                w.WriteStartObject();
                w.WriteString("value", c.Slot is "actor" or "claimed_by" or "target" ? catalog.ActorName(claim.Value) : claim.Value);
                w.WriteString("story", claim.Event.Key.Story);
                w.WriteString("outlet", claim.Event.Source.Outlet);
                w.WriteString("published", claim.Event.Source.Published);
                w.WriteString("sentence", claim.Event.Source.Sentence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("sources");
        foreach (var e in inc.Events)
        {
            var s = e.Source;
            w.WriteStartObject();
            w.WriteString("story", e.Key.Story);
            w.WriteNumber("event", e.Key.Index);
            w.WriteString("outlet", s.Outlet);
            w.WriteString("url", s.Url);
            w.WriteString("title", s.Title);
            w.WriteString("published", s.Published);
            w.WriteNumber("sentence_index", s.SentenceIndex);
            w.WriteString("sentence", s.Sentence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A GeoJSON FeatureCollection (RFC 7946) of the incidents with coordinates; returns how
    /// many were left out for having none.</summary>
    public int WriteGeoJson(Stream output, IEnumerable<Incident> incidents)
    {
        int skipped = 0;
        using var w = new Utf8JsonWriter(output, Options with { Indented = false });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var inc in incidents)
        {
            if (inc.Lat is not { } lat || inc.Lon is not { } lon) { skipped++; continue; }
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", inc.Id);
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(Math.Round(lon, 6));
            w.WriteNumberValue(Math.Round(lat, 6));
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            foreach (var (name, value) in IncidentRow.Of(inc, catalog))
                w.WriteString(name, value);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        return skipped;
    }

    private void Actor(Utf8JsonWriter w, string name, string? id)
    {
        if (id is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteString("id", id);
        w.WriteString("name", catalog.ActorName(id));
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static string? Day(DateOnly? d) => Time.IsoDay.Of(d);
}
