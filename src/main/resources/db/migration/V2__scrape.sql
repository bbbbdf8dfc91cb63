-- silkroute database schema v2: scraping. A public contract: see docs/schema.md.

-- a page fetched again with changed content is a new document linked to the one it replaces
ALTER TABLE documents ADD COLUMN previous_version TEXT REFERENCES documents (id);

-- what the fetcher knows of each URL, for conditional GET (ETag / Last-Modified)
CREATE TABLE fetch_state (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    status        INTEGER,                         -- HTTP status of the last fetch
    content_sha   TEXT,                            -- SHA-256 of the last body fetched
    fetched_at    TEXT NOT NULL                    -- UTC, ISO 8601
);
