// Numbered migrations, applied in order. Each runs in one transaction, is recorded in
// schema_migrations and advances PRAGMA user_version. Never edit a released migration:
// add the next number.
import { sql as m001 } from './001_initial';
import { sql as m002 } from './002_diagram_positions';
import { sql as m003 } from './003_scenarios';
import { sql as m004 } from './004_snapshot_history';
import { sql as m005 } from './005_check_lists';
import { sql as m006 } from './006_check_reviews';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: m001 },
  { version: 2, name: 'diagram_positions', sql: m002 },
  { version: 3, name: 'scenarios', sql: m003 },
  { version: 4, name: 'snapshot_history', sql: m004 },
  { version: 5, name: 'check_lists', sql: m005 },
  { version: 6, name: 'check_reviews', sql: m006 },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
