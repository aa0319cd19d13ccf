import type { Command } from '../command';
import { formatCount } from '../table';
import { readNamedSnapshot } from './snapshot-file';

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
    const c = header.counts;
    ctx.io.out(
      `${file} is a valid snapshot: made ${header.created_at}${header.author ? ` by ${header.author}` : ''}; ${formatCount(c.facilities)} facilities, ${formatCount(c.flows)} flows, ${formatCount(c.materials)} materials, ${formatCount(c.sources)} sources`,
    );
  },
};
