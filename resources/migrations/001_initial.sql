-- Citecast library schema 1: shows, episodes and what their pages hold.
-- Migrations are immutable once released: change the schema with a new numbered file.
-- Times are integer milliseconds; kinds are the integer values of the C++ enums.

CREATE TABLE shows (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE,
    author TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    image_url TEXT NOT NULL DEFAULT ''
);

CREATE TABLE episodes (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    show_id INTEGER REFERENCES shows (id) ON DELETE SET NULL,
    number INTEGER,
    title TEXT NOT NULL,
    -- EpisodeIdentity::guidForTitle(title): finds an episode by title (related episodes, pages).
    title_key TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    published_ms INTEGER,
    duration_ms INTEGER CHECK (duration_ms IS NULL OR duration_ms >= 0),
    questions_answered INTEGER CHECK (questions_answered IS NULL OR questions_answered >= 0),
    -- 1 for an episode only seen as a related episode on another page: title, no content.
    known_only_by_title INTEGER NOT NULL DEFAULT 0 CHECK (known_only_by_title IN (0, 1)),
    -- AudioSource::Kind: 0 none, 1 local file (relative to the library's folder when inside it), 2 URL.
    audio_kind INTEGER NOT NULL DEFAULT 0 CHECK (audio_kind IN (0, 1, 2)),
    audio_location TEXT NOT NULL DEFAULT '',
    source_path TEXT NOT NULL DEFAULT '',
    imported_ms INTEGER,
    updated_ms INTEGER
);
CREATE INDEX episodes_show ON episodes (show_id);
CREATE INDEX episodes_title_key ON episodes (title_key);

CREATE TABLE episode_people (
    episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'guest',
    PRIMARY KEY (episode_id, position)
);

CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    UNIQUE (episode_id, position)
);

CREATE TABLE clips (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    -- Stable within the episode ("citation:4", "popular:0"): a re-import updates the same row.
    clip_key TEXT NOT NULL,
    -- ClipKind: 1 citation, 2 popular, 3 highlight, 4 question (more kinds come with feeds).
    kind INTEGER NOT NULL CHECK (kind > 0),
    citation_number INTEGER,
    title TEXT NOT NULL DEFAULT '',
    start_ms INTEGER NOT NULL CHECK (start_ms >= 0),
    end_ms INTEGER NOT NULL,
    play_count INTEGER NOT NULL DEFAULT 0,
    CHECK (end_ms > start_ms),
    UNIQUE (episode_id, clip_key)
);
CREATE INDEX clips_episode_start ON clips (episode_id, start_ms);

CREATE TABLE citations (
    id INTEGER PRIMARY KEY,
    topic_id INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK (number > 0),
    sentence TEXT NOT NULL,
    text_start INTEGER NOT NULL,
    text_end INTEGER NOT NULL,
    -- The citation clip with this number; NULL while the page has no clip times ("no audio yet").
    clip_id INTEGER REFERENCES clips (id) ON DELETE SET NULL,
    UNIQUE (topic_id, position)
);
CREATE INDEX citations_clip ON citations (clip_id);

CREATE TABLE highlights (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    clip_id INTEGER REFERENCES clips (id) ON DELETE SET NULL,
    UNIQUE (episode_id, position)
);

CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    clip_id INTEGER REFERENCES clips (id) ON DELETE SET NULL,
    UNIQUE (episode_id, position)
);

CREATE TABLE related_episodes (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    guid TEXT NOT NULL DEFAULT '',
    number INTEGER,
    questions_answered INTEGER,
    -- The library's episode it points at (possibly one known only by title).
    target_episode_id INTEGER REFERENCES episodes (id) ON DELETE SET NULL,
    UNIQUE (episode_id, position)
);
CREATE INDEX related_target ON related_episodes (target_episode_id);
