import { PadananError } from '../../core/errors';
import type { GlossaryPackManifest, TermDraft } from '../../core/model';
import { readCsvGlossary, writeCsvGlossary } from './csv';
import { PACK_EXTENSION, createPack, readPack, writePack, type PackManifestInput } from './pack';
import { readTbxGlossary, writeTbxGlossary } from './tbx';
import { readTsvGlossary, writeTsvGlossary } from './tsv';

export type GlossaryFormat = 'tsv' | 'csv' | 'tbx' | 'pack';

/** What a glossary file holds once read: the terms, and the pack manifest for pack files. */
export interface GlossaryFile {
  format: GlossaryFormat;
  terms: TermDraft[];
  manifest?: GlossaryPackManifest;
  /** A name the file gives itself (pack name, TBX title). */
  title?: string;
}

/** The format a file name implies: .tsv/.txt/.utf8 (OmegaT), .csv, .tbx, .padanan-pack.json/.json. */
export function glossaryFormatOf(fileName: string): GlossaryFormat | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith(PACK_EXTENSION) || name.endsWith('.json')) return 'pack';
  if (name.endsWith('.tbx')) return 'tbx';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.tsv') || name.endsWith('.txt') || name.endsWith('.utf8') || name.endsWith('.tab')) return 'tsv';
  return undefined;
}

/** Reads a glossary file of any supported format; throws PadananError naming the line or element. */
export function readGlossary(bytes: Uint8Array, fileName: string, format = glossaryFormatOf(fileName)): GlossaryFile {
  switch (format) {
    case 'tsv':
      return { format, terms: readTsvGlossary(bytes, fileName) };
    case 'csv':
      return { format, terms: readCsvGlossary(bytes, fileName) };
    case 'tbx': {
      const { terms, title } = readTbxGlossary(bytes, fileName);
      return title ? { format, terms, title } : { format, terms };
    }
    case 'pack': {
      const { manifest, terms } = readPack(bytes, fileName);
      return { format, terms, manifest, title: manifest.name };
    }
    default:
      throw new PadananError('glossary.unknownFormat', `${fileName}: unknown glossary format (use .tsv, .csv, .tbx or ${PACK_EXTENSION}).`, { file: fileName });
  }
}

/** Writes terms in a format. A pack needs a manifest; one is made from `pack` (or the file's own). */
export function writeGlossary(
  terms: readonly TermDraft[],
  format: GlossaryFormat,
  options: { pack?: PackManifestInput; title?: string } = {},
): Uint8Array {
  switch (format) {
    case 'tsv':
      return writeTsvGlossary(terms);
    case 'csv':
      return writeCsvGlossary(terms);
    case 'tbx':
      return writeTbxGlossary(terms, options.title ? { title: options.title } : {});
    case 'pack': {
      const input = options.pack ?? { id: 'glossary', name: options.title ?? 'Glossary', version: '1.0.0', author: '', licence: 'unspecified', sourceLang: 'id', targetLang: 'en' };
      return writePack(createPack(input, terms));
    }
  }
}

export { PACK_EXTENSION, createPack, packChecksum, readPack, writePack, type GlossaryPackFile, type PackManifestInput } from './pack';
