using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Sitrep.Core;
using Sitrep.Core.Documents;
using Sitrep.Core.Output;
using Sitrep.Core.Pipeline;

namespace Sitrep.Storage;

/// <summary>
/// Sitrep's store in one SQLite file, in WAL mode. A story is keyed by the hash of its cleaned text,
/// so storing the same article twice changes nothing. A batch of pages is one transaction: an
/// error rolls the whole batch back and leaves what was stored before untouched.
/// </summary>
public sealed partial class SqliteStore : IAsyncDisposable, IDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public string Path { get; }

    public static int SchemaVersion => Migrations.All.Count;

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and brings its schema up to date.</summary>
    public static async Task<SqliteStore> OpenAsync(string path, CancellationToken ct = default)
    {
        try
        {
            var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            var cs = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
            var connection = new SqliteConnection(cs);
            await connection.OpenAsync(ct);
            var store = new SqliteStore(connection, path);
            await store.ExecAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;", ct);
            await store.MigrateAsync(ct);
            return store;
        }
        catch (SqliteException e)
        {
            throw new SitrepException(ErrorCodes.Storage, path, $"cannot open the database: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SitrepException(ErrorCodes.Storage, path, $"cannot open the database: {e.Message}", e);
        }
    }

    private async Task MigrateAsync(CancellationToken ct)
    {
        long version = await ScalarAsync<long>("PRAGMA user_version;", ct);
        if (version > Migrations.All.Count)
            throw new SitrepException(ErrorCodes.Storage, Path,
                $"the database has schema version {version}, newer than this Sitrep knows ({Migrations.All.Count}); use a newer Sitrep");
        for (int v = (int)version; v < Migrations.All.Count; v++)
        {
            await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
            await ExecAsync(Migrations.All[v], ct, tx);
            await ExecAsync($"PRAGMA user_version = {v + 1};", ct, tx);
            await tx.CommitAsync(ct);
        }
    }

    public async Task<long> GetSchemaVersionAsync(CancellationToken ct = default) => await ScalarAsync<long>("PRAGMA user_version;", ct);

    /// <summary>Stores a batch of processed pages in one transaction. Stories already known are left alone.</summary>
    public async Task<IngestCounts> StoreAsync(IReadOnlyList<ProcessedPage> pages, string pipeline, CancellationToken ct = default)
    {
        int added = 0, known = 0;
        var now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
        try
        {
            using var exists = Command("SELECT 1 FROM stories WHERE id = $id", tx, "$id");
            using var addSource = Command("""
                INSERT INTO sources (source_key, url, outlet, title, published, published_from, format, origin, raw_sha256, raw_text, ingested_at)
                VALUES ($key, $url, $outlet, $title, $published, $from, $format, $origin, $sha, $raw, $now)
                ON CONFLICT (source_key, raw_sha256) DO UPDATE SET source_key = excluded.source_key
                RETURNING id
                """, tx, "$key", "$url", "$outlet", "$title", "$published", "$from", "$format", "$origin", "$sha", "$raw", "$now");
            using var addStory = Command("""
                INSERT INTO stories (id, source_id, story_index, title, topic, text, page_start, length, word_count, token_count, sentence_count, pipeline, ingested_at)
                VALUES ($id, $source, $index, $title, $topic, $text, $start, $length, $words, $tokens, $sentences, $pipeline, $now)
                RETURNING seq
                """, tx, "$id", "$source", "$index", "$title", "$topic", "$text", "$start", "$length", "$words", "$tokens", "$sentences", "$pipeline", "$now");
            using var addSentence = Command("INSERT INTO sentences (story_seq, idx, start, length, raw_start, kind) VALUES ($story, $idx, $start, $length, $raw, $kind)",
                tx, "$story", "$idx", "$start", "$length", "$raw", "$kind");

            using var addActor = Command("INSERT INTO story_actors (story_seq, actor_id, mentions, first_sentence, via, spans) VALUES ($s, $actor, $n, $sentence, $via, $spans)",
                tx, "$s", "$actor", "$n", "$sentence", "$via", "$spans");
            using var addUnlinked = Command("INSERT OR IGNORE INTO unlinked_actors (story_seq, actor_id, name, kind, cue) VALUES ($s, $id, $name, $kind, $cue)",
                tx, "$s", "$id", "$name", "$kind", "$cue");
            using var addRelation = Command("INSERT INTO relations (story_seq, type, subject, object, sentence, checked) VALUES ($s, $type, $subject, $object, $sentence, $checked)",
                tx, "$s", "$type", "$subject", "$object", "$sentence", "$checked");
            using var addEvent = Command("""
                INSERT INTO events (story_seq, idx, type, mode, actor, target, claimed_by, place_id, place_name, lat, lon, precision,
                    start_date, end_date, status, agg_count, agg_qualifier, aggregate, killed, injured, trigger_start, trigger_length, evidence, stage)
                VALUES ($s, $idx, $type, $mode, $actor, $target, $claimed, $place, $placeName, $lat, $lon, $precision,
                    $start, $end, $status, $count, $qualifier, $aggregate, $killed, $injured, $trigger, $triggerLength, $evidence, $stage)
                """, tx, "$s", "$idx", "$type", "$mode", "$actor", "$target", "$claimed", "$place", "$placeName", "$lat", "$lon", "$precision",
                "$start", "$end", "$status", "$count", "$qualifier", "$aggregate", "$killed", "$injured", "$trigger", "$triggerLength", "$evidence", "$stage");
            using var addQuote = Command("INSERT INTO quotes (story_seq, idx, start, length, sentence, speaker) VALUES ($s, $idx, $start, $length, $sentence, $speaker)",
                tx, "$s", "$idx", "$start", "$length", "$sentence", "$speaker");

            var inBatch = new HashSet<string>(StringComparer.Ordinal);
            foreach (var page in pages)
            {
                long? sourceId = null;
                foreach (var doc in page.Stories)
                {
                    ct.ThrowIfCancellationRequested();
                    exists.Parameters["$id"].Value = doc.Id;
                    if (!inBatch.Add(doc.Id) || await exists.ExecuteScalarAsync(ct) is not null) { known++; continue; }
                    sourceId ??= await AddSourceAsync(addSource, page, now, ct);
                    Set(addStory, ("$id", doc.Id), ("$source", sourceId), ("$index", doc.StoryIndex), ("$title", doc.Title),
                        ("$topic", Topic.Of(doc)), ("$text", doc.Text), ("$start", doc.PageSpan.Start), ("$length", doc.Text.Length),
                        ("$words", doc.WordCount), ("$tokens", doc.Tokens.Length), ("$sentences", doc.Sentences.Length),
                        ("$pipeline", pipeline), ("$now", now));
                    var seq = (long)(await addStory.ExecuteScalarAsync(ct))!;
                    for (int i = 0; i < doc.Sentences.Length; i++)
                    {
                        var s = doc.Sentences[i];
                        Set(addSentence, ("$story", seq), ("$idx", i), ("$start", s.Start), ("$length", s.Length),
                            ("$raw", doc.RawOffset(s.Start)), ("$kind", doc.Blocks[s.Block].Kind.ToString().ToLowerInvariant()));
                        await addSentence.ExecuteNonQueryAsync(ct);
                    }
                    foreach (var (actor, n, sentence, via, spans) in ActorsOf(doc))
                    {
                        Set(addActor, ("$s", seq), ("$actor", actor), ("$n", n), ("$sentence", sentence), ("$via", via), ("$spans", spans));
                        await addActor.ExecuteNonQueryAsync(ct);
                    }
                    foreach (var u in doc.Unlinked.Values)
                    {
                        Set(addUnlinked, ("$s", seq), ("$id", u.Id), ("$name", u.Name), ("$kind", u.Kind), ("$cue", u.Cue));
                        await addUnlinked.ExecuteNonQueryAsync(ct);
                    }
                    foreach (var r in doc.Relations)
                    {
                        Set(addRelation, ("$s", seq), ("$type", r.Type), ("$subject", r.Subject), ("$object", r.Object),
                            ("$sentence", r.Sentence), ("$checked", r.Check));
                        await addRelation.ExecuteNonQueryAsync(ct);
                    }
                    var eventStage = doc.Stages.FirstOrDefault(x => x.StartsWith("events@", StringComparison.Ordinal)) ?? "events";
                    for (int i = 0; i < doc.Events.Count; i++)
                    {
                        var e = doc.Events[i];
                        Set(addEvent, ("$s", seq), ("$idx", i), ("$type", e.Type), ("$mode", e.Mode), ("$actor", e.Actor), ("$target", e.Target),
                            ("$claimed", e.ClaimedBy), ("$place", e.Location?.PlaceId), ("$placeName", e.Location?.Name), ("$lat", e.Location?.Lat),
                            ("$lon", e.Location?.Lon), ("$precision", e.Location?.Precision), ("$start", Day(e.Start)), ("$end", Day(e.End)),
                            ("$status", e.Status), ("$count", e.Aggregate?.Count), ("$qualifier", e.Aggregate?.Qualifier), ("$aggregate", e.Aggregate is null ? 0 : 1),
                            ("$killed", e.Killed), ("$injured", e.Injured), ("$trigger", e.Trigger.Start), ("$triggerLength", e.Trigger.Length),
                            ("$evidence", EvidenceOf(doc, e)), ("$stage", eventStage));
                        await addEvent.ExecuteNonQueryAsync(ct);
                    }
                    for (int i = 0; i < doc.Quotes.Count; i++)
                    {
                        var q = doc.Quotes[i];
                        Set(addQuote, ("$s", seq), ("$idx", i), ("$start", q.Start), ("$length", q.Length), ("$sentence", q.Sentence), ("$speaker", q.Speaker));
                        await addQuote.ExecuteNonQueryAsync(ct);
                    }
                    added++;
                }
            }
            await tx.CommitAsync(ct);
        }
        catch (SqliteException e)
        {
            await tx.RollbackAsync(CancellationToken.None);
            throw new SitrepException(ErrorCodes.Storage, Path, $"the batch was rolled back, nothing of it stored: {e.Message}", e);
        }
        catch
        {
            await tx.RollbackAsync(CancellationToken.None);
            throw;
        }
        return new IngestCounts(added, known);
    }

    private static string? Day(DateOnly? day) => Sitrep.Core.Time.IsoDay.Of(day);

    private static string EvidenceOf(Document doc, EventRecord e) =>
        string.Join(",", e.Evidence.Select(i => $"{i}:{doc.Sentences[i].Start}+{doc.Sentences[i].Length}:{doc.RawOffset(doc.Sentences[i].Start)}"));

    /// <summary>The actors a story names, in order of first mention, with their mention spans.</summary>
    private static IEnumerable<(string Actor, int Count, int FirstSentence, string Via, string Spans)> ActorsOf(Document doc)
    {
        var byActor = new Dictionary<string, (int Count, int First, HashSet<string> Via, System.Text.StringBuilder Spans)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var m in doc.Mentions)
        {
            if (m.EntityId is not { } id) continue;
            if (!byActor.TryGetValue(id, out var entry))
            {
                entry = (0, m.Sentence, new HashSet<string>(StringComparer.Ordinal), new System.Text.StringBuilder());
                order.Add(id);
            }
            entry.Via.Add(m.Via);
            if (entry.Spans.Length > 0) entry.Spans.Append(',');
            entry.Spans.Append(m.Start).Append('+').Append(m.Length);
            byActor[id] = (entry.Count + 1, entry.First, entry.Via, entry.Spans);
        }
        foreach (var id in order)
        {
            var e = byActor[id];
            yield return (id, e.Count, e.First, string.Join(",", e.Via.Order(StringComparer.Ordinal)), e.Spans.ToString());
        }
    }

    private static async Task<long> AddSourceAsync(SqliteCommand add, ProcessedPage page, string now, CancellationToken ct)
    {
        var src = page.Page.Source;
        Set(add, ("$key", src.Id), ("$url", src.Url), ("$outlet", src.Outlet), ("$title", src.Title),
            ("$published", src.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$from", src.PublishedFrom),
            ("$format", page.Page.Raw.Format), ("$origin", src.Origin), ("$sha", Sha256(page.Page.RawText)),
            ("$raw", page.Page.RawText), ("$now", now));
        return (long)(await add.ExecuteScalarAsync(ct))!;
    }

    public async Task<IReadOnlyList<StoredStory>> ListStoriesAsync(CancellationToken ct = default)
    {
        var list = new List<StoredStory>();
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT s.id, s.title, src.outlet, src.published, src.url, s.length, s.sentence_count, s.story_index, src.source_key
            FROM stories s JOIN sources src ON src.id = s.source_id
            ORDER BY src.published IS NULL, src.published, src.source_key, s.story_index
            """;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new StoredStory(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetString(8)));
        return list;
    }

    public async Task<StoreTotals> TotalsAsync(CancellationToken ct = default)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM stories), (SELECT count(*) FROM sentences),
                   (SELECT coalesce(sum(word_count), 0) FROM stories), (SELECT min(published) FROM sources),
                   (SELECT max(published) FROM sources), (SELECT count(DISTINCT outlet) FROM sources),
                   (SELECT count(*) FROM events), (SELECT count(*) FROM events WHERE type IN ('ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'SANCTION')),
                   (SELECT count(*) FROM quotes)
            """;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return new StoreTotals(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt64(3), Str(r, 4), Str(r, 5), r.GetInt32(6),
            r.GetInt32(7), r.GetInt32(8), r.GetInt32(9));
    }

    /// <summary>How often the stored stories name an actor: mentions and stories.</summary>
    public async Task<(int Mentions, int Stories)> MentionCountAsync(string actorId, CancellationToken ct = default)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT coalesce(sum(mentions), 0), count(*) FROM story_actors WHERE actor_id = $id";
        cmd.Parameters.AddWithValue("$id", actorId);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return (r.GetInt32(0), r.GetInt32(1));
    }

    /// <summary>Mention counts of every actor named in the store.</summary>
    public async Task<Dictionary<string, int>> MentionCountsAsync(CancellationToken ct = default)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT actor_id, sum(mentions) FROM story_actors GROUP BY actor_id";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) counts[r.GetString(0)] = r.GetInt32(1);
        return counts;
    }

    /// <summary>The relations stored stories state about an actor, as subject or object, with their sources.</summary>
    public async Task<IReadOnlyList<StoredRelation>> RelationsOfAsync(string actorId, CancellationToken ct = default)
    {
        var list = new List<StoredRelation>();
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT r.type, r.subject, r.object, r.checked, src.published, src.outlet, coalesce(st.title, src.source_key),
                   substr(st.text, se.start + 1, se.length)
            FROM relations r JOIN stories st ON st.seq = r.story_seq JOIN sources src ON src.id = st.source_id
            LEFT JOIN sentences se ON se.story_seq = r.story_seq AND se.idx = r.sentence
            WHERE r.subject = $id OR r.object = $id
            ORDER BY src.published, r.type
            """;
        cmd.Parameters.AddWithValue("$id", actorId);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new StoredRelation(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7)));
        return list;
    }

    /// <summary>SQLite's own check of the file: "ok" when the database is sound.</summary>
    public async Task<string> IntegrityCheckAsync(CancellationToken ct = default) =>
        await ScalarAsync<string>("PRAGMA integrity_check;", ct);

    private SqliteCommand Command(string sql, SqliteTransaction tx, params string[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter(p, DBNull.Value));
        return cmd;
    }

    private static void Set(SqliteCommand cmd, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values) cmd.Parameters[name].Value = value ?? DBNull.Value;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private async Task ExecAsync(string sql, CancellationToken ct, SqliteTransaction? tx = null)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private async Task<T> ScalarAsync<T>(string sql, CancellationToken ct)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType((await cmd.ExecuteScalarAsync(ct))!, typeof(T), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    public void Dispose() => _connection.Dispose();
}
