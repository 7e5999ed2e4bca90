import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, expectValid } from '../core/formats/xliffHelpers';
import { runPadanan } from '../support/cli';
import { xliffCodec } from '../../core/formats/xliffCommonCodec';
import { exportTmx } from '../../core/formats/tmx';

let dir: string;

const padanan = (...args: string[]) => runPadanan(args, { cwd: dir });

const read = (path: string) => new Uint8Array(readFileSync(path));
const readXliff = (path: string) =>
  xliffCodec.read(read(path), { fileName: path, segmenter: { segmentParagraph: (p) => ({ segments: [p], gaps: ['', ''] }) }, now: 1 });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'padanan-convert-'));
  writeFileSync(
    join(dir, 'berita.txt'),
    'Korea Utara dan Rusia sepakat memperkuat kerja sama militer. Pertemuan itu berlangsung di Vladivostok.\n\nNilai kontrak mencapai Rp1,5 triliun.\n',
  );
  writeFileSync(
    join(dir, 'tm.tmx'),
    exportTmx([
      { source: 'Korea Utara dan Rusia sepakat memperkuat kerja sama militer.', target: 'North Korea and Russia agreed to strengthen military cooperation.' },
      { source: 'Nilai kontrak mencapai Rp1,5 triliun rupiah.', target: 'The contract is worth Rp1.5 trillion rupiah.' },
    ]),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('padanan convert', () => {
  it('converts a text document to valid XLIFF 1.2, XLIFF 2.1 and TMX', () => {
    for (const [to, format] of [
      ['xliff12', 'xliff12'],
      ['xliff21', 'xliff2'],
    ] as const) {
      const r = padanan('convert', 'berita.txt', '--to', to, '-o', `out-${to}.xlf`);
      expect(r.code, r.stderr).toBe(0);
      const out = read(join(dir, `out-${to}.xlf`));
      expectValid(format, out, `convert --to ${to}`);
      expect(readXliff(join(dir, `out-${to}.xlf`)).segments.map((s) => s.source)).toEqual([
        'Korea Utara dan Rusia sepakat memperkuat kerja sama militer.',
        'Pertemuan itu berlangsung di Vladivostok.',
        'Nilai kontrak mencapai Rp1,5 triliun.',
      ]);
    }
    const r = padanan('convert', 'berita.txt', '--to', 'tmx', '-o', 'out.tmx');
    expect(r.code, r.stderr).toBe(0);
    expectValid('tmx', read(join(dir, 'out.tmx')), 'convert --to tmx');
  });

  it('fills exact TM matches with --tm', () => {
    const r = padanan('convert', 'berita.txt', '--to', 'xliff12', '--tm', 'tm.tmx', '-o', 'tm.xlf');
    expect(r.code, r.stderr).toBe(0);
    const segments = readXliff(join(dir, 'tm.xlf')).segments;
    expect(segments.map((s) => [s.target, s.status])).toEqual([
      ['North Korea and Russia agreed to strengthen military cooperation.', 'translated'],
      ['', 'new'],
      ['', 'new'],
    ]);
    const tmx = padanan('convert', 'tm.xlf', '--to', 'tmx', '-o', 'tm-out.tmx');
    expect(tmx.code, tmx.stderr).toBe(0);
    expect(readFileSync(join(dir, 'tm-out.tmx'), 'utf8')).toContain('<seg>North Korea and Russia agreed to strengthen military cooperation.</seg>');
  });

  it('adds the terms of --glossary to an XLIFF 2.1 export (Glossary module) and says when a format ignores it', () => {
    writeFileSync(join(dir, 'g.tsv'), 'Korea Utara\tNorth Korea\tcountry\nkerja sama\tcooperation\t\nperkuat\tstrengthen\t\nGedung Putih\tWhite House\t\n');
    const r = padanan('convert', 'berita.txt', '--to', 'xliff21', '--glossary', 'g.tsv', '-o', 'gls.xlf');
    expect(r.code, r.stderr).toBe(0);
    const out = read(join(dir, 'gls.xlf'));
    expectValid('xliff2', out, 'XLIFF 2.1 with the Glossary module');
    const text = readFileSync(join(dir, 'gls.xlf'), 'utf8');
    // "memperkuat" is an inflected form of "perkuat"; "Gedung Putih" is not in the text.
    expect(text).toContain('<gls:glossEntry><gls:term source="g.tsv">Korea Utara</gls:term><gls:translation>North Korea</gls:translation><gls:definition>country</gls:definition></gls:glossEntry>');
    expect(text).toContain('<gls:term source="g.tsv">perkuat</gls:term><gls:translation>strengthen</gls:translation>');
    expect(text).not.toContain('White House');
    expect(readXliff(join(dir, 'gls.xlf')).segments).toHaveLength(3);
    const ignored = padanan('convert', 'berita.txt', '--to', 'xliff12', '--glossary', 'g.tsv', '-o', 'gls12.xlf');
    expect(ignored.code).toBe(0);
    expect(ignored.stderr).toContain('does not use a glossary');
  });

  it('hands an XLIFF file back in its own version, or converts it to the other', () => {
    const src = join(FIXTURES, 'xliff12/agency-multi.xlf');
    expect(padanan('convert', src, '--to', 'xliff12', '-o', 'same.xlf').code).toBe(0);
    expect(readFileSync(join(dir, 'same.xlf'), 'utf8')).toBe(readFileSync(src, 'utf8'));
    expect(padanan('convert', src, '--to', 'xliff21', '-o', 'other.xlf').code).toBe(0);
    expectValid('xliff2', read(join(dir, 'other.xlf')), 'XLIFF 1.2 converted to 2.1');
    // That file carries U+000B, which XLIFF 1.2 cannot: a clear refusal, not a broken file.
    const bad = padanan('convert', join(FIXTURES, 'xliff2/agency.xlf'), '--to', 'xliff12', '-o', 'bad.xlf');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('U+000B');
    expect(existsSync(join(dir, 'bad.xlf'))).toBe(false);
  });

  it('refuses an unknown output format, missing options and hostile input with status 2, writing nothing', () => {
    const unknown = padanan('convert', 'berita.txt', '--to', 'pdf', '-o', 'x.pdf');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown output format "pdf"');
    expect(unknown.stderr).toContain('usage: padanan convert');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    expect(padanan('convert', 'berita.txt', '-o', 'x.xlf').code).toBe(2);
    expect(padanan('convert', 'berita.txt', '--to', 'xliff12').code).toBe(2);
    writeFileSync(join(dir, 'evil.xlf'), '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&e;</source></trans-unit></body></file></xliff>');
    const evil = padanan('convert', 'evil.xlf', '--to', 'xliff21', '-o', 'evil-out.xlf');
    expect(evil.code).toBe(2);
    expect(evil.stderr).toMatch(/evil\.xlf.*DOCTYPE/);
    expect(existsSync(join(dir, 'evil-out.xlf'))).toBe(false);
  });
});

describe('padanan pretranslate', () => {
  it('fills exact and fuzzy matches above --min and hands the XLIFF back', () => {
    expect(padanan('convert', 'berita.txt', '--to', 'xliff21', '-o', 'in.xlf').code).toBe(0);
    const r = padanan('pretranslate', 'in.xlf', '--tm', 'tm.tmx', '--min', '75', '-o', 'pre.xlf');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('pretranslated 2 of 3 segments (1 exact, 1 fuzzy');
    expectValid('xliff2', read(join(dir, 'pre.xlf')), 'pretranslated XLIFF 2.1');
    expect(readXliff(join(dir, 'pre.xlf')).segments.map((s) => [s.target, s.status])).toEqual([
      ['North Korea and Russia agreed to strengthen military cooperation.', 'translated'],
      ['', 'new'],
      ['The contract is worth Rp1.5 trillion rupiah.', 'draft'],
    ]);
    const strict = padanan('pretranslate', 'in.xlf', '--tm', 'tm.tmx', '--min', '100', '-o', 'pre100.xlf');
    expect(strict.stdout).toContain('pretranslated 1 of 3');
  });

  it('refuses bad options and non-XLIFF input', () => {
    expect(padanan('pretranslate', 'in.xlf', '--tm', 'tm.tmx', '--min', 'abc', '-o', 'x.xlf').code).toBe(2);
    expect(padanan('pretranslate', 'in.xlf', '-o', 'x.xlf').code).toBe(2);
    expect(padanan('pretranslate', 'berita.txt', '--tm', 'tm.tmx', '-o', 'x.xlf').code).toBe(2);
    expect(existsSync(join(dir, 'x.xlf'))).toBe(false);
  });
});
