import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdCodec } from '../../../core/formats/md';
import { codecForFile } from '../../../core/formats/registry';
import { TAG_CLOSE_BASE, TAG_OPEN_BASE, TAG_STANDALONE_BASE, type SegmentDraft } from '../../../core/model';
import { bytesOf, dumpSegments, expectGolden, pseudoTranslate, showTags, testSegmenter, utf8 } from './docGolden';
import { utf16 } from '../../support/utf16';

const dir = join(import.meta.dirname, '../../fixtures/md');
const segmenter = testSegmenter;
const read = (text: string | Uint8Array, fileName = 'doc.md') =>
  mdCodec.read(typeof text === 'string' ? bytesOf(text) : text, { fileName, segmenter, now: 0 });
const write = (doc: ReturnType<typeof read>, segments: readonly SegmentDraft[] = doc.segments) =>
  utf8(mdCodec.writeTranslation(doc.skeleton, segments));
const translate = (doc: ReturnType<typeof read>, targets: Record<number, string>) =>
  write(
    doc,
    doc.segments.map((s, i) => ({ ...s, target: targets[i] ?? '' })),
  );

const cases = readdirSync(dir).filter((f) => f.endsWith('.md') && !f.includes('.expected.'));

describe('Markdown codec: golden fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(5));

  for (const file of cases) {
    const name = file.replace(/\.md$/, '');
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    const doc = read(bytes, file);

    it(`${name}: untranslated export reproduces the file byte for byte`, () => {
      expect(Buffer.from(mdCodec.writeTranslation(doc.skeleton, doc.segments)).equals(Buffer.from(bytes))).toBe(true);
    });

    it(`${name}: export with target = source reproduces the file byte for byte`, () => {
      const same = doc.segments.map((s) => ({ ...s, target: s.source }));
      expect(Buffer.from(mdCodec.writeTranslation(doc.skeleton, same)).equals(Buffer.from(bytes))).toBe(true);
    });

    it(`${name}: segments match the golden list`, () => {
      expectGolden(join(dir, `${name}.expected.segments.txt`), dumpSegments(doc.segments));
    });

    it(`${name}: a translation exports as the golden file and re-imports with the same segments`, () => {
      const out = mdCodec.writeTranslation(doc.skeleton, pseudoTranslate(doc.segments));
      expectGolden(join(dir, `${name}.expected.md`), out);
      const again = read(out, file);
      expect(again.segments.map((s) => s.tags?.map((t) => t.type) ?? [])).toEqual(doc.segments.map((s) => s.tags?.map((t) => t.type) ?? []));
      expect(again.segments.map((s) => showTags(s.source).replace(/\\/g, ''))).toEqual(
        doc.segments.map((s) => `EN ${showTags(s.source).toUpperCase()}`.replace(/\\/g, '')),
      );
    });
  }
});

describe('Markdown codec: what is translatable', () => {
  it('skips front matter, code blocks, HTML blocks and link definitions', () => {
    const doc = read('---\njudul: Satu\n---\nTeks.\n\n```\nkode\n```\n\n<div>\nhtml\n</div>\n\n[a]: http://x\n\n    indentasi\n');
    expect(doc.segments.map((s) => s.source)).toEqual(['Teks.']);
    expect(doc.skeleton.leading).toBe('---\njudul: Satu\n---\n');
  });

  it('turns emphasis, links and inline code into paired or standalone tags holding their markup', () => {
    const doc = read('Ini **tebal** dan [tautan](http://x "judul") serta `kode`.\n');
    const [seg] = doc.segments;
    expect(showTags(seg!.source)).toBe('Ini {1}tebal{/1} dan {2}tautan{/2} serta {3/}.');
    expect(seg!.tags).toEqual([
      { n: 1, kind: 'open', type: 'b', data: '**' },
      { n: 1, kind: 'close', type: 'b', data: '**' },
      { n: 2, kind: 'open', type: 'link', data: '[' },
      { n: 2, kind: 'close', type: 'link', data: '](http://x "judul")' },
      { n: 3, kind: 'standalone', type: 'code', data: '`kode`' },
    ]);
  });

  it('keeps a tag pair inside one segment even when a sentence ends inside it', () => {
    const doc = read('Awal. **Satu kalimat. Dua kalimat.** Akhir.\n');
    expect(doc.segments.map((s) => showTags(s.source))).toEqual(['Awal.', '{1}Satu kalimat. Dua kalimat.{/1}', 'Akhir.']);
  });

  it('splits sentences around a hard line break', () => {
    const doc = read('Kalimat satu.  \nKalimat dua.\n');
    expect(doc.segments.map((s) => showTags(s.source))).toEqual(['Kalimat satu.{1/}', 'Kalimat dua.']);
  });

  it('treats headings, table cells and footnotes as their own paragraphs', () => {
    const doc = read('# Judul\n\n| A | B |\n|---|---|\n| sel satu | sel dua |\n\nTeks[^1].\n\n[^1]: Catatan.\n');
    expect(doc.segments.map((s) => [showTags(s.source), s.paragraph])).toEqual([
      ['Judul', 0],
      ['A', 1],
      ['B', 2],
      ['sel satu', 3],
      ['sel dua', 4],
      ['Teks{1/}.', 5],
      ['Catatan.', 6],
    ]);
  });

  it('is registered for .md and .markdown', () => {
    expect(codecForFile('catatan.md')).toBe(mdCodec);
    expect(codecForFile('README.MARKDOWN')).toBe(mdCodec);
  });
});

describe('Markdown codec: export', () => {
  it('puts block-quote markers back after line breaks the translator adds', () => {
    const doc = read('> Satu dua\n> tiga empat.\n');
    expect(translate(doc, { 0: 'One two\nthree\nfour.' })).toBe('> One two\n> three\n> four.\n');
  });

  it('keeps list indentation on continuation lines', () => {
    const doc = read('- Butir satu\n  lanjut.\n');
    expect(translate(doc, { 0: 'Item one\ncontinued.' })).toBe('- Item one\n  continued.\n');
  });

  it('lets the translator move tags and repairs tags they broke', () => {
    const doc = read('Ini **tebal** dan *miring*.\n');
    const open = (n: number) => String.fromCharCode(TAG_OPEN_BASE + n);
    const close = (n: number) => String.fromCharCode(TAG_CLOSE_BASE + n);
    expect(translate(doc, { 0: `This is ${open(2)}italic${close(2)} and ${open(1)}bold${close(1)}.` })).toBe(
      'This is *italic* and **bold**.\n',
    );
    // Close before open, a lost half, crossing pairs and unknown tag characters are dropped; the text stays.
    expect(translate(doc, { 0: `${close(1)}Bold${open(1)} and ${open(2)}italic.` })).toBe('Bold and italic.\n');
    expect(translate(doc, { 0: `${open(1)}a ${open(2)}b${close(1)} c${close(2)}.${String.fromCharCode(TAG_STANDALONE_BASE + 9)}` })).toBe(
      'a *b c*.\n',
    );
  });

  it('escapes Markdown the translator typed so that it stays text', () => {
    const doc = read('Paragraf satu.\n\n| A |\n|---|\n| sel |\n');
    expect(translate(doc, { 0: '# 1. *not* [a link] <b>', 1: 'x | y', 2: 'p | q\nr' })).toBe(
      '\\# 1. \\*not\\* \\[a link\\] \\<b>\n\n| x \\| y |\n|---|\n| p \\| q r |\n',
    );
    expect(translate(read('Teks.\n'), { 0: '2023. A year' })).toBe('2023\\. A year\n');
    expect(translate(read('Teks.\n'), { 0: 'snake_case stays' })).toBe('snake_case stays\n');
  });

  it('falls back to the source for untranslated segments', () => {
    const doc = read('# Judul\n\nSatu. Dua.\n');
    expect(translate(doc, { 1: 'One.' })).toBe('# Judul\n\nOne. Dua.\n');
  });
});

describe('Markdown codec: encodings', () => {
  const text = '# Berita\n\nRusia dan Korea Utara – “kemajuan”.\n';

  it('reads UTF-16 with BOM and writes it back the same way', () => {
    const bytes = utf16(text, true);
    const doc = read(bytes);
    expect(doc.segments.map((s) => s.source)).toEqual(['Berita', 'Rusia dan Korea Utara – “kemajuan”.']);
    expect(Buffer.from(mdCodec.writeTranslation(doc.skeleton, doc.segments)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('reads Windows-1252 and exports UTF-8', () => {
    const bytes = new Uint8Array([...bytesOf('Caf'), 0xe9, ...bytesOf(' '), 0x93, ...bytesOf('kutip'), 0x94, ...bytesOf('.\n')]);
    const doc = read(bytes);
    expect(doc.segments[0]!.source).toBe('Café “kutip”.');
    expect(write(doc)).toBe('Café “kutip”.\n');
  });

  it('refuses binary junk with a clear error', () => {
    expect(() => read(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2]), 'x.md')).toThrow(/not a text file/);
  });
});
