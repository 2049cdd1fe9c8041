-- 005: applicants and their letters: intake, the anonymizer's findings, the coordinator's
-- review and the release to the raters.

-- An applicant as the raters know them: a neutral code, unique within the procedure.
CREATE TABLE applicants (
  id           TEXT PRIMARY KEY,
  procedure_id TEXT NOT NULL REFERENCES procedures(id) ON DELETE CASCADE,
  code         TEXT NOT NULL CHECK (length(code) BETWEEN 2 AND 8),
  created_at   TEXT NOT NULL,
  UNIQUE (procedure_id, code)
) STRICT;

CREATE INDEX applicants_by_procedure ON applicants (procedure_id, created_at);

-- Who the applicant is, kept apart from the letter: the raters' screens never read this
-- table. Pre-filled from the letter at intake, confirmed by the coordinator. The file name
-- is kept here too, since it often holds the name ("Sollicitatie Jan Jansen.pdf").
CREATE TABLE applicant_identities (
  applicant_id TEXT PRIMARY KEY REFERENCES applicants(id) ON DELETE CASCADE,
  name         TEXT,
  email        TEXT,
  phone        TEXT,
  file_name    TEXT,
  confirmed_at TEXT
) STRICT;

-- The letter: the original text, what the anonymizer found (JSON, with the coordinator's
-- decisions), the text the raters read, and when it was released (then it is locked; a later
-- change is written to the audit log).
CREATE TABLE letters (
  applicant_id TEXT PRIMARY KEY REFERENCES applicants(id) ON DELETE CASCADE,
  procedure_id TEXT NOT NULL REFERENCES procedures(id) ON DELETE CASCADE,
  source       TEXT NOT NULL CHECK (source IN ('pdf', 'docx', 'odt', 'txt', 'pasted')),
  lang         TEXT NOT NULL CHECK (lang IN ('nl', 'en')),
  original     TEXT NOT NULL CHECK (length(original) > 0),
  -- sha-256 of the normalised text: the same letter imported twice is found
  fingerprint  BLOB NOT NULL CHECK (length(fingerprint) = 32),
  spans        TEXT NOT NULL DEFAULT '[]',
  redacted     TEXT NOT NULL,
  released_at  TEXT,
  updated_at   TEXT NOT NULL,
  UNIQUE (procedure_id, fingerprint)
) STRICT;
