import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TermDraft } from '../../core/model';
import { errorOf } from '../support/errors';
import { runValidator, validatorMissing } from '../support/validator';
import { glossaryFormatOf, readGlossary, writeGlossary } from '../../glossary/formats/index';
import { createPack, packChecksum, readPack, writePack } from '../../glossary/formats/pack';
import { sha256Hex } from '../../glossary/formats/sha256';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/glossary/${name}`, import.meta.url)));
const bytes = (text: string) => new TextEncoder().encode(text);

const rich: TermDraft[] = [
  { source: 'pasok', target: 'supply', pos: 'verb', note: 'also "provide" <arms> & more', definition: 'memberikan barang', domain: 'trade', forbidden: false, caseSensitive: false, matchMode: 'inflected' },
  { source: 'Korut', target: 'N. Korea', pos: 'noun', forbidden: true, caseSensitive: false, matchMode: 'inflected' },
  { source: 'juru bicara', target: 'spokesperson', pos: 'phrase', forbidden: false, caseSensitive: false, matchMode: 'inflected' },
  { source: 'cepat', target: 'fast', pos: 'adjective', forbidden: false, caseSensitive: false, matchMode: 'inflected' },
  { source: 'secara langsung', target: 'in person', pos: 'adverb', forbidden: false, caseSensitive: false, matchMode: 'inflected' },
];

describe('OmegaT TSV', () => {
  it('reads source, target and comment, tolerating BOM, CRLF, comments and blank lines', () => {
    const terms = readGlossary(fixture('omegat.tsv'), 'omegat.tsv').terms;
    expect(terms.map((t) => [t.source, t.target, t.note ?? ''])).toEqual([
      ['Korut', 'North Korea', 'short for Korea Utara'],
      ['Gedung Putih', 'White House', ''],
      ['penasihat keamanan nasional', 'national security adviser', 'politics, "US" usage'],
      ['AS', 'US', ''],
    ]);
    expect(terms.find((t) => t.source === 'AS')!.caseSensitive).toBe(true);
    expect(terms.find((t) => t.source === 'Korut')!.caseSensitive).toBe(false);
  });

  it('round-trips what the format can hold', () => {
    const back = readGlossary(writeGlossary(rich, 'tsv'), 'x.tsv').terms;
    expect(back.map((t) => [t.source, t.target, t.note])).toEqual(rich.map((t) => [t.source, t.target, t.note]));
  });

  it('names the line of wrong columns, empty cells and bad encoding', () => {
    const wrong = errorOf(() => readGlossary(bytes('a\tb\nonly one column\n'), 'g.tsv'));
    expect(wrong.code).toBe('glossary.columns');
    expect(wrong.params.line).toBe(2);
    expect(errorOf(() => readGlossary(bytes('a\tb\tc\td\n'), 'g.tsv')).params).toMatchObject({ line: 1, count: 4 });
    expect(errorOf(() => readGlossary(bytes('a\tb\n\tb\n'), 'g.tsv')).code).toBe('glossary.emptyCell');
    const latin1 = new Uint8Array([...bytes('a\tb\nKor\tUtara\n'), 0x63, 0x61, 0x66, 0xe9, 0x09, 0x78, 0x0a]);
    const enc = errorOf(() => readGlossary(latin1, 'g.tsv'));
    expect(enc.code).toBe('glossary.encoding');
    expect(enc.params.line).toBe(3);
    expect(enc.message).toContain('line 3');
    expect(errorOf(() => readGlossary(new Uint8Array(), 'g.tsv')).code).toBe('glossary.empty');
  });
});

describe('OmegaT CSV', () => {
  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes', () => {
    const terms = readGlossary(fixture('omegat.csv'), 'omegat.csv').terms;
    expect(terms.map((t) => [t.source, t.target, t.note ?? ''])).toEqual([
      ['Korut', 'North Korea', 'short for Korea Utara'],
      ['Gedung Putih', 'White House', ''],
      ['juru bicara', 'spokesperson', 'a "speaker", officially\r\nof a body'],
      ['AS', 'US', ''],
    ]);
  });

  it('round-trips fields that need quoting', () => {
    const tricky: TermDraft[] = [{ source: 'a, b', target: 'say "hi"', note: 'line\nbreak', forbidden: false, caseSensitive: false, matchMode: 'inflected' }, ...rich];
    const back = readGlossary(writeGlossary(tricky, 'csv'), 'x.csv').terms;
    expect(back.map((t) => [t.source, t.target, t.note])).toEqual(tricky.map((t) => [t.source, t.target, t.note?.replace('\n', '\n')]));
  });

  it('names the line of a broken quote or wrong columns', () => {
    const open = errorOf(() => readGlossary(bytes('a,b\n"never closed,x\n'), 'g.csv'));
    expect(open.code).toBe('glossary.csvQuote');
    expect(open.params.line).toBe(2);
    expect(errorOf(() => readGlossary(bytes('a,b\nx,y"z\n'), 'g.csv')).params.line).toBe(2);
    expect(errorOf(() => readGlossary(bytes('a,b\n"x"y,z\n'), 'g.csv')).code).toBe('glossary.csvQuote');
    expect(errorOf(() => readGlossary(bytes('a,b\n"multi\nline",b,c,d\n'), 'g.csv')).params).toMatchObject({ line: 2, count: 4 });
  });
});

describe('TBX', () => {
  it('writes TBX-Basic that keeps part of speech, notes, definitions, domain and the forbidden status', () => {
    const out = writeGlossary(rich, 'tbx', { title: 'Test glossary' });
    const text = new TextDecoder().decode(out);
    expect(text).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="id" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(text).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    const back = readGlossary(out, 'x.tbx');
    expect(back.title).toBe('Test glossary');
    expect(back.terms).toEqual(rich);
  });

  it('exports files that pass the TBX validator', () => {
    if (validatorMissing('TBX validation')) return;
    const run = runValidator('tbx', { name: 'out.tbx', bytes: writeGlossary(rich, 'tbx', { title: 'Test & <glossary>' }) });
    if (run.status === 2) {
      console.log(`skipped: validator tools missing: ${run.stderr}`);
      return;
    }
    expect(run.status, run.stderr).toBe(0);
  });

  it('reads TBX v2 (martif) with tig and ntig, pairing every Indonesian term with every English one', () => {
    const { terms, title } = readGlossary(fixture('martif-v2.tbx'), 'old.tbx');
    expect(title).toBe('Old TBX');
    expect(terms).toEqual([
      { source: 'Korut', target: 'North Korea', pos: 'properNoun', note: 'informal', definition: 'Sebutan singkat untuk Korea Utara.', domain: 'politics', forbidden: false, caseSensitive: false, matchMode: 'inflected' },
      { source: 'Korut', target: 'DPRK', pos: 'properNoun', note: 'informal', definition: 'Sebutan singkat untuk Korea Utara.', domain: 'politics', forbidden: true, caseSensitive: false, matchMode: 'inflected' },
    ]);
  });

  it('refuses hostile XML: entity expansion and external entities', () => {
    for (const name of ['hostile-entities.tbx', 'hostile-xxe.tbx']) {
      const error = errorOf(() => readGlossary(fixture(name), name));
      expect(error.code).toMatch(/^xml\./);
      expect(error.message).not.toContain('root:');
    }
  });

  it('names the element of a structural error', () => {
    const doc = (body: string) =>
      bytes(`<tbx type="TBX-Basic" style="dca" xml:lang="id" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p/></sourceDesc></fileDesc></tbxHeader><text><body>${body}</body></text></tbx>`);
    const noLang = errorOf(() => readGlossary(doc('<conceptEntry id="c7"><langSec><termSec><term>x</term></termSec></langSec></conceptEntry>'), 'g.tbx'));
    expect(noLang.code).toBe('glossary.tbxLanguage');
    expect(noLang.message).toContain('id="c7"');
    const empty = errorOf(() => readGlossary(doc('<conceptEntry id="c9"><langSec xml:lang="id"><termSec><term> </term></termSec></langSec></conceptEntry>'), 'g.tbx'));
    expect(empty.code).toBe('glossary.tbxEmptyTerm');
    expect(empty.message).toContain('id="c9"');
    expect(errorOf(() => readGlossary(doc(''), 'g.tbx')).code).toBe('glossary.tbxNoTerms');
    expect(errorOf(() => readGlossary(bytes('<html><body/></html>'), 'g.tbx')).code).toBe('glossary.notTbx');
    expect(errorOf(() => readGlossary(bytes('<tbx><text>'), 'g.tbx')).code).toMatch(/^xml\./);
  });
});

describe('Padanan pack', () => {
  const manifest = { id: 'test.pack', name: 'Test', version: '1.2.0', author: 'Tester', licence: 'CC0-1.0', sourceLang: 'id', targetLang: 'en', created: '2026-01-01' };

  it('implements SHA-256', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('a'.repeat(1_000))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });

  it('round-trips every field with manifest, count and checksum', () => {
    const withFlags: TermDraft[] = [...rich, { source: 'AS', target: 'US', pos: 'properNoun', forbidden: false, caseSensitive: true, matchMode: 'exact', matchLexicalised: true }];
    const file = writePack(createPack(manifest, withFlags));
    const back = readPack(file, 'p.padanan-pack.json');
    expect(back.terms).toEqual(withFlags);
    expect(back.manifest).toMatchObject({ ...manifest, termCount: withFlags.length });
    expect(back.manifest.checksum).toBe(packChecksum(withFlags));
    expect(packChecksum([...withFlags].reverse())).toBe(back.manifest.checksum);
    expect(readGlossary(file, 'p.padanan-pack.json').manifest?.name).toBe('Test');
  });

  it('refuses a wrong checksum, a wrong count, bad JSON and bad fields, naming what is wrong', () => {
    const good = new TextDecoder().decode(writePack(createPack(manifest, rich)));
    const tampered = good.replace('"supply"', '"provide"');
    expect(errorOf(() => readPack(bytes(tampered), 'p.json')).code).toBe('glossary.packChecksum');
    const count = good.replace('"termCount": 5', '"termCount": 6');
    expect(errorOf(() => readPack(bytes(count), 'p.json')).code).toBe('glossary.packCount');
    const broken = good.replace('"target":"fast",', '"target":"fast",,');
    const json = errorOf(() => readPack(bytes(broken), 'p.json'));
    expect(json.code).toBe('glossary.packJson');
    expect(json.params.line).toBe(good.split('\n').findIndex((l) => l.includes('"fast"')) + 1);
    const pos = errorOf(() => readPack(bytes(good.replace('"pos":"verb"', '"pos":"verbish"')), 'p.json'));
    expect(pos.code).toBe('glossary.packTerm');
    expect(pos.message).toContain('terms[0]');
    expect(errorOf(() => readPack(bytes(good.replace('"name": "Test"', '"name": ""')), 'p.json')).params.field).toBe('name');
    expect(errorOf(() => readPack(bytes('{"format":"something else"}'), 'p.json')).code).toBe('glossary.packFormat');
  });
});

describe('format by extension', () => {
  it('knows the extensions', () => {
    expect(['a.tsv', 'a.utf8', 'a.txt', 'a.CSV', 'a.tbx', 'a.padanan-pack.json', 'b.json', 'c.xlsx'].map(glossaryFormatOf)).toEqual(['tsv', 'tsv', 'tsv', 'csv', 'tbx', 'pack', 'pack', undefined]);
    expect(errorOf(() => readGlossary(bytes('x'), 'g.xlsx')).code).toBe('glossary.unknownFormat');
  });
});
