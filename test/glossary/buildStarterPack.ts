/**
 * Regenerates glossary/packs/international-news.padanan-pack.json from its TSV source:
 *   npx tsx test/glossary/buildStarterPack.ts
 * Keeps the previous `created` date when the terms did not change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createPack, packChecksum, writePack } from '../../glossary/formats/pack';
import { STARTER_PACK_MANIFEST, parsePackSource } from '../../glossary/packs/starterPack';

const dir = new URL('../../glossary/packs/', import.meta.url);
const source = readFileSync(new URL('international-news.source.tsv', dir), 'utf8');
const terms = parsePackSource(source);
const target = new URL('international-news.padanan-pack.json', dir);
let created: string | undefined;
if (existsSync(target)) {
  const old = JSON.parse(readFileSync(target, 'utf8'));
  if (old?.manifest?.checksum === packChecksum(terms)) created = old.manifest.created;
}
writeFileSync(target, writePack(createPack({ ...STARTER_PACK_MANIFEST, created: created ?? new Date().toISOString().slice(0, 10) }, terms)));
console.log(`wrote ${terms.length} terms to ${target.pathname}`);
