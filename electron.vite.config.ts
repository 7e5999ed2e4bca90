import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';
import webConfig from './vite.web.config';

/**
 * Desktop build: main (ESM, the package is "type":"module") → out/main/main.js, preload (CommonJS,
 * required by a sandboxed window) → out/preload/preload.cjs, renderer → out/renderer, served by the
 * main process under app://padanan/. The renderer takes its plugins, aliases and worker settings from
 * vite.web.config.ts, so the desktop and web builds cannot drift apart.
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
    plugins: webConfig.plugins,
    resolve: webConfig.resolve,
    worker: webConfig.worker,
    build: {
      outDir: fromRoot('./out/renderer'),
      emptyOutDir: true,
      // The CSP forbids inline scripts: never inline assets.
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: webConfig.build?.chunkSizeWarningLimit,
      rolldownOptions: {
        input: { index: fromRoot('./renderer/index.html') },
      },
    },
  },
});
