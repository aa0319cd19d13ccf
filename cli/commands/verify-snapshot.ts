import type { Command } from '../command';
import { readNamedSnapshot, snapshotCountsText } from './snapshot-file';

export const verifySnapshotCommand: Command = {
  name: 'verify-snapshot',
  summary: 'check a snapshot file without importing it; exit status 0 only if it is valid',
  usage: 'IN.lodestone',
  options: {},
  positionals: [1, 1],
  needsWorkspace: false,
  async run(ctx) {
    const file = ctx.positionals[0]!;
    const { records: _records, ...header } = await readNamedSnapshot(file);
    if (ctx.json) return ctx.printJson({ valid: true, file, ...header });
    ctx.io.out(`${file} is a valid snapshot: made ${header.created_at}${header.author ? ` by ${header.author}` : ''}; ${snapshotCountsText(header.counts)}`);
  },
};
