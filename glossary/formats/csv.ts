import { PadananError } from '../../core/errors';
import type { TermDraft } from '../../core/model';
import { basicTerm, decodeGlossaryText, encodeUtf8 } from './text';

/**
 * OmegaT's CSV glossary: source, target and an optional comment per record, RFC 4180 quoting
 * (fields with commas, quotes or line breaks are quoted, quotes doubled), UTF-8 with or without
 * a BOM, CRLF or LF. Records starting with # and blank records are skipped.
 */
export function readCsvGlossary(bytes: Uint8Array, fileName: string): TermDraft[] {
  const text = decodeGlossaryText(bytes, fileName);
  const terms: TermDraft[] = [];
  for (const record of parseCsv(text, fileName)) {
    const { cells, line } = record;
    if (cells.length === 1 && !cells[0]!.trim()) continue;
    if (!record.quotedFirst && cells[0]!.startsWith('#')) continue;
    if (cells.length < 2 || cells.length > 3) {
      throw new PadananError(
        'glossary.columns',
        `${fileName}, line ${line}: expected 2 or 3 comma-separated columns (source, target, comment), found ${cells.length}.`,
        { file: fileName, line, count: cells.length },
      );
    }
    const [source, target, note = ''] = cells.map((c) => c.trim()) as [string, string, string?];
    if (!source || !target) {
      throw new PadananError('glossary.emptyCell', `${fileName}, line ${line}: the ${source ? 'target' : 'source'} term is empty.`, { file: fileName, line });
    }
    terms.push(basicTerm(source, target, note));
  }
  return terms;
}

export function writeCsvGlossary(terms: readonly TermDraft[]): Uint8Array {
  const field = (s: string | undefined) => {
    const v = s ?? '';
    return /[",\r\n]/.test(v) || /^\s|\s$/.test(v) || v.startsWith('#') ? `"${v.replace(/"/g, '""')}"` : v;
  };
  return encodeUtf8(terms.map((t) => `${field(t.source)},${field(t.target)},${field(t.note)}\r\n`).join(''));
}

interface CsvRecord {
  cells: string[];
  /** Line where the record starts (1-based). */
  line: number;
  quotedFirst: boolean;
}

/** RFC 4180 records; a quote inside an unquoted field or an unterminated quoted field is an error. */
export function parseCsv(text: string, fileName: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quotedFirst = false;
  let i = 0;
  let atFieldStart = true;
  const endRecord = () => {
    cells.push(cell);
    records.push({ cells, line: recordLine, quotedFirst });
    cells = [];
    cell = '';
    atFieldStart = true;
    quotedFirst = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (atFieldStart && ch === '"') {
      if (cells.length === 0) quotedFirst = true;
      const openLine = line;
      i++;
      for (;;) {
        if (i >= text.length) {
          throw new PadananError('glossary.csvQuote', `${fileName}, line ${openLine}: a quoted field is never closed.`, { file: fileName, line: openLine });
        }
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        cell += c;
        i++;
      }
      atFieldStart = false;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new PadananError('glossary.csvQuote', `${fileName}, line ${line}: unexpected text after a closing quote.`, { file: fileName, line });
      }
      continue;
    }
    if (ch === ',') {
      cells.push(cell);
      cell = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRecord();
      line++;
      recordLine = line;
      continue;
    }
    if (ch === '"') {
      throw new PadananError('glossary.csvQuote', `${fileName}, line ${line}: a quote inside an unquoted field (quote the whole field and double the quote).`, {
        file: fileName,
        line,
      });
    }
    cell += ch;
    atFieldStart = false;
    i++;
  }
  if (cell || cells.length) endRecord();
  return records;
}
