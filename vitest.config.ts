import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['db/**/*.test.ts', 'cli/**/*.test.ts', 'server/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // The sample workspace as the core sees it, provided to tests (vitest-provided.d.ts).
    globalSetup: ['db/test/sample-workspace.setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
  },
});
