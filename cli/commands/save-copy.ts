import { saveWorkspaceCopy } from '../../db/workspace-copy';
import type { Command } from '../command';

export const saveCopyCommand: Command = {
  name: 'save-copy',
  summary: 'write a copy of the workspace to another file (SQLite online backup), leaving the workspace as it is',
  usage: 'OUT.db',
  options: {},
  positionals: [1, 1],
  async run(ctx) {
    const copy = await saveWorkspaceCopy(ctx.workspace(), ctx.positionals[0]!);
    if (ctx.json) return ctx.printJson({ file: copy.path, bytes: copy.bytes });
    ctx.io.out(`Wrote ${copy.path}`);
  },
};
