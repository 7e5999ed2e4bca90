import { describe, expect, it } from 'vitest';
import type { GlossaryPack, Term } from '../../../../core/model';
import type { TermMatch } from '../../../../glossary/match/index';
import { previewImport } from '../../../../glossary/merge';
import { FORBIDDEN_MARK_CLASS, MARK_CLASS, entryForNumber, glossaryMarks, panelEntries } from '../../../../renderer/src/features/glossary/glossaryMarks';
import { glossaryInsertKey, isAddTermKey } from '../../../../renderer/src/features/glossary/glossaryKeys';
import { createTermSearch } from '../../../../renderer/src/workers/glossaryTermSearch';
import { entriesByStatus, setAll, toImportDecisions } from '../../../../renderer/src/features/glossary/importDecisions';
import { defaultImportTarget, glossaryFileName, newPackName } from '../../../../renderer/src/features/glossary/glossaryFiles';
import { cleanSelection } from '../../../../renderer/src/features/glossary/termSelection';
import { planMerge } from '../../../../glossary/merge';

let nextId = 1;
const term = (source: string, target: string, extra: Partial<Term> = {}): Term => ({
  id: nextId++,
  packId: 'p',
  source,
  target,
  forbidden: false,
  caseSensitive: false,
  matchMode: 'inflected',
  ...extra,
});
const match = (start: number, end: number, t: Term, how = 'exact'): TermMatch => ({ start, end, term: t, how, packRank: 0 });
const key = (code: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean; altGraph: boolean }> = {}) => ({
  code,
  ctrlKey: !!mods.ctrlKey,
  altKey: !!mods.altKey,
  shiftKey: !!mods.shiftKey,
  metaKey: !!mods.metaKey,
  getModifierState: (k: string) => k === 'AltGraph' && !!mods.altGraph,
});

describe('glossary marks and panel entries', () => {
  const text = 'Korut dan Korea Utara memasok senjata.';
  const korut = term('Korut', 'North Korea');
  const bisa1 = term('senjata', 'weapon');
  const bisa2 = term('senjata', 'arms');
  const forbidden = term('Korea Utara', 'DPRK', { forbidden: true });
  const pasok = term('pasok', 'supply');
  const matches = [match(0, 5, korut), match(10, 21, forbidden), match(22, 29, pasok, 'meN-'), match(30, 37, bisa1), match(30, 37, bisa2)];

  it('gives each matched span one mark titled with its English, homographs joined, forbidden ones said and styled', () => {
    const marks = glossaryMarks(matches, (t) => `Forbidden: ${t}`);
    expect(marks).toEqual([
      { start: 0, end: 5, title: 'North Korea', className: MARK_CLASS },
      { start: 10, end: 21, title: 'Forbidden: DPRK', className: FORBIDDEN_MARK_CLASS },
      { start: 22, end: 29, title: 'supply', className: MARK_CLASS },
      { start: 30, end: 37, title: 'weapon / arms', className: MARK_CLASS },
    ]);
    expect(glossaryMarks([], String)).toEqual([]);
  });

  it('numbers the insertable entries 1…9 in text order, each entry once, forbidden ones without a number', () => {
    const entries = panelEntries(text, [...matches, match(0, 5, korut)]);
    expect(entries.map((e) => [e.found, e.match.term.target, e.number])).toEqual([
      ['Korut', 'North Korea', 1],
      ['Korea Utara', 'DPRK', undefined],
      ['memasok', 'supply', 2],
      ['senjata', 'weapon', 3],
      ['senjata', 'arms', 4],
    ]);
    expect(entryForNumber(entries, 2)?.match.term.target).toBe('supply');
    expect(entryForNumber(entries, 9)).toBeUndefined();
    const many = Array.from({ length: 12 }, (_, i) => match(i, i + 1, term(`k${i}`, `t${i}`)));
    expect(panelEntries('x'.repeat(12), many).map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, undefined, undefined, undefined]);
  });
});

describe('glossary keys', () => {
  it('Alt+1…9 inserts, by physical key; not with Ctrl (the TM’s), Shift or AltGr', () => {
    expect(glossaryInsertKey(key('Digit1', { altKey: true }))).toBe(1);
    expect(glossaryInsertKey(key('Numpad9', { altKey: true }))).toBe(9);
    expect(glossaryInsertKey(key('Digit0', { altKey: true }))).toBeUndefined();
    expect(glossaryInsertKey(key('Digit1', { altKey: true, ctrlKey: true }))).toBeUndefined();
    expect(glossaryInsertKey(key('Digit1', { altKey: true, shiftKey: true }))).toBeUndefined();
    expect(glossaryInsertKey(key('Digit1', { altKey: true, altGraph: true }))).toBeUndefined();
    expect(glossaryInsertKey(key('Digit1'))).toBeUndefined();
  });

  it('Ctrl+Shift+G (⌘+Shift+G) adds a term; Ctrl+G, Alt+Shift+G and Ctrl+Shift+E do not', () => {
    expect(isAddTermKey(key('KeyG', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isAddTermKey(key('KeyG', { metaKey: true, shiftKey: true }))).toBe(true);
    expect(isAddTermKey(key('KeyG', { ctrlKey: true }))).toBe(false);
    expect(isAddTermKey(key('KeyG', { altKey: true, shiftKey: true }))).toBe(false);
    expect(isAddTermKey(key('KeyE', { ctrlKey: true, shiftKey: true }))).toBe(false);
  });
});

describe('term search', () => {
  it('finds every word of the query in source, target or note, ignoring case and accents', () => {
    const terms = [term('Korut', 'North Korea', { note: 'singkatan' }), term('kafé', 'café'), term('pasar induk', 'wholesale market')];
    const search = createTermSearch(terms);
    expect(search('').length).toBe(3);
    expect(search('KORUT').map((t) => t.source)).toEqual(['Korut']);
    expect(search('cafe').map((t) => t.source)).toEqual(['kafé']);
    expect(search('market induk').map((t) => t.source)).toEqual(['pasar induk']);
    expect(search('singkatan').map((t) => t.source)).toEqual(['Korut']);
    expect(search('tidak ada')).toEqual([]);
  });

  it('searches 50,000 terms in well under a frame per keystroke', () => {
    const terms = Array.from({ length: 50_000 }, (_, i) => term(`istilah${i} kata`, `term${i} word`));
    const search = createTermSearch(terms);
    search('x'); // folds once
    const started = performance.now();
    const found = search('istilah4999');
    const ms = performance.now() - started;
    console.log(`term search over 50,000 terms: ${ms.toFixed(1)} ms per query`);
    expect(found.map((t) => t.source)).toContain('istilah4999 kata');
    expect(ms).toBeLessThan(200);
  });
});

describe('import helpers', () => {
  const pack = (id: string, extra: Partial<GlossaryPack> = {}): GlossaryPack => ({
    id,
    projectId: 'p1',
    name: id,
    version: '1.0.0',
    author: '',
    licence: '',
    enabled: true,
    priority: 0,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  });
  const manifest = { id: 'org.x', name: 'X', version: '2', author: '', licence: 'CC0', sourceLang: 'id', targetLang: 'en', termCount: 0, created: '', checksum: '' };

  it('sends a pack file to its copy, TSV/CSV/TBX to the project’s own pack, else to a new pack', () => {
    const packs = [pack('own:p1'), pack('a', { origin: 'org.x' }), pack('b')];
    expect(defaultImportTarget({ format: 'pack', manifest }, packs, 'p1')).toBe('a');
    expect(defaultImportTarget({ format: 'pack', manifest: { ...manifest, id: 'padanan:b' } }, packs, 'p1')).toBe('b');
    expect(defaultImportTarget({ format: 'pack', manifest: { ...manifest, id: 'org.y' } }, packs, 'p1')).toBeUndefined();
    expect(defaultImportTarget({ format: 'tsv' }, packs, 'p1')).toBe('own:p1');
    expect(defaultImportTarget({ format: 'tbx' }, [pack('b')], 'p1')).toBeUndefined();
  });

  it('names new packs and exported files', () => {
    expect(newPackName({ fileName: 'C:\\glosarium\\rekan.tsv' })).toBe('rekan');
    expect(newPackName({ fileName: 'ekonomi.padanan-pack.json', manifest })).toBe('X');
    expect(newPackName({ fileName: 'a.tbx', title: ' Istilah Hukum ' })).toBe('Istilah Hukum');
    expect(glossaryFileName('International news (id→en)', 'tbx')).toBe('International news (id→en).tbx');
    expect(glossaryFileName('a/b: c', 'pack')).toBe('a-b- c.padanan-pack.json');
    expect(glossaryFileName('  ', 'csv')).toBe('glossary.csv');
  });

  it('groups a preview by status and applies a decision to all the entries that offer it', () => {
    const local = [{ ...term('a', 'x'), id: 1 }, { ...term('b', 'y'), id: 2 }];
    const preview = previewImport({ terms: [term('a', 'z'), term('b', 'w'), term('c', 'v'), term('a', 'x')] }, { pack: pack('own:p1'), terms: local });
    const groups = entriesByStatus(preview);
    expect([groups.conflict.length, groups.new.length, groups.identical.length]).toEqual([2, 1, 1]);
    const decisions = setAll(new Map(), [...groups.conflict, ...groups.new], 'theirs');
    expect([...decisions.values()]).toEqual(['theirs', 'theirs']);
    expect(planMerge(preview, decisions)).toMatchObject({ add: [{ source: 'c' }], update: [{ id: 1 }, { id: 2 }], kept: 1 });
    expect(toImportDecisions(decisions, { conflict: 'theirs' })).toEqual({ byKey: [...decisions], byStatus: { conflict: 'theirs' } });
  });

  it('cleans a selection into a term', () => {
    expect(cleanSelection('  “Gedung\n  Putih”, ')).toBe('Gedung Putih');
    expect(cleanSelection('(Korut)')).toBe('Korut');
    expect(cleanSelection('pasar\ue0001 induk')).toBe('pasar1 induk');
    expect(cleanSelection('⟨1pasar induk1⟩')).toBe('pasar induk');
  });
});
