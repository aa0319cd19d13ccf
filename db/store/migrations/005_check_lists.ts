// Migration 5: the same tables, with every CHECK that listed three or more allowed values
// (`stage IN ('mine', ...)`) written as equalities joined by OR. They accept and refuse
// exactly the same values. Why: SQLite evaluates a CHECK's IN list by building a temporary
// B-tree of the list for every row it writes (EXPLAIN shows OpenEphemeral inside the insert
// loop), which made a 100,000-flow import spend about 0.1 s on two such checks alone; an OR
// of equalities costs a few comparisons. A two-value list (`sensitive IN (0, 1)`) is already
// compared directly, so `sources` stays as it is.
//
// SQLite cannot alter a CHECK, so each table is rebuilt as its documented procedure says
// (https://sqlite.org/lang_altertable.html#otheralter): create the new table, copy the rows
// in their order, drop the old one, rename the new one, create its indexes again. The runner
// (open.ts) turns foreign keys off around migrations and runs foreign_key_check before it
// commits, as that procedure requires.
const stages = ['mine', 'concentrator', 'separation', 'metal', 'alloy', 'magnet', 'component', 'oem', 'recycler', 'stockpile', 'trader', 'other'];
const statuses = ['operating', 'construction', 'planned', 'idle', 'closed'];
const confidences = ['low', 'medium', 'high'];
const forms = ['ore', 'concentrate', 'oxide', 'metal', 'alloy', 'magnet', 'component', 'product', 'scrap'];

/** `(column = 'a' OR column = 'b' ...)`: the allowed values, compared one by one. */
function oneOf(column: string, values: readonly string[]): string {
  return `(${values.map((value) => `${column} = '${value}'`).join(' OR ')})`;
}

const recordMeta = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)`;

/** The new definition under a temporary name, the rows copied in rowid order, the swap, the indexes. */
function rebuild(table: string, columns: string, indexes: readonly string[] = []): string {
  return `
CREATE TABLE ${table}_v5 (${columns}
) STRICT;
INSERT INTO ${table}_v5 SELECT * FROM ${table} ORDER BY rowid;
DROP TABLE ${table};
ALTER TABLE ${table}_v5 RENAME TO ${table};
${indexes.map((index) => `${index};`).join('\n')}`;
}

export const sql = [
  rebuild(
    'materials',
    `
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  form TEXT NOT NULL CHECK ${oneOf('form', forms)},
  elements TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(elements)),
  unit TEXT NOT NULL DEFAULT 't',
  reo_factor REAL CHECK (reo_factor IS NULL OR (reo_factor > 0 AND reo_factor <= 1)),
  notes TEXT NOT NULL DEFAULT '',${recordMeta}`,
  ),
  rebuild(
    'facilities',
    `
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  stage TEXT NOT NULL CHECK ${oneOf('stage', stages)},
  country TEXT NOT NULL CHECK (length(country) = 2),
  operator TEXT NOT NULL DEFAULT '',
  owner_country TEXT CHECK (owner_country IS NULL OR length(owner_country) = 2),
  lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
  lon REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
  status TEXT NOT NULL DEFAULT 'operating' CHECK ${oneOf('status', statuses)},
  capacity_t REAL CHECK (capacity_t IS NULL OR capacity_t >= 0),
  capacity_material_id TEXT REFERENCES materials(id),
  stock_t REAL CHECK (stock_t IS NULL OR stock_t >= 0),
  confidence TEXT NOT NULL DEFAULT 'medium' CHECK ${oneOf('confidence', confidences)},
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
  notes TEXT NOT NULL DEFAULT '',${recordMeta}`,
    ['CREATE INDEX facilities_capacity_material ON facilities(capacity_material_id)'],
  ),
  rebuild(
    'flows',
    `
  id TEXT PRIMARY KEY,
  from_id TEXT NOT NULL REFERENCES facilities(id),
  to_id TEXT NOT NULL REFERENCES facilities(id),
  material_id TEXT NOT NULL REFERENCES materials(id),
  volume_t REAL CHECK (volume_t IS NULL OR volume_t >= 0),
  year INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2100),
  status TEXT NOT NULL DEFAULT 'operating' CHECK ${oneOf('status', statuses)},
  confidence TEXT NOT NULL DEFAULT 'medium' CHECK ${oneOf('confidence', confidences)},
  notes TEXT NOT NULL DEFAULT '',${recordMeta},
  CHECK (from_id <> to_id)`,
    ['CREATE INDEX flows_from ON flows(from_id)', 'CREATE INDEX flows_to ON flows(to_id)', 'CREATE INDEX flows_material ON flows(material_id)'],
  ),
  rebuild(
    'source_links',
    `
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL REFERENCES sources(id),
  record_type TEXT NOT NULL CHECK ${oneOf('record_type', ['material', 'facility', 'flow'])},
  record_id TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',${recordMeta},
  UNIQUE (source_id, record_type, record_id)`,
    ['CREATE INDEX source_links_record ON source_links(record_type, record_id)'],
  ),
  rebuild(
    'change_batches',
    `
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  label TEXT NOT NULL,
  kind TEXT NOT NULL CHECK ${oneOf('kind', ['edit', 'import', 'undo', 'redo'])},
  state TEXT NOT NULL DEFAULT 'done' CHECK ${oneOf('state', ['done', 'undone', 'discarded'])},
  reverts INTEGER REFERENCES change_batches(id)`,
    ['CREATE INDEX change_batches_state ON change_batches(state, kind)'],
  ),
  rebuild(
    'change_log',
    `
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES change_batches(id),
  at TEXT NOT NULL,
  table_name TEXT NOT NULL,
  record_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK ${oneOf('op', ['insert', 'update', 'delete'])},
  before TEXT,
  after TEXT`,
    ['CREATE INDEX change_log_batch ON change_log(batch_id)'],
  ),
  rebuild(
    'diagram_positions',
    `
  facility_id TEXT NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,
  layout TEXT NOT NULL CHECK ${oneOf('layout', ['chain', 'force', 'map'])},
  x REAL NOT NULL,
  y REAL NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (facility_id, layout)`,
  ),
].join('\n');
