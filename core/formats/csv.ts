import type { Segment } from '../model';
import { tagsToPlaceholders } from './bilingualDocx';

/**
 * Bilingual CSV (id, source, target, status, note): RFC 4180 (CRLF line ends, fields quoted when
 * they hold a comma, quote or line break, quotes doubled), UTF-8 with a byte-order mark so that
 * Excel opens Indonesian and English text correctly. Inline tags are written as {1} … {/1} and {2/}.
 */
export type CsvSegment = Pick<Segment, 'unitId' | 'source' | 'target' | 'status' | 'note'>;

export interface CsvExportOptions {
  /**
   * Spreadsheets run a cell that starts with =, + or @ as a formula; such fields get a leading
   * apostrophe (default true). Turn off for tools that read the CSV as data only.
   */
  guardFormulas?: boolean;
}

export const CSV_HEADER = ['id', 'source', 'target', 'status', 'note'] as const;

export function exportBilingualCsv(segments: readonly CsvSegment[], options: CsvExportOptions = {}): Uint8Array {
  const guard = options.guardFormulas ?? true;
  const lines = [CSV_HEADER.join(',')];
  for (const s of segments) {
    lines.push([s.unitId, tagsToPlaceholders(s.source), tagsToPlaceholders(s.target), s.status, s.note].map((f) => csvField(f, guard)).join(','));
  }
  const body = new TextEncoder().encode(lines.join('\r\n') + '\r\n');
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

export function csvField(value: string, guardFormulas = true): string {
  const v = guardFormulas && /^[=+@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Parses RFC 4180 CSV (for tests and re-reading exports): rows of fields; a BOM is skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
