import { PadananError } from '../../core/errors';
import type { GlossaryPackManifest, TermDraft } from '../../core/model';
import { sha256Hex } from './sha256';
import { decodeGlossaryText, encodeUtf8, isPartOfSpeech } from './text';

/** The `format` field of a Padanan pack file (`*.padanan-pack.json`). */
export const PACK_FORMAT = 'padanan-glossary-pack';
export const PACK_FORMAT_VERSION = 1;
export const PACK_EXTENSION = '.padanan-pack.json';

export interface GlossaryPackFile {
  manifest: GlossaryPackManifest;
  terms: TermDraft[];
}

/**
 * The checksum of a pack's terms: SHA-256 of a canonical serialisation, so that it does not
 * depend on key order, whitespace or the order of entries. Each term becomes the JSON array
 * [source, target, pos, note, definition, domain, forbidden, caseSensitive, matchMode,
 * matchLexicalised] (absent strings as "", booleans as 0/1); the arrays are sorted by their JSON
 * text and the list is serialised as JSON, UTF-8.
 */
export function packChecksum(terms: readonly TermDraft[]): string {
  const rows = terms.map((t) =>
    JSON.stringify([
      t.source,
      t.target,
      t.pos ?? '',
      t.note ?? '',
      t.definition ?? '',
      t.domain ?? '',
      t.forbidden ? 1 : 0,
      t.caseSensitive ? 1 : 0,
      t.matchMode,
      t.matchLexicalised ? 1 : 0,
    ]),
  );
  rows.sort();
  return `sha256:${sha256Hex(`[${rows.join(',')}]`)}`;
}

export type PackManifestInput = Omit<GlossaryPackManifest, 'termCount' | 'checksum' | 'created'> & { created?: string };

/** Builds a pack file with its term count and checksum filled in. */
export function createPack(input: PackManifestInput, terms: readonly TermDraft[]): GlossaryPackFile {
  const manifest: GlossaryPackManifest = {
    id: input.id,
    name: input.name,
    version: input.version,
    author: input.author,
    licence: input.licence,
    sourceLang: input.sourceLang,
    targetLang: input.targetLang,
    termCount: terms.length,
    created: input.created ?? new Date().toISOString(),
    checksum: packChecksum(terms),
  };
  return { manifest, terms: terms.map(cleanTerm) };
}

export function writePack(pack: GlossaryPackFile): Uint8Array {
  const body = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    manifest: pack.manifest,
    terms: pack.terms.map(cleanTerm),
  };
  // One term per line: readable, diff-friendly, and a parse error's line number names the entry.
  const terms = body.terms.map((t) => `    ${JSON.stringify(t)}`).join(',\n');
  const head = JSON.stringify({ format: body.format, formatVersion: body.formatVersion, manifest: body.manifest }, null, 2);
  return encodeUtf8(`${head.slice(0, -2)},\n  "terms": [\n${terms}\n  ]\n}\n`);
}

/**
 * Reads and checks a pack file: JSON syntax (error names the line), format, every manifest field,
 * every term, the term count and the checksum. Nothing is returned unless all of it holds.
 */
export function readPack(bytes: Uint8Array, fileName: string): GlossaryPackFile {
  const text = decodeGlossaryText(bytes, fileName);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new PadananError('glossary.packJson', `${fileName}${line ? `, line ${line}` : ''}: not valid JSON (${message}).`, {
      file: fileName,
      line: line ?? 0,
    });
  }
  return validatePack(data, fileName);
}

/** Checks an already parsed pack (e.g. one bundled with the app) exactly as `readPack` does. */
export function validatePack(data: unknown, fileName: string): GlossaryPackFile {
  const fail = (code: string, detail: string, params: Record<string, string | number> = {}): never => {
    throw new PadananError(code, `${fileName}: ${detail}`, { file: fileName, ...params });
  };
  if (!isObject(data) || data.format !== PACK_FORMAT) fail('glossary.packFormat', `not a Padanan glossary pack (the "format" field must be "${PACK_FORMAT}").`);
  const root = data as Record<string, unknown>;
  if (root.formatVersion !== PACK_FORMAT_VERSION) {
    fail('glossary.packVersion', `pack format version ${String(root.formatVersion)} is not supported (this Padanan reads version ${PACK_FORMAT_VERSION}).`, {
      version: String(root.formatVersion),
    });
  }
  const m = root.manifest;
  if (!isObject(m)) return fail('glossary.packManifest', 'the "manifest" object is missing.', { field: 'manifest' });
  for (const field of ['id', 'name', 'version', 'author', 'licence', 'sourceLang', 'targetLang', 'created', 'checksum'] as const) {
    if (typeof m[field] !== 'string' || (field !== 'author' && !(m[field] as string).trim())) {
      fail('glossary.packManifest', `manifest field "${field}" is missing or not a non-empty string.`, { field });
    }
  }
  if (!Number.isInteger(m.termCount) || (m.termCount as number) < 0) fail('glossary.packManifest', 'manifest field "termCount" is not a whole number.', { field: 'termCount' });
  if (!Array.isArray(root.terms)) return fail('glossary.packManifest', 'the "terms" list is missing.', { field: 'terms' });
  const terms = root.terms.map((raw, index) => readTerm(raw, index, fileName));
  if (terms.length !== m.termCount) {
    fail('glossary.packCount', `the manifest announces ${String(m.termCount)} terms but the file has ${terms.length}.`, {
      expected: m.termCount as number,
      found: terms.length,
    });
  }
  const checksum = packChecksum(terms);
  if (checksum !== m.checksum) {
    fail('glossary.packChecksum', `checksum mismatch: the terms were changed after the pack was published (manifest ${String(m.checksum)}, content ${checksum}).`);
  }
  return { manifest: m as unknown as GlossaryPackManifest, terms };
}

function readTerm(raw: unknown, index: number, fileName: string): TermDraft {
  const bad = (field: string): never => {
    throw new PadananError('glossary.packTerm', `${fileName}: terms[${index}] has an invalid "${field}".`, { file: fileName, index, field });
  };
  if (!isObject(raw)) return bad('entry');
  const str = (field: string, required: boolean): string | undefined => {
    const v = raw[field];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || (required && !v.trim())) return bad(field);
    return v;
  };
  const bool = (field: string, fallback: boolean): boolean => {
    const v = raw[field];
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') return bad(field);
    return v;
  };
  const term: TermDraft = {
    source: str('source', true)!,
    target: str('target', true)!,
    forbidden: bool('forbidden', false),
    caseSensitive: bool('caseSensitive', false),
    matchMode: raw.matchMode === undefined ? 'inflected' : raw.matchMode === 'exact' || raw.matchMode === 'inflected' ? raw.matchMode : bad('matchMode'),
  };
  if (raw.pos !== undefined) term.pos = isPartOfSpeech(raw.pos) ? raw.pos : bad('pos');
  for (const field of ['note', 'definition', 'domain'] as const) {
    const v = str(field, false);
    if (v) term[field] = v;
  }
  if (bool('matchLexicalised', false)) term.matchLexicalised = true;
  return term;
}

/** A term with only the fields a pack carries, in a stable key order. */
function cleanTerm(t: TermDraft): TermDraft {
  const out: TermDraft = { source: t.source, target: t.target, forbidden: t.forbidden, caseSensitive: t.caseSensitive, matchMode: t.matchMode };
  if (t.pos) out.pos = t.pos;
  if (t.note) out.note = t.note;
  if (t.definition) out.definition = t.definition;
  if (t.domain) out.domain = t.domain;
  if (t.matchLexicalised) out.matchLexicalised = true;
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
