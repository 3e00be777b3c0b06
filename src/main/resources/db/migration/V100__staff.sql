-- Staff accounts and their sign-ins. Portable SQL: runs on H2 (the default) and on PostgreSQL.
-- Passwords are BCrypt hashes; a sign-in is kept as the SHA-256 of its cookie token, so that a copy of the
-- database does not let anyone sign in. Every instance reads the same rows: no sticky sessions.
CREATE TABLE staff_users (
    username            VARCHAR(64)              NOT NULL PRIMARY KEY,
    display_name        VARCHAR(128)             NOT NULL,
    role                VARCHAR(16)              NOT NULL,
    password_hash       VARCHAR(100)             NOT NULL,
    disabled            BOOLEAN                  NOT NULL,
    failed_attempts     INTEGER                  NOT NULL,
    locked_until        TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE staff_logins (
    token_hash   VARCHAR(64)              NOT NULL PRIMARY KEY,
    username     VARCHAR(64)              NOT NULL REFERENCES staff_users (username) ON DELETE CASCADE,
    csrf_token   VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX staff_logins_expires_at ON staff_logins (expires_at);
CREATE INDEX staff_logins_username ON staff_logins (username);
