import type { Command } from '../command';

export const bench: Command = {
  name: 'bench',
  summary: 'run the benchmarks (as npm run bench): prints a table, writes bench/results.json',
  usage: '',
  options: {},
  positionals: [0, 0],
  needsWorkspace: false,
  async run(ctx) {
    const { runBenchmarks } = await import('../../bench/run');
    const results = await runBenchmarks({ log: (line) => ctx.io.err(line) });
    if (ctx.json) ctx.printJson(results);
    else ctx.io.out(results.table);
  },
};
