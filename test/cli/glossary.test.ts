import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runPadanan } from '../support/cli';

const STARTER = join(REPO_ROOT, 'glossary/packs/international-news.padanan-pack.json');
let dir: string;

const padanan = (args: string[], input?: string) => runPadanan(args, { cwd: dir, input });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'padanan-glossary-'));
  writeFileSync(join(dir, 'g.tsv'), 'pasok\tsupply\tverb root\nGedung Putih\tWhite House\nAS\tUS\n');
  writeFileSync(join(dir, 'text.txt'), 'AS memasok senjata.\r\nPasokannya tiba di Gedung Putih.\n');
  writeFileSync(join(dir, 'bad.tsv'), 'pasok\tsupply\nthree\tcolumns\tare\tfour\n');
  writeFileSync(join(dir, 'bad.tbx'), '<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tbx>&x;</tbx>');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('padanan terms', () => {
  it('prints one JSON object per match with indices into the input', () => {
    const r = padanan(['terms', '--glossary', 'g.tsv', 'text.txt']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const input = readFileSync(join(dir, 'text.txt'), 'utf8');
    expect(lines.map((m) => [input.slice(m.start, m.end), m.source, m.target])).toEqual([
      ['AS', 'AS', 'US'],
      ['memasok', 'pasok', 'supply'],
      ['Pasokannya', 'pasok', 'supply'],
      ['Gedung Putih', 'Gedung Putih', 'White House'],
    ]);
    expect(Object.keys(lines[0])).toEqual(['start', 'end', 'source', 'target']);
  });

  it('reads standard input and any glossary format', () => {
    const r = padanan(['terms', '--glossary', STARTER, '-'], 'Juru bicara Kremlin menolak.');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('"target":"spokesperson"');
    expect(r.stdout).toContain('"target":"Kremlin"');
  });

  it('fails with status 2 and a message on a bad glossary or missing option', { timeout: 60_000 }, () => {
    const bad = padanan(['terms', '--glossary', 'bad.tsv', 'text.txt']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('line 2');
    expect(bad.stdout).toBe('');
    expect(padanan(['terms', 'text.txt']).code).toBe(2);
    const hostile = padanan(['terms', '--glossary', 'bad.tbx', 'text.txt']);
    expect(hostile.code).toBe(2);
    expect(hostile.stdout).toBe('');
  });
});

describe('padanan stem', () => {
  it('stems arguments, or words from standard input', () => {
    expect(padanan(['stem', 'menulis', 'memukul', 'Pemerintahan', 'anak-anaknya']).stdout).toBe('tulis\npukul\nperintah\nanak\n');
    const r = padanan(['stem'], 'mengirim, menyapu\nmengebom memasok.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('kirim\nsapu\nbom\npasok\n');
  });
});

describe('padanan glossary', () => {
  it('converts through every format by extension and validates the result', () => {
    const chain = [STARTER, 'news.tsv', 'news.csv', 'news.tbx', 'again.padanan-pack.json'];
    for (let i = 1; i < chain.length; i++) {
      const r = padanan(['glossary', 'convert', chain[i - 1]!, chain[i]!, '--name', 'News']);
      expect(r.code, `${chain[i - 1]} → ${chain[i]}: ${r.stderr}`).toBe(0);
    }
    const v = padanan(['glossary', 'validate', 'again.padanan-pack.json']);
    expect(v.code, v.stderr).toBe(0);
    const count = JSON.parse(readFileSync(STARTER, 'utf8')).manifest.termCount as number;
    expect(v.stdout).toMatch(new RegExp(`valid, ${count} terms; pack "News" 1\\.0\\.0 .*checksum ok`));
    expect(padanan(['glossary', 'validate', 'news.csv']).stdout).toContain(`valid, ${count} terms; CSV`);
  }, 120_000);

  it('keeps part of speech and flags through TBX and the pack format', () => {
    expect(padanan(['glossary', 'convert', STARTER, 'news.tbx']).code).toBe(0);
    expect(padanan(['glossary', 'convert', 'news.tbx', 'news.padanan-pack.json', '--id', 'x.news', '--pack-version', '2.0.0', '--author', 'Me', '--licence', 'CC0-1.0']).code).toBe(0);
    const back = JSON.parse(readFileSync(join(dir, 'news.padanan-pack.json'), 'utf8'));
    expect(back.manifest).toMatchObject({ id: 'x.news', version: '2.0.0', author: 'Me', licence: 'CC0-1.0' });
    expect(back.terms.find((t: { source: string }) => t.source === 'bertemu').pos).toBe('verb');
  });

  it('exits 2, writes nothing and names the problem on malformed input', { timeout: 120_000 }, () => {
    const before = readdirSync(dir).length;
    const r = padanan(['glossary', 'convert', 'bad.tsv', 'never.tbx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.tsv, line 2: expected 2 or 3/);
    expect(existsSync(join(dir, 'never.tbx'))).toBe(false);
    expect(readdirSync(dir).length).toBe(before);
    const tampered = readFileSync(STARTER, 'utf8').replace('"White House"', '"Black House"');
    writeFileSync(join(dir, 'tampered.padanan-pack.json'), tampered);
    const v = padanan(['glossary', 'validate', 'tampered.padanan-pack.json']);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('checksum mismatch');
    expect(padanan(['glossary', 'convert', 'g.tsv', 'out.xlsx']).code).toBe(2);
    expect(padanan(['glossary', 'frobnicate']).code).toBe(2);
    expect(padanan(['glossary', 'validate', 'bad.tbx']).code).toBe(2);
  });
});
