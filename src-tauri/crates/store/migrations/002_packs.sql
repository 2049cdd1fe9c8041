-- 002: installed template packs and the publisher keys the user trusts.
-- A pack is kept as the JSON it was installed from (signature included), so its trust can be
-- checked again whenever the trusted keys change.

CREATE TABLE packs (
  id           TEXT PRIMARY KEY,
  version      TEXT NOT NULL,
  publisher_id TEXT NOT NULL,
  builtin      INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  content      TEXT NOT NULL,
  installed_at TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE trusted_keys (
  public_key     TEXT PRIMARY KEY,
  publisher_id   TEXT NOT NULL,
  publisher_name TEXT NOT NULL,
  added_at       TEXT NOT NULL
) STRICT;
