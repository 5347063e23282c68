using System.Text;
using Microsoft.Data.Sqlite;
using Sitrep.Core;
using Sitrep.Core.Incidents;

namespace Sitrep.Storage;

/// <summary>What one incident merge did.</summary>
public sealed record MergeReport(int NewEvents, int IncidentsRemoved, int IncidentsAdded, int Incidents, int Contradicted);

public sealed partial class SqliteStore
{
    // Every stored event with its story's id and the page and sentence it came from: of its evidence
    // sentences ("idx:start+length:raw,…"), the first in running text, since a headline says least.
    private const string EventSelect = """
        SELECT st.id, e.idx, e.type, e.status, e.mode, e.actor, e.target, e.claimed_by, e.place_id, e.place_name,
               e.lat, e.lon, e.precision, e.start_date, e.end_date, e.aggregate, e.agg_count, e.agg_qualifier,
               e.killed, e.injured, src.outlet, src.url, coalesce(st.title, src.title), src.published,
               substr(st.text, se.start + 1, se.length), se.idx, e.story_seq
        FROM events e
        JOIN stories st ON st.seq = e.story_seq
        JOIN sources src ON src.id = st.source_id
        LEFT JOIN sentences se ON se.story_seq = e.story_seq AND se.idx = (
            SELECT s2.idx FROM sentences s2
            WHERE s2.story_seq = e.story_seq AND instr(',' || e.evidence, ',' || s2.idx || ':') > 0
            ORDER BY s2.kind <> 'paragraph', s2.idx LIMIT 1)
        """;

    /// <summary>
    /// Brings the incidents up to date with the stored events. Only the events no incident holds yet
    /// are new; the merge re-runs over just the components they fall into (events whose dates chain
    /// to theirs, of the same type, status and kind), so the rest stays as it was. With
    /// <paramref name="rebuild"/>, every incident is made afresh. Either way the result is the same
    /// as merging every event at once, whatever order the articles came in. One transaction.
    /// </summary>
    public async Task<MergeReport> MergeIncidentsAsync(IncidentMerger merger, bool rebuild = false, CancellationToken ct = default)
    {
        await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
        try
        {
            if (rebuild) await ExecAsync("DELETE FROM incident_events; DELETE FROM incidents;", ct, tx);
            var fresh = await ReadEventsAsync(tx, " WHERE NOT EXISTS (SELECT 1 FROM incident_events ie WHERE ie.story_seq = e.story_seq AND ie.idx = e.idx)", [], ct);
            var seqOf = fresh.ToDictionary(f => f.Event.Key, f => (f.Seq, f.Event.Key.Index));
            var freshKeys = fresh.Select(f => f.Event.Key).ToHashSet();
            var events = new Dictionary<EventKey, IncidentEvent>();
            foreach (var f in fresh) events[f.Event.Key] = f.Event;
            // Widen each block's window until the components of the new events lie inside it.
            foreach (var block in fresh.Where(f => f.Event.Start is not null).GroupBy(f => f.Event.Block))
            {
                var lo = block.Min(f => f.Event.Start!.Value);
                var hi = block.Max(f => f.Event.Last!.Value);
                while (true)
                {
                    var around = await ReadEventsAsync(tx, """
                         WHERE e.type = $type AND e.status = $status AND e.aggregate = $aggregate
                           AND e.start_date <= $hi AND coalesce(e.end_date, e.start_date) >= $lo
                        """, [("$type", block.Key.Type), ("$status", block.Key.Status), ("$aggregate", block.Key.Aggregate ? 1 : 0), ("$lo", Day(lo)!), ("$hi", Day(hi)!)], ct);
                    foreach (var a in around) { events[a.Event.Key] = a.Event; seqOf[a.Event.Key] = (a.Seq, a.Event.Key.Index); }
                    var touched = IncidentMerger.Components(events.Values.Where(e => e.Block == block.Key && e.Start is not null))
                        .Where(c => c.Any(e => freshKeys.Contains(e.Key))).SelectMany(c => c).ToList();
                    var newLo = touched.Min(e => e.Start!.Value);
                    var newHi = touched.Max(e => e.Last!.Value);
                    if (newLo >= lo && newHi <= hi) break;
                    (lo, hi) = (newLo < lo ? newLo : lo, newHi > hi ? newHi : hi);
                }
            }
            var scope = IncidentMerger.Components(events.Values).Where(c => c.Any(e => freshKeys.Contains(e.Key))).SelectMany(c => c).ToList();

            // The incidents that held the old events of these components give way to the new merge.
            using var incidentOf = Command("SELECT incident_id FROM incident_events WHERE story_seq = $s AND idx = $i", tx, "$s", "$i");
            var stale = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var e in scope.Where(e => !freshKeys.Contains(e.Key)))
            {
                Set(incidentOf, ("$s", seqOf[e.Key].Seq), ("$i", e.Key.Index));
                if (await incidentOf.ExecuteScalarAsync(ct) is string id) stale.Add(id);
            }
            using var dropMembers = Command("DELETE FROM incident_events WHERE incident_id = $id", tx, "$id");
            using var dropIncident = Command("DELETE FROM incidents WHERE id = $id", tx, "$id");
            foreach (var id in stale)
            {
                Set(dropMembers, ("$id", id)); await dropMembers.ExecuteNonQueryAsync(ct);
                Set(dropIncident, ("$id", id)); await dropIncident.ExecuteNonQueryAsync(ct);
            }
            var merged = merger.Merge(scope);
            await WriteIncidentsAsync(tx, merged, key => seqOf[key].Seq, ct);
            await tx.CommitAsync(ct);
            var (total, contradicted) = await IncidentTotalsAsync(ct);
            return new MergeReport(fresh.Count, stale.Count, merged.Count, total, contradicted);
        }
        catch (SqliteException e)
        {
            await tx.RollbackAsync(CancellationToken.None);
            throw new SitrepException(ErrorCodes.Storage, Path, $"the incident merge was rolled back: {e.Message}", e);
        }
        catch
        {
            await tx.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task WriteIncidentsAsync(SqliteTransaction tx, IEnumerable<Incident> incidents, Func<EventKey, long> seqOf, CancellationToken ct)
    {
        using var add = Command("""
            INSERT INTO incidents (id, type, mode, actor, claimed_by, target, place_id, place_name, lat, lon, precision,
                start_date, end_date, status, aggregate, agg_count, agg_qualifier, killed, injured, sources, contradictions, span_days)
            VALUES ($id, $type, $mode, $actor, $claimed, $target, $place, $placeName, $lat, $lon, $precision,
                $start, $end, $status, $aggregate, $count, $qualifier, $killed, $injured, $sources, $contradictions, $span)
            """, tx, "$id", "$type", "$mode", "$actor", "$claimed", "$target", "$place", "$placeName", "$lat", "$lon", "$precision",
            "$start", "$end", "$status", "$aggregate", "$count", "$qualifier", "$killed", "$injured", "$sources", "$contradictions", "$span");
        using var member = Command("INSERT INTO incident_events (story_seq, idx, incident_id) VALUES ($s, $i, $id)", tx, "$s", "$i", "$id");
        foreach (var inc in incidents)
        {
            Set(add, ("$id", inc.Id), ("$type", inc.Type), ("$mode", inc.Mode), ("$actor", inc.Actor), ("$claimed", inc.ClaimedBy),
                ("$target", inc.Target), ("$place", inc.PlaceId), ("$placeName", inc.PlaceName), ("$lat", inc.Lat), ("$lon", inc.Lon),
                ("$precision", inc.Precision), ("$start", Day(inc.Start)), ("$end", Day(inc.End)), ("$status", inc.Status),
                ("$aggregate", inc.IsAggregate ? 1 : 0), ("$count", inc.Count), ("$qualifier", inc.CountQualifier),
                ("$killed", inc.Killed), ("$injured", inc.Injured), ("$sources", inc.Events.Select(e => e.Key.Story).Distinct().Count()),
                ("$contradictions", string.Join(",", inc.Contradictions.Select(c => c.Slot))),
                ("$span", inc.Start is { } first && inc.End is { } last ? last.DayNumber - first.DayNumber : 0));
            await add.ExecuteNonQueryAsync(ct);
            foreach (var e in inc.Events)
            {
                Set(member, ("$s", seqOf(e.Key)), ("$i", e.Key.Index), ("$id", inc.Id));
                await member.ExecuteNonQueryAsync(ct);
            }
        }
    }

    private async Task<List<(long Seq, IncidentEvent Event)>> ReadEventsAsync(SqliteTransaction? tx, string where,
        (string Name, object Value)[] parameters, CancellationToken ct)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = EventSelect + where;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        var list = new List<(long, IncidentEvent)>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add((r.GetInt64(26), ReadEvent(r, 0)));
        return list;
    }

    private static IncidentEvent ReadEvent(SqliteDataReader r, int at) => ReadEvent(new Offset(r, at));

    private static IncidentEvent ReadEvent(Offset r) => new(new EventKey(r.GetString(0), r.GetInt32(1)), r.GetString(2), r.GetString(3))
    {
        Mode = Str(r, 4), Actor = Str(r, 5), Target = Str(r, 6), ClaimedBy = Str(r, 7), PlaceId = Str(r, 8), PlaceName = Str(r, 9),
        Lat = r.IsDBNull(10) ? null : r.GetDouble(10), Lon = r.IsDBNull(11) ? null : r.GetDouble(11),
        Precision = r.IsDBNull(12) ? null : r.GetInt32(12), Start = ParseDay(Str(r, 13)), End = ParseDay(Str(r, 14)),
        IsAggregate = r.GetInt32(15) != 0, Count = r.IsDBNull(16) ? null : r.GetInt32(16), CountQualifier = Str(r, 17),
        Killed = r.IsDBNull(18) ? null : r.GetInt32(18), Injured = r.IsDBNull(19) ? null : r.GetInt32(19),
        Source = new EventSource(Str(r, 20), Str(r, 21), Str(r, 22), Str(r, 23), Str(r, 24), r.IsDBNull(25) ? 0 : r.GetInt32(25)),
    };

    /// <summary>A reader seen from a column on, so one row shape serves queries that put columns before it.</summary>
    private readonly record struct Offset(SqliteDataReader Reader, int At)
    {
        public bool IsDBNull(int i) => Reader.IsDBNull(At + i);
        public string GetString(int i) => Reader.GetString(At + i);
        public int GetInt32(int i) => Reader.GetInt32(At + i);
        public double GetDouble(int i) => Reader.GetDouble(At + i);
    }

    private static string? Str(Offset r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? ParseDay(string? day) => Sitrep.Core.Time.IsoDay.Parse(day);

    private async Task<(int Total, int Contradicted)> IncidentTotalsAsync(CancellationToken ct)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT count(*), coalesce(sum(contradictions <> ''), 0) FROM incidents";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return (r.GetInt32(0), r.GetInt32(1));
    }
}
