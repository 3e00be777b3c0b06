-- One row per interview session. Portable SQL: runs on H2 (the default) and on PostgreSQL.
-- state holds the case as JSON (answers in the order given, collected facts with provenance, repairs);
-- row_version is the optimistic lock: every update sets it to the value read plus one.
CREATE TABLE sessions (
    id                VARCHAR(32)              NOT NULL PRIMARY KEY,
    audience          VARCHAR(16)              NOT NULL,
    lang              VARCHAR(8)               NOT NULL,
    knowledge_version VARCHAR(64)              NOT NULL,
    status            VARCHAR(16)              NOT NULL,
    state             TEXT                     NOT NULL,
    notes             TEXT,
    checks            TEXT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version       INTEGER                  NOT NULL
);

CREATE INDEX sessions_updated_at ON sessions (updated_at);
