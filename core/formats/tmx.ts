import { isConfirmed, SOURCE_LANG, TARGET_LANG, type InlineTag } from '../model';
import { PadananError } from '../errors';
import { XmlReader, type XmlStartTag } from '../xml/reader';
import { escapeXmlAttr, escapeXmlText } from '../xml/writer';
import { balancedPairs, parseTagChar, tagsByChar } from './inlineTags';
import type { WritableSegment } from './types';

/**
 * TMX 1.4b: export of translation units (valid against tmx14.dtd) and a streaming import that
 * reads a million units with flat memory: chunks in, one callback per Indonesian–English unit.
 */

export interface TmxUnit {
  source: string;
  target: string;
  tuid?: string;
  /** Milliseconds since the epoch, from creationdate / changedate. */
  createdAt?: number;
  changedAt?: number;
  note?: string;
  /** Free text kept in a <prop type="x-context"> (file or document name). */
  context?: string;
}

/** A unit to export: segment text may contain tag characters described by `tags`. */
export interface TmxUnitInput extends TmxUnit {
  tags?: readonly InlineTag[];
}

export interface TmxExportOptions {
  srcLang?: string;
  tgtLang?: string;
  /** Creation date written in the header (default: now). */
  now?: number;
  toolVersion?: string;
}

/** TMX text in pieces, for writing very large memories without one huge string. */
export function* tmxParts(units: Iterable<TmxUnitInput>, options: TmxExportOptions = {}): Generator<string> {
  const src = options.srcLang ?? SOURCE_LANG;
  const tgt = options.tgtLang ?? TARGET_LANG;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n';
  yield `  <header creationtool="Padanan" creationtoolversion="${escapeXmlAttr(options.toolVersion ?? '0.1.0')}" datatype="plaintext" segtype="sentence" adminlang="${TARGET_LANG}" srclang="${escapeXmlAttr(src)}" o-tmf="Padanan" creationdate="${tmxDate(options.now ?? Date.now())}"/>\n  <body>\n`;
  let batch = '';
  let n = 0;
  for (const u of units) {
    let tu = `    <tu${u.tuid !== undefined ? ` tuid="${escapeXmlAttr(u.tuid)}"` : ''}${u.createdAt !== undefined ? ` creationdate="${tmxDate(u.createdAt)}"` : ''}${u.changedAt !== undefined ? ` changedate="${tmxDate(u.changedAt)}"` : ''}>\n`;
    if (u.note) tu += `      <note>${escapeXmlText(u.note)}</note>\n`;
    if (u.context) tu += `      <prop type="x-context">${escapeXmlText(u.context)}</prop>\n`;
    tu += `      <tuv xml:lang="${escapeXmlAttr(src)}"><seg>${segContent(u.source, u.tags)}</seg></tuv>\n`;
    tu += `      <tuv xml:lang="${escapeXmlAttr(tgt)}"><seg>${segContent(u.target, u.tags)}</seg></tuv>\n    </tu>\n`;
    batch += tu;
    if (++n % 1000 === 0) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}  </body>\n</tmx>\n`;
}

export function exportTmx(units: Iterable<TmxUnitInput>, options: TmxExportOptions = {}): Uint8Array {
  return new TextEncoder().encode([...tmxParts(units, options)].join(''));
}

/** The confirmed segments of a document (translated, reviewed, final) as TMX; the rest is left out. */
export function exportTmxFromSegments(segments: readonly WritableSegment[], options: TmxExportOptions & { documentName?: string; updatedAt?: (s: WritableSegment) => number } = {}): Uint8Array {
  const units: TmxUnitInput[] = [];
  for (const s of [...segments].sort((a, b) => a.index - b.index)) {
    if (!isConfirmed(s.status) || s.target.trim() === '' || s.locked) continue;
    const at = options.updatedAt?.(s);
    units.push({ source: s.source, target: s.target, tags: s.tags, tuid: s.unitId, note: s.note || undefined, context: options.documentName, createdAt: at, changedAt: at });
  }
  return exportTmx(units, options);
}

/** Seg content: text escaped, tag characters as bpt/ept (pairs), it (halves) and ph (standalone). */
function segContent(text: string, tags: readonly InlineTag[] | undefined): string {
  if (!/[\ue000-\ue2ff]/.test(text)) return escapeXmlText(text);
  const byChar = tagsByChar(tags);
  const balanced = balancedPairs(text);
  let out = '';
  let run = '';
  for (const ch of text) {
    const t = parseTagChar(ch.charCodeAt(0));
    if (!t) {
      run += ch;
      continue;
    }
    out += escapeXmlText(run);
    run = '';
    const type = byChar.get(ch)?.type;
    const typeAttr = type ? ` type="${escapeXmlAttr(type)}"` : '';
    if (t.kind === 'standalone') out += `<ph x="${t.n}"${typeAttr}/>`;
    else if (balanced.has(t.n)) out += t.kind === 'open' ? `<bpt i="${t.n}" x="${t.n}"${typeAttr}/>` : `<ept i="${t.n}"/>`;
    else out += `<it pos="${t.kind === 'open' ? 'begin' : 'end'}" x="${t.n}"${typeAttr}/>`;
  }
  return out + escapeXmlText(run);
}

/** YYYYMMDDThhmmssZ */
export function tmxDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function parseTmxDate(value: string | undefined): number | undefined {
  const m = value && /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

// ---- Import -------------------------------------------------------------------------------------

export interface TmxReadOptions {
  fileName?: string;
  /** Languages to pair, matched by primary subtag ("id" also matches the old code "in"). */
  srcLang?: string;
  tgtLang?: string;
  /** Called after each chunk with the bytes read so far (for a progress bar). */
  onProgress?: (bytesRead: number) => void | Promise<void>;
}

export interface TmxReadSummary {
  /** Units passed to onUnit. */
  units: number;
  /** <tu>s without both languages (or with an empty side). */
  skipped: number;
  srcLang?: string;
}

/**
 * Streams a TMX file. `onUnit` may return a promise (e.g. a database write): reading waits for
 * it, so memory stays bounded by one chunk's units whatever the file's size.
 */
export async function readTmx(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onUnit: (unit: TmxUnit) => void | Promise<void>,
  options: TmxReadOptions = {},
): Promise<TmxReadSummary> {
  const fileName = options.fileName ?? '';
  const src = primary(options.srcLang ?? SOURCE_LANG);
  const tgt = primary(options.tgtLang ?? TARGET_LANG);
  const summary: TmxReadSummary = { units: 0, skipped: 0 };
  let pending: TmxUnit[] = [];
  let sawRoot = false;

  let tu: { tag: XmlStartTag; source?: string; target?: string; note?: string; context?: string } | undefined;
  let tuv: { lang: string } | undefined;
  let seg: string | undefined;
  // Depth of native-code elements (bpt, ept, it, ph, ut, sub) inside a seg: their text is not translatable.
  let codeDepth = 0;
  let noteText: string | undefined;
  let propText: string | undefined;

  const reader = new XmlReader(
    {
      openTag(tag) {
        if (!sawRoot) {
          sawRoot = true;
          if (tag.local !== 'tmx') throw new PadananError('tmx.notTmx', `${fileName || 'The file'} is not a TMX file.`, { file: fileName });
          return;
        }
        if (seg !== undefined) {
          if (tag.local !== 'hi') codeDepth++;
          return;
        }
        switch (tag.local) {
          case 'header':
            summary.srcLang = tag.attrs.srclang;
            return;
          case 'tu':
            tu = { tag };
            return;
          case 'tuv':
            tuv = { lang: primary(tag.attrs['xml:lang'] ?? tag.attrs.lang ?? '') };
            return;
          case 'seg':
            if (tuv) seg = '';
            return;
          case 'note':
            if (tu && !tuv) noteText = '';
            return;
          case 'prop':
            if (tu && !tuv && tag.attrs.type === 'x-context') propText = '';
            return;
        }
      },
      closeTag(tag) {
        if (seg !== undefined) {
          if (tag.local === 'seg' && codeDepth === 0) {
            if (tu && tuv) {
              if (tuv.lang === src && tu.source === undefined) tu.source = seg;
              else if (tuv.lang === tgt && tu.target === undefined) tu.target = seg;
            }
            seg = undefined;
          } else if (tag.local !== 'hi') codeDepth--;
          return;
        }
        switch (tag.local) {
          case 'tuv':
            tuv = undefined;
            return;
          case 'note':
            if (tu && noteText !== undefined) tu.note = tu.note ? `${tu.note}\n${noteText}` : noteText;
            noteText = undefined;
            return;
          case 'prop':
            if (tu && propText !== undefined) tu.context = propText;
            propText = undefined;
            return;
          case 'tu':
            if (tu) {
              const { source, target } = tu;
              if (source !== undefined && target !== undefined && source.trim() !== '' && target.trim() !== '') {
                const unit: TmxUnit = { source, target };
                const a = tu.tag.attrs;
                if (a.tuid) unit.tuid = a.tuid;
                const created = parseTmxDate(a.creationdate);
                const changed = parseTmxDate(a.changedate);
                if (created !== undefined) unit.createdAt = created;
                if (changed !== undefined) unit.changedAt = changed;
                if (tu.note) unit.note = tu.note;
                if (tu.context) unit.context = tu.context;
                pending.push(unit);
              } else summary.skipped++;
            }
            tu = undefined;
            return;
        }
      },
      text(text) {
        if (seg !== undefined) {
          if (codeDepth === 0) seg += text;
        } else if (noteText !== undefined) noteText += text;
        else if (propText !== undefined) propText += text;
      },
    },
    { fileName, namespaces: false },
  );

  const flush = async () => {
    const batch = pending;
    pending = [];
    for (const unit of batch) {
      summary.units++;
      const result = onUnit(unit);
      if (result) await result;
    }
  };

  let bytes = 0;
  for await (const chunk of chunks) {
    reader.write(chunk);
    bytes += chunk.length;
    await flush();
    await options.onProgress?.(bytes);
  }
  reader.close();
  await flush();
  if (!sawRoot) throw new PadananError('tmx.notTmx', `${fileName || 'The file'} is not a TMX file.`, { file: fileName });
  if (summary.units === 0 && summary.skipped > 0) {
    throw new PadananError('tmx.noLanguages', `${fileName || 'The file'} has no Indonesian–English translation units.`, { file: fileName });
  }
  return summary;
}

/** Primary language subtag, lower case; "in" (the pre-1989 code for Indonesian) counts as "id". */
function primary(lang: string): string {
  const p = lang.split(/[-_]/)[0]!.toLowerCase();
  return p === 'in' ? 'id' : p;
}
