import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeSrx, defaultSrxDocument, withNoBreakAbbreviation } from '../../core/segment/index';
import { REPO_ROOT, runPadanan } from '../support/cli';
const FIXTURES = fileURLToPath(new URL('../fixtures/segmentation/srx/', import.meta.url));

const padanan = (args: string[], input?: string) => runPadanan(args, { cwd: REPO_ROOT, input, timeout: 60_000 });

describe('padanan segment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'padanan-segment-'));

  it('reads standard input and prints one segment per line', () => {
    const r = padanan(['segment'], 'Dr. Siti Rahayu bekerja di PT. Maju Jaya sejak tgl. 5 Sept. 2023. Ia senang.\n\nJudul Berita\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Dr. Siti Rahayu bekerja di PT. Maju Jaya sejak tgl. 5 Sept. 2023.\nIa senang.\nJudul Berita\n');
  });

  it('reads a file given by name, and "-" for standard input', () => {
    const file = join(dir, 'teks.txt');
    writeFileSync(file, 'Satu. Dua.');
    expect(padanan(['segment', file]).stdout).toBe('Satu.\nDua.\n');
    expect(padanan(['segment', '--lang', 'id', '-'], 'Tiga. Empat.').stdout).toBe('Tiga.\nEmpat.\n');
  });

  it('--srx uses the given rules', () => {
    const file = join(dir, 'kodim.srx');
    writeFileSync(file, serializeSrx(withNoBreakAbbreviation(defaultSrxDocument(), 'Kodim.')));
    const text = 'Ia dari Kodim. Menurut dia aman.';
    expect(padanan(['segment'], text).stdout).toBe('Ia dari Kodim.\nMenurut dia aman.\n');
    expect(padanan(['segment', '--srx', file], text).stdout).toBe(`${text}\n`);
  });

  it('--srx with --lang picks the language map', () => {
    const srx = join(FIXTURES, 'java-features.srx');
    expect(padanan(['segment', '--srx', srx, '--lang', 'en'], 'Mr. Smith came. He left.').stdout).toBe('Mr. Smith came.\nHe left.\n');
  });

  it('a bad SRX file: exit 2, a message naming the rule on stderr, nothing on stdout', () => {
    const r = padanan(['segment', '--srx', join(FIXTURES, 'bad-regex.srx')], 'Satu. Dua.');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/rule 2 of language rule "Indonesian" has a beforebreak pattern/);
    const notXml = padanan(['segment', '--srx', join(FIXTURES, 'not-xml.srx')], 'Satu.');
    expect(notXml.code).toBe(2);
    expect(notXml.stderr).toMatch(/not a readable SRX file/);
  });

  it('usage errors exit 2: unknown language without --srx, two files, missing file', () => {
    expect(padanan(['segment', '--lang', 'fr'], 'x').code).toBe(2);
    const two = padanan(['segment', 'a', 'b']);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/usage: padanan segment/);
    const missing = padanan(['segment', join(dir, 'tidak-ada.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });

  it('segments the gold corpus text the same way as the library', () => {
    const text = readFileSync(join(REPO_ROOT, 'test/fixtures/segmentation/gold/berita.txt'), 'utf8');
    const r = padanan(['segment'], text);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toContain('Tersangka berinisial A.S. (34) ditangkap di rumahnya di Jl. Kemang Raya No. 12.');
  });
});
