// The snapshot file's fixed names and limits, and the zod schemas of the snapshot API's
// inputs. Here (not in db/snapshot) because db/api.ts, which the renderer imports, may
// import only zod and db/model.
import { z } from 'zod';
import { countryCode, recordId, stageSchema } from './schemas';

export const SNAPSHOT_FORMAT = 'lodestone-snapshot';
export const SNAPSHOT_VERSION = 1;
export const SNAPSHOT_EXTENSION = '.lodestone';

const MiB = 1024 * 1024;
/** Largest compressed snapshot accepted. */
export const MAX_SNAPSHOT_BYTES = 256 * MiB;
/** Largest inflated (JSON) size accepted: a decompression bomb stops here. */
export const MAX_INFLATED_BYTES = 1024 * MiB;
/** Base64 length of the largest snapshot, the bound of the API's `data` field. */
export const MAX_SNAPSHOT_BASE64 = Math.ceil(MAX_SNAPSHOT_BYTES / 3) * 4;

/** The record tables a snapshot carries, in the order they are written (parents first). */
export const SNAPSHOT_TABLES = ['materials', 'sources', 'facilities', 'flows', 'source_links', 'check_reviews', 'scenarios'] as const;
export type SnapshotTable = (typeof SNAPSHOT_TABLES)[number];
/**
 * Tables added to the format after its first files: a file without one says nothing about
 * it (it was made before), which is not the same as an empty list. Version 1 readers that
 * predate a table ignore it, so adding one does not change the format version.
 */
const LATER_TABLES = ['check_reviews', 'scenarios'] as const satisfies readonly SnapshotTable[];
export const LATER_SNAPSHOT_TABLES: readonly SnapshotTable[] = LATER_TABLES;
export type LaterSnapshotTable = (typeof LATER_TABLES)[number];

/** Which part of a workspace a snapshot holds; empty lists mean "all". */
export const snapshotFilterSchema = z.object({
  countries: z.array(countryCode('Country')).max(300).default([]),
  /** Material ids. */
  materials: z.array(recordId).max(10_000).default([]),
  stages: z.array(stageSchema).max(20).default([]),
  /** False: notes are left out and sources marked sensitive (with their links) too. */
  include_sensitive: z.boolean().default(true),
});
export type SnapshotFilter = z.output<typeof snapshotFilterSchema>;

export const snapshotExportInput = z.object({
  /** As in the file, except that materials may be named as well as given by id. */
  filter: snapshotFilterSchema
    .extend({ materials: z.array(z.string().trim().min(1).max(200)).max(10_000).default([]) })
    .default({ countries: [], materials: [], stages: [], include_sensitive: true }),
  author: z.string().trim().max(200, 'Author is longer than 200 characters').default(''),
});

/** A snapshot file's bytes, as base64, and the name it had (for messages and the history). */
export const snapshotFileInput = z.object({
  data: z
    .string({ error: 'data (the snapshot file as base64) is required' })
    .max(MAX_SNAPSHOT_BASE64, `The snapshot file is larger than ${MAX_SNAPSHOT_BYTES / MiB} MiB`),
  file_name: z.string().trim().max(500).default('snapshot.lodestone'),
});

export const MERGE_POLICIES = ['theirs', 'mine', 'fail'] as const;
export type MergePolicy = (typeof MERGE_POLICIES)[number];
export const mergeChoiceSchema = z.enum(['theirs', 'mine'], { error: 'A choice must be "theirs" or "mine"' });
export type MergeChoice = z.output<typeof mergeChoiceSchema>;

export const snapshotMergeInput = snapshotFileInput.extend({
  on_conflict: z.enum(MERGE_POLICIES, { error: `on_conflict must be one of: ${MERGE_POLICIES.join(', ')}` }).default('fail'),
  /** Per-record decisions (record id -> side), which win over on_conflict. */
  choices: z.record(recordId, mergeChoiceSchema).default({}),
  author: z.string().trim().max(200).default(''),
});
