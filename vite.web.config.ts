import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * The renderer as a plain web app (served from a loopback port by `npm run web`, driven by the
 * end-to-end tests). Relative asset paths so that the same output also loads from Electron's
 * app:// protocol or any sub-path; workers as ES modules because the app is ESM throughout.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  // The core runs in workers too: use the DOM-free build of micromark's entity decoder everywhere.
  resolve: { alias: { 'decode-named-character-reference': fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)) } },
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./dist-web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The CSP forbids inline scripts: never inline assets as data: scripts, keep the preload polyfill in the bundle.
    assetsInlineLimit: 0,
    sourcemap: true,
    // One offline bundle loaded from disk or loopback: its size is not a download concern.
    chunkSizeWarningLimit: 2000,
  },
});
