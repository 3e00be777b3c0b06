-- Incidents nobody can fake. Portable SQL: runs on H2 and on PostgreSQL.
-- A case remembers the server's own latest check of its endpoint: when it ran and whether the endpoint failed it
-- (DNS, TCP, TLS or HTTP). Unlike answers, error texts and what a browser reports, nobody outside can write these.
ALTER TABLE cases ADD COLUMN server_check_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cases ADD COLUMN server_check_failed BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX cases_server_check ON cases (endpoint, server_check_at);

-- An incident is suspected (staff only) until the server's own checks show it (evidence = 'server_checks') or a
-- staff member confirms it (confirmed_by); only then do customers see its banner.
ALTER TABLE incidents ADD COLUMN evidence VARCHAR(16) DEFAULT 'reports' NOT NULL;
ALTER TABLE incidents ADD COLUMN confirmed_by VARCHAR(64);
ALTER TABLE incidents ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
