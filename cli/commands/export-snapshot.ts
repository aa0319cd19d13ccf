import { snapshotExportInput } from '../../db/model/snapshot';
import { parseOrThrow } from '../../db/repos/common';
import { exportSnapshot, resolveMaterialFilter } from '../../db/snapshot';
import type { Command } from '../command';
import { formatCount } from '../table';
import { writeFileAtomically } from '../write-file';
import { snapshotCountsText } from './snapshot-file';

const list = (value: string | boolean | undefined) =>
  typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];

export const exportSnapshotCommand: Command = {
  name: 'export-snapshot',
  summary: 'write a snapshot (.lodestone) of the workspace or of a subset',
  usage: 'OUT.lodestone [--countries CN,US] [--materials M,...] [--stages S,...] [--author NAME] [--no-sensitive]',
  options: {
    countries: { type: 'string', value: 'CN,US', description: 'only facilities in these countries (ISO codes)' },
    materials: { type: 'string', value: 'M,...', description: 'only these materials (names or ids) and the facilities handling them' },
    stages: { type: 'string', value: 'S,...', description: 'only facilities of these stages' },
    author: { type: 'string', value: 'NAME', description: 'the author label written into the snapshot' },
    'no-sensitive': { type: 'boolean', description: 'leave out notes, sources marked sensitive and check reviews' },
  },
  positionals: [1, 1],
  run(ctx) {
    const out = ctx.positionals[0]!;
    const ws = ctx.workspace();
    const input = parseOrThrow(snapshotExportInput, {
      author: typeof ctx.values.author === 'string' ? ctx.values.author : '',
      filter: {
        countries: list(ctx.values.countries),
        materials: list(ctx.values.materials),
        stages: list(ctx.values.stages).map((s) => s.toLowerCase()),
        include_sensitive: ctx.values['no-sensitive'] !== true,
      },
    });
    const filter = { ...input.filter, materials: resolveMaterialFilter(ws, input.filter.materials) };
    const { bytes, header } = exportSnapshot(ws, { filter, author: input.author, fileName: out });
    writeFileAtomically(out, bytes);
    if (ctx.json) return ctx.printJson({ file: out, bytes: bytes.length, ...header });
    ctx.io.out(`Wrote ${out}: ${snapshotCountsText(header.counts)} (${formatCount(bytes.length)} bytes)`);
  },
};
