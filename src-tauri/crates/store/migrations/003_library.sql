-- 003: the competencies a procedure uses (frozen copies), which built-in packs were offered,
-- packs being written in the app, and the user's own signing keys.

-- A procedure keeps its own copy of every competency it uses, so updating or removing the
-- pack it came from never changes a running procedure.
CREATE TABLE procedure_competencies (
  id                  TEXT PRIMARY KEY,
  procedure_id        TEXT NOT NULL REFERENCES procedures(id) ON DELETE CASCADE,
  position            INTEGER NOT NULL CHECK (position >= 0),
  -- Where the copy came from; both NULL for a competency the owner wrote.
  source_pack_id      TEXT,
  source_pack_version TEXT,
  -- The pack's title then, as pack-format JSON ({"nl": …, "en": …}).
  source_pack_title   TEXT,
  competency_id       TEXT NOT NULL,
  -- The competency as the pack format writes it (JSON), frozen when it was added.
  content             TEXT NOT NULL,
  added_at            TEXT NOT NULL,
  UNIQUE (procedure_id, source_pack_id, competency_id)
) STRICT;

CREATE INDEX procedure_competencies_in_order ON procedure_competencies (procedure_id, position);

-- Each built-in pack version is offered once: installed on first start, updated when a newer
-- Werfwijzer ships a newer version. A pack the user removed stays removed until then.
CREATE TABLE builtin_packs_offered (
  id         TEXT NOT NULL,
  version    TEXT NOT NULL,
  offered_at TEXT NOT NULL,
  PRIMARY KEY (id, version)
) STRICT;

-- A pack an association or advisor is writing. The content is pack JSON that may not be
-- valid yet; it is validated when it is exported.
CREATE TABLE pack_drafts (
  id         TEXT PRIMARY KEY,
  content    TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- The user's own publisher keys, for signing the packs they write. The secret key never
-- leaves this database except when the user exports it on purpose.
CREATE TABLE signing_keys (
  public_key     TEXT PRIMARY KEY,
  publisher_id   TEXT NOT NULL,
  publisher_name TEXT NOT NULL,
  secret_key     TEXT NOT NULL,
  created_at     TEXT NOT NULL
) STRICT;
