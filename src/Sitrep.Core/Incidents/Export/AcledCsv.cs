using System.Globalization;

namespace Sitrep.Core.Incidents.Export;

/// <summary>
/// Incidents as a CSV with ACLED's column names (see <c>docs</c> in the README for the mapping).
/// <list type="bullet">
/// <item>event types from <see cref="AcledMapping"/>; incidents of types ACLED does not code
///   (statements), summaries of many attacks, and future or negated events are left out;</item>
/// <item>actor1 is the actor (a person stands for the body they lead or belong to), assoc_actor_1
///   the claimant when another; actor2 the target; inter codes from the actors' kinds, "External/Other
///   forces" for a state's forces outside their own country;</item>
/// <item>admin1 to admin3 from the gazetteer's units; geo_precision the place's precision;
///   time_precision 1 for one day, 2 for a week or less, 3 for longer;</item>
/// <item>fatalities the lowest figure any source gives (0 when none does), as ACLED does; tags name
///   the slots the sources disagree on; notes hold the first source's sentence;</item>
/// <item>source the outlets; timestamp the latest publication day of the sources (Unix seconds),
///   so the same store exports the same file.</item>
/// </list>
/// </summary>
public sealed class AcledCsv(IncidentCatalog catalog, AcledMapping mapping)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>Writes the header and one row per exportable incident; returns rows written and incidents left out.</summary>
    public (int Written, int Skipped) Write(TextWriter output, IEnumerable<Incident> incidents)
    {
        output.Write(Csv.Line(Columns));
        int written = 0, skipped = 0;
        foreach (var inc in incidents)
        {
            var row = Row(inc);
            if (row is null) { skipped++; continue; }
            output.Write(Csv.Line(row));
            written++;
        }
        return (written, skipped);
    }

    /// <summary>The ACLED row of an incident, or null when ACLED would not code it.</summary>
    public string?[]? Row(Incident inc)
    {
        if (inc.Status != "reported" || inc.IsAggregate || inc.Start is not { } start) return null;
        if (mapping.TypeOf(inc.Type, inc.Mode) is not { } type) return null;
        var country = mapping.Country(catalog.Country(inc.PlaceId));
        var admin = catalog.AdminUnits(inc.PlaceId);
        string? Admin(params string[] kinds) => admin.FirstOrDefault(u => kinds.Contains(u.Kind))?.Name;
        var (actor1, person1) = Body(inc.Actor);
        var (actor2, person2) = Body(inc.Target);
        var inter1 = Inter(actor1, country);
        var inter2 = Inter(actor2, country);
        int interaction = inter2 == 0 ? inter1 * 10 : Math.Min(inter1, inter2) * 10 + Math.Max(inter1, inter2);
        var claimant = inc.ClaimedBy is { } c && c != actor1 ? catalog.ActorName(c) : null;
        int days = inc.End is { } end ? end.DayNumber - start.DayNumber : 0;
        var outlets = inc.Events.Select(e => e.Source.Outlet).OfType<string>().Distinct().Order(StringComparer.Ordinal);
        var latest = inc.Events.Select(e => e.Source.Published).OfType<string>().Max(StringComparer.Ordinal);
        long timestamp = latest is not null && DateOnly.TryParse(latest, CultureInfo.InvariantCulture, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds() : 0;
        return
        [
            (country?.Alpha3 ?? "XXX") + inc.Id["inc-".Length..],
            Time.IsoDay.Of(start),
            start.Year.ToString(CultureInfo.InvariantCulture),
            (days == 0 ? 1 : days <= 7 ? 2 : 3).ToString(CultureInfo.InvariantCulture),
            type.Disorder, type.EventType, type.SubEventType,
            actor1 is null ? null : catalog.ActorName(actor1),
            Join(claimant, person1 is null ? null : catalog.ActorName(person1)),
            inter1.ToString(CultureInfo.InvariantCulture),
            actor2 is null ? null : catalog.ActorName(actor2),
            person2 is null ? null : catalog.ActorName(person2),
            inter2.ToString(CultureInfo.InvariantCulture),
            interaction.ToString(CultureInfo.InvariantCulture),
            inter2 == 7 && inc.Type == "ASSAULT" ? "Civilian targeting" : null,
            country?.Iso.ToString(CultureInfo.InvariantCulture),
            country?.Region,
            country?.Name,
            Admin("governorate"), Admin("district"), Admin("subdistrict"),
            inc.PlaceName,
            inc.Lat?.ToString("0.0000", CultureInfo.InvariantCulture),
            inc.Lon?.ToString("0.0000", CultureInfo.InvariantCulture),
            inc.Precision?.ToString(CultureInfo.InvariantCulture),
            string.Join("; ", outlets),
            "Other",
            inc.Events.Count > 0 ? inc.Events[0].Source.Sentence : null,
            (inc.Killed ?? 0).ToString(CultureInfo.InvariantCulture),
            inc.Contradictions.Count == 0 ? null : "sources disagree: " + string.Join(", ", inc.Contradictions.Select(x => x.Slot)),
            timestamp.ToString(CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>The body an actor id stands for in ACLED's terms: a person becomes the body they hold
    /// a role in (and is kept as the associated actor).</summary>
    private (string? Body, string? Person) Body(string? id)
    {
        if (id is null || catalog.Actors[id] is not { } a || a.Kind != "person") return (id, null);
        var of = a.Roles.Select(r => r.Of).FirstOrDefault(o => o is not null && catalog.Actors[o] is { Kind: not "person" });
        return of is null ? (id, null) : (of, id);
    }

    private int Inter(string? id, AcledCountry? country)
    {
        if (id is null) return mapping.Inter("none").Code;
        var a = catalog.Actors[id];
        if (a is null) return mapping.Inter("unknown").Code;
        if (a.Kind is "state_force" or "government" && country is not null && a.Country is { } home &&
            !string.Equals(home, country.Alpha2, StringComparison.OrdinalIgnoreCase))
            return mapping.Inter("foreign").Code;
        return mapping.Inter(a.Kind).Code;
    }

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + "; " + b;
}
