// Vite config of the renderer. Default export: the browser-mode build
// (`npm run build:web`, also run by `npm run start:browser` when the build is stale).
// `rendererViteConfig()` holds the settings shared with the desktop build in
// electron.vite.config.ts, so the two builds of the same renderer cannot drift apart.
// Both write to out/renderer, with relative asset URLs (base './') so the files work
// from http://127.0.0.1:PORT/ and from the Electron app's own protocol alike.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

// At the repository root, not in renderer/: renderer/ holds only code that runs in the page.
export const REPO_DIR = path.dirname(fileURLToPath(import.meta.url));
export const RENDERER_DIR = path.join(REPO_DIR, 'renderer');
export const RENDERER_OUT_DIR = path.join(REPO_DIR, 'out', 'renderer');

export function rendererViteConfig(): UserConfig {
  return {
    root: RENDERER_DIR,
    base: './',
    plugins: [react()],
    // The renderer imports db/api.ts and db/model from outside its root.
    server: { fs: { allow: [REPO_DIR] } },
    build: {
      outDir: RENDERER_OUT_DIR,
      emptyOutDir: true,
      reportCompressedSize: false,
      // The CSP allows data: URLs for images only: never inline fonts (or anything else) as data:.
      assetsInlineLimit: (file) => (/\.(png|jpe?g|gif|webp|avif|svg)$/i.test(file) ? undefined : false),
      modulePreload: { polyfill: false },
      rolldownOptions: { input: path.join(RENDERER_DIR, 'index.html') },
    },
  };
}

export default defineConfig(rendererViteConfig());
