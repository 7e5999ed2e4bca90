import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlCodec } from '../../../core/formats/html';
import { codecForFile } from '../../../core/formats/registry';
import { TAG_CLOSE_BASE, TAG_OPEN_BASE, type SegmentDraft } from '../../../core/model';
import { bytesOf, dumpSegments, expectGolden, pseudoTranslate, showTags, testSegmenter, utf8 } from './docGolden';
import { utf16 } from '../../support/utf16';

const dir = join(import.meta.dirname, '../../fixtures/html');
const read = (input: string | Uint8Array, fileName = 'doc.html') =>
  htmlCodec.read(typeof input === 'string' ? bytesOf(input) : input, { fileName, segmenter: testSegmenter, now: 0 });
const translate = (doc: ReturnType<typeof read>, targets: Record<number, string>) =>
  utf8(htmlCodec.writeTranslation(doc.skeleton, doc.segments.map((s, i) => ({ ...s, target: targets[i] ?? '' }))));
const sources = (doc: ReturnType<typeof read>) => doc.segments.map((s) => showTags(s.source));
const open = (n: number) => String.fromCharCode(TAG_OPEN_BASE + n);
const close = (n: number) => String.fromCharCode(TAG_CLOSE_BASE + n);

const cases = readdirSync(dir).filter((f) => f.endsWith('.html') && !f.includes('.expected.'));

describe('HTML codec: golden fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(3));

  for (const file of cases) {
    const name = file.replace(/\.html$/, '');
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    const doc = read(bytes, file);

    it(`${name}: segments match the golden list`, () => {
      expectGolden(join(dir, `${name}.expected.segments.txt`), dumpSegments(doc.segments));
    });

    it(`${name}: a translation exports as the golden file and re-imports with the same segments`, () => {
      const out = htmlCodec.writeTranslation(doc.skeleton, pseudoTranslate(doc.segments));
      expectGolden(join(dir, `${name}.expected.html`), out);
      const again = read(out, file);
      expect(sources(again)).toEqual(doc.segments.map((s) => `EN ${showTags(s.source).toUpperCase()}`));
      expect(again.segments.map((s) => s.tags?.map((t) => t.type))).toEqual(doc.segments.map((s) => s.tags?.map((t) => t.type)));
    });

    it(`${name}: an export with target = source changes nothing but the declared language and charset`, () => {
      const same = doc.segments.map((s) => ({ ...s, target: s.source }));
      const out = utf8(htmlCodec.writeTranslation(doc.skeleton, same));
      expect(out).toBe(utf8(htmlCodec.writeTranslation(doc.skeleton, doc.segments)));
      const strip = (s: string) => s.replace(/lang="(id|en)"/g, '').replace(/charset=[\w-]+/gi, '');
      expect(strip(out)).toBe(strip(doc.skeleton.data ? (doc.skeleton.data as { html: string }).html : ''));
    });
  }
});

describe('HTML codec: what is translatable', () => {
  it('keeps script, style, comments, code and translate="no" out of the segments', () => {
    const doc = read('<p>Teks <!-- catatan --> satu.</p><script>var a = "Halo.";</script><style>p{}</style><p translate="no">Jangan.</p><p>Kode <code>x()</code>.</p>');
    expect(sources(doc)).toEqual(['Teks {1/} satu.', 'Kode {1/}.']);
  });

  it('makes inline elements tags and block elements paragraphs', () => {
    const doc = read('<div>Awal <b>tebal</b><p>Dalam <a href="/x">tautan</a>.</p>akhir</div>');
    expect(sources(doc)).toEqual(['Awal {1}tebal{/1}', 'Dalam {1}tautan{/1}.', 'akhir']);
    expect(doc.segments[1]!.tags![0]!.data).toEqual({ html: '<a href="/x">', at: 31 });
  });

  it('translates alt, title and the page description as their own segments', () => {
    const doc = read('<head><meta name="description" content="Deskripsi halaman."></head><p title="Judul paragraf">Teks <img src="a.png" alt="Foto presiden">.</p>');
    expect(sources(doc)).toEqual(['Deskripsi halaman.', 'Judul paragraf', 'Teks {1/}.', 'Foto presiden']);
    const out = translate(doc, { 0: 'Page "description".', 1: 'Paragraph title', 3: 'Photo of the president' });
    expect(out).toBe(
      '<head><meta name="description" content="Page &quot;description&quot;."></head><p title="Paragraph title">Teks <img src="a.png" alt="Photo of the president">.</p>',
    );
  });

  it('decodes entities for the translator and escapes on export', () => {
    const doc = read('<p>AT&amp;T &lt;kutip&gt;&nbsp;akhir.</p>');
    expect(sources(doc)).toEqual(['AT&T <kutip>\u00a0akhir.']);
    expect(translate(doc, { 0: 'AT&T <quote>\u00a0end.' })).toBe('<p>AT&amp;T &lt;quote&gt;&nbsp;end.</p>');
  });

  it('collapses source whitespace for the translator but leaves untranslated paragraphs as written', () => {
    const doc = read('<p>\n   Satu\n   dua.   </p>\n<p>Tiga.</p>');
    expect(sources(doc)).toEqual(['Satu dua.', 'Tiga.']);
    expect(translate(doc, { 1: 'Three.' })).toBe('<p>\n   Satu\n   dua.   </p>\n<p>Three.</p>');
    expect(translate(doc, { 0: 'One two.' })).toBe('<p>\n   One two.   </p>\n<p>Tiga.</p>');
  });

  it('splits formatting that spans sentences, keeping each sentence its own segment', () => {
    const doc = read('<p><i>Satu kalimat. Dua kalimat.</i></p>');
    expect(sources(doc)).toEqual(['{1}Satu kalimat.{/1}', '{1}Dua kalimat.{/1}']);
    expect(translate(doc, { 0: `${open(1)}One sentence.${close(1)}` })).toBe('<p><i>One sentence.</i> <i>Dua kalimat.</i></p>');
  });

  it('repairs tags the translator broke', () => {
    const doc = read('<p>Ini <b>tebal</b> dan <a href="x">tautan</a>.</p>');
    expect(translate(doc, { 0: `This ${close(1)}bold${open(1)} and ${open(2)}link${close(2)}.` })).toBe('<p>This bold and <a href="x">link</a>.</p>');
  });

  it('is registered for .html and .htm', () => {
    expect(codecForFile('a.HTML')).toBe(htmlCodec);
    expect(codecForFile('a.htm')).toBe(htmlCodec);
  });
});

describe('HTML codec: encodings', () => {
  it('honours <meta charset=windows-1252> and exports UTF-8 with the declaration updated', () => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'legacy-1252.html')));
    const doc = read(bytes, 'legacy-1252.html');
    expect(sources(doc)).toEqual(['Café “Kopi”', 'Harga kopi naik – kata pemilik kafe “Budi” …', 'Rp15.000 per cangkir.']);
    const out = utf8(htmlCodec.writeTranslation(doc.skeleton, doc.segments));
    expect(out).toContain('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">');
    expect(out).toContain('<title>Café “Kopi”</title>');
  });

  it('reads UTF-16 with BOM', () => {
    const text = '<p>Rusia – Korea Utara.</p>';
    expect(sources(read(utf16(text, false)))).toEqual(['Rusia – Korea Utara.']);
  });

  it('refuses an undecodable file with a clear message', () => {
    expect(() => read(new Uint8Array([0x3c, 0x70, 0x3e, 0x81, 0x8d, 0x3c]), 'rusak.html')).toThrow(/rusak\.html contains characters that are not text/);
    expect(() => read(new Uint8Array([0x3c, 0x00, 0x70, 0x00]), 'biner.html')).toThrow(/not a text file/);
  });
});

describe('HTML codec: segments keep what the writer needs', () => {
  it('exports a segment list shaped like SegmentDraft', () => {
    const seg: SegmentDraft = read('<p>Satu.</p>').segments[0]!;
    expect(seg).toMatchObject({ unitId: '1', paragraph: 0, source: 'Satu.', status: 'new', gapAfter: '\n' });
  });
});
