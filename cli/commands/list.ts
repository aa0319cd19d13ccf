import { UsageError } from '../args';
import type { Command } from '../command';
import { textTable } from '../table';

const KINDS = ['facilities', 'flows', 'materials', 'sources'] as const;
type Kind = (typeof KINDS)[number];

const num = (value: number | null) => (value === null ? '' : String(value));

export const list: Command = {
  name: 'list',
  summary: 'print the records of one kind as a table (--json: the records array)',
  usage: 'facilities|flows|materials|sources',
  options: {},
  positionals: [1, 1],
  run(ctx) {
    const kind = ctx.positionals[0] as Kind;
    if (!KINDS.includes(kind)) throw new UsageError(`Cannot list "${kind}"; choose one of: ${KINDS.join(', ')}`);
    const service = ctx.service();
    if (kind === 'facilities') {
      const records = service.run('facilities.list', {});
      if (ctx.json) return ctx.printJson(records);
      const rows = records.map((f) => [f.id, f.name, f.stage, f.country, f.status, num(f.capacity_t)]);
      return ctx.io.out(textTable(['id', 'name', 'stage', 'country', 'status', 'capacity_t'], rows, [false, false, false, false, false, true]));
    }
    if (kind === 'flows') {
      const records = service.run('flows.list', {});
      if (ctx.json) return ctx.printJson(records);
      const facility = new Map(service.run('facilities.list', {}).map((f) => [f.id, f.name]));
      const material = new Map(service.run('materials.list', {}).map((m) => [m.id, m.name]));
      const rows = records.map((f) => [
        f.id,
        facility.get(f.from_id) ?? f.from_id,
        facility.get(f.to_id) ?? f.to_id,
        material.get(f.material_id) ?? f.material_id,
        num(f.volume_t),
        num(f.year),
      ]);
      return ctx.io.out(textTable(['id', 'from', 'to', 'material', 'volume_t', 'year'], rows, [false, false, false, false, true, true]));
    }
    if (kind === 'materials') {
      const records = service.run('materials.list', {});
      if (ctx.json) return ctx.printJson(records);
      const rows = records.map((m) => [m.id, m.name, m.form, m.elements.join(';'), m.unit]);
      return ctx.io.out(textTable(['id', 'name', 'form', 'elements', 'unit'], rows));
    }
    const records = service.run('sources.list', {});
    if (ctx.json) return ctx.printJson(records);
    const rows = records.map((s) => [s.id, s.title, s.publisher, s.published]);
    ctx.io.out(textTable(['id', 'title', 'publisher', 'published'], rows));
  },
};
