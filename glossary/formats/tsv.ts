import { PadananError } from '../../core/errors';
import type { TermDraft } from '../../core/model';
import { basicTerm, decodeGlossaryText, encodeUtf8, splitLines } from './text';

/**
 * OmegaT's tab-separated glossary: source, target and an optional comment per line, UTF-8.
 * Lines starting with # are comments, blank lines are skipped, a BOM and CRLF are tolerated.
 * Part of speech, flags and definitions have no column here; the comment becomes the note.
 */
export function readTsvGlossary(bytes: Uint8Array, fileName: string): TermDraft[] {
  const text = decodeGlossaryText(bytes, fileName);
  const terms: TermDraft[] = [];
  splitLines(text).forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    const n = index + 1;
    if (cells.length < 2 || cells.length > 3) {
      throw new PadananError(
        'glossary.columns',
        `${fileName}, line ${n}: expected 2 or 3 tab-separated columns (source, target, comment), found ${cells.length}.`,
        { file: fileName, line: n, count: cells.length },
      );
    }
    const [source, target, note = ''] = cells.map((c) => c.trim()) as [string, string, string?];
    if (!source || !target) {
      throw new PadananError('glossary.emptyCell', `${fileName}, line ${n}: the ${source ? 'target' : 'source'} term is empty.`, { file: fileName, line: n });
    }
    terms.push(basicTerm(source, target, note));
  });
  return terms;
}

export function writeTsvGlossary(terms: readonly TermDraft[]): Uint8Array {
  const clean = (s: string | undefined) => (s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
  return encodeUtf8(terms.map((t) => [t.source, t.target, t.note].map(clean).join('\t').replace(/\t$/, '') + '\n').join(''));
}
