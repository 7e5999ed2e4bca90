import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxCodec } from '../../../core/formats/docx';
import { codecForFile } from '../../../core/formats/registry';
import { errorOf } from '../../support/errors';
import { TAG_CLOSE_BASE, TAG_OPEN_BASE, type SegmentDraft } from '../../../core/model';
import { parseXml } from '../../../core/xml/index';
import { openZip, writeZip } from '../../../core/zip/index';
import { rawZip } from '../zip/rawZip';
import { buildDocx, para, run } from './docxFixture';
import { dumpSegments, expectGolden, pseudoTranslate, showTags, testSegmenter } from './docGolden';

const dir = join(import.meta.dirname, '../../fixtures/docx');
const read = (bytes: Uint8Array, fileName = 'doc.docx') => docxCodec.read(bytes, { fileName, segmenter: testSegmenter, now: 0 });
const documentXml = (bytes: Uint8Array) => openZip(bytes).readText('word/document.xml');
const withTargets = (segments: readonly SegmentDraft[], targets: Record<number, string>) =>
  segments.map((s, i) => ({ ...s, target: targets[i] ?? '' }));
const open = (n: number) => String.fromCharCode(TAG_OPEN_BASE + n);
const close = (n: number) => String.fromCharCode(TAG_CLOSE_BASE + n);

/** Every XML part of a package, as text, by name. */
function xmlParts(bytes: Uint8Array): Record<string, string> {
  const zip = openZip(bytes);
  return Object.fromEntries(zip.names().filter((n) => /\.(xml|rels)$/.test(n)).map((n) => [n, zip.readText(n)]));
}

const cases = readdirSync(dir).filter((f) => f.endsWith('.docx') && !f.includes('.expected.'));

describe('DOCX codec: golden fixtures', () => {
  it('has fixtures from Padanan’s builder and from LibreOffice', () => expect(cases).toEqual(expect.arrayContaining(['berita.docx', 'libreoffice.docx'])));

  for (const file of cases) {
    const name = file.replace(/\.docx$/, '');
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    const doc = read(bytes, file);

    it(`${name}: segments match the golden list`, () => {
      expectGolden(join(dir, `${name}.expected.segments.txt`), dumpSegments(doc.segments));
    });

    it(`${name}: a translation exports as the golden document, well-formed, and re-imports with the same segments`, () => {
      const out = docxCodec.writeTranslation(doc.skeleton, pseudoTranslate(doc.segments));
      const parts = xmlParts(out);
      for (const [part, xml] of Object.entries(parts)) expect(() => parseXml(xml, { fileName: part }), part).not.toThrow();
      if (process.env.UPDATE_GOLDEN) expectGolden(join(dir, `${name}.expected.docx`), out);
      else expect(parts).toEqual(xmlParts(new Uint8Array(readFileSync(join(dir, `${name}.expected.docx`)))));
      const again = read(out, file);
      expect(again.segments.map((s) => showTags(s.source))).toEqual(doc.segments.map((s) => `EN ${showTags(s.source).toUpperCase()}`));
      expect(again.segments.map((s) => s.tags?.map((t) => `${t.kind}:${t.type}`))).toEqual(doc.segments.map((s) => s.tags?.map((t) => `${t.kind}:${t.type}`)));
    });

    it(`${name}: an untranslated export keeps every part but the rewritten paragraphs as they were`, () => {
      const out = docxCodec.writeTranslation(doc.skeleton, doc.segments);
      const before = xmlParts(bytes);
      const after = xmlParts(out);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const part of Object.keys(before)) {
        if (/document|footnotes|endnotes|header|footer|styles|settings/.test(part)) continue;
        expect(after[part], part).toBe(before[part]);
      }
      const again = read(out, file);
      expect(again.segments.map((s) => [s.source, s.paragraph, s.tags?.map((t) => t.type)])).toEqual(
        doc.segments.map((s) => [s.source, s.paragraph, s.tags?.map((t) => t.type)]),
      );
    });
  }
});

describe('DOCX codec: reading', () => {
  const doc = read(new Uint8Array(readFileSync(join(dir, 'berita.docx'))), 'berita.docx');
  const sources = doc.segments.map((s) => showTags(s.source));

  it('reads headings, body, lists, table cells, footnotes, header and footer in reading order', () => {
    expect(sources[0]).toBe('AS memperingatkan Kim Jong-un soal senjata untuk Rusia');
    expect(sources).toContain('Rusia mencari amunisi.');
    expect(sources).toContain('Negara');
    expect(sources).toContain('Kim Jong-un');
    expect(sources.indexOf('Sumber: Channel News Asia, Rabu (6/9/2023).')).toBeGreaterThan(sources.indexOf('Kim Jong-un'));
    expect(sources.slice(-2)).toEqual(['Berita Internasional', 'Halaman {1/}1{2/}']);
  });

  it('keeps bold, italic, underline and links as tags and footnote references as standalone tags', () => {
    const seg = doc.segments[1]!;
    expect(showTags(seg.source)).toBe(
      '{1}Bisnis.com, JAKARTA{/1} - Negosiasi senjata antara Rusia dan Korea Utara (Korut) secara aktif mengalami kemajuan, kata seorang pejabat {2}{3}Amerika Serikat{/3}{/2} (AS) pada Selasa (5/9/2023).{4/}',
    );
    expect(seg.tags!.map((t) => `${t.kind}:${t.type}`)).toEqual(['open:b', 'close:b', 'open:link', 'open:fmt', 'close:fmt', 'close:link', 'standalone:fn']);
  });

  it('closes and reopens formatting at a sentence boundary instead of joining the sentences', () => {
    expect(sources).toContain('Kremlin mengatakan mereka {1}tidak mengatakan apa pun.{/1}');
    expect(sources).toContain('{1}Sama sekali tidak.{/1}');
  });

  it('turns a paragraph whose text is all bold into plain text (the bold stays in the run properties)', () => {
    const tableHead = doc.segments.find((s) => s.source === 'Negara')!;
    expect(tableHead.tags).toBeUndefined();
  });

  it('keeps bookmarks around a heading out of the segment, and drops spell-check marks', () => {
    expect(doc.segments[0]!.tags).toBeUndefined();
    expect(sources).toContain('Dr. Peskov menolak\tberkomentar.');
  });

  it('is registered for .docx', () => expect(codecForFile('laporan.DOCX')).toBe(docxCodec));
});

describe('DOCX codec: writing', () => {
  const bytes = buildDocx({ body: para(['Ini ', ['tebal', '<w:b/>'], ' dan ', ['miring', '<w:i/>'], '.'], '<w:jc w:val="center"/>') });
  const doc = read(bytes);

  it('maps moved tags back to runs with their formatting and keeps the paragraph properties', () => {
    const out = docxCodec.writeTranslation(doc.skeleton, withTargets(doc.segments, { 0: `This is ${open(2)}italic${close(2)} and ${open(1)}bold${close(1)}.` }));
    const xml = documentXml(out);
    expect(xml).toContain('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">This is </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">italic</w:t></w:r>');
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">bold</w:t></w:r>');
  });

  it('writes a target with broken tags as valid XML, keeping its text', () => {
    const out = docxCodec.writeTranslation(doc.skeleton, withTargets(doc.segments, { 0: `${close(1)}Bold & <b>${open(1)} and ${open(2)}italic.` }));
    const xml = documentXml(out);
    expect(() => parseXml(xml)).not.toThrow();
    expect(xml).toContain('Bold &amp; &lt;b&gt; and italic.');
  });

  it('writes tabs and line breaks the translator typed as Word elements and marks the text English', () => {
    const d = read(buildDocx({ body: para([['Satu', '<w:lang w:val="id-ID"/>']]) }));
    const out = docxCodec.writeTranslation(d.skeleton, withTargets(d.segments, { 0: 'One\ttwo\nthree' }));
    expect(documentXml(out)).toContain(
      '<w:r><w:rPr><w:lang w:val="en-US"/></w:rPr><w:t xml:space="preserve">One</w:t><w:tab/><w:t xml:space="preserve">two</w:t><w:br/><w:t xml:space="preserve">three</w:t></w:r>',
    );
    expect(openZip(out).readText('word/styles.xml')).toContain('<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>');
  });

  it('falls back to the source for untranslated segments', () => {
    const out = docxCodec.writeTranslation(doc.skeleton, doc.segments);
    expect(documentXml(out)).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">tebal</w:t></w:r>');
  });
});

describe('DOCX codec: hostile and broken files', () => {
  it('refuses XXE and entity expansion inside document.xml', () => {
    const xxe = buildDocx({
      body: '',
      documentXml: `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`,
    });
    const e = errorOf(() => read(xxe, 'xxe.docx'));
    expect(e.code).toBe('xml.doctype');
    expect(e.message).toContain('word/document.xml');
    const lol = buildDocx({
      body: '',
      documentXml: `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`,
    });
    expect(errorOf(() => read(lol)).code).toBe('xml.doctype');
    const undeclared = buildDocx({ body: para(['QQ']).replace('QQ', '&nbsp;') });
    expect(errorOf(() => read(undeclared)).code).toBe('xml.entity');
  });

  it('refuses a truncated DOCX', () => {
    const bytes = buildDocx({ body: Array.from({ length: 200 }, (_, i) => para([`Paragraf nomor ${i}.`])).join('') });
    expect(errorOf(() => read(bytes.subarray(0, Math.floor(bytes.length * 0.6)), 'potong.docx')).code).toBe('zip.corrupt');
  });

  it('refuses binary junk named .docx', () => {
    const junk = new Uint8Array(10_000).map((_, i) => (i * 2654435761) >>> 24);
    const e = errorOf(() => read(junk, 'sampah.docx'));
    expect(e.code).toBe('zip.notZip');
    expect(e.message).toContain('sampah.docx');
    expect(errorOf(() => read(new TextEncoder().encode('Halo, ini teks.'), 'teks.docx')).code).toBe('zip.notZip');
  });

  it('refuses a ZIP that is not a Word document', () => {
    const zip = writeZip([{ name: 'foto.jpg', data: new Uint8Array([1, 2, 3]) }]);
    expect(errorOf(() => read(zip, 'arsip.docx')).code).toBe('docx.notDocx');
  });

  it('refuses malformed XML in a part with the part named', () => {
    const bad = buildDocx({ body: '<w:p><w:r><w:t>tidak ditutup</w:r></w:p>' });
    const e = errorOf(() => read(bad, 'rusak.docx'));
    expect(e.code).toBe('xml.malformed');
    expect(e.message).toContain('rusak.docx (word/document.xml)');
  });

  it('refuses a zip bomb dressed as a DOCX', () => {
    const good = openZip(buildDocx({ body: para(['x']) }));
    const bomb = rawZip([
      ...good.names().map((name) => ({ name, data: good.read(name) })),
      { name: 'word/media/bom.bin', data: new Uint8Array(3 * 1024 * 1024), declaredSize: 3 * 1024 * 1024 },
    ]);
    expect(errorOf(() => read(bomb, 'bom.docx')).code).toBe('zip.bomb');
  });
});

describe('DOCX codec: run', () => {
  it('exposes run() for fixtures', () => expect(run('a')).toBe('<w:r><w:t xml:space="preserve">a</w:t></w:r>'));
});
