-- Citecast library schema 4: podcast feeds. Shows and episodes keep what feeds say about them,
-- subscriptions remember where each feed lives and how its last refresh went, chapters and
-- soundbites are clips (kinds 5 and 6), and transcripts are kept cue by cue.
-- Migrations are immutable once released: change the schema with a new numbered file.
-- Times are integer milliseconds; kinds are the integer values of the C++ enums.

-- What a feed's channel says about its show (shows.author, link and image_url exist since 1).
-- The address the show was last read from; '' for shows that never came from a feed.
ALTER TABLE shows ADD COLUMN feed_url TEXT NOT NULL DEFAULT '';
-- Plain text, and the same sanitized (HtmlSanitizer: no scripts, no remote images).
ALTER TABLE shows ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE shows ADD COLUMN description_html TEXT NOT NULL DEFAULT '';
ALTER TABLE shows ADD COLUMN language TEXT NOT NULL DEFAULT '';
-- itunes:type as written ("episodic", "serial"), podcast:guid.
ALTER TABLE shows ADD COLUMN show_type TEXT NOT NULL DEFAULT '';
ALTER TABLE shows ADD COLUMN podcast_guid TEXT NOT NULL DEFAULT '';
CREATE INDEX shows_feed_url ON shows (feed_url);

-- The channel's podcast:person entries (hosts of the whole show), in feed order.
CREATE TABLE show_people (
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'host',
    person_group TEXT NOT NULL DEFAULT '',
    href TEXT NOT NULL DEFAULT '',
    image_url TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (show_id, position)
);

-- What a feed's item says about its episode. episodes.guid stays the library's identity (bookmarks
-- anchor to it); feed_guid is the guid as the feed gives it now ('' for pages and packs), so that
-- a feed whose guids collide with another show's, or change when it moves, still finds its rows.
ALTER TABLE episodes ADD COLUMN feed_guid TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN link TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN image_url TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN season INTEGER;
-- Episode::Type: 0 full, 1 trailer, 2 bonus (itunes:episodeType).
ALTER TABLE episodes ADD COLUMN episode_type INTEGER NOT NULL DEFAULT 0
    CHECK (episode_type IN (0, 1, 2));
-- Sanitized show notes; episodes.description keeps them as plain text.
ALTER TABLE episodes ADD COLUMN description_html TEXT NOT NULL DEFAULT '';
-- The enclosure as the feed names it (the audio is also in audio_kind 2 / audio_location); the
-- length in bytes is NULL when the feed gives none.
ALTER TABLE episodes ADD COLUMN enclosure_url TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN enclosure_type TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN enclosure_length INTEGER;
-- Where the chapter clips came from: the podcast:chapters URL (or file) they were read from;
-- '' when they came from the feed itself or the audio file, or there are none.
ALTER TABLE episodes ADD COLUMN chapters_url TEXT NOT NULL DEFAULT '';
CREATE INDEX episodes_show_feed_guid ON episodes (show_id, feed_guid);
CREATE INDEX episodes_show_enclosure ON episodes (show_id, enclosure_url);

-- podcast:person per episode: episode_people (schema 1) gains the person's group, page and
-- picture; role is 'guest', 'host' or whatever the feed says, lower case.
ALTER TABLE episode_people ADD COLUMN person_group TEXT NOT NULL DEFAULT '';
ALTER TABLE episode_people ADD COLUMN href TEXT NOT NULL DEFAULT '';
ALTER TABLE episode_people ADD COLUMN image_url TEXT NOT NULL DEFAULT '';

-- A chapter clip (clips.kind 5) with a link or artwork (chapters JSON url/img, ID3 WXXX).
CREATE TABLE chapter_links (
    clip_id INTEGER PRIMARY KEY REFERENCES clips (id) ON DELETE CASCADE,
    url TEXT NOT NULL DEFAULT '',
    image_url TEXT NOT NULL DEFAULT ''
);

-- The transcript an episode has (one: the best the feed offers, or one attached by hand).
CREATE TABLE transcripts (
    episode_id INTEGER PRIMARY KEY REFERENCES episodes (id) ON DELETE CASCADE,
    -- Where it was read from (an http(s) URL, or a file:// URL when attached from a file).
    source_url TEXT NOT NULL,
    -- The format it was read as: 'json', 'vtt', 'srt' or 'html'; the MIME type as the feed gave it.
    format TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT ''
);

-- Its cues in order: [start_ms, end_ms) of the audio, who speaks (or ''), what is said.
CREATE TABLE transcript_segments (
    episode_id INTEGER NOT NULL REFERENCES transcripts (episode_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start_ms INTEGER NOT NULL CHECK (start_ms >= 0),
    end_ms INTEGER NOT NULL CHECK (end_ms >= start_ms),
    speaker TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    PRIMARY KEY (episode_id, position)
);
CREATE INDEX transcript_segments_start ON transcript_segments (episode_id, start_ms);

-- The feeds the user follows. A subscription knows its show once a refresh has read the feed.
CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY,
    -- Where the feed is fetched from; a permanent redirect (301, 308) replaces it.
    feed_url TEXT NOT NULL UNIQUE,
    show_id INTEGER REFERENCES shows (id) ON DELETE SET NULL,
    -- The title to show before the first refresh (from OPML or the address).
    title TEXT NOT NULL DEFAULT '',
    -- The OPML folders it sits in, outermost first, as a JSON array of strings ('[]': none).
    folder TEXT NOT NULL DEFAULT '[]',
    -- Conditional requests: the validators of the last answer with a body.
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    added_ms INTEGER NOT NULL,
    -- The last refresh: when, how it went (RefreshStatus: 0 never, 1 updated, 2 not modified,
    -- 3 failed) and, when it failed, why in one sentence (file:line:column for broken XML).
    refreshed_ms INTEGER,
    refresh_status INTEGER NOT NULL DEFAULT 0 CHECK (refresh_status BETWEEN 0 AND 3),
    error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX subscriptions_show ON subscriptions (show_id);
