namespace Sitrep.Storage;

/// <summary>
/// The schema, as an ordered list of migrations. The database's <c>PRAGMA user_version</c> says
/// how many have run; opening a store runs the rest, each in its own transaction. Never edit a
/// migration that has shipped: add the next one.
/// </summary>
public static class Migrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: pages (sources), their stories keyed by the hash of the cleaned text, and sentences.
        """
        CREATE TABLE sources (
            id            INTEGER PRIMARY KEY,
            source_key    TEXT NOT NULL,
            url           TEXT,
            outlet        TEXT,
            title         TEXT,
            published     TEXT,
            published_from TEXT,
            format        TEXT NOT NULL,
            origin        TEXT NOT NULL,
            raw_sha256    TEXT NOT NULL,
            raw_text      TEXT NOT NULL,
            ingested_at   TEXT NOT NULL,
            UNIQUE (source_key, raw_sha256)
        );
        CREATE TABLE stories (
            seq            INTEGER PRIMARY KEY,
            id             TEXT NOT NULL UNIQUE,
            source_id      INTEGER NOT NULL REFERENCES sources(id),
            story_index    INTEGER NOT NULL,
            title          TEXT,
            topic          TEXT,
            text           TEXT NOT NULL,
            page_start     INTEGER NOT NULL,
            length         INTEGER NOT NULL,
            word_count     INTEGER NOT NULL,
            token_count    INTEGER NOT NULL,
            sentence_count INTEGER NOT NULL,
            pipeline       TEXT NOT NULL,
            ingested_at    TEXT NOT NULL
        );
        CREATE INDEX stories_source ON stories(source_id);
        -- Keyed by the story's sequence number, not its hash, so rows are appended in order
        -- (random keys scatter inserts over the B-tree: the bench saw batches slow down as it grew).
        CREATE TABLE sentences (
            story_seq INTEGER NOT NULL REFERENCES stories(seq) ON DELETE CASCADE,
            idx       INTEGER NOT NULL,
            start     INTEGER NOT NULL,
            length    INTEGER NOT NULL,
            raw_start INTEGER NOT NULL,
            kind      TEXT NOT NULL,
            PRIMARY KEY (story_seq, idx)
        ) WITHOUT ROWID;
        """,
        // 2: the actors a story names and the relations it states, with their sentences.
        """
        -- One row per actor a story names (not per mention: the bench saw per-mention rows halve
        -- the store's throughput); its spans keep every mention as "start+length,…" in the story text.
        CREATE TABLE story_actors (
            story_seq      INTEGER NOT NULL REFERENCES stories(seq) ON DELETE CASCADE,
            actor_id       TEXT NOT NULL,
            mentions       INTEGER NOT NULL,
            first_sentence INTEGER NOT NULL,
            via            TEXT NOT NULL,
            spans          TEXT NOT NULL,
            PRIMARY KEY (story_seq, actor_id)
        ) WITHOUT ROWID;
        CREATE INDEX story_actors_actor ON story_actors(actor_id);
        CREATE TABLE unlinked_actors (
            story_seq INTEGER NOT NULL REFERENCES stories(seq) ON DELETE CASCADE,
            actor_id  TEXT NOT NULL,
            name      TEXT NOT NULL,
            kind      TEXT NOT NULL,
            cue       TEXT NOT NULL,
            PRIMARY KEY (story_seq, actor_id)
        ) WITHOUT ROWID;
        CREATE TABLE relations (
            story_seq INTEGER NOT NULL REFERENCES stories(seq) ON DELETE CASCADE,
            type      TEXT NOT NULL,
            subject   TEXT NOT NULL,
            object    TEXT NOT NULL,
            sentence  INTEGER NOT NULL,
            checked   TEXT NOT NULL
        );
        CREATE INDEX relations_subject ON relations(subject);
        CREATE INDEX relations_object ON relations(object);
        """,
        // 3: the events a story states, with every slot, the offsets of their evidence sentences and
        // the stage that made them; and its quotes with their speakers.
        """
        CREATE TABLE events (
            story_seq  INTEGER NOT NULL REFERENCES stories(seq) ON DELETE CASCADE,
            idx        INTEGER NOT NULL,
            type       TEXT NOT NULL,
            mode       TEXT,
            actor      TEXT,
            target     TEXT,
            claimed_by TEXT,
            place_id   TEXT,
            place_name TEXT,
            lat        REAL,
            lon        REAL,
            precision  INTEGER,
            start_date TEXT,
            end_date   TEXT,
            status     TEXT NOT NULL,
            agg_count  INTEGER,
            agg_qualifier TEXT,
            aggregate  INTEGER NOT NULL,
            killed     INTEGER,
            injured    INTEGER,
            trigger_start  INTEGER NOT NULL,
            trigger_length INTEGER NOT NULL,
            -- Evidence sentences as "sentence:start+length:raw_start,…" (story-text and raw-page offsets).
            evidence   TEXT NOT NULL,
            stage      TEXT NOT NULL,
            PRIMARY KEY (story_seq, idx)
        ) WITHOUT ROWID;
        CREATE INDEX events_type ON events(type, start_date);
        CREATE INDEX events_actor ON events(actor);
        CREATE INDEX events_target ON events(target);
        CREATE TABLE quotes (
            story_seq INTEGER NOT NULL REFERENCES stories(seq) ON DELETE CASCADE,
            idx       INTEGER NOT NULL,
            start     INTEGER NOT NULL,
            length    INTEGER NOT NULL,
            sentence  INTEGER NOT NULL,
            speaker   TEXT,
            PRIMARY KEY (story_seq, idx)
        ) WITHOUT ROWID;
        """,
        // 4: incidents: the events of different stories merged into one record per happening. Each
        // event belongs to one incident; the incident keeps its settled slots and the names of the
        // slots its sources disagree on (the claims themselves are the member events' slots).
        """
        CREATE TABLE incidents (
            id             TEXT PRIMARY KEY,
            type           TEXT NOT NULL,
            mode           TEXT,
            actor          TEXT,
            claimed_by     TEXT,
            target         TEXT,
            place_id       TEXT,
            place_name     TEXT,
            lat            REAL,
            lon            REAL,
            precision      INTEGER,
            start_date     TEXT,
            end_date       TEXT,
            status         TEXT NOT NULL,
            aggregate      INTEGER NOT NULL,
            agg_count      INTEGER,
            agg_qualifier  TEXT,
            killed         INTEGER,
            injured        INTEGER,
            sources        INTEGER NOT NULL,
            contradictions TEXT NOT NULL,
            -- Days from start to end: its maximum bounds how early an incident overlapping a
            -- window can start, so date filters are index ranges on start_date (bench: incidents mode).
            span_days      INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX incidents_start ON incidents(start_date);
        CREATE INDEX incidents_span ON incidents(span_days);
        CREATE INDEX incidents_type ON incidents(type, start_date);
        CREATE INDEX incidents_actor ON incidents(actor, start_date);
        CREATE INDEX incidents_claimant ON incidents(claimed_by, start_date);
        CREATE INDEX incidents_target ON incidents(target, start_date);
        CREATE INDEX incidents_place ON incidents(place_id, type, start_date);
        CREATE INDEX incidents_disputed ON incidents(type, start_date) WHERE contradictions <> '';
        CREATE TABLE incident_events (
            story_seq   INTEGER NOT NULL,
            idx         INTEGER NOT NULL,
            incident_id TEXT NOT NULL,
            PRIMARY KEY (story_seq, idx),
            FOREIGN KEY (story_seq, idx) REFERENCES events(story_seq, idx) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX incident_events_incident ON incident_events(incident_id);
        """,
    ];
}
