-- Citecast library schema 3: bookmarks, the insights, clips, topics, episodes and spans users keep.
-- Migrations are immutable once released: change the schema with a new numbered file.
-- Times are integer milliseconds; kinds are the integer values of the C++ enums.

CREATE TABLE bookmarks (
    id INTEGER PRIMARY KEY,
    -- Stable identity across libraries and exports (a UUID made when the bookmark was added):
    -- importing an export again updates the same bookmark instead of adding a copy.
    uid TEXT NOT NULL UNIQUE,
    -- BookmarkKind: 1 insight, 2 clip, 3 topic, 4 episode, 5 range.
    kind INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 5),
    -- The anchor is the episode's guid, not its row: a re-import keeps the guid (and a deleted
    -- episode imported again is found by it).
    episode_guid TEXT NOT NULL,
    -- A cache of the episode's row; NULL once the episode is deleted (the bookmark stays, an
    -- orphan that can still be read and exported).
    episode_id INTEGER REFERENCES episodes (id) ON DELETE SET NULL,
    -- Snapshots, so an orphan still says what it was about.
    episode_title TEXT NOT NULL DEFAULT '',
    show_title TEXT NOT NULL DEFAULT '',
    -- [start_ms, end_ms) of the episode's audio; both NULL when the bookmark is not a span.
    start_ms INTEGER,
    end_ms INTEGER,
    -- Clip bookmarks: the clip's key, stable within its episode ("popular:0").
    clip_key TEXT NOT NULL DEFAULT '',
    -- Insight and topic bookmarks: the topic's title; insights also the sentence and the marker.
    topic_title TEXT NOT NULL DEFAULT '',
    sentence TEXT NOT NULL DEFAULT '',
    citation_number INTEGER,
    quote TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    CHECK ((start_ms IS NULL AND end_ms IS NULL)
           OR (start_ms IS NOT NULL AND end_ms IS NOT NULL AND start_ms >= 0 AND end_ms > start_ms))
);
CREATE INDEX bookmarks_episode_guid ON bookmarks (episode_guid);
CREATE INDEX bookmarks_episode ON bookmarks (episode_id);

-- A bookmark's tags, in the order the user gave them.
CREATE TABLE bookmark_tags (
    bookmark_id INTEGER NOT NULL REFERENCES bookmarks (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (bookmark_id, position)
);
CREATE INDEX bookmark_tags_tag ON bookmark_tags (tag);
