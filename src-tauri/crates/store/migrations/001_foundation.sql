-- 001: organisations, procedures, settings and the append-only audit log.
-- Migrations are append-only: never edit a released file, add a new one.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE organisations (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- The name folded by Rust (NFKC, lower case in every script); SQLite's lower() only
  -- folds A-Z, so "Çelik" and "çelik" would otherwise count as two names.
  name_key   TEXT NOT NULL UNIQUE,
  is_demo    INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE procedures (
  id              TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  title           TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  kind            TEXT NOT NULL CHECK (kind IN ('vacature', 'stage', 'promotie')),
  phase           TEXT NOT NULL DEFAULT 'opstellen' CHECK (phase IN
                    ('opstellen', 'gepubliceerd', 'brieven_beoordelen', 'gesprekken',
                     'besluit', 'afgesloten', 'opgeschoond')),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

CREATE INDEX procedures_by_organisation ON procedures (organisation_id, updated_at);

-- The audit log outlives what it describes, so it has no foreign keys.
-- It never holds letter text or identities: only ids, action codes and short details.
CREATE TABLE audit_log (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  at              TEXT NOT NULL,
  organisation_id TEXT,
  procedure_id    TEXT,
  action          TEXT NOT NULL,
  detail          TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX audit_log_by_procedure ON audit_log (procedure_id, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
