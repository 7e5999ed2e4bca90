import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Term } from '../../core/model';
import { createGlossaryMatcher, type TermMatch } from '../../glossary/match/matcher';
import { parseGold, parseGoldTerms, score } from './goldSpans';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/glossary/${name}`, import.meta.url), 'utf8');

function evaluate(sentencesFile: string, terms: Term[]) {
  const matcher = createGlossaryMatcher([terms]);
  const gold = parseGold(fixture(sentencesFile));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  const entries = new Set<string>();
  let occurrences = 0;
  for (const sentence of gold) {
    const key = (s: { start: number; end: number; source: string }) => `${s.start}:${s.end}:${s.source}`;
    const want = new Set(sentence.spans.map(key));
    const got = matcher.match(sentence.text).map((m) => ({ start: m.start, end: m.end, source: m.term.source.toLowerCase() }));
    const gotKeys = new Set(got.map(key));
    for (const s of sentence.spans) {
      entries.add(s.source);
      occurrences++;
      if (gotKeys.has(key(s))) tp++;
      else {
        fn++;
        errors.push(`missed line ${sentence.line}: ${sentence.text.slice(s.start, s.end)} (${s.source})`);
      }
    }
    for (const g of got) {
      if (!want.has(key(g))) {
        fp++;
        errors.push(`false line ${sentence.line}: ${sentence.text.slice(g.start, g.end)} (${g.source})`);
      }
    }
  }
  return { ...score(tp, fp, fn), errors, entries: entries.size, occurrences };
}

describe('term matching gold set', () => {
  const terms = parseGoldTerms(fixture('match-gold.terms.tsv'));

  it('covers at least 600 occurrences of at least 150 entries, all of them in the glossary', () => {
    const known = new Set(terms.map((t) => t.source.toLowerCase()));
    const gold = parseGold(fixture('match-gold.txt'));
    const sources = new Set(gold.flatMap((g) => g.spans.map((s) => s.source)));
    expect([...sources].filter((s) => !known.has(s))).toEqual([]);
    expect(sources.size).toBeGreaterThanOrEqual(150);
    expect(gold.reduce((n, g) => n + g.spans.length, 0)).toBeGreaterThanOrEqual(600);
  });

  it('reaches span F1 ≥ 0.97', () => {
    const r = evaluate('match-gold.txt', terms);
    console.log(
      `gold set: ${r.occurrences} occurrences of ${r.entries} entries; P ${r.precision.toFixed(4)} R ${r.recall.toFixed(4)} F1 ${r.f1.toFixed(4)}; ${r.errors.join('; ')}`,
    );
    expect(r.f1).toBeGreaterThanOrEqual(0.97);
    // What the shipped list of lexicalised derivations is worth: the same run with it switched off.
    const ablation = evaluate('match-gold.txt', terms.map((t) => ({ ...t, matchLexicalised: true })));
    console.log(`without the lexicalised-derivation list: P ${ablation.precision.toFixed(4)} F1 ${ablation.f1.toFixed(4)} (${ablation.falsePositives} false matches)`);
  });

  it('reaches span F1 ≥ 0.97 on the held-out sentences', () => {
    const r = evaluate('match-heldout.txt', [...terms, ...parseGoldTerms(fixture('match-heldout.terms.tsv'))]);
    console.log(`held-out: ${r.occurrences} occurrences of ${r.entries} entries; P ${r.precision.toFixed(4)} R ${r.recall.toFixed(4)} F1 ${r.f1.toFixed(4)}; ${r.errors.join('; ')}`);
    expect(r.f1).toBeGreaterThanOrEqual(0.97);
  });
});

const term = (source: string, target: string, extra: Partial<Term> = {}): Term => ({
  packId: 'p',
  source,
  target,
  forbidden: false,
  caseSensitive: false,
  matchMode: 'inflected',
  ...extra,
});

const show = (text: string, matches: TermMatch[]) => matches.map((m) => `${text.slice(m.start, m.end)}=${m.term.target}:${m.how}`);

describe('matcher behaviour', () => {
  it('returns JavaScript string indices and how each match was made', () => {
    const text = '“Kami terus memasok senjata,” kata Sullivan. Pasokannya dipasok pemasok.';
    const matches = createGlossaryMatcher([[term('pasok', 'supply')]]).match(text);
    expect(show(text, matches)).toEqual(['memasok=supply:meN-', 'Pasokannya=supply:-an + -nya', 'dipasok=supply:di-', 'pemasok=supply:pe(N)-']);
    expect(text.slice(matches[0]!.start, matches[0]!.end)).toBe('memasok');
  });

  it('matches whole words only', () => {
    const m = createGlossaryMatcher([[term('AS', 'US', { caseSensitive: true }), term('perang', 'war')]]);
    expect(show('ASEAN, perangko dan perangkat', m.match('ASEAN, perangko dan perangkat'))).toEqual([]);
  });

  it('is case-insensitive unless the entry is case-sensitive', () => {
    const m = createGlossaryMatcher([[term('AS', 'US', { caseSensitive: true }), term('kremlin', 'Kremlin', { pos: 'properNoun' })]]);
    const text = 'AS dan KREMLIN; as roda patah.';
    expect(show(text, m.match(text))).toEqual(['AS=US:exact', 'KREMLIN=Kremlin:exact']);
    const inflected = createGlossaryMatcher([[term('Pasok', 'supply', { caseSensitive: true })]]);
    expect(inflected.match('memasok').length).toBe(1);
    expect(inflected.match('diPasok').length).toBe(1);
    expect(inflected.match('dipasok').length).toBe(0);
  });

  it('keeps exact-mode entries to their exact words', () => {
    const m = createGlossaryMatcher([[term('data', 'data', { matchMode: 'exact' })]]);
    const text = 'data, datanya, pendataan, Data';
    expect(show(text, m.match(text))).toEqual(['data=data:exact', 'Data=data:exact']);
  });

  it('matches multi-word entries, inflected on their first and last words', () => {
    const m = createGlossaryMatcher([
      [
        term('Gedung Putih', 'White House', { pos: 'properNoun' }),
        term('penasihat keamanan nasional', 'national security adviser'),
        term('kerja sama', 'cooperation'),
        term('tanda tangan', 'signature'),
        term('negara anggota', 'member state'),
      ],
    ]);
    const text =
      'Di Gedung  Putih, penasihat keamanan nasionalnya bekerja sama; menandatangani kerja samanya. Negara-negara anggota setuju. Gedung putih-nya? Gedung.';
    expect(show(text, m.match(text))).toEqual([
      'Gedung  Putih=White House:exact',
      'penasihat keamanan nasionalnya=national security adviser:-nya',
      'bekerja sama=cooperation:ber-',
      'menandatangani=signature:meN-…-i (joined)',
      'kerja samanya=cooperation:-nya',
      'Negara-negara anggota=member state:reduplication',
      'Gedung putih=White House:exact',
    ]);
  });

  it('does not match lexicalised look-alikes unless the entry asks for it', () => {
    const text = 'Pemerintah memerintahkan evakuasi; perusahaan itu berusaha.';
    const plain = createGlossaryMatcher([[term('perintah', 'order'), term('usaha', 'effort')]]);
    expect(show(text, plain.match(text))).toEqual(['memerintahkan=order:meN-…-kan', 'berusaha=effort:ber-']);
    const asked = createGlossaryMatcher([[term('perintah', 'order', { matchLexicalised: true }), term('usaha', 'effort', { matchLexicalised: true })]]);
    expect(show(text, asked.match(text))).toEqual([
      'Pemerintah=order:pe(N)-',
      'memerintahkan=order:meN-…-kan',
      'perusahaan=effort:per-…-an',
      'berusaha=effort:ber-',
    ]);
  });

  it('lets the longest match win, then the pack with priority', () => {
    const local = [term('Dewan Keamanan', 'Security Council', { packId: 'local' }), term('keamanan', 'safety', { packId: 'local' })];
    const shared = [term('Dewan Keamanan Nasional', 'National Security Council', { packId: 'shared' }), term('keamanan', 'security', { packId: 'shared' })];
    const text = 'Dewan Keamanan Nasional dan Dewan Keamanan membahas keamanan.';
    const m = createGlossaryMatcher([local, shared]);
    const got = m.match(text);
    expect(show(text, got)).toEqual(['Dewan Keamanan Nasional=National Security Council:exact', 'Dewan Keamanan=Security Council:exact', 'keamanan=safety:exact']);
    expect(got.map((g) => g.packRank)).toEqual([1, 0, 0]);
    const reversed = createGlossaryMatcher([shared, local]).match(text);
    expect(show(text, reversed)[2]).toBe('keamanan=security:exact');
  });

  it('prefers an exact entry over an inflected reading of another entry', () => {
    const text = 'keamanan nasional';
    const m = createGlossaryMatcher([[term('aman', 'safe'), term('keamanan', 'security')]]);
    expect(show(text, m.match(text))).toEqual(['keamanan=security:exact']);
  });

  it('returns homographs of one pack together', () => {
    const text = 'bisa ular itu';
    const m = createGlossaryMatcher([[term('bisa', 'can'), term('bisa', 'venom')]]);
    expect(show(text, m.match(text))).toEqual(['bisa=can:exact', 'bisa=venom:exact']);
  });

  it('treats inline tag placeholders as spaces and skips acronyms inflection', () => {
    const m = createGlossaryMatcher([[term('Gedung Putih', 'White House', { pos: 'properNoun' }), term('AS', 'US')]]);
    const text = 'Gedung\uE000Putih\uE100 dan AS-nya, teras, beras';
    expect(show(text, m.match(text))).toEqual(['Gedung\uE000Putih=White House:exact', 'AS=US:exact']);
  });

  it('ignores empty and punctuation-only entries', () => {
    const m = createGlossaryMatcher([[term('', 'x'), term('--', 'y')]]);
    expect(m.match('a -- b')).toEqual([]);
  });
});
