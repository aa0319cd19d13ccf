// electron-vite build of the desktop app: main process, sandboxed preload, renderer.
//   out/main/main.js         ES module (package.json "type": "module"); better-sqlite3 stays
//                            external (a native module, rebuilt for Electron by electron-builder)
//   out/preload/preload.cjs  CommonJS: sandboxed preloads cannot be ES modules
//   out/renderer/            the same renderer build as `npm run build:web` (shared settings)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import type { Plugin, UserConfig } from 'vite';
import { rendererViteConfig } from './vite.renderer.config';

const repo = path.dirname(fileURLToPath(import.meta.url));
/** LODESTONE_BUILD_DIR builds somewhere else than out/ (the Electronegativity check builds into a temp folder). */
const outDir = process.env.LODESTONE_BUILD_DIR ? path.resolve(process.env.LODESTONE_BUILD_DIR) : path.join(repo, 'out');
const apiFile = path.join(repo, 'db', 'api.ts');

/**
 * The preload needs only IPC_CHANNEL from db/api.ts, but importing that module would pull
 * zod and every schema into the sandboxed preload. This plugin loads db/api.ts, for the
 * preload build only, as just its exported string constants, read from the file itself, so
 * the channel name is still written once.
 */
function apiConstantsOnly(): Plugin {
  return {
    name: 'lodestone:api-constants-only',
    enforce: 'pre',
    load(id) {
      if (path.normalize(id.split('?', 1)[0]!) !== apiFile) return null;
      const source = readFileSync(apiFile, 'utf8');
      const constants = [...source.matchAll(/^export const ([A-Z][A-Z0-9_]*) = ('[^'\n]*'|"[^"\n]*");$/gm)].map(
        ([, name, value]) => `export const ${name} = ${value};`,
      );
      if (!constants.some((line) => line.startsWith('export const IPC_CHANNEL ='))) {
        this.error('db/api.ts must declare IPC_CHANNEL as `export const IPC_CHANNEL = \'...\';`');
      }
      return constants.join('\n');
    },
  };
}

function withOutDir(config: UserConfig, dir: string): UserConfig {
  return { ...config, build: { ...config.build, outDir: dir } };
}

export default defineConfig({
  main: {
    build: {
      outDir: path.join(outDir, 'main'),
      // Bundle zod and the db core; only the native module is loaded from node_modules.
      externalizeDeps: false,
      rolldownOptions: {
        input: { main: path.join(repo, 'electron', 'main.ts') },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    plugins: [apiConstantsOnly()],
    build: {
      outDir: path.join(outDir, 'preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: path.join(repo, 'electron', 'preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: withOutDir(rendererViteConfig(), path.join(outDir, 'renderer')),
});
