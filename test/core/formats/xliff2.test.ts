import { describe, it, expect } from 'vitest';
import { xliffCodec, exportXliff } from '../../../core/formats/xliffCommonCodec';
import { exportXliff21 } from '../../../core/formats/xliff2';
import { exportXliff12 } from '../../../core/formats/xliff12';
import { tagChar } from '../../../core/formats/inlineTags';
import type { SegmentDraft } from '../../../core/model';
import { bytesOf, essentials, expectValid, fixture, sampleDocument, showTags, utf8, wholeParagraphs } from './xliffHelpers';

const read = (bytes: Uint8Array, fileName = 'in.xlf') => xliffCodec.read(bytes, { fileName, segmenter: wholeParagraphs, now: 1 });
const byId = (segments: readonly SegmentDraft[], id: string) => segments.find((s) => s.unitId === id)!;
const O = (n: number) => tagChar('open', n);
const C = (n: number) => tagChar('close', n);

describe('XLIFF 2.x import', () => {
  const doc = read(fixture('xliff2/agency.xlf'));

  it('reads every segment of every unit, ignoring match-module sources', () => {
    expect(doc.format).toBe('xliff2');
    expect(doc.segments.map((s) => s.unitId)).toEqual(['u1', 'u2:s2', 'u2:s3', 'u2:s4', 'u3', 'u1~2', 'u4']);
    expect(doc.segments.map((s) => s.paragraph)).toEqual([0, 1, 1, 1, 2, 3, 4]);
    expect(doc.segments[1]!.gapAfter).toBe(' ');
  });

  it('maps states and subStates, translate="no" and notes', () => {
    const s = (id: string) => byId(doc.segments, id);
    expect(doc.segments.map((x) => x.status)).toEqual(['translated', 'new', 'draft', 'reviewed', 'new', 'final', 'new']);
    expect(s('u3').locked).toBe(true);
    expect(s('u1').note).toBe('Headline: keep it short.\nUse "North Korea".');
    expect(s('u2:s2').note).toBe('');
  });

  it('turns pc/ph/sc/ec/mrk/sm/em into tags, cp into the character, CDATA and entities into text', () => {
    const s = (id: string) => showTags(byId(doc.segments, id).source);
    expect(s('u1')).toBe('Korut & Rusia perkuat {1}kerja sama{/1} militer {2/}');
    expect(s('u2:s2')).toBe('Harga naik <5% & stabil kata {3}BI{/3}.');
    expect(s('u2:s3')).toMatch(/^Kalimat kedua \{(\d+)\}Gedung Putih\{\/\1\}\.$/);
    expect(s('u2:s4')).toBe('Kalimat {2}ketiga{/2} dengan {5/}kode terpisah.'.replace('{2}', '{1}').replace('{/2}', '{/1}'));
    expect(byId(doc.segments, 'u1~2').source).toContain('kedua\u000bdengan');
    const u1 = byId(doc.segments, 'u1');
    expect(u1.tags!.map((t) => `${t.kind}:${t.n}:${t.type}`)).toEqual(['open:1:b', 'close:1:b', 'standalone:2:ph']);
    expect(u1.tags![0]!.data).toEqual({
      x: '2',
      name: 'pc',
      attrs: { id: '1', dataRefStart: 'd1', dataRefEnd: 'd2', type: 'fmt', subType: 'xlf:b' },
      refs: { d1: '<data id="d1">&lt;b&gt;</data>', d2: '<data id="d2">&lt;/b&gt;</data>' },
    });
    expect(byId(doc.segments, 'u2:s4').tags!.find((t) => t.n === 5)).toMatchObject({ kind: 'standalone', type: 'sc' });
  });
});

describe('XLIFF 2.x hand-back', () => {
  const original = fixture('xliff2/agency.xlf');
  const doc = read(original);

  it('writes the original bytes back when nothing changed', () => {
    expect(utf8(xliffCodec.writeTranslation(doc.skeleton, doc.segments))).toBe(utf8(original));
  });

  it('fills in targets, states and notes, keeping modules, originalData and file notes', () => {
    const edited = doc.segments.map((s): SegmentDraft => {
      switch (s.unitId) {
        case 'u2:s2':
          return { ...s, target: `Prices rose <5% & held, said ${O(3)}BI${C(3)}.`, status: 'translated' };
        case 'u2:s3':
          return { ...s, status: 'final' };
        case 'u4':
          return { ...s, target: 'Not yet translated.', status: 'draft', note: 'Added by Padanan.' };
        case 'u1':
          // Close code lost: must still be valid (isolated codes).
          return { ...s, target: `North Korea ${O(1)}strengthens cooperation`, status: 'reviewed', note: '' };
        case 'u3':
          return { ...s, target: 'never', status: 'final' };
        default:
          return s;
      }
    });
    const out = xliffCodec.writeTranslation(doc.skeleton, edited);
    expectValid('xliff2', out, 'XLIFF 2.1 hand-back');
    const text = utf8(out);
    for (const kept of ['<mtc:matches>', '<note id="fn1">File note.</note>', '<data id="d3">&lt;img src="logo.png"/&gt;</data>', '<ignorable>', '<!-- Awkward XLIFF 2.1']) {
      expect(text).toContain(kept);
    }
    expect(text).not.toContain('never');
    const again = read(out).segments;
    const s = (id: string) => byId(again, id);
    expect([showTags(s('u2:s2').target), s('u2:s2').status]).toEqual(['Prices rose <5% & held, said {3}BI{/3}.', 'translated']);
    expect(s('u2:s3').status).toBe('final');
    expect([s('u4').target, s('u4').status, s('u4').note]).toEqual(['Not yet translated.', 'draft', 'Added by Padanan.']);
    expect(s('u1').status).toBe('reviewed');
    expect(s('u1').note).toBe('');
    expect(showTags(s('u1').target)).toBe('North Korea {1}strengthens cooperation');
  });

  it('adds trgLang when a file without one gets targets', () => {
    const text = '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id"><file id="f"><unit id="a"><segment><source>Halo.</source></segment></unit></file></xliff>';
    const d = read(bytesOf(text));
    const out = xliffCodec.writeTranslation(d.skeleton, [{ ...d.segments[0]!, target: 'Hello.', status: 'translated' }]);
    expect(utf8(out)).toContain('srcLang="id" trgLang="en"');
    expect(utf8(out)).toContain('<segment state="translated"><source>Halo.</source><target>Hello.</target></segment>');
    expectValid('xliff2', out, 'XLIFF 2.0 hand-back with trgLang added');
  });
});

describe('XLIFF 2.1 export and round trips', () => {
  it('exports imported segments as valid XLIFF 2.1 that imports back identically', () => {
    const doc = read(fixture('xliff2/agency.xlf'));
    const out = exportXliff21({ name: 'agency.xlf', format: 'xliff2' }, doc.segments);
    expectValid('xliff2', out, 'XLIFF 2.1 export of an imported file');
    const again = read(out);
    expect(essentials(again.segments)).toEqual(essentials(doc.segments));
    expect(again.segments.map((s) => s.tags?.map((t) => t.data))).toEqual(doc.segments.map((s) => s.tags?.map((t) => t.data)));
    expect(utf8(out)).toContain('<originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">');
    expect(utf8(out)).toContain('<cp hex="000B"/>');
  });

  it('exports a document with generic tags, unbalanced targets, every status and locked segments', () => {
    const segments = sampleDocument();
    const out = exportXliff21({ name: 'berita.docx', format: 'docx' }, segments);
    expectValid('xliff2', out, 'XLIFF 2.1 export of a DOCX-like document');
    const again = read(out).segments;
    expect(essentials(again)).toEqual(essentials(segments));
    expect(again.map((s) => s.paragraph)).toEqual([0, 0, 1, 2, 2]);
  });

  it('survives 1.2 → 2.1 → 1.2 with segments, targets, states, notes and tag kinds', () => {
    const doc12 = read(fixture('xliff12/agency-multi.xlf'));
    const as21 = read(exportXliff21({ name: 'a', format: 'xliff12' }, doc12.segments));
    const back = read(exportXliff12({ name: 'a', format: 'xliff2' }, as21.segments));
    expectValid('xliff12', exportXliff12({ name: 'a', format: 'xliff2' }, as21.segments), '1.2 from 2.1');
    expect(essentials(back.segments)).toEqual(essentials(doc12.segments));
  });

  it('survives 2.1 → 1.2 → 2.1 except the control character 1.2 cannot carry', () => {
    const doc2 = read(fixture('xliff2/agency.xlf'));
    const clean = doc2.segments.map((s) => ({ ...s, source: s.source.replace('\u000b', ' '), target: s.target.replace('\u000b', ' ') }));
    const back = read(exportXliff21({ name: 'a', format: 'xliff12' }, read(exportXliff12({ name: 'a', format: 'xliff2' }, clean)).segments));
    expect(essentials(back.segments)).toEqual(essentials(clean));
  });

  it('writes ids as NMTOKENs and reads them back', () => {
    const [first] = sampleDocument();
    const out = exportXliff21({ name: 'x', format: 'txt' }, [{ ...first!, unitId: 'bab 1/§2_x' }]);
    expect(utf8(out)).toContain('<unit id="bab_x0020_1_x002F__x00A7_2_x005F_x">');
    expectValid('xliff2', out, 'XLIFF 2.1 with escaped ids');
    expect(read(out).segments[0]!.unitId).toBe('bab 1/§2_x');
  });

  it('hands back in the version received', () => {
    const doc = read(fixture('xliff2/agency.xlf'));
    expect(utf8(exportXliff({ name: 'a', format: doc.format, skeleton: doc.skeleton }, doc.segments, '2.1'))).toBe(utf8(fixture('xliff2/agency.xlf')));
  });
});
