import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSegmenter, createDefaultSegmenter, parseSrx, type SrxDocument, type SrxRule, type Segmenter } from '../../../core/segment/index';
import { PadananError } from '../../../core/errors';

const FIXTURES = fileURLToPath(new URL('../../fixtures/segmentation/srx/', import.meta.url));

function doc(rules: SrxRule[], extra: Partial<SrxDocument> = {}): SrxDocument {
  return {
    segmentSubflows: true,
    cascade: false,
    formatHandles: { start: false, end: true, isolated: false },
    languageRules: [{ name: 'Test', rules }],
    mapRules: [{ pattern: '.*', ruleName: 'Test' }],
    ...extra,
  };
}

const brk = (before: string, after: string): SrxRule => ({ break: true, before, after });
const keep = (before: string, after: string): SrxRule => ({ break: false, before, after });

function rebuild(p: { segments: string[]; gaps: string[] }): string {
  return p.gaps[0] + p.segments.map((s, i) => s + p.gaps[i + 1]).join('');
}

describe('SRX rule semantics', () => {
  it('at each position the first matching rule decides', () => {
    const text = 'Dr. Budi datang. Ia pergi.';
    const exceptionFirst = createSegmenter(doc([keep('\\bDr\\.', '\\s'), brk('\\.', '\\s')]));
    expect(exceptionFirst.segmentParagraph(text).segments).toEqual(['Dr. Budi datang.', 'Ia pergi.']);
    const breakFirst = createSegmenter(doc([brk('\\.', '\\s'), keep('\\bDr\\.', '\\s')]));
    expect(breakFirst.segmentParagraph(text).segments).toEqual(['Dr.', 'Budi datang.', 'Ia pergi.']);
  });

  it('no break where no rule matches, and both patterns must match', () => {
    const s = createSegmenter(doc([brk('[.?!]', '\\s\\p{Lu}')]));
    expect(s.segmentParagraph('Satu. dua. Tiga? Empat').segments).toEqual(['Satu. dua.', 'Tiga?', 'Empat']);
  });

  it('a rule with only an afterbreak or only a beforebreak', () => {
    const afterOnly = createSegmenter(doc([brk('', '\\p{Lu}')]));
    expect(afterOnly.segmentParagraph('abCdEf').segments).toEqual(['ab', 'Cd', 'Ef']);
    const beforeOnly = createSegmenter(doc([brk(';', '')]));
    expect(beforeOnly.segmentParagraph('a; b;c').segments).toEqual(['a;', 'b;', 'c']);
  });

  it('a break rule that can match anywhere (no character bound) is still exact', () => {
    const s = createSegmenter(doc([keep('a', ''), brk('\\b', '')]));
    expect(s.segmentParagraph('xa b').segments).toEqual(['xa', 'b']);
  });

  it('cascade: yes applies every matching map in order, no only the first', () => {
    const base = {
      languageRules: [
        { name: 'Id', rules: [keep('\\bDr\\.', '\\s')] },
        { name: 'Default', rules: [brk('\\.', '\\s')] },
      ],
      mapRules: [
        { pattern: 'id.*', ruleName: 'Id' },
        { pattern: '.*', ruleName: 'Default' },
      ],
    };
    const text = 'Dr. Budi datang. Ia pergi.';
    expect(createSegmenter(doc([], { ...base, cascade: true })).segmentParagraph(text).segments).toEqual(['Dr. Budi datang.', 'Ia pergi.']);
    // Without cascade "id" gets only the exceptions: nothing breaks.
    expect(createSegmenter(doc([], { ...base, cascade: false })).segmentParagraph(text).segments).toEqual([text]);
    expect(createSegmenter(doc([], { ...base, cascade: false }), { language: 'en' }).segmentParagraph(text).segments).toHaveLength(3);
  });

  it('a language without a map is refused with segment.srx.noLanguage', () => {
    const d = doc([brk('\\.', '\\s')], { mapRules: [{ pattern: 'id', ruleName: 'Test' }] });
    expect(() => createSegmenter(d, { language: 'fr' })).toThrow(PadananError);
    try {
      createSegmenter(d, { language: 'fr' });
    } catch (error) {
      expect((error as PadananError).code).toBe('segment.srx.noLanguage');
    }
  });

  it('language patterns are matched case-insensitively as a fallback (OmegaT writes "EN.*")', () => {
    const s = createSegmenter(parseSrx(readFileSync(FIXTURES + 'java-features.srx', 'utf8')), { language: 'en-US' });
    expect(s.segmentParagraph('Mr. Smith came. Then e.g. Tom left. A. B. Smith too.').segments).toEqual([
      'Mr. Smith came.',
      'Then e.g. Tom left.',
      'A. B. Smith too.',
    ]);
    expect(s.segmentParagraph('1. Item one. Next').segments).toEqual(['1. Item one.', 'Next']);
    expect(s.segmentParagraph('line one\nline two').segments).toEqual(['line one', 'line two']);
  });

  it('formathandle: start codes go to the next segment, end codes stay with the previous one', () => {
    const open = '\ue001';
    const close = '\ue101';
    const s = createSegmenter(doc([brk('\\.', '')]));
    expect(s.segmentParagraph(`Satu.${close}Dua.${open}Tiga`).segments).toEqual([`Satu.${close}`, 'Dua.', `${open}Tiga`]);
    const inverted = createSegmenter(doc([brk('\\.', '')], { formatHandles: { start: true, end: false, isolated: true } }));
    expect(inverted.segmentParagraph(`Satu${open}.Dua${close}.Tiga`).segments).toEqual([`Satu${open}.`, `Dua${close}.`, 'Tiga']);
  });

  it('rules with capturing groups and backreferences in afterbreak keep their meaning when combined', () => {
    const s = createSegmenter(doc([keep('(x)y', ''), brk('([.!])', '\\s(\\p{Lu})(\\p{Ll})\\2'), brk('([;])', '(\\s)\\1')]));
    expect(s.segmentParagraph('Ok. Baa. Bab; a;  b').segments).toEqual(['Ok.', 'Baa. Bab; a;', 'b']);
  });
});

describe('segments and gaps rebuild the paragraph byte for byte', () => {
  const alphabet = [
    'a', 'b', 'Z', 'é', 'Dr', 'dll', 'PT', 'Jl', 'S.H', 'B.J', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '.', '.', '...', '…',
    '?', '!', '"', '“', '”', "'", '(', ')', '[', ']', ',', ';', ':', '1', '2023', '5/9', '1.000,5', 'Rp', 'iPhone', '😀', '\ud83d',
    '\ue001', '\ue101', '\ue201', 'www.x.co.id', 'a.n.', 'Tbk', 'WIB', 'AS', '-', '–',
  ];
  function randomText(seed: number): string {
    let x = seed;
    const next = (): number => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x >>> 8;
    };
    const n = next() % 60;
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[next() % alphabet.length];
    return out;
  }

  const segmenters: [string, Segmenter][] = [
    ['default Indonesian rules', createDefaultSegmenter()],
    ['a rule that breaks everywhere', createSegmenter(doc([brk('', '')].concat([brk('\\b', '')])))],
    ['afterbreak-only rules', createSegmenter(doc([brk('', '[\\p{Lu}\\s]')]))],
  ];
  for (const [name, segmenter] of segmenters) {
    it(`on 3,000 random texts (${name})`, () => {
      for (let seed = 1; seed <= 3000; seed++) {
        const text = randomText(seed);
        const result = segmenter.segmentParagraph(text);
        expect(result.gaps.length).toBe(result.segments.length + 1);
        expect(rebuild(result)).toBe(text);
        for (const s of result.segments) {
          expect(s.length).toBeGreaterThan(0);
          expect(s).toBe(s.trim());
        }
        for (const g of result.gaps) expect(g.trim()).toBe('');
      }
    });
  }

  it('empty, blank and punctuation-only paragraphs', () => {
    const s = createDefaultSegmenter();
    expect(s.segmentParagraph('')).toEqual({ segments: [], gaps: [''] });
    expect(s.segmentParagraph('  \t ')).toEqual({ segments: [], gaps: ['  \t '] });
    expect(s.segmentParagraph('  Halo.  ')).toEqual({ segments: ['Halo.'], gaps: ['  ', '  '] });
    expect(rebuild(s.segmentParagraph('... . ! ?'))).toBe('... . ! ?');
  });
});

describe('pathological input does not take quadratic time', () => {
  const segmenter = createDefaultSegmenter();
  const n = 60_000;
  const inputs: [string, string][] = [
    ['a run of dots', '.'.repeat(n) + ' A'],
    ['a run of quotes after a period', 'a.' + '"'.repeat(n) + ' A'],
    ['a run of spaces after a period', 'a.' + ' '.repeat(n) + 'A'],
    ['line ends and spaces', '\n '.repeat(n / 2) + 'A'],
    ['initials', 'A. '.repeat(n / 3) + 'A'],
    ['period and space', '. '.repeat(n / 2) + 'A'],
  ];
  for (const [name, text] of inputs) {
    it(name, () => {
      const start = performance.now();
      const result = segmenter.segmentParagraph(text);
      // Quadratic behaviour takes tens of seconds here; linear takes milliseconds.
      expect(performance.now() - start).toBeLessThan(3000);
      expect(rebuild(result)).toBe(text);
    });
  }
});


describe('group numbering whichever side is tested first', () => {
  it('backreferences in a rule whose beforebreak is tested first', () => {
    // The afterbreak starts with an unbounded repetition, so the beforebreak goes first.
    const s = createSegmenter(doc([keep('(q)', ''), brk('([.!])', '\\s*(\\p{Lu})(\\p{Ll})\\2')]));
    expect(s.segmentParagraph('Ok. Baa. Bab').segments).toEqual(['Ok.', 'Baa. Bab']);
  });
});
