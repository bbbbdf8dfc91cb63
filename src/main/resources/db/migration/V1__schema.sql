-- silkroute database schema v1. A public contract: see docs/schema.md before changing anything here.

CREATE TABLE documents (
    id                 TEXT PRIMARY KEY,          -- SHA-256 of the raw bytes, lower-case hex
    source_file        TEXT NOT NULL,             -- name of the file as dropped
    url                TEXT,
    site               TEXT,
    charset            TEXT NOT NULL,
    charset_how        TEXT NOT NULL CHECK (charset_how IN ('bom', 'declared', 'detected', 'envelope')),
    charset_confidence REAL NOT NULL,
    title              TEXT,
    subtitle           TEXT,
    published          TEXT,                      -- ISO 8601 at the precision the page gives
    modified           TEXT,
    source             TEXT,
    byline             TEXT NOT NULL DEFAULT '[]',  -- JSON array of names
    section            TEXT,
    language           TEXT NOT NULL,             -- ISO 639-1, or 'und'
    languages          TEXT NOT NULL DEFAULT '{}',  -- JSON object language -> share of the text
    text               TEXT NOT NULL,
    captions           TEXT NOT NULL DEFAULT '[]',  -- JSON array
    record             TEXT NOT NULL,             -- the whole record as `silkroute extract` prints it
    pipeline_version   TEXT NOT NULL,
    stored_at          TEXT NOT NULL              -- UTC, ISO 8601
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_language ON documents (language);
CREATE INDEX documents_url ON documents (url);

CREATE TABLE paragraphs (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    start       INTEGER NOT NULL,                 -- code-point offsets into documents.text, end exclusive
    "end"       INTEGER NOT NULL,
    lang        TEXT NOT NULL,
    confidence  REAL NOT NULL,
    kind        TEXT NOT NULL,
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE entities (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,              -- type + external id, or type + canonical name
    type       TEXT NOT NULL,
    canonical  TEXT NOT NULL,
    external_id TEXT,                             -- Wikidata QID, iso3166:XX, geonames:N
    xrefs      TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE entity_surface_forms (
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    form      TEXT NOT NULL,
    PRIMARY KEY (entity_id, form)
);

CREATE TABLE mentions (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL,
    entity_id   INTEGER REFERENCES entities (id),  -- null for dates and amounts
    value       TEXT,                             -- ISO date/time or amount
    PRIMARY KEY (document_id, idx)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE removed_blocks (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    rule        TEXT NOT NULL,
    position    INTEGER NOT NULL,                 -- line of a dump, block order of an HTML page
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE ingest_events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name TEXT NOT NULL,
    sha256    TEXT,
    outcome   TEXT NOT NULL CHECK (outcome IN ('stored', 'duplicate', 'failed')),
    stage     TEXT,
    reason    TEXT,
    message   TEXT,
    at        TEXT NOT NULL
);
CREATE INDEX ingest_events_sha ON ingest_events (sha256);

CREATE VIRTUAL TABLE documents_fts USING fts5 (document_id UNINDEXED, title, text, tokenize = 'unicode61');
