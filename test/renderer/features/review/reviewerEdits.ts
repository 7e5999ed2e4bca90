import { openZip, writeZip } from '../../../../core/zip/index';
import { escapeXmlText } from '../../../../core/xml/index';

/** What a reviewer types into one row of the review table (tags as {1} … {/1} placeholders). */
export interface ReviewerEdit {
  id: string;
  english?: string;
  status?: string;
  comment?: string;
}

export interface ReviewerSave {
  /** Written as docProps/core.xml lastModifiedBy, as Word does on save. */
  savedBy?: string;
}

/**
 * Edits a bilingual review DOCX the way a reviewer does in Word: finds the row by the text of its
 * ID cell and replaces the English, Status or Comment cell's paragraphs with plain typed text,
 * keeping the cell properties; optionally saves the reviewer's name in the core properties.
 * Uses only core's ZIP reader and writer, so the file is re-zipped as any word processor would.
 */
export function editReviewDocx(bytes: Uint8Array, edits: readonly ReviewerEdit[], save: ReviewerSave = {}): Uint8Array {
  const zip = openZip(bytes, { fileName: 'review.docx' });
  const document = new TextDecoder().decode(zip.read('word/document.xml'));
  const pending = new Map(edits.map((e) => [e.id, e]));
  const edited = document.replace(/<w:tr>[\s\S]*?<\/w:tr>/g, (row) => {
    const cells = row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    const id = cellText(cells[0] ?? '');
    const edit = pending.get(id);
    if (!edit || cells.length < 5) return row;
    pending.delete(id);
    const replacements: [number, string | undefined][] = [
      [2, edit.english],
      [3, edit.status],
      [4, edit.comment],
    ];
    let out = row;
    for (const [column, text] of replacements) {
      if (text === undefined) continue;
      const cell = cells[column]!;
      const properties = /<w:tcPr>[\s\S]*?<\/w:tcPr>/.exec(cell)?.[0] ?? '';
      const paragraphs = text
        .split('\n')
        .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXmlText(line)}</w:t></w:r></w:p>`)
        .join('');
      out = out.replace(cell, `<w:tc>${properties}${paragraphs}</w:tc>`);
    }
    return out;
  });
  if (pending.size) throw new Error(`No row for the ids ${[...pending.keys()].join(', ')} in the review table`);
  const entries = zip.entries.map((e) => ({
    name: e.name,
    data: e.name === 'word/document.xml' ? new TextEncoder().encode(edited) : zip.read(e.name),
  }));
  if (save.savedBy !== undefined) {
    entries.push({
      name: 'docProps/core.xml',
      data: new TextEncoder().encode(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator></dc:creator><cp:lastModifiedBy>${escapeXmlText(save.savedBy)}</cp:lastModifiedBy></cp:coreProperties>`,
      ),
    });
  }
  return writeZip(entries);
}

function cellText(cell: string): string {
  return [...cell.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}
