-- Citecast library schema 2: the waveform of each audio file, computed once and kept.
-- Migrations are immutable once released: change the schema with a new numbered file.

CREATE TABLE waveform_peaks (
    -- The audio file's resolved location (canonical absolute path): one row per file, shared by
    -- every episode that plays it.
    location TEXT PRIMARY KEY,
    -- The file as it was when its peaks were computed: a different size or time means recompute.
    file_size INTEGER NOT NULL CHECK (file_size >= 0),
    file_modified_ms INTEGER NOT NULL,
    -- Waveform::FormatVersion of `peaks`; 1: two bytes per bucket (peak, RMS of the mono mix),
    -- each 0..255 of `peak_scale`, the loudest peak as a fraction of full scale.
    format INTEGER NOT NULL,
    bucket_ms INTEGER NOT NULL CHECK (bucket_ms > 0),
    duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
    peak_scale REAL NOT NULL,
    peaks BLOB NOT NULL,
    computed_ms INTEGER NOT NULL
);
