import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';

/**
 * Desktop build: main (ESM, the package is "type":"module") → out/main/main.js, preload (CommonJS,
 * required by a sandboxed window) → out/preload/preload.cjs, renderer (same sources and React plugin
 * as vite.web.config.ts) → out/renderer, served by the main process under app://padanan/.
 */
const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('./out/main'),
      rolldownOptions: {
        input: { main: fromRoot('./electron/main.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('./out/preload'),
      rolldownOptions: {
        input: { preload: fromRoot('./electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: fromRoot('./renderer'),
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir: fromRoot('./out/renderer'),
      emptyOutDir: true,
      // The CSP forbids inline scripts: never inline assets.
      assetsInlineLimit: 0,
      rolldownOptions: {
        input: { index: fromRoot('./renderer/index.html') },
      },
    },
  },
});
