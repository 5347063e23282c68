using System.Xml;

namespace Sitrep.Core.Incidents.Export;

/// <summary>A relation stored stories state between two actors, and in how many stories.</summary>
public sealed record RelationCount(string Type, string Subject, string Object, int Stories);

/// <summary>
/// The actor network as GraphML (Gephi, yEd, NetworkX read it): a node per actor that an incident
/// or a stated relation names; a "relation" edge per relation type between two actors, weighted by
/// the stories stating it; an "event" edge from actor to target per PLOVER type, weighted by the
/// incidents of that type. Nodes and edges come sorted, so the same store gives the same file.
/// </summary>
public sealed class ActorGraphMl(IncidentCatalog catalog)
{
    public (int Nodes, int Edges) Write(Stream output, IEnumerable<Incident> incidents, IEnumerable<RelationCount> relations)
    {
        var events = incidents.Where(i => i.Actor is not null && i.Target is not null && i.Actor != i.Target)
            .GroupBy(i => (Actor: i.Actor!, Target: i.Target!, i.Type))
            .Select(g => (g.Key.Actor, g.Key.Target, g.Key.Type, Weight: g.Count()))
            .OrderBy(e => e.Actor, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal).ToList();
        var rels = relations.Where(r => r.Subject != r.Object)
            .OrderBy(r => r.Subject, StringComparer.Ordinal).ThenBy(r => r.Object, StringComparer.Ordinal).ThenBy(r => r.Type, StringComparer.Ordinal).ToList();
        var incidentsOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            incidentsOf[e.Actor] = incidentsOf.GetValueOrDefault(e.Actor) + e.Weight;
            incidentsOf[e.Target] = incidentsOf.GetValueOrDefault(e.Target) + e.Weight;
        }
        var nodes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in events) { nodes.Add(e.Actor); nodes.Add(e.Target); }
        foreach (var r in rels) { nodes.Add(r.Subject); nodes.Add(r.Object); }

        using var w = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        w.WriteStartDocument();
        w.WriteStartElement("graphml", ns);
        Key(w, "name", "node", "name", "string");
        Key(w, "kind", "node", "kind", "string");
        Key(w, "incidents", "node", "incidents", "int");
        Key(w, "edge_kind", "edge", "kind", "string");
        Key(w, "label", "edge", "label", "string");
        Key(w, "weight", "edge", "weight", "double");
        w.WriteStartElement("graph", ns);
        w.WriteAttributeString("id", "actors");
        w.WriteAttributeString("edgedefault", "directed");
        foreach (var id in nodes)
        {
            w.WriteStartElement("node", ns);
            w.WriteAttributeString("id", id);
            Data(w, "name", catalog.ActorName(id));
            Data(w, "kind", catalog.Actors[id]?.Kind ?? "unlinked");
            Data(w, "incidents", incidentsOf.GetValueOrDefault(id).ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }
        int n = 0;
        foreach (var r in rels) Edge(w, ns, $"r{n++}", r.Subject, r.Object, "relation", r.Type, r.Stories);
        foreach (var e in events) Edge(w, ns, $"e{n++}", e.Actor, e.Target, "event", e.Type, e.Weight);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
        return (nodes.Count, n);
    }

    private static void Edge(XmlWriter w, string ns, string id, string source, string target, string kind, string label, int weight)
    {
        w.WriteStartElement("edge", ns);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("source", source);
        w.WriteAttributeString("target", target);
        Data(w, "edge_kind", kind);
        Data(w, "label", label);
        Data(w, "weight", weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    private static void Key(XmlWriter w, string id, string @for, string name, string type)
    {
        w.WriteStartElement("key", "http://graphml.graphdrawing.org/xmlns");
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", @for);
        w.WriteAttributeString("attr.name", name);
        w.WriteAttributeString("attr.type", type);
        w.WriteEndElement();
    }

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", "http://graphml.graphdrawing.org/xmlns");
        w.WriteAttributeString("key", key);
        w.WriteString(value);
        w.WriteEndElement();
    }
}
