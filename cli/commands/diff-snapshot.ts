import { diffSnapshot, type SnapshotDiff } from '../../db/snapshot';
import type { Command } from '../command';
import { formatCount } from '../table';
import { readNamedSnapshot } from './snapshot-file';

/** A field's value on one side; a reference with the name of what it points to. */
const side = (value: unknown, name: string | undefined) => `${JSON.stringify(value)}${name === undefined ? '' : ` (${name})`}`;

/** The diff as text: counts, then one line per record (changed ones with their fields). */
function describe(diff: SnapshotDiff): string {
  const lines = [
    `added ${formatCount(diff.added.length)}, changed ${formatCount(diff.changed.length)}, removed ${formatCount(diff.removed.length)}, conflicting ${formatCount(diff.conflicting.length)}, unchanged ${formatCount(diff.unchanged)}, newer here ${formatCount(diff.newer_here.length)}, deleted here ${formatCount(diff.deleted_here.length)}`,
  ];
  const one = (kind: string, e: { table: string; id: string; label: string }) => `${kind} ${e.table} ${e.id} ${JSON.stringify(e.label)}`;
  for (const e of diff.added) lines.push(one('+', e));
  for (const e of diff.removed) lines.push(one('-', e));
  for (const e of diff.brought_back) lines.push(`${one('^', e)} (deleted here; what the snapshot adds needs it back)`);
  for (const [mark, list] of [['~', diff.changed], ['!', diff.conflicting]] as const) {
    for (const e of list) {
      lines.push(one(mark, e));
      for (const f of e.fields) lines.push(`    ${f.field}: ${side(f.mine, f.mine_name)} -> ${side(f.theirs, f.theirs_name)}`);
    }
  }
  for (const m of diff.matched_by_name) lines.push(`= materials ${m.theirs_id} is ${m.mine_id} here (same name ${JSON.stringify(m.name)})`);
  return lines.join('\n');
}

export const diffSnapshotCommand: Command = {
  name: 'diff-snapshot',
  summary: 'added / changed / removed / conflicting records of a snapshot against the workspace',
  usage: 'IN.lodestone',
  options: {},
  positionals: [1, 1],
  async run(ctx) {
    const snapshot = await readNamedSnapshot(ctx.positionals[0]!);
    const diff = diffSnapshot(ctx.workspace(), snapshot);
    if (ctx.json) return ctx.printJson(diff);
    ctx.io.out(describe(diff));
  },
};
