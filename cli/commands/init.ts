import { LodestoneError } from '../../db/errors';
import type { Command } from '../command';
import { formatCount } from '../table';

export const init: Command = {
  name: 'init',
  summary: 'create the workspace (if missing); --sample loads the rare-earth sample into it',
  usage: '[--sample]',
  options: { sample: { type: 'boolean', description: 'load the rare-earth sample workspace (the workspace must be empty)' } },
  positionals: [0, 0],
  run(ctx) {
    const service = ctx.service();
    if (ctx.values.sample) {
      const counts = service.run('workspace.info', {}).counts;
      if (counts.materials + counts.facilities + counts.flows + counts.sources > 0) {
        throw new LodestoneError('conflict', `The workspace ${ctx.workspace().path} is not empty; --sample loads only into an empty workspace`);
      }
      service.run('workspace.loadSample', {});
    }
    const info = service.run('workspace.info', {});
    if (ctx.json) return ctx.printJson(info);
    const c = info.counts;
    const what = `${formatCount(c.materials)} materials, ${formatCount(c.facilities)} facilities, ${formatCount(c.flows)} flows, ${formatCount(c.sources)} sources`;
    ctx.io.out(
      ctx.values.sample
        ? `Loaded the rare-earth sample into ${info.path}: ${what}`
        : `Workspace ${info.path} is ready (schema ${info.schema_version}): ${what}`,
    );
  },
};
