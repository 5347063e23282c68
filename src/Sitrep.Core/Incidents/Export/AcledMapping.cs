using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Incidents.Export;

/// <summary>ACLED's codes for one PLOVER type and mode.</summary>
public sealed record AcledType(string Disorder, string EventType, string SubEventType);

/// <summary>ACLED's name and region for a country.</summary>
public sealed record AcledCountry(string Alpha2, int Iso, string Alpha3, string Name, string Region);

/// <summary>
/// The mapping from Sitrep's incidents to ACLED's codebook, read from <c>data/export/acled-*.tsv</c>
/// so an analyst can change it: event types per PLOVER type and mode, actor categories (inter codes)
/// per actor kind, and countries with their ISO codes and ACLED regions.
/// </summary>
public sealed class AcledMapping
{
    private readonly List<(string Type, string Mode, AcledType Acled)> _types = [];
    private readonly Dictionary<string, (int Code, string Name)> _inter = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AcledCountry> _countries = new(StringComparer.Ordinal);

    public static AcledMapping Load(string dataDir)
    {
        var map = new AcledMapping();
        var dir = Path.Combine(dataDir, "export");
        foreach (var line in DataFile.ReadTsv(Path.Combine(dir, "acled-types.tsv")))
        {
            if (line.Fields.Length != 5 || line.Fields.Any(string.IsNullOrWhiteSpace))
                throw line.Error("expected 5 tab-separated fields: TYPE MODE DISORDER_TYPE EVENT_TYPE SUB_EVENT_TYPE");
            map._types.Add((line.Fields[0], line.Fields[1], new AcledType(line.Fields[2], line.Fields[3], line.Fields[4])));
        }
        foreach (var line in DataFile.ReadTsv(Path.Combine(dir, "acled-actors.tsv")))
        {
            if (line.Fields.Length is < 2 or > 3 || !int.TryParse(line.Fields[1], out var code))
                throw line.Error("expected KIND, a numeric ACLED inter CODE and the category NAME, tab-separated");
            map._inter[line.Fields[0]] = (code, line.Fields.Length > 2 ? line.Fields[2] : "");
        }
        foreach (var line in DataFile.ReadTsv(Path.Combine(dir, "acled-countries.tsv")))
        {
            if (line.Fields.Length != 5 || !int.TryParse(line.Fields[1], out var iso))
                throw line.Error("expected 5 tab-separated fields: ALPHA2 ISO_NUMERIC ALPHA3 NAME REGION");
            map._countries[line.Fields[0]] = new AcledCountry(line.Fields[0], iso, line.Fields[2], line.Fields[3], line.Fields[4]);
        }
        return map;
    }

    /// <summary>ACLED's type for an incident, or null when ACLED codes nothing of the kind (statements).</summary>
    public AcledType? TypeOf(string type, string? mode)
    {
        foreach (var t in _types)
            if (t.Type == type && (t.Mode == mode || t.Mode == "*")) return t.Acled;
        return null;
    }

    /// <summary>ACLED's actor category for an actor kind ("foreign" for a state's forces abroad, "none" for no actor).</summary>
    public (int Code, string Name) Inter(string kind) =>
        _inter.TryGetValue(kind, out var v) ? v : _inter.TryGetValue("none", out var none) ? none : (0, "");

    public AcledCountry? Country(string? alpha2) => alpha2 is not null && _countries.TryGetValue(alpha2, out var c) ? c : null;
}
