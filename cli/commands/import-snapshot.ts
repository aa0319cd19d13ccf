import path from 'node:path';
import { MERGE_POLICIES, type MergePolicy } from '../../db/model/snapshot';
import { mergeSnapshot } from '../../db/snapshot';
import { UsageError } from '../args';
import type { Command } from '../command';
import { readNamedSnapshot } from './snapshot-file';

export const importSnapshotCommand: Command = {
  name: 'import-snapshot',
  summary: 'merge a snapshot into the workspace in one transaction (after a backup of the workspace file)',
  usage: 'IN.lodestone --on-conflict theirs|mine|fail',
  options: {
    'on-conflict': { type: 'string', value: 'theirs|mine|fail', description: 'records changed on both sides: take theirs, keep mine, or refuse' },
    author: { type: 'string', value: 'NAME', description: 'who merges, for the snapshot history' },
  },
  positionals: [1, 1],
  async run(ctx) {
    const policy = ctx.values['on-conflict'];
    if (typeof policy !== 'string' || !(MERGE_POLICIES as readonly string[]).includes(policy)) {
      throw new UsageError(`import-snapshot needs --on-conflict ${MERGE_POLICIES.join('|')}`);
    }
    const file = ctx.positionals[0]!;
    const snapshot = await readNamedSnapshot(file);
    const report = mergeSnapshot(ctx.workspace(), snapshot, {
      onConflict: policy as MergePolicy,
      fileName: path.basename(file),
      author: typeof ctx.values.author === 'string' ? ctx.values.author : '',
    });
    if (ctx.json) return ctx.printJson(report);
    const kept = report.kept_in_use.length ? `; kept ${report.kept_in_use.length} removed there but still in use here` : '';
    const back = report.brought_back.length ? `; brought back ${report.brought_back.length} deleted here that their records need` : '';
    ctx.io.out(
      `Merged ${file}: ${report.added} added, ${report.changed} changed, ${report.removed} removed; conflicts: ${report.conflicts.theirs} theirs, ${report.conflicts.mine} mine${kept}${back}${report.backup_path ? `; backup ${report.backup_path}` : ''}`,
    );
  },
};
