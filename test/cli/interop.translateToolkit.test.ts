import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportTmx } from '../../core/formats/tmx';
import { PADANAN_BIN as BIN } from '../support/cli';

// translate-toolkit (Debian) is a second, independent reader of our XLIFF 1.2 and TMX.
const hasToolkit = spawnSync('xliff2po', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasToolkit) console.log('translate-toolkit interop tests skipped: xliff2po/pocount not installed (apt-get install translate-toolkit)');

let dir: string;
const run = (command: string, ...args: string[]) => spawnSync(command, args, { encoding: 'utf8', cwd: dir });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'padanan-ttk-'));
  writeFileSync(join(dir, 'berita.txt'), 'Presiden tiba di Jakarta. Ia disambut warga.\n\nHarga beras naik tajam.\n');
  writeFileSync(
    join(dir, 'memori.tmx'),
    exportTmx([
      { source: 'Presiden tiba di Jakarta.', target: 'The president arrived in Jakarta.' },
      { source: 'Harga beras naik tajam.', target: 'Rice prices rose sharply.' },
    ]),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(hasToolkit)('translate-toolkit reads Padanan files', () => {
  it('xliff2po sees every segment and the pre-translated targets of our XLIFF 1.2', () => {
    expect(run(BIN, 'convert', 'berita.txt', '--to', 'xliff12', '--tm', 'memori.tmx', '-o', 'berita.xlf').status).toBe(0);
    const converted = run('xliff2po', 'berita.xlf', 'berita.po');
    expect(converted.status, converted.stderr).toBe(0);
    const po = readFileSync(join(dir, 'berita.po'), 'utf8');
    expect(po).toContain('msgid "Presiden tiba di Jakarta."\nmsgstr "The president arrived in Jakarta."');
    expect(po).toContain('msgid "Ia disambut warga."\nmsgstr ""');
    expect(po).toContain('msgid "Harga beras naik tajam."\nmsgstr "Rice prices rose sharply."');
  });

  it('pocount counts the units and words of our TMX', () => {
    expect(run(BIN, 'convert', 'berita.xlf', '--to', 'tmx', '-o', 'hasil.tmx').status).toBe(0);
    const counted = run('pocount', '--csv', 'hasil.tmx');
    expect(counted.status, counted.stderr).toBe(0);
    // CSV columns: Filename, Translated Messages, Translated Source Words, Translated Target Words, Fuzzy Messages, …
    const row = counted.stdout.trim().split('\n').at(-1)!.split(',').map((cell) => cell.trim());
    expect(row.slice(1, 5)).toEqual(['2', '8', '9', '0']);
  });
});
