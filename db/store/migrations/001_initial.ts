// Migration 1: the first schema. STRICT tables; CHECK constraints mirror the zod rules so
// that even a write that bypassed validation could not store a bad value.
const stages = `'mine','concentrator','separation','metal','alloy','magnet','component','oem','recycler','stockpile','trader','other'`;
const statuses = `'operating','construction','planned','idle','closed'`;
const confidences = `'low','medium','high'`;
const forms = `'ore','concentrate','oxide','metal','alloy','magnet','component','product','scrap'`;
const recordMeta = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)`;

export const sql = `
CREATE TABLE workspace_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE materials (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  form TEXT NOT NULL CHECK (form IN (${forms})),
  elements TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(elements)),
  unit TEXT NOT NULL DEFAULT 't',
  reo_factor REAL CHECK (reo_factor IS NULL OR (reo_factor > 0 AND reo_factor <= 1)),
  notes TEXT NOT NULL DEFAULT '',${recordMeta}
) STRICT;

CREATE TABLE facilities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  stage TEXT NOT NULL CHECK (stage IN (${stages})),
  country TEXT NOT NULL CHECK (length(country) = 2),
  operator TEXT NOT NULL DEFAULT '',
  owner_country TEXT CHECK (owner_country IS NULL OR length(owner_country) = 2),
  lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
  lon REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
  status TEXT NOT NULL DEFAULT 'operating' CHECK (status IN (${statuses})),
  capacity_t REAL CHECK (capacity_t IS NULL OR capacity_t >= 0),
  capacity_material_id TEXT REFERENCES materials(id),
  stock_t REAL CHECK (stock_t IS NULL OR stock_t >= 0),
  confidence TEXT NOT NULL DEFAULT 'medium' CHECK (confidence IN (${confidences})),
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
  notes TEXT NOT NULL DEFAULT '',${recordMeta}
) STRICT;
CREATE INDEX facilities_capacity_material ON facilities(capacity_material_id);

CREATE TABLE flows (
  id TEXT PRIMARY KEY,
  from_id TEXT NOT NULL REFERENCES facilities(id),
  to_id TEXT NOT NULL REFERENCES facilities(id),
  material_id TEXT NOT NULL REFERENCES materials(id),
  volume_t REAL CHECK (volume_t IS NULL OR volume_t >= 0),
  year INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2100),
  status TEXT NOT NULL DEFAULT 'operating' CHECK (status IN (${statuses})),
  confidence TEXT NOT NULL DEFAULT 'medium' CHECK (confidence IN (${confidences})),
  notes TEXT NOT NULL DEFAULT '',${recordMeta},
  CHECK (from_id <> to_id)
) STRICT;
CREATE INDEX flows_from ON flows(from_id);
CREATE INDEX flows_to ON flows(to_id);
CREATE INDEX flows_material ON flows(material_id);

CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  publisher TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  excerpt TEXT NOT NULL DEFAULT '',
  sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
  notes TEXT NOT NULL DEFAULT '',${recordMeta}
) STRICT;
CREATE INDEX sources_title ON sources(title COLLATE NOCASE);

CREATE TABLE source_links (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL REFERENCES sources(id),
  record_type TEXT NOT NULL CHECK (record_type IN ('material','facility','flow')),
  record_id TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',${recordMeta},
  UNIQUE (source_id, record_type, record_id)
) STRICT;
CREATE INDEX source_links_record ON source_links(record_type, record_id);

-- One batch per user-visible write (an edit, a delete with its cascade, an import, an undo).
CREATE TABLE change_batches (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  label TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('edit','import','undo','redo')),
  state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done','undone','discarded')),
  reverts INTEGER REFERENCES change_batches(id)
) STRICT;
CREATE INDEX change_batches_state ON change_batches(state, kind);

-- The audit trail: every row written, with its full before and after images as JSON.
CREATE TABLE change_log (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES change_batches(id),
  at TEXT NOT NULL,
  table_name TEXT NOT NULL,
  record_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('insert','update','delete')),
  before TEXT,
  after TEXT
) STRICT;
-- Only the batch is indexed (appended in order, so cheap); an index by record would cost
-- every import a random B-tree insert per row. Per-record history can scan or add one later.
CREATE INDEX change_log_batch ON change_log(batch_id);
`;
