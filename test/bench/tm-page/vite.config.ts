import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Builds the TM bench page (index.html + main.ts, which import the real renderer/src/db and
 * workers modules). tm.bench.ts passes the output directory; nothing here is shipped.
 */
export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  resolve: {
    alias: {
      // Its "browser" build decodes entities with document.createElement, which does not exist in
      // the import worker (the Markdown codec pulls it in through micromark): the worker would die
      // on load. The plain build carries its own entity table and runs everywhere.
      'decode-named-character-reference': fileURLToPath(new URL('../../../node_modules/decode-named-character-reference/index.js', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    minify: true,
    emptyOutDir: true,
    reportCompressedSize: false,
  },
  worker: { format: 'es' },
});
