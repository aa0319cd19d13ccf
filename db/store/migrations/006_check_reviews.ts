// Migration 6: reviews of data-check findings. A finding an analyst has looked at and judged
// right (a gallium recovery that does originate metal; a scrap flow that does run back up
// the chain) is marked reviewed with a note, so the checks stop counting it as open. A record
// table like the others (meta columns, change-logged, undoable). The check's name is not
// listed in a CHECK: new checks would then need a migration; zod (db/model/checks.ts)
// validates it on every write. record_id names a facility or a flow by record_type, as a
// source link does, so it has no foreign key; the repos remove a record's reviews with it.
// tonnes keeps the finding's figure when reviewed, so a review whose figure has since
// moved is shown as changed rather than hiding a new problem.
export const sql = `
CREATE TABLE check_reviews (
  id TEXT PRIMARY KEY,
  check_id TEXT NOT NULL CHECK (length(check_id) BETWEEN 1 AND 64),
  record_type TEXT NOT NULL CHECK (record_type IN ('facility', 'flow')),
  record_id TEXT NOT NULL,
  note TEXT NOT NULL CHECK (length(trim(note)) > 0),
  tonnes REAL CHECK (tonnes IS NULL OR tonnes >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  UNIQUE (check_id, record_id)
) STRICT;
CREATE INDEX check_reviews_record ON check_reviews(record_type, record_id);
`;
