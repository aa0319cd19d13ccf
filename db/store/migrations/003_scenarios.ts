// Migration 3: saved disruption scenarios. A record table like the others (meta columns,
// change-logged, undoable); the disruptions are one JSON array, validated by zod
// (db/model/analysis.ts) on every write, so SQLite only checks that it is JSON.
export const sql = `
CREATE TABLE scenarios (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 240),
  disruptions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(disruptions) AND json_type(disruptions) = 'array'),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)
) STRICT;
CREATE INDEX scenarios_name ON scenarios(name COLLATE NOCASE);
`;
