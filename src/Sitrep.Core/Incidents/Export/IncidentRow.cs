using System.Globalization;

namespace Sitrep.Core.Incidents.Export;

/// <summary>An incident as one flat row of named text fields: the CSV of <c>sitrep events</c> and the
/// properties of a GeoJSON feature.</summary>
public static class IncidentRow
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "type", "mode", "actor", "claimed_by", "target", "place", "admin1", "admin2", "lat", "lon", "precision",
        "start", "end", "status", "count", "killed", "injured", "sources", "contradictions", "source_url", "sentence",
    ];

    public static IEnumerable<(string Name, string? Value)> Of(Incident inc, IncidentCatalog catalog)
    {
        var admin = catalog.AdminUnits(inc.PlaceId).Where(u => u.Kind is "governorate" or "district").ToList();
        var first = inc.Events.Count > 0 ? inc.Events[0].Source : null;
        string? N(double? v) => v?.ToString(CultureInfo.InvariantCulture);
        string? A(string? id) => id is null ? null : catalog.ActorName(id);
        yield return ("id", inc.Id);
        yield return ("type", inc.Type);
        yield return ("mode", inc.Mode);
        yield return ("actor", A(inc.Actor));
        yield return ("claimed_by", A(inc.ClaimedBy));
        yield return ("target", A(inc.Target));
        yield return ("place", inc.PlaceName);
        yield return ("admin1", admin.FirstOrDefault(u => u.Kind == "governorate")?.Name);
        yield return ("admin2", admin.FirstOrDefault(u => u.Kind == "district")?.Name);
        yield return ("lat", N(inc.Lat));
        yield return ("lon", N(inc.Lon));
        yield return ("precision", N(inc.Precision));
        yield return ("start", Time.IsoDay.Of(inc.Start));
        yield return ("end", Time.IsoDay.Of(inc.End));
        yield return ("status", inc.Status);
        yield return ("count", N(inc.Count));
        yield return ("killed", N(inc.Killed));
        yield return ("injured", N(inc.Injured));
        yield return ("sources", N(inc.Events.Select(e => e.Key.Story).Distinct().Count()));
        yield return ("contradictions", string.Join(",", inc.Contradictions.Select(c => c.Slot)));
        yield return ("source_url", first?.Url);
        yield return ("sentence", first?.Sentence);
    }
}
