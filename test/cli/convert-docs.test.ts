import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, showTags } from '../core/formats/xliffHelpers';
import { runPadanan } from '../support/cli';
import { codecForFile } from '../../core/formats/registry';
import { importReviewDocx } from '../../core/formats/bilingualDocx';
import { parseCsv } from '../../core/formats/csv';
import { hasTags } from '../../core/formats/inlineTags';
import { exportTmx } from '../../core/formats/tmx';
import { createDefaultSegmenter } from '../../core/segment/index';

/**
 * `padanan convert` to the document outputs (docx-bilingual, csv, txt, docx, md, html): each run
 * exits 0 with a file that Padanan's own readers open; a bad input or a wrong --to exits 2 and
 * leaves the output path as it was. (XLIFF and TMX outputs: test/cli/convert.test.ts.)
 */
const segmenter = createDefaultSegmenter();
let dir: string;

const padanan = (...args: string[]) => runPadanan(args, { cwd: dir });

const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const read = (name: string) => codecForFile(name)!.read(bytes(name), { fileName: name, segmenter });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'padanan-convert-docs-'));
  copyFileSync(join(FIXTURES, 'docx/berita.docx'), join(dir, 'berita.docx'));
  copyFileSync(join(FIXTURES, 'md/berita.md'), join(dir, 'berita.md'));
  copyFileSync(join(FIXTURES, 'html/berita.html'), join(dir, 'berita.html'));
  copyFileSync(join(FIXTURES, 'xliff12/agency-multi.xlf'), join(dir, 'agency.xlf'));
  writeFileSync(join(dir, 'cuaca.txt'), 'Cuaca hari ini cerah.\n\nAngin bertiup pelan.\n');
  writeFileSync(join(dir, 'tm.tmx'), exportTmx([{ source: 'Rusia mencari amunisi.', target: 'Russia is looking for ammunition.' }]));
  // A DOCX cut short, as from an interrupted download.
  writeFileSync(join(dir, 'broken.docx'), readFileSync(join(FIXTURES, 'docx/berita.docx')).subarray(0, 2000));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('padanan convert to document outputs', () => {
  it('writes the bilingual review table, which re-imports with every segment and no change', () => {
    const r = padanan('convert', 'berita.docx', '--to', 'docx-bilingual', '-o', 'berita.review.docx');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('berita.review.docx (docx-bilingual, 16 segments)');
    const segments = read('berita.docx').segments;
    const back = importReviewDocx(bytes('berita.review.docx'), segments, { fileName: 'berita.review.docx' });
    expect(back.changes).toEqual([]);
    expect(back.summary).toMatchObject({ rows: 16, unchanged: 16, unknownIds: [], missingIds: [] });
  });

  it('writes the bilingual CSV with one row per segment and tags as placeholders', () => {
    const r = padanan('convert', 'berita.docx', '--to', 'csv', '-o', 'berita.csv');
    expect(r.code, r.stderr).toBe(0);
    const rows = parseCsv(readFileSync(join(dir, 'berita.csv'), 'utf8'));
    expect(rows[0]).toEqual(['id', 'source', 'target', 'status', 'note']);
    expect(rows).toHaveLength(17);
    expect(rows[3]).toEqual(['3', 'Kim Jong-un akan menanggung {1}konsekuensi{/1}.', '', 'new', '']);
  });

  it('writes plain text from a DOCX and from an XLIFF (its targets), without tag characters', () => {
    expect(padanan('convert', 'berita.docx', '--to', 'txt', '-o', 'berita.en.txt').code).toBe(0);
    const text = readFileSync(join(dir, 'berita.en.txt'), 'utf8');
    expect(hasTags(text)).toBe(false);
    expect(text).toContain('(5/9/2023). Kim Jong-un akan menanggung konsekuensi.\n');
    expect(text.startsWith('AS memperingatkan Kim Jong-un soal senjata untuk Rusia\n')).toBe(true);

    const r = padanan('convert', 'agency.xlf', '--to', 'txt', '-o', 'agency.txt');
    expect(r.code, r.stderr).toBe(0);
    const english = readFileSync(join(dir, 'agency.txt'), 'utf8');
    expect(english).toContain('North Korea & Russia strengthen military cooperation');
    expect(hasTags(english)).toBe(false);
  });

  it('writes the English DOCX, filled from the TM with --tm, that reads back with the same structure', () => {
    const r = padanan('convert', 'berita.docx', '--to', 'docx', '--tm', 'tm.tmx', '-o', 'berita.en.docx');
    expect(r.code, r.stderr).toBe(0);
    const original = read('berita.docx').segments.map((s) => showTags(s.source));
    const english = read('berita.en.docx').segments.map((s) => showTags(s.source));
    expect(english).toHaveLength(original.length);
    expect(english[6]).toBe('Russia is looking for ammunition.');
    expect(english.filter((s, i) => s !== original[i])).toEqual(['Russia is looking for ammunition.']);
  });

  it('writes Markdown and HTML sources back in their own format', () => {
    for (const name of ['berita.md', 'berita.html']) {
      const ext = name.split('.').pop()!;
      const out = `out.${ext}`;
      const r = padanan('convert', name, '--to', ext, '-o', out);
      expect(r.code, r.stderr).toBe(0);
      expect(read(out).segments.map((s) => showTags(s.source))).toEqual(read(name).segments.map((s) => showTags(s.source)));
    }
  });

  it('exits 2 and writes nothing for a wrong --to or a bad input', () => {
    writeFileSync(join(dir, 'keep.docx'), 'previous contents');
    const cases: [string[], RegExp][] = [
      [['cuaca.txt', '--to', 'docx'], /--to docx needs a docx source/],
      [['berita.docx', '--to', 'md'], /--to md needs a md source/],
      [['berita.docx', '--to', 'pdf'], /unknown output format "pdf"/],
      [['broken.docx', '--to', 'docx-bilingual'], /broken\.docx/],
      [['broken.docx', '--to', 'txt'], /broken\.docx/],
      [['missing.docx', '--to', 'csv'], /missing\.docx/],
      [['berita.pdf', '--to', 'csv'], /cannot read "berita\.pdf"/],
    ];
    for (const [i, [args, message]] of cases.entries()) {
      // An existing output stays as it was (checked for the failures of reading and of writing).
      for (const out of i === 0 || i === 3 ? ['keep.docx', 'new-output.docx'] : ['new-output.docx']) {
        const r = padanan('convert', ...args, '-o', out);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stdout).toBe('');
      }
      expect(readFileSync(join(dir, 'keep.docx'), 'utf8')).toBe('previous contents');
      expect(existsSync(join(dir, 'new-output.docx'))).toBe(false);
    }
  });
});
