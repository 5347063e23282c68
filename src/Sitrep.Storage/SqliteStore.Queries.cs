using System.Text;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Incidents;

namespace Sitrep.Storage;

public sealed partial class SqliteStore
{
    private const string IncidentColumns = """
        i.id, i.type, i.status, i.aggregate, i.mode, i.actor, i.claimed_by, i.target, i.place_id, i.place_name, i.lat, i.lon,
        i.precision, i.start_date, i.end_date, i.agg_count, i.agg_qualifier, i.killed, i.injured, i.contradictions
        """;

    /// <summary>
    /// The incidents a filter selects, by date then id. With <paramref name="withEvents"/> each comes
    /// with its events (every source, with its outlet, page and sentence) and the claims behind each
    /// slot its sources disagree on.
    /// </summary>
    public async Task<List<Incident>> QueryIncidentsAsync(IncidentFilter filter, bool withEvents = false, CancellationToken ct = default)
    {
        await using var cmd = _connection.CreateCommand();
        var where = Where(filter, cmd, await LongestSpanAsync(filter, ct));
        cmd.CommandText = $"SELECT {IncidentColumns} FROM incidents i{where} ORDER BY i.start_date IS NULL, i.start_date, i.id" +
                          (filter.Limit is { } limit ? $" LIMIT {limit}" : "");
        var incidents = new List<(Incident Incident, string Slots)>();
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) incidents.Add((ReadIncident(r), r.GetString(19)));
        if (!withEvents || incidents.Count == 0)
            return incidents.Select(x => x.Incident with { Contradictions = SlotsOnly(x.Slots) }).ToList();

        var members = await MembersAsync(incidents.Select(x => x.Incident.Id).ToList(), ct);
        return incidents.Select(x =>
        {
            var events = members.TryGetValue(x.Incident.Id, out var list) ? list : [];
            events.Sort(IncidentMerger.Canonical);
            var contradictions = x.Slots.Length == 0 ? [] : x.Slots.Split(',').Select(slot => new Contradiction(slot, IncidentResolver.Claims(slot, events))).ToList();
            return x.Incident with { Events = events, Contradictions = contradictions };
        }).ToList();
    }

    /// <summary>How many incidents a filter selects.</summary>
    public async Task<int> CountIncidentsAsync(IncidentFilter filter, CancellationToken ct = default)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM incidents i" + Where(filter, cmd, await LongestSpanAsync(filter, ct));
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct));
    }

    private static List<Contradiction> SlotsOnly(string slots) =>
        slots.Length == 0 ? [] : slots.Split(',').Select(s => new Contradiction(s, [])).ToList();

    private async Task<Dictionary<string, List<IncidentEvent>>> MembersAsync(List<string> ids, CancellationToken ct)
    {
        var byIncident = new Dictionary<string, List<IncidentEvent>>(StringComparer.Ordinal);
        // In chunks: SQLite caps the parameters of one statement.
        foreach (var chunk in ids.Chunk(500))
        {
            await using var cmd = _connection.CreateCommand();
            var names = chunk.Select((id, n) => { cmd.Parameters.AddWithValue($"$m{n}", id); return $"$m{n}"; });
            cmd.CommandText = EventSelect.Replace("SELECT st.id,", "SELECT ie.incident_id, st.id,", StringComparison.Ordinal)
                .Replace("FROM events e", "FROM incident_events ie JOIN events e ON e.story_seq = ie.story_seq AND e.idx = ie.idx", StringComparison.Ordinal)
                + $" WHERE ie.incident_id IN ({string.Join(",", names)})";
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var id = r.GetString(0);
                if (!byIncident.TryGetValue(id, out var list)) byIncident[id] = list = [];
                list.Add(ReadEvent(r, 1));
            }
        }
        return byIncident;
    }

    /// <summary>The longest incident in days (an index lookup), needed only when the filter has a start day.</summary>
    private async Task<int> LongestSpanAsync(IncidentFilter f, CancellationToken ct)
    {
        if (f.Since is null) return 0;
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT coalesce(max(span_days), 0) FROM incidents";
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct));
    }

    private static string Where(IncidentFilter f, SqliteCommand cmd, int longestSpan)
    {
        var clauses = new List<string>();
        int n = 0;
        string In(IReadOnlyCollection<string> values)
        {
            var names = values.Select(v => { var name = $"$p{n++}"; cmd.Parameters.AddWithValue(name, v); return name; });
            return "(" + string.Join(",", names) + ")";
        }
        if (f.Types is { } types) clauses.Add($"i.type IN {In(types)}");
        if (f.Modes is { } modes) clauses.Add($"i.mode IN {In(modes)}");
        if (f.Statuses is { } statuses) clauses.Add($"i.status IN {In(statuses)}");
        if (f.Actors is { } actors) { var set = In(actors); clauses.Add($"(i.actor IN {set} OR i.claimed_by IN {set})"); }
        if (f.Targets is { } targets) clauses.Add($"i.target IN {In(targets)}");
        if (f.Places is { } places) clauses.Add($"i.place_id IN {In(places)}");
        if (f.Since is { } since)
        {
            // No incident lasts longer than the longest one: those that reach the window start at
            // most that many days before it, which makes the test an index range on start_date.
            cmd.Parameters.AddWithValue("$since", Day(since));
            cmd.Parameters.AddWithValue("$earliest", Day(since.AddDays(-longestSpan)));
            clauses.Add("i.start_date >= $earliest AND coalesce(i.end_date, i.start_date) >= $since");
        }
        if (f.Until is { } until) { cmd.Parameters.AddWithValue("$until", Day(until)); clauses.Add("i.start_date <= $until"); }
        if (f.Contradicted) clauses.Add("i.contradictions <> ''");
        return clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", clauses);
    }

    private static Incident ReadIncident(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3) != 0)
    {
        Mode = Str(r, 4), Actor = Str(r, 5), ClaimedBy = Str(r, 6), Target = Str(r, 7), PlaceId = Str(r, 8), PlaceName = Str(r, 9),
        Lat = r.IsDBNull(10) ? null : r.GetDouble(10), Lon = r.IsDBNull(11) ? null : r.GetDouble(11),
        Precision = r.IsDBNull(12) ? null : r.GetInt32(12), Start = ParseDay(Str(r, 13)), End = ParseDay(Str(r, 14)),
        Count = r.IsDBNull(15) ? null : r.GetInt32(15), CountQualifier = Str(r, 16),
        Killed = r.IsDBNull(17) ? null : r.GetInt32(17), Injured = r.IsDBNull(18) ? null : r.GetInt32(18),
    };

    /// <summary>Every relation stored stories state, with how many stories state it.</summary>
    public async Task<List<Sitrep.Core.Incidents.Export.RelationCount>> RelationCountsAsync(CancellationToken ct = default)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT type, subject, object, count(DISTINCT story_seq) FROM relations GROUP BY type, subject, object ORDER BY subject, object, type";
        var list = new List<Sitrep.Core.Incidents.Export.RelationCount>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)));
        return list;
    }
}
