import { describe, it, expect } from 'vitest';
import { xliffCodec, exportXliff } from '../../../core/formats/xliffCommonCodec';
import { exportXliff12 } from '../../../core/formats/xliff12';
import { tagChar } from '../../../core/formats/inlineTags';
import type { SegmentDraft } from '../../../core/model';
import { PadananError } from '../../../core/errors';
import { bytesOf, essentials, expectValid, fixture, sampleDocument, showTags, utf8, wholeParagraphs } from './xliffHelpers';
import { utf16 } from '../../support/utf16';

const read = (bytes: Uint8Array, fileName = 'in.xlf') => xliffCodec.read(bytes, { fileName, segmenter: wholeParagraphs, now: 1 });
const byId = (segments: readonly SegmentDraft[], id: string) => segments.find((s) => s.unitId === id)!;
const O = (n: number) => tagChar('open', n);
const C = (n: number) => tagChar('close', n);
const S = (n: number) => tagChar('standalone', n);

describe('XLIFF 1.2 import', () => {
  const doc = read(fixture('xliff12/agency-multi.xlf'), 'agency-multi.xlf');

  it('reads every trans-unit of every file, groups included, skipping bin-units and alt-trans', () => {
    expect(doc.format).toBe('xliff12');
    expect(doc.segments.map((s) => s.unitId)).toEqual(['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't1~2', 't8']);
    expect(doc.segments.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(doc.segments.every((s) => !s.source.includes('Teks miring') || s.unitId === 't5')).toBe(true);
  });

  it('decodes entities, character references and CDATA', () => {
    expect(showTags(byId(doc.segments, 't1').source)).toBe('Korut & Rusia perkuat {1}kerja sama{/1} militer');
    expect(showTags(byId(doc.segments, 't2').source)).toBe('Harga naik <5% & stabil menurut {2/} BI.');
    expect(byId(doc.segments, 't7').source).toBe('Ini   spasi   ganda dan tanda kutip “Korut” serta tanda ’.');
  });

  it('maps states, approved, translate="no" and notes', () => {
    const s = (id: string) => byId(doc.segments, id);
    expect([s('t1').status, s('t2').status, s('t4').status, s('t5').status, s('t6').status, s('t7').status, s('t1~2').status, s('t8').status]).toEqual([
      'translated',
      'draft',
      'reviewed',
      'new',
      'new',
      'translated',
      'final',
      'new',
    ]);
    expect(s('t3').locked).toBe(true);
    expect(s('t1').note).toBe('Headline: keep it short.\nUse "North Korea", not "DPRK".');
    expect(s('t2').note).toBe('');
  });

  it('turns every inline code into tag characters with the original markup in data', () => {
    const t4 = byId(doc.segments, 't4');
    expect(showTags(t4.source)).toBe('Klik {3}di sini{/3} atau {4/}tekan {5}Enter{/5}.');
    expect(showTags(t4.target)).toBe('Click {3}here{/3} or {4/}press {5}Enter{/5}.');
    const types = t4.tags!.map((t) => `${t.kind}:${t.n}:${t.type}`);
    expect(types).toEqual(['open:3:bpt', 'close:3:bpt', 'standalone:4:br', 'open:5:bx', 'close:5:bx']);
    expect(t4.tags![0]!.data).toEqual({ x: '1.2', name: 'bpt', attrs: { id: '3' }, inner: '&lt;a href="https://example.id/?a=1&amp;b=2"&gt;' });
    const t5 = byId(doc.segments, 't5');
    expect(showTags(t5.source)).toBe('Teks {7/}miring terbuka dan {1}Gedung Putih{/1}.');
    expect(t5.tags!.find((t) => t.n === 7)!.data).toMatchObject({ name: 'it', attrs: { id: '7', pos: 'open' }, inner: '&lt;i&gt;' });
    expect(t5.tags!.find((t) => t.n === 1 && t.kind === 'open')!.data).toMatchObject({ name: 'mrk', attrs: { mtype: 'term', comment: 'glossary' } });
  });

  it('reads seg-source segmentation, one segment per <mrk mtype="seg">', () => {
    const seg = read(fixture('xliff12/segmented.xlf'));
    expect(seg.segments.map((s) => [s.unitId, s.paragraph, showTags(s.source), showTags(s.target), s.status, s.gapAfter])).toEqual([
      ['p1:1', 0, 'Presiden tiba di Jakarta.', 'The President arrived in Jakarta.', 'draft', ' '],
      ['p1:2', 0, 'Ia disambut {1}menteri{/1}.', 'He was welcomed by {1}ministers{/1}.', 'draft', ' '],
      ['p1:3', 0, 'Acara selesai.', '', 'new', '\n'],
      ['p2:4', 1, 'Paragraf kedua tanpa target.', '', 'new', '\n'],
    ]);
    expect(seg.segments[0]!.note).toBe('Three sentences.');
  });

  it('refuses hostile or foreign files with a clear error', () => {
    const code = (text: string) => {
      try {
        read(bytesOf(text));
      } catch (error) {
        return (error as PadananError).code;
      }
      return 'accepted';
    };
    expect(code('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&e;</source></trans-unit></body></file></xliff>')).toBe('xml.doctype');
    expect(code('<html><body>hi</body></html>')).toBe('xliff.notXliff');
    expect(code('<xliff version="3.0" xmlns="urn:x"><file/></xliff>')).toBe('xliff.version');
    expect(code('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="id" datatype="plaintext"><body><trans-unit id="1"><source>Teks')).toBe('xml.malformed');
    expect(code('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="id" datatype="plaintext"><body/></file></xliff>')).toBe('xliff.noSegments');
  });

  it('reads UTF-16 files and hands them back as UTF-8 with the declaration corrected', () => {
    const text = utf8(fixture('xliff12/segmented.xlf')).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const doc16 = read(utf16(text, true));
    expect(doc16.segments).toHaveLength(4);
    const segs = doc16.segments.map((s) => (s.unitId === 'p2:4' ? { ...s, target: 'Second paragraph.', status: 'translated' as const } : s));
    const out = utf8(xliffCodec.writeTranslation(doc16.skeleton, segs));
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(read(bytesOf(out)).segments.find((s) => s.unitId === 'p2:4')!.target).toBe('Second paragraph.');
  });
});

describe('XLIFF 1.2 hand-back', () => {
  const original = fixture('xliff12/agency-multi.xlf');
  const doc = read(original);

  it('writes the original bytes back when nothing changed', () => {
    expect(utf8(xliffCodec.writeTranslation(doc.skeleton, doc.segments))).toBe(utf8(original));
  });

  it('fills in targets, states and notes, keeping everything it did not understand', () => {
    const edited = doc.segments.map((s): SegmentDraft => {
      switch (s.unitId) {
        case 't2':
          return { ...s, status: 'translated' };
        case 't5':
          return { ...s, target: `Text ${S(7)}italic open and ${O(1)}White House${C(1)}.`, status: 'draft' };
        case 't6':
          return { ...s, target: 'A sentence & <its> translation.', status: 'final', note: 'Checked by editor.' };
        case 't1':
          return { ...s, note: 'Only this note now.' };
        case 't4':
          // The translator lost a closing code: the writer must still produce valid XLIFF.
          return { ...s, target: `Click ${O(3)}here or ${S(4)}press ${O(5)}Enter${C(5)}.`, status: 'translated' };
        case 't3':
          return { ...s, target: 'should never be written', status: 'translated' };
        case 't1~2':
          return { ...s, target: '', status: 'new' };
        default:
          return s;
      }
    });
    const out = xliffCodec.writeTranslation(doc.skeleton, edited);
    const text = utf8(out);
    expectValid('xliff12', out, 'XLIFF 1.2 hand-back');
    for (const kept of ['<note>File-level note: keep it.</note>', 'Group note, not a segment note.', '<alt-trans match-quality="80" origin="tm">', '<context context-type="linenumber">12</context>', '<bin-unit id="b1"', 'xmlns:okp="okapi-framework:xliff-extensions"', '<!-- Awkward XLIFF 1.2']) {
      expect(text).toContain(kept);
    }
    expect(text).not.toContain('should never be written');
    expect(text).toContain('<file original="berita/kedua.txt" source-language="id" datatype="plaintext" target-language="en">');

    const again = read(out).segments;
    const s = (id: string) => byId(again, id);
    expect(s('t2').status).toBe('translated');
    expect(showTags(s('t5').target)).toBe('Text {7/}italic open and {1}White House{/1}.');
    expect(s('t5').tags!.find((t) => t.n === 1)!.data).toMatchObject({ name: 'mrk', attrs: { mtype: 'term', comment: 'glossary' } });
    expect([s('t6').target, s('t6').status, s('t6').note]).toEqual(['A sentence & <its> translation.', 'final', 'Checked by editor.']);
    expect(s('t1').note).toBe('Only this note now.');
    expect(s('t1').target).toBe(byId(doc.segments, 't1').target);
    expect(s('t4').status).toBe('translated');
    expect(s('t4').target).toContain('here or');
    expect(s('t1~2').status).toBe('new');
    expect(text).toMatch(/<trans-unit id="t4">/);
    expect(text).toMatch(/<trans-unit id="t6" approved="yes">\s*<source>Kalimat tanpa terjemahan.<\/source><target state="final">A sentence &amp; &lt;its&gt; translation.<\/target><note>Checked by editor.<\/note>/);
  });

  it('rebuilds segmented targets mrk by mrk', () => {
    const seg = read(fixture('xliff12/segmented.xlf'));
    const edited = seg.segments.map((s) =>
      s.unitId === 'p1:3' ? { ...s, target: 'The event ended.', status: 'translated' as const } : s.unitId === 'p2:4' ? { ...s, target: 'Second paragraph.', status: 'final' as const } : s,
    );
    const out = xliffCodec.writeTranslation(seg.skeleton, edited);
    expectValid('xliff12', out, 'segmented hand-back');
    const text = utf8(out);
    expect(text).toContain('<target state="needs-review-translation"><mrk mtype="seg" mid="1">The President arrived in Jakarta.</mrk> <mrk mtype="seg" mid="2">He was welcomed by <g id="1">ministers</g>.</mrk> <mrk mtype="seg" mid="3">The event ended.</mrk></target>');
    const again = read(out).segments;
    expect(again.map((s) => [s.unitId, s.target])).toEqual([
      ['p1:1', 'The President arrived in Jakarta.'],
      ['p1:2', `He was welcomed by ${O(1)}ministers${C(1)}.`],
      ['p1:3', 'The event ended.'],
      ['p2:4', 'Second paragraph.'],
    ]);
    expect(again.map((s) => s.status)).toEqual(['draft', 'draft', 'draft', 'final']);
  });

  it('hands a split segment back into its trans-unit', () => {
    const seg = read(fixture('xliff12/agency-multi.xlf'));
    const t6 = byId(seg.segments, 't6');
    const split = seg.segments.flatMap((s): SegmentDraft[] =>
      s === t6
        ? [
            { ...s, source: 'Kalimat tanpa', target: 'A sentence', status: 'translated', gapAfter: ' ' },
            { ...s, unitId: '900', index: s.index + 0.5, source: 'terjemahan.', target: 'without translation.', status: 'translated' },
          ]
        : [s],
    );
    const again = read(xliffCodec.writeTranslation(seg.skeleton, split)).segments;
    expect(byId(again, 't6').target).toBe('A sentence without translation.');
  });
});

describe('XLIFF 1.2 export', () => {
  it('exports imported segments as valid XLIFF 1.2 that imports back identically', () => {
    const doc = read(fixture('xliff12/agency-multi.xlf'));
    const out = exportXliff12({ name: 'agency-multi.xlf', format: 'xliff12' }, doc.segments);
    expectValid('xliff12', out, 'XLIFF 1.2 export of an imported file');
    const again = read(out);
    expect(essentials(again.segments)).toEqual(essentials(doc.segments));
    // Original markup travels unchanged.
    expect(again.segments.map((s) => s.tags?.map((t) => t.data))).toEqual(doc.segments.map((s) => s.tags?.map((t) => t.data)));
    expect(again.segments.map((s) => s.paragraph)).toEqual(doc.segments.map((s) => s.paragraph));
  });

  it('exports a document with generic tags, unbalanced targets, every status and locked segments', () => {
    const segments = sampleDocument();
    const out = exportXliff12({ name: 'berita.docx', format: 'docx' }, segments);
    expectValid('xliff12', out, 'XLIFF 1.2 export of a DOCX-like document');
    const text = utf8(out);
    expect(text).toContain('<g id="1" ctype="bold">');
    expect(text).toContain('<x id="3" ctype="lb"/>');
    expect(text).toContain('datatype="x-docx"');
    const again = read(out).segments;
    expect(essentials(again)).toEqual(essentials(segments));
    expect(again.map((s) => s.paragraph)).toEqual([0, 0, 1, 2, 2]);
  });

  it('hands back in the version received and exports others as new files', () => {
    const doc = read(fixture('xliff12/segmented.xlf'));
    const asDoc = { name: 'segmented.xlf', format: doc.format, skeleton: doc.skeleton };
    expect(utf8(exportXliff(asDoc, doc.segments, '1.2'))).toBe(utf8(fixture('xliff12/segmented.xlf')));
    expect(utf8(exportXliff(asDoc, doc.segments, '2.1'))).toContain('version="2.1"');
  });

  it('refuses characters XLIFF 1.2 cannot carry', () => {
    const [first] = sampleDocument();
    expect(() => exportXliff12({ name: 'x', format: 'txt' }, [{ ...first!, target: 'bad\u0001char' }])).toThrow(/U\+0001/);
  });
});


describe('older XLIFF 1.x', () => {
  it('reads XLIFF 1.1 (own namespace) and 1.0 (no namespace) like 1.2', () => {
    for (const [version, ns] of [
      ['1.1', ' xmlns="urn:oasis:names:tc:xliff:document:1.1"'],
      ['1.0', ''],
    ]) {
      const text = `<?xml version="1.0"?><xliff version="${version}"${ns}><file original="a" source-language="id" datatype="plaintext"><body><trans-unit id="1"><source>Halo <g id="1">dunia</g>.</source><target state="translated">Hello <g id="1">world</g>.</target></trans-unit></body></file></xliff>`;
      const doc = read(bytesOf(text));
      expect(doc.format).toBe('xliff12');
      expect(doc.segments.map((s) => [showTags(s.source), showTags(s.target), s.status])).toEqual([['Halo {1}dunia{/1}.', 'Hello {1}world{/1}.', 'translated']]);
    }
  });
});

describe('line ends', () => {
  it('splices correctly into files with CRLF line ends and a BOM', () => {
    const text = '\ufeff' + utf8(fixture('xliff12/agency-multi.xlf')).replace(/\n/g, '\r\n');
    const bytes = bytesOf(text);
    const doc = read(bytes);
    expect(doc.segments).toHaveLength(9);
    const edited = doc.segments.map((s) => (s.unitId === 't6' ? { ...s, target: 'Translated.', status: 'translated' as const } : s));
    const out = utf8(xliffCodec.writeTranslation(doc.skeleton, edited));
    expect(out).toContain('<source>Kalimat tanpa terjemahan.</source><target state="translated">Translated.</target>\r\n      </trans-unit>');
    expect(read(bytesOf(out)).segments.find((s) => s.unitId === 't6')!.target).toBe('Translated.');
  });
});
