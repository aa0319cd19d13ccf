// Migration 2: where a person placed facilities in the diagram, per layout. View state,
// not records: not in the change log, and removed with the facility.
export const sql = `
CREATE TABLE diagram_positions (
  facility_id TEXT NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,
  layout TEXT NOT NULL CHECK (layout IN ('chain', 'force', 'map')),
  x REAL NOT NULL,
  y REAL NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (facility_id, layout)
) STRICT;
`;
