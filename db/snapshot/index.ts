// Snapshots (*.lodestone): export, verify, diff, merge, open read-only, history. The
// operations of db/api.ts take and return files as base64; the CLI reads files by stream.
export { canonicalJson, sha256Hex } from './canonical';
export { diffSnapshot, planMerge } from './diff';
export { exportSnapshot, resolveMaterialFilter, suggestedFileName, type ExportedSnapshot, type ExportOptions } from './export';
export { listSnapshotHistory } from './history';
export { decodeSnapshotText, inflateBytes, inflateFile, inflateStream, SNAPSHOT_LIMITS, type SnapshotLimits } from './inflate';
export { mergeSnapshot, type MergeOptions } from './merge';
export { readSnapshotBytes, readSnapshotFile } from './read';
export { parseSnapshot } from './verify';
export type * from './types';
