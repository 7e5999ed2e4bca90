import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Builds a bench page (its index.html + main.ts, which import the real renderer/src/db and
 * workers modules) into `outDir`, with the web build's settings. Nothing here is shipped.
 */
export async function buildBenchPage(pageDir: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: pageDir,
    base: './',
    logLevel: 'warn',
    resolve: {
      alias: {
        // As in vite.web.config.ts: the "browser" build of this package needs a DOM, which the
        // import worker does not have.
        'decode-named-character-reference': fileURLToPath(new URL('../../node_modules/decode-named-character-reference/index.js', import.meta.url)),
      },
    },
    build: { outDir, target: 'es2022', minify: true, emptyOutDir: true, reportCompressedSize: false },
    worker: { format: 'es' },
  });
}
