import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectDocument, Segment } from '../../../../core/model';
import type { DocumentCodec, ImportedDocument } from '../../../../core/formats/types';
import { codecForFile } from '../../../../core/formats/registry';
import { docxCodec } from '../../../../core/formats/docx';
import { xliffCodec } from '../../../../core/formats/xliffCommonCodec';
import { importReviewDocx } from '../../../../core/formats/bilingualDocx';
import { parseCsv } from '../../../../core/formats/csv';
import { hasTags, tagChar } from '../../../../core/formats/inlineTags';
import { createDefaultSegmenter } from '../../../../core/segment/index';
import { availableExporters, derivedFileName, exporters, type ExportContext, type Exporter } from '../../../../renderer/src/features/export/exporters';
import { reviewLabels } from '../../../../renderer/src/features/export/bilingualExporters';
import { PadananDb } from '../../../../renderer/src/db/schema';
import { createI18n } from '../../../../renderer/src/i18n/i18n';
import { FIXTURES, essentials, expectValid, showTags } from '../../../core/formats/xliffHelpers';

const segmenter = createDefaultSegmenter();
const context: ExportContext = { db: new PadananDb(`exporters-${process.pid}`) };

/** A stored-looking document read from a fixture with the app's own codec registry. */
function load(path: string, name = path.split('/').pop()!): { doc: ProjectDocument; segments: Segment[]; codec: DocumentCodec } {
  const codec = codecForFile(name)!;
  const imported: ImportedDocument = codec.read(new Uint8Array(readFileSync(join(FIXTURES, path))), { fileName: name, segmenter, now: 1 });
  const empty = { segments: 0, words: 0 };
  const doc: ProjectDocument = {
    id: 'doc-1',
    projectId: 'p1',
    name,
    format: imported.format,
    skeleton: imported.skeleton,
    segmentCount: imported.segments.length,
    wordCount: 0,
    stats: { new: empty, draft: empty, translated: empty, reviewed: empty, final: empty },
    nextUnitId: imported.segments.length + 1,
    createdAt: 1,
    updatedAt: 1,
  };
  return { doc, segments: imported.segments.map((s) => ({ ...s, documentId: doc.id })), codec };
}

const byId = (id: string): Exporter => exporters.find((e) => e.id === id)!;
const build = async (id: string, doc: ProjectDocument, segments: readonly Segment[], ctx: ExportContext = context) => byId(id).build(doc, segments, ctx);
const readXliff = (bytes: Uint8Array, name = 'out.xlf') => xliffCodec.read(bytes, { fileName: name, segmenter, now: 2 });

/** The DOCX fixture with a few segments translated the way a translator would (tags moved into the English). */
function translatedDocx() {
  const { doc, segments } = load('docx/berita.docx');
  const O = (n: number) => tagChar('open', n);
  const C = (n: number) => tagChar('close', n);
  segments[0] = { ...segments[0]!, target: 'US warns Kim Jong-un over weapons for Russia', status: 'translated', note: 'Headline.' };
  // Segments 3 and 8 have a formatting pair (italic, bold): the English keeps it on the matching word.
  expect(showTags(segments[2]!.source)).toBe('Kim Jong-un akan menanggung {1}konsekuensi{/1}.');
  segments[2] = { ...segments[2]!, target: `Kim Jong-un will bear the ${O(1)}consequences${C(1)}.`, status: 'reviewed' };
  segments[7] = { ...segments[7]!, target: `North Korea supplies ${O(1)}weapons${C(1)}.`, status: 'draft', note: 'Check "memasok".' };
  return { doc, segments };
}

describe('the Export menu per source format', () => {
  it('offers the English document in the source format only where it applies, and the bilingual outputs everywhere', () => {
    const ids = (path: string) => availableExporters(load(path).doc).map((e) => e.id);
    const bilingual = ['xliff12', 'xliff21', 'tmx', 'review-docx', 'bilingual-csv'];
    expect(ids('e2e/cuaca.txt')).toEqual(['english-txt', ...bilingual]);
    expect(ids('md/basic.md')).toEqual(['english-txt', 'english-md', ...bilingual]);
    expect(ids('html/berita.html')).toEqual(['english-txt', 'english-html', ...bilingual]);
    expect(ids('docx/berita.docx')).toEqual(['english-txt', 'english-docx', ...bilingual]);
    expect(ids('xliff12/agency-multi.xlf')).toEqual(['english-txt', 'xliff-handback', ...bilingual]);
    expect(ids('xliff2/agency.xlf')).toEqual(['english-txt', 'xliff-handback', ...bilingual]);
  });

  it('names every output after the document', async () => {
    const { doc, segments } = translatedDocx();
    const names: Record<string, string> = {};
    for (const e of availableExporters(doc).filter((e) => e.id !== 'tmx')) names[e.id] = (await e.build(doc, segments, context)).fileName;
    expect(names).toEqual({
      'english-txt': 'berita.en.txt',
      'english-docx': 'berita.en.docx',
      xliff12: 'berita.xlf',
      xliff21: 'berita.xliff2.xlf',
      'review-docx': 'berita.review.docx',
      'bilingual-csv': 'berita.csv',
    });
    const xlf = load('xliff12/agency-multi.xlf');
    expect((await build('xliff-handback', xlf.doc, xlf.segments)).fileName).toBe('agency-multi.en.xlf');
    // XLIFF exported as XLIFF never takes the received file's name.
    expect((await build('xliff12', xlf.doc, xlf.segments)).fileName).toBe('agency-multi.en.xlf');
    expect(derivedFileName('Laporan.SDLXLIFF', 'sdlxliff')).toBe('Laporan.en.sdlxliff');
    expect(derivedFileName('C:\\kerja\\artikel.docx', 'docx', 'review')).toBe('artikel.review.docx');
  });
});

describe('English documents', () => {
  it('writes a translated DOCX that reads back with the English text and its formatting tags', async () => {
    const { doc, segments } = translatedDocx();
    const file = await build('english-docx', doc, segments);
    const back = docxCodec.read(file.bytes, { fileName: file.fileName, segmenter, now: 3 });
    const sources = back.segments.map((s) => showTags(s.source));
    expect(sources).toContain('US warns Kim Jong-un over weapons for Russia');
    expect(sources).toContain('Kim Jong-un will bear the {1}consequences{/1}.');
    expect(sources).toContain('North Korea supplies {1}weapons{/1}.');
    // Untranslated paragraphs keep their Indonesian.
    expect(sources).toContain('Rusia mencari amunisi.');
  });

  it('writes plain English text from a tagged source without the private-use tag characters', async () => {
    const { doc, segments } = translatedDocx();
    const text = new TextDecoder().decode((await build('english-txt', doc, segments)).bytes);
    expect(hasTags(text)).toBe(false);
    expect(text).toMatch(/^US warns Kim Jong-un over weapons for Russia\n/);
    expect(text).toContain('Kim Jong-un will bear the consequences.');
    expect(text).toContain('North Korea supplies weapons.');
  });

  it('writes an HTML source back as HTML', async () => {
    const { doc, segments } = load('html/berita.html');
    segments[0] = { ...segments[0]!, target: 'ENGLISH HEADLINE', status: 'translated' };
    const file = await build('english-html', doc, segments);
    expect(file.fileName).toBe('berita.en.html');
    const html = new TextDecoder().decode(file.bytes);
    expect(html).toContain('ENGLISH HEADLINE');
    expect(html).not.toContain(segments[0]!.source);
    expect(codecForFile('x.html')!.read(file.bytes, { fileName: 'x.html', segmenter }).segments.map((s) => s.source)).toContain('ENGLISH HEADLINE');
  });
});

describe('XLIFF exports', () => {
  it('round-trips targets, states, notes, inline tags and unit ids through XLIFF 1.2 and 2.1 (DOCX source)', async () => {
    const { doc, segments } = translatedDocx();
    for (const [id, format] of [
      ['xliff12', 'xliff12'],
      ['xliff21', 'xliff2'],
    ] as const) {
      const file = await build(id, doc, segments);
      expectValid(format, file.bytes, `${id} export of berita.docx`);
      const back = readXliff(file.bytes, file.fileName);
      expect(back.format).toBe(format);
      expect(essentials(back.segments)).toEqual(essentials(segments));
    }
  });

  it('hands an agency XLIFF back in its own version with the new targets and states, everything else kept', async () => {
    for (const path of ['xliff12/agency-multi.xlf', 'xliff2/agency.xlf']) {
      const { doc, segments } = load(path);
      const i = segments.findIndex((s) => !s.locked && s.target === '');
      segments[i] = { ...segments[i]!, target: 'Sentence without a translation, now translated.', status: 'translated', note: 'Done by Padanan.' };
      const file = await build('xliff-handback', doc, segments);
      const original = readFileSync(join(FIXTURES, path), 'utf8');
      const text = new TextDecoder().decode(file.bytes);
      expect(text.slice(0, 200)).toBe(original.slice(0, 200));
      const back = readXliff(file.bytes, file.fileName);
      expect(back.format).toBe(doc.format);
      expect(essentials(back.segments)).toEqual(essentials(segments));
    }
  });
});

describe('bilingual review and CSV', () => {
  it('re-imports an untouched review table as no changes at all, whatever the interface language', async () => {
    const { doc, segments } = translatedDocx();
    for (const lang of ['en', 'id'] as const) {
      const i18n = createI18n(lang);
      const translate = (key: string) => i18n.t(key);
      const file = await build('review-docx', doc, segments, { ...context, reviewLabels: reviewLabels({ translate }) });
      for (const reader of ['en', 'id'] as const) {
        const labels = reviewLabels({ translate: (key) => createI18n(reader).t(key) });
        const result = importReviewDocx(file.bytes, segments, { fileName: file.fileName, documentId: doc.id, labels });
        expect(result.changes, `${lang} table read in the ${reader} UI`).toEqual([]);
        expect(result.summary).toMatchObject({ rows: segments.length, unchanged: segments.length, unknownIds: [], missingIds: [], invalidStatuses: [] });
      }
    }
    const id = createI18n('id');
    expect(reviewLabels({ translate: (key) => id.t(key) })).toMatchObject({ id: 'ID', target: 'Bahasa Inggris', statuses: { translated: 'diterjemahkan' } });
  });

  it('refuses the review of another document', async () => {
    const { doc, segments } = translatedDocx();
    const file = await build('review-docx', doc, segments);
    expect(() => importReviewDocx(file.bytes, segments, { fileName: file.fileName, documentId: 'another' })).toThrow(/another document/);
  });

  it('writes the bilingual CSV with ids, tags as placeholders, statuses and notes', async () => {
    const { doc, segments } = translatedDocx();
    const file = await build('bilingual-csv', doc, segments);
    const rows = parseCsv(new TextDecoder().decode(file.bytes));
    expect(rows[0]).toEqual(['id', 'source', 'target', 'status', 'note']);
    expect(rows.length).toBe(segments.length + 1);
    expect(rows[3]).toEqual(['3', 'Kim Jong-un akan menanggung {1}konsekuensi{/1}.', 'Kim Jong-un will bear the {1}consequences{/1}.', 'reviewed', '']);
    expect(rows[8]!.slice(2)).toEqual(['North Korea supplies {1}weapons{/1}.', 'draft', 'Check "memasok".']);
  });
});
