import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportTmx } from '../../core/formats/tmx';
import { REPO_ROOT, runPadanan } from '../support/cli';

const padanan = (args: string[]) => runPadanan(args, { cwd: REPO_ROOT, timeout: 60_000 });

describe('padanan stats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'padanan-stats-'));
  const text = join(dir, 'berita.txt');
  // 4 segments, 16 words; the second is a repetition of the first.
  writeFileSync(text, 'Harga beras naik tajam.\nHarga beras naik tajam.\nCuaca cerah hari ini.\nKorea Utara menembakkan rudal.\n');
  const tmx = join(dir, 'memori.tmx');
  writeFileSync(
    tmx,
    exportTmx([
      { source: 'Harga beras naik tajam.', target: 'Rice prices rose sharply.' },
      { source: 'Cuaca cerah hari ini!', target: 'Sunny today!' },
      { source: 'Presiden meresmikan bendungan.', target: 'The president opened a dam.' },
    ]),
  );

  it('counts segments, words and repetitions without a TM', () => {
    const r = padanan(['stats', text]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Segments:    4');
    expect(r.stdout).toContain('Words:       16');
    expect(r.stdout).toContain('Analysis (no TM given)');
    expect(r.stdout).toMatch(/Repetitions\s+1\s+4/);
    expect(r.stdout).toMatch(/No match\s+3\s+12/);
  });

  it('bands the unique segments by their best match in the TMX given with --tm', () => {
    const r = padanan(['stats', '--tm', tmx, '--json', text]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const analysis = JSON.parse(r.stdout);
    expect(analysis).toMatchObject({ segments: 4, words: 16, repetitions: { segments: 1, words: 4 } });
    expect(analysis.bands['100']).toEqual({ segments: 1, words: 4 });
    expect(analysis.bands['95-99']).toEqual({ segments: 1, words: 4 });
    expect(analysis.bands.none).toEqual({ segments: 1, words: 4 });
    const table = padanan(['stats', '--tm', tmx, text]).stdout;
    expect(table).toContain('TM analysis');
    expect(table).toMatch(/100%\s+1\s+4/);
  });

  it('fails with status 2 and a message for a TMX that is not one, and for a missing file', () => {
    const bad = join(dir, 'bukan.tmx');
    writeFileSync(bad, '<html><body>bukan memori</body></html>');
    const r = padanan(['stats', '--tm', bad, text]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('is not a TMX file');
    const missing = padanan(['stats', join(dir, 'tidak-ada.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    expect(padanan(['stats']).code).toBe(2);
  });
});
