-- silkroute database schema v3: what the pipeline learns of each site's boilerplate.

-- pages stored per site (the host of the page's URL without "www.", or its declared site name)
CREATE TABLE site_pages (
    site  TEXT PRIMARY KEY,
    pages INTEGER NOT NULL
);

-- on how many of a site's pages each block (by fingerprint: case, spacing and digits folded) appeared
CREATE TABLE site_blocks (
    site        TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    pages       INTEGER NOT NULL,
    sample      TEXT NOT NULL,                  -- the block's text when first seen, for an operator
    PRIMARY KEY (site, fingerprint)
);
