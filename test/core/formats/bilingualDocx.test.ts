import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportReviewDocx, importReviewDocx, placeholdersToTags, tagsToPlaceholders } from '../../../core/formats/bilingualDocx';
import { errorOf } from '../../support/errors';
import { TAG_CLOSE_BASE, TAG_OPEN_BASE } from '../../../core/model';
import { parseXml } from '../../../core/xml/index';
import { openZip, writeZip } from '../../../core/zip/index';
import { reviewSegments } from './bilingualDocxSegments';
import { expectGolden } from './docGolden';

const dir = join(import.meta.dirname, '../../fixtures/bilingual-docx');
const exported = exportReviewDocx(reviewSegments, { documentName: 'berita.docx', documentId: 'doc-1' });
const o = (n: number) => String.fromCharCode(TAG_OPEN_BASE + n);
const c = (n: number) => String.fromCharCode(TAG_CLOSE_BASE + n);

/** The reviewer's copy: document.xml edited as a word processor would store the edits. */
function edited(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const zip = openZip(bytes);
  return writeZip(
    zip.names().map((name) => ({
      name,
      data: name === 'word/document.xml' ? new TextEncoder().encode(edit(zip.readText(name))) : zip.read(name),
    })),
  );
}

describe('bilingual review DOCX: export', () => {
  it('matches the golden file and is well-formed', () => {
    expectGolden(join(dir, 'review.expected.docx'), exported);
    const zip = openZip(exported);
    for (const name of zip.names()) expect(() => parseXml(zip.read(name), { fileName: name })).not.toThrow();
    const xml = zip.readText('word/document.xml');
    expect(xml).toContain('<w:t xml:space="preserve">Bilingual review: berita.docx</w:t>');
    expect(xml).toContain('<w:rStyle w:val="PadananTag"/></w:rPr><w:t xml:space="preserve">{1}</w:t>');
    expect(xml).toContain('<w:t xml:space="preserve">Line one</w:t><w:br/><w:t xml:space="preserve">line two</w:t><w:tab/>');
  });

  it('reads back with no changes', () => {
    const { changes, summary } = importReviewDocx(exported, reviewSegments, { fileName: 'review.docx', documentId: 'doc-1' });
    expect(changes).toEqual([]);
    expect(summary).toMatchObject({ rows: 5, unchanged: 5, targetsChanged: 0, unknownIds: [], missingIds: [] });
  });

  it('reads back a copy re-saved by LibreOffice with no changes', () => {
    const resaved = new Uint8Array(readFileSync(join(dir, 'libreoffice-resaved.docx')));
    const { changes, summary } = importReviewDocx(resaved, reviewSegments, { fileName: 'resaved.docx', documentId: 'doc-1' });
    expect(changes).toEqual([]);
    expect(summary.rows).toBe(5);
  });
});

describe('bilingual review DOCX: re-import of the reviewer’s edits', () => {
  it('returns changed targets, statuses and comments by segment id, and nothing else', () => {
    const copy = edited(exported, (xml) =>
      xml
        .replace('US warns Kim Jong-un', 'U.S. warns Kim Jong Un')
        // The reviewer moved a tag placeholder and split the sentence over two runs (as Word does).
        .replace(
          '<w:t xml:space="preserve"> - Arms talks between Russia and North Korea are progressing.</w:t>',
          '<w:t xml:space="preserve"> - Arms talks between Russia and </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>North Korea</w:t></w:r><w:r><w:t xml:space="preserve"> are advancing.</w:t>',
        )
        .replace('<w:t xml:space="preserve">draft</w:t>', '<w:t xml:space="preserve">Reviewed</w:t>')
        .replace('<w:t xml:space="preserve">new</w:t>', '<w:t xml:space="preserve">ditinjau</w:t>')
        // Tracked changes: the deleted text does not count, the inserted text does.
        .replace('<w:t xml:space="preserve">Cek istilah &quot;Korut&quot;.</w:t>', '<w:t xml:space="preserve">Cek istilah "Korut".</w:t>')
        .replace(/(<w:tc><w:tcPr><w:tcW w:w="2598" w:type="dxa"\/><\/w:tcPr><w:p>)(<\/w:p><\/w:tc><\/w:tr><w:tr><w:trPr><w:cantSplit\/><\/w:trPr><w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"\/><\/w:tcPr><w:p><w:r><w:t xml:space="preserve">4)/, '$1<w:ins><w:r><w:t>Terjemahan kurang tepat.</w:t></w:r></w:ins><w:del><w:r><w:delText>lama</w:delText></w:r></w:del>$2'),
    );
    const { changes, summary } = importReviewDocx(copy, reviewSegments, { fileName: 'review-edited.docx' });
    expect(changes).toEqual([
      { unitId: '1', target: 'U.S. warns Kim Jong Un' },
      { unitId: '2', target: `${o(1)}Bisnis.com, JAKARTA${c(1)} - Arms talks between Russia and North Korea are advancing.${String.fromCharCode(0xe202)}` },
      { unitId: '3', comment: 'Terjemahan kurang tepat.', status: 'reviewed' },
      { unitId: '4', status: 'reviewed' },
    ]);
    expect(summary).toMatchObject({ rows: 5, targetsChanged: 2, statusesChanged: 2, commentsChanged: 1, unchanged: 1, tagWarnings: [] });
  });

  it('warns about broken placeholders, unknown ids, duplicate rows and unknown statuses', () => {
    const copy = edited(exported, (xml) =>
      xml
        .replace(/\{\/1\}(<\/w:t><\/w:r><w:r><w:rPr><w:lang w:val="en-US"\/>)/, '$1')
        .replace('<w:t xml:space="preserve">7</w:t>', '<w:t xml:space="preserve">99</w:t>')
        .replace('<w:t xml:space="preserve">draft</w:t>', '<w:t xml:space="preserve">hampir selesai</w:t>'),
    );
    const { changes, summary } = importReviewDocx(copy, reviewSegments, { fileName: 'r.docx' });
    expect(changes.map((ch) => ch.unitId)).toEqual(['2']);
    expect(summary.tagWarnings).toEqual(['2']);
    expect(summary.unknownIds).toEqual(['99']);
    expect(summary.missingIds).toEqual(['7']);
    expect(summary.invalidStatuses).toEqual([{ unitId: '4', value: 'hampir selesai' }]);
  });

  it('refuses a DOCX that is not a review table, junk, and the review of another document', () => {
    const foreign = new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/docx/berita.docx')));
    expect(errorOf(() => importReviewDocx(foreign, reviewSegments, { fileName: 'berita.docx' })).code).toBe('review.notReview');
    expect(errorOf(() => importReviewDocx(new TextEncoder().encode('bukan docx'), reviewSegments, { fileName: 'x.docx' })).code).toBe('zip.notZip');
    expect(errorOf(() => importReviewDocx(exported.subarray(0, 900), reviewSegments, { fileName: 'x.docx' })).code).toBe('zip.corrupt');
    expect(errorOf(() => importReviewDocx(exported, reviewSegments, { fileName: 'x.docx', documentId: 'doc-2' })).code).toBe('review.otherDocument');
    const xxe = edited(exported, (xml) => xml.replace('<w:document', '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document'));
    expect(errorOf(() => importReviewDocx(xxe, reviewSegments, { fileName: 'x.docx' })).code).toBe('xml.doctype');
  });
});

describe('tag placeholders', () => {
  it('round-trip only for tags the segment has', () => {
    const seg = reviewSegments[1]!;
    expect(placeholdersToTags(tagsToPlaceholders(seg.source), seg.tags)).toBe(seg.source);
    expect(placeholdersToTags('{9} {1/} {/1/}', seg.tags)).toBe('{9} {1/} {/1/}');
  });
});
