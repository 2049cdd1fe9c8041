-- 004: the vacancy wizard's answers and texts (one per procedure), and an organisation's logo.

-- What the owner answered in the wizard, and the vacancy texts as they were last edited.
-- `answers` is JSON written by werfwijzer-core (every field optional, so a row written by an
-- older or newer Werfwijzer still reads); the texts are NULL until they are drafted.
CREATE TABLE vacancies (
  procedure_id TEXT PRIMARY KEY REFERENCES procedures(id) ON DELETE CASCADE,
  step         TEXT NOT NULL DEFAULT 'soort' CHECK (step IN
                 ('soort', 'functie', 'competenties', 'eisen', 'praktisch', 'tekst', 'klaar')),
  answers      TEXT NOT NULL DEFAULT '{}',
  text_nl      TEXT,
  text_en      TEXT,
  -- Picks the sentence variants of the drafts, so two vacancies do not read alike.
  seed         INTEGER NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

-- The logo printed on the organisation's documents: PNG or JPEG, checked before it is stored.
ALTER TABLE organisations ADD COLUMN logo BLOB;
ALTER TABLE organisations ADD COLUMN logo_type TEXT CHECK (logo_type IN ('image/png', 'image/jpeg'));
