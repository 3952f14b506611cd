-- Citecast library schema 5: one full-text index over everything a user may want to find again.
-- Migrations are immutable once released: change the schema with a new numbered file.
--
-- Two FTS5 tables (diacritics folded: "cafe" finds "café"; 2- and 3-letter prefixes indexed so
-- typing a word's start is fast): search_index for what is written, search_spoken for transcript
-- lines, which outnumber everything else ten to one and are searched in a pass of their own.
-- Each row stands for one thing in the library:
--   rowid = source row id * 16 + kind, kind (SearchKind): 1 episode (title, description),
--   2 show (title, description), 3 guest (episode_people), 4 topic (title, summary),
--   5 clip with a title (popular, chapter, soundbite), 6 highlight, 7 question,
--   8 transcript segment (search_spoken), 9 bookmark (note, quote).
-- Guests and transcript segments have no id of their own (their rowids may change on VACUUM), so
-- their source id is episode_id * 1048576 + position: a transcript line's rowid >> 24 is its
-- episode, and an episode's lines are one range of rowids.
-- search_index has two text columns, weighted by the query's rank (SearchIndex): `title` for
-- names and titles, `body` for what was written about them.
-- `episode_id` lets filters (show:, guest:) narrow by episode; NULL for shows and orphan bookmarks.
-- Spans and titles are not copied here: a search reads them from their rows, so they never go stale.
-- The triggers below keep the index in step with every write (an update that leaves the text as
-- it was, as a re-import does, leaves the index alone); SearchIndex::rebuild() refills it.
-- A batch (SearchBatch, around an import's writes in its transaction) holds a row in search_batch;
-- meanwhile the triggers queue rows in search_pending, which the batch moves into the index in
-- rowid order before it commits. FTS5 starts a new segment whenever a rowid is lower than the one
-- before, and one episode's rows (episode, guests, clips, topics...) go up and down: written as
-- they come, 10,000 episodes made ~40,000 tiny segments to merge.

CREATE VIRTUAL TABLE search_index USING fts5(
    title,
    body,
    kind UNINDEXED,
    episode_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE VIRTUAL TABLE search_spoken USING fts5(
    spoken,
    episode_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Rows of a batch not yet in the index (search_spoken's have kind 8, their text in body).
CREATE TABLE search_pending (
    id INTEGER PRIMARY KEY,
    title TEXT,
    body TEXT,
    kind INTEGER NOT NULL,
    episode_id INTEGER
);
-- A row here while a batch is open (only ever inside that batch's transaction).
CREATE TABLE search_batch (id INTEGER PRIMARY KEY, opened INTEGER NOT NULL);

-- Episodes.
CREATE TRIGGER search_episodes_ai AFTER INSERT ON episodes BEGIN
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 1, NEW.title, NEW.description, 1, NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 1, NEW.title, NEW.description, 1, NEW.id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_episodes_au AFTER UPDATE OF title, description ON episodes
WHEN OLD.title IS NOT NEW.title OR OLD.description IS NOT NEW.description BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 1;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 1;
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 1, NEW.title, NEW.description, 1, NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 1, NEW.title, NEW.description, 1, NEW.id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_episodes_ad AFTER DELETE ON episodes BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 1;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 1;
END;

-- Shows.
CREATE TRIGGER search_shows_ai AFTER INSERT ON shows BEGIN
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 2, NEW.title, NEW.description, 2, NULL
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 2, NEW.title, NEW.description, 2, NULL
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_shows_au AFTER UPDATE OF title, description ON shows
WHEN OLD.title IS NOT NEW.title OR OLD.description IS NOT NEW.description BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 2;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 2;
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 2, NEW.title, NEW.description, 2, NULL
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 2, NEW.title, NEW.description, 2, NULL
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_shows_ad AFTER DELETE ON shows BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 2;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 2;
END;

-- Guests and hosts of an episode.
CREATE TRIGGER search_people_ai AFTER INSERT ON episode_people BEGIN
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT (NEW.episode_id * 1048576 + NEW.position) * 16 + 3, NEW.name, '', 3, NEW.episode_id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT (NEW.episode_id * 1048576 + NEW.position) * 16 + 3, NEW.name, '', 3, NEW.episode_id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_people_au AFTER UPDATE OF name, episode_id, position ON episode_people
WHEN OLD.name IS NOT NEW.name OR OLD.episode_id IS NOT NEW.episode_id
    OR OLD.position IS NOT NEW.position BEGIN
    DELETE FROM search_index WHERE rowid = (OLD.episode_id * 1048576 + OLD.position) * 16 + 3;
    DELETE FROM search_pending WHERE id = (OLD.episode_id * 1048576 + OLD.position) * 16 + 3;
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT (NEW.episode_id * 1048576 + NEW.position) * 16 + 3, NEW.name, '', 3, NEW.episode_id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT (NEW.episode_id * 1048576 + NEW.position) * 16 + 3, NEW.name, '', 3, NEW.episode_id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_people_ad AFTER DELETE ON episode_people BEGIN
    DELETE FROM search_index WHERE rowid = (OLD.episode_id * 1048576 + OLD.position) * 16 + 3;
    DELETE FROM search_pending WHERE id = (OLD.episode_id * 1048576 + OLD.position) * 16 + 3;
END;

-- Topics.
CREATE TRIGGER search_topics_ai AFTER INSERT ON topics BEGIN
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 4, NEW.title, NEW.summary, 4, NEW.episode_id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 4, NEW.title, NEW.summary, 4, NEW.episode_id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_topics_au AFTER UPDATE OF title, summary ON topics
WHEN OLD.title IS NOT NEW.title OR OLD.summary IS NOT NEW.summary BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 4;
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 4, NEW.title, NEW.summary, 4, NEW.episode_id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 4, NEW.title, NEW.summary, 4, NEW.episode_id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_topics_ad AFTER DELETE ON topics BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 4;
END;

-- Clips with a title of their own: popular clips, chapters, soundbites (citations, highlights and
-- questions are found through their topic, highlight and question rows).
CREATE TRIGGER search_clips_ai AFTER INSERT ON clips
WHEN NEW.title <> '' AND NEW.kind NOT IN (1, 3, 4) BEGIN
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 5, NEW.title, '', 5, NEW.episode_id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 5, NEW.title, '', 5, NEW.episode_id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_clips_au AFTER UPDATE OF title, kind ON clips
WHEN OLD.title IS NOT NEW.title OR OLD.kind IS NOT NEW.kind BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 5;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 5;
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 5, NEW.title, '', 5, NEW.episode_id
    WHERE NEW.title <> '' AND NEW.kind NOT IN (1, 3, 4) AND NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 5, NEW.title, '', 5, NEW.episode_id
    WHERE NEW.title <> '' AND NEW.kind NOT IN (1, 3, 4) AND EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_clips_ad AFTER DELETE ON clips BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 5;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 5;
END;

-- Highlights.
CREATE TRIGGER search_highlights_ai AFTER INSERT ON highlights BEGIN
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 6, '', NEW.text, 6, NEW.episode_id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 6, '', NEW.text, 6, NEW.episode_id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_highlights_au AFTER UPDATE OF text ON highlights WHEN OLD.text IS NOT NEW.text BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 6;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 6;
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 6, '', NEW.text, 6, NEW.episode_id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 6, '', NEW.text, 6, NEW.episode_id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_highlights_ad AFTER DELETE ON highlights BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 6;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 6;
END;

-- Questions.
CREATE TRIGGER search_questions_ai AFTER INSERT ON questions BEGIN
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 7, '', NEW.text, 7, NEW.episode_id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 7, '', NEW.text, 7, NEW.episode_id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_questions_au AFTER UPDATE OF text ON questions WHEN OLD.text IS NOT NEW.text BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 7;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 7;
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 7, '', NEW.text, 7, NEW.episode_id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 7, '', NEW.text, 7, NEW.episode_id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_questions_ad AFTER DELETE ON questions BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 7;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 7;
END;

-- Transcript segments.
CREATE TRIGGER search_segments_ai AFTER INSERT ON transcript_segments BEGIN
    INSERT INTO search_spoken (rowid, spoken, episode_id)
    SELECT (NEW.episode_id * 1048576 + NEW.position) * 16 + 8, NEW.text, NEW.episode_id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT (NEW.episode_id * 1048576 + NEW.position) * 16 + 8, '', NEW.text, 8, NEW.episode_id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_segments_au AFTER UPDATE OF text, episode_id, position ON transcript_segments
WHEN OLD.text IS NOT NEW.text OR OLD.episode_id IS NOT NEW.episode_id
    OR OLD.position IS NOT NEW.position BEGIN
    DELETE FROM search_spoken WHERE rowid = (OLD.episode_id * 1048576 + OLD.position) * 16 + 8;
    DELETE FROM search_pending WHERE id = (OLD.episode_id * 1048576 + OLD.position) * 16 + 8;
    INSERT INTO search_spoken (rowid, spoken, episode_id)
    SELECT (NEW.episode_id * 1048576 + NEW.position) * 16 + 8, NEW.text, NEW.episode_id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT (NEW.episode_id * 1048576 + NEW.position) * 16 + 8, '', NEW.text, 8, NEW.episode_id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_segments_ad AFTER DELETE ON transcript_segments BEGIN
    DELETE FROM search_spoken WHERE rowid = (OLD.episode_id * 1048576 + OLD.position) * 16 + 8;
    DELETE FROM search_pending WHERE id = (OLD.episode_id * 1048576 + OLD.position) * 16 + 8;
END;

-- Bookmarks (an orphan keeps its row, with no episode).
CREATE TRIGGER search_bookmarks_ai AFTER INSERT ON bookmarks BEGIN
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 9, '', trim(NEW.note || ' ' || NEW.quote), 9, NEW.episode_id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 9, '', trim(NEW.note || ' ' || NEW.quote), 9, NEW.episode_id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_bookmarks_au AFTER UPDATE OF note, quote, episode_id ON bookmarks
WHEN OLD.note IS NOT NEW.note OR OLD.quote IS NOT NEW.quote
    OR OLD.episode_id IS NOT NEW.episode_id BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 9;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 9;
    INSERT INTO search_index (rowid, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 9, '', trim(NEW.note || ' ' || NEW.quote), 9, NEW.episode_id
    WHERE NOT EXISTS (SELECT 1 FROM search_batch);
    INSERT OR REPLACE INTO search_pending (id, title, body, kind, episode_id)
    SELECT NEW.id * 16 + 9, '', trim(NEW.note || ' ' || NEW.quote), 9, NEW.episode_id
    WHERE EXISTS (SELECT 1 FROM search_batch);
END;
CREATE TRIGGER search_bookmarks_ad AFTER DELETE ON bookmarks BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 9;
    DELETE FROM search_pending WHERE id = OLD.id * 16 + 9;
END;

-- What the library already holds (the same statements as SearchIndex::rebuild()).
INSERT INTO search_index (rowid, title, body, kind, episode_id)
SELECT id * 16 + 1, title, description, 1, id FROM episodes;
INSERT INTO search_index (rowid, title, body, kind, episode_id)
SELECT id * 16 + 2, title, description, 2, NULL FROM shows;
INSERT INTO search_index (rowid, title, body, kind, episode_id)
SELECT (episode_id * 1048576 + position) * 16 + 3, name, '', 3, episode_id FROM episode_people;
INSERT INTO search_index (rowid, title, body, kind, episode_id)
SELECT id * 16 + 4, title, summary, 4, episode_id FROM topics;
INSERT INTO search_index (rowid, title, body, kind, episode_id)
SELECT id * 16 + 5, title, '', 5, episode_id FROM clips
WHERE title <> '' AND kind NOT IN (1, 3, 4);
INSERT INTO search_index (rowid, title, body, kind, episode_id)
SELECT id * 16 + 6, '', text, 6, episode_id FROM highlights;
INSERT INTO search_index (rowid, title, body, kind, episode_id)
SELECT id * 16 + 7, '', text, 7, episode_id FROM questions;
INSERT INTO search_spoken (rowid, spoken, episode_id)
SELECT (episode_id * 1048576 + position) * 16 + 8, text, episode_id FROM transcript_segments;
INSERT INTO search_index (rowid, title, body, kind, episode_id)
SELECT id * 16 + 9, '', trim(note || ' ' || quote), 9, episode_id FROM bookmarks;
