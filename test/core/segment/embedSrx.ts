/**
 * Regenerates core/segment/rules/indonesianSrx.ts from core/segment/rules/indonesian.srx, so the
 * pure core can load the default rules without a file system:
 *   npx tsx test/core/segment/embedSrx.ts
 * srxEmbed.test.ts fails when the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SRX_PATH = fileURLToPath(new URL('../../../core/segment/rules/indonesian.srx', import.meta.url));
export const MODULE_PATH = fileURLToPath(new URL('../../../core/segment/rules/indonesianSrx.ts', import.meta.url));

export function embeddedModuleText(srx: string): string {
  return (
    '// Generated from indonesian.srx by test/core/segment/embedSrx.ts; edit the .srx file, not this one.\n' +
    `export const INDONESIAN_SRX = ${JSON.stringify(srx)};\n`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(MODULE_PATH, embeddedModuleText(readFileSync(SRX_PATH, 'utf8')));
  console.log(`wrote ${MODULE_PATH}`);
}
