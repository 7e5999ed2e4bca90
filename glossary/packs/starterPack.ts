import type { TermDraft } from '../../core/model';
import { isPartOfSpeech } from '../formats/text';
import { validatePack, type GlossaryPackFile, type PackManifestInput } from '../formats/pack';
import starter from './international-news.padanan-pack.json';

/** Manifest of the starter pack shipped with Padanan and enabled in every new project. */
export const STARTER_PACK_MANIFEST: PackManifestInput = {
  id: 'org.padanan.international-news',
  name: 'International news (id→en)',
  version: '1.0.0',
  author: 'Padanan contributors',
  licence: 'CC0-1.0',
  sourceLang: 'id',
  targetLang: 'en',
};

/** The starter pack, checked (term count and checksum) like any imported pack. */
export function loadStarterPack(): GlossaryPackFile {
  return validatePack(starter, 'international-news.padanan-pack.json');
}

/**
 * Reads the starter pack's TSV source: source, target, part of speech, flags ("case",
 * "exact", "lexicalised", "forbidden"), note. The pack file is generated from it.
 */
export function parsePackSource(tsv: string): TermDraft[] {
  const terms: TermDraft[] = [];
  tsv.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [source = '', target = '', pos = '', flags = '', note = ''] = line.split('\t').map((c) => c.trim());
    if (!source || !target || !isPartOfSpeech(pos)) throw new Error(`pack source line ${index + 1}: need source, target and a part of speech`);
    const term: TermDraft = {
      source,
      target,
      pos,
      forbidden: flags.includes('forbidden'),
      caseSensitive: flags.includes('case'),
      matchMode: flags.includes('exact') ? 'exact' : 'inflected',
    };
    if (flags.includes('lexicalised')) term.matchLexicalised = true;
    if (note) term.note = note;
    terms.push(term);
  });
  return terms;
}
