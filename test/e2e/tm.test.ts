import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportTmx, type TmxUnitInput } from '../../core/formats/tmx';
import {
  chooseInterfaceLanguage,
  createProject,
  exportAs,
  importThroughButton,
  isFocused,
  languageSelect,
  openApp,
  REPO_ROOT,
  skipBecause,
  storeCounts,
  translationBox,
  useE2EApp,
  waitUntil,
  type FileInput,
} from './harness';

const VALIDATE = resolve(REPO_ROOT, '../shared/validators/validate.sh');

const MEMORY: TmxUnitInput[] = [
  { source: 'Harga beras naik tajam menjelang Lebaran.', target: 'Rice prices rose sharply ahead of Eid.' },
  { source: 'Korea Utara akan menanggung konsekuensi jika memasok senjata ke Rusia.', target: 'North Korea will face consequences if it supplies weapons to Russia.' },
  { source: 'Cuaca hari ini cerah.', target: 'The weather is sunny today.' },
];

/** A TMX of `count` filler units (plus MEMORY): large enough for the progress bar to be seen. */
function tmxFile(name: string, count = 0, units: TmxUnitInput[] = MEMORY): FileInput {
  const filler = Array.from({ length: count }, (_, i) => ({ source: `Kalimat pengisi nomor ${i} tentang pasar.`, target: `Filler sentence number ${i} about the market.` }));
  return { name, buffer: Buffer.from(exportTmx([...units, ...filler], { now: 0 })) };
}

const DOCUMENT: FileInput = {
  name: 'pasar.txt',
  buffer: Buffer.from('Harga beras naik tajam menjelang Natal.\n\nCuaca hari ini cerah.\n\nHarga beras naik tajam menjelang Natal.\n'),
};

async function importTmx(page: Page, file: FileInput): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import TMX', exact: true }).click()]);
  await chooser.setFiles({ name: file.name, mimeType: 'application/x-tmx+xml', buffer: file.buffer });
}

function statusText(page: Page) {
  return page.getByRole('status').first().textContent();
}

describe('translation memory: TMX import, matches, concordance, TMX export', () => {
  const app = useE2EApp();

  it('imports a TMX with a progress bar, then offers fuzzy matches with a diff, inserted with Ctrl+Alt+1', async () => {
    const { page } = app;
    await openApp(app);
    await createProject(page, 'Pasar');
    await importTmx(page, tmxFile('memori.tmx', 30_000));
    const bar = page.getByRole('progressbar', { name: 'TMX import progress' });
    await bar.waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: 'Cancel import' }).isVisible()).toBe(true);
    await expect.poll(() => statusText(page), { timeout: 60_000 }).toContain('30,003 units added');
    expect(await bar.count()).toBe(0);
    expect((await storeCounts(page)).tmUnits).toBe(30_003);

    // Importing the same file again adds nothing.
    await importTmx(page, tmxFile('memori.tmx', 30_000));
    await expect.poll(() => statusText(page), { timeout: 60_000 }).toContain('30,003 units were already there');
    expect((await storeCounts(page)).tmUnits).toBe(30_003);

    await importThroughButton(page, DOCUMENT);
    const box1 = translationBox(page, 1);
    await box1.waitFor({ state: 'visible', timeout: 30_000 });
    const panel = page.getByRole('region', { name: 'Translation memory matches' });
    const insert1 = panel.getByRole('button', { name: 'Insert match 1', exact: true });
    await insert1.waitFor({ state: 'visible', timeout: 30_000 });
    const first = panel.getByRole('listitem').first();
    expect(await first.textContent()).toContain('Rice prices rose sharply ahead of Eid.');
    expect(await first.textContent()).toMatch(/\b(8\d|9\d)%/);
    // The diff against the current source: Lebaran only in the memory, Natal only in this segment.
    expect(await first.locator('del').allTextContents()).toEqual(['Lebaran']);
    expect(await first.locator('ins').allTextContents()).toEqual(['Natal']);

    await box1.click();
    await page.keyboard.press('Control+Alt+1');
    await expect.poll(() => box1.inputValue()).toBe('Rice prices rose sharply ahead of Eid.');
    await box1.fill('Rice prices rose sharply ahead of Christmas.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => isFocused(translationBox(page, 2))).toBe(true);

    // Segment 2: an exact match, inserted with a click.
    await panel.getByRole('listitem').filter({ hasText: 'The weather is sunny today.' }).getByText('100%').waitFor();
    await panel.getByRole('button', { name: 'Insert match 1', exact: true }).click();
    await expect.poll(() => translationBox(page, 2).inputValue()).toBe('The weather is sunny today.');

    // Segment 3 repeats segment 1: the translation confirmed a moment ago is the 100% match.
    await translationBox(page, 3).click();
    await panel.getByRole('listitem').filter({ hasText: 'ahead of Christmas' }).getByText('100%').waitFor({ timeout: 15_000 });

    // Concordance over sources and targets.
    const search = panel.getByRole('searchbox', { name: 'Search translation memory' });
    await search.fill('senjata ke rus');
    await expect.poll(() => panel.getByRole('list', { name: /containing/ }).textContent()).toContain('North Korea will face consequences');
    await search.fill('north korea');
    await expect.poll(() => panel.getByRole('list', { name: /containing/ }).textContent()).toContain('Korea Utara akan menanggung');
    await panel.getByRole('button', { name: 'Insert translation of result 1' }).click();
    await expect.poll(() => translationBox(page, 3).inputValue()).toContain('North Korea will face consequences');
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses hostile and broken TMX files with a translated alert, storing nothing', async () => {
    const { page } = app;
    await openApp(app);
    await createProject(page, 'Aman');
    const laughs = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
        '<tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>&c;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>',
    );
    await importTmx(page, { name: 'tawa.tmx', buffer: laughs });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('tawa.tmx');
    expect(await alert.textContent()).toContain('refuses');

    // Cut short after thousands of units: the units already written are removed again.
    const whole = tmxFile('potong.tmx', 20_000).buffer;
    await importTmx(page, { name: 'potong.tmx', buffer: whole.subarray(0, Math.floor(whole.length * 0.9)) });
    await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toContain('potong.tmx');
    expect(await alert.textContent()).toMatch(/not well-formed|cut short/);
    await expect.poll(async () => (await storeCounts(page)).tmImports).toBe(0);
    expect((await storeCounts(page)).tmUnits).toBe(0);

    // The Indonesian interface says it in Indonesian.
    await chooseInterfaceLanguage(languageSelect(page), 'Bahasa Indonesia');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Impor TMX', exact: true }).click()]);
    await chooser.setFiles({ name: 'bukan.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from('<html><body>bukan</body></html>') });
    await expect.poll(() => alert.textContent()).toContain('bukan berkas TMX');
    expect((await storeCounts(page)).tmUnits).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('cancels a running import and removes what it had added', async () => {
    const { page } = app;
    await openApp(app);
    await createProject(page, 'Batal');
    await importTmx(page, tmxFile('besar.tmx', 150_000));
    await page.getByRole('progressbar', { name: 'TMX import progress' }).waitFor({ state: 'visible' });
    await waitUntil(async () => ((await storeCounts(page)).tmUnits ?? 0) >= 10_000, 'the import to store some units', 60_000);
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await expect.poll(() => statusText(page), { timeout: 60_000 }).toContain('cancelled; nothing was added');
    const counts = await storeCounts(page);
    expect(counts.tmUnits).toBe(0);
    expect(counts.tmImports).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('exports the project’s confirmed segments as TMX 1.4b', async () => {
    const { page } = app;
    await openApp(app);
    await createProject(page, 'Ekspor TM');
    await importThroughButton(page, DOCUMENT);
    await translationBox(page, 1).waitFor({ state: 'visible', timeout: 30_000 });
    await translationBox(page, 1).click();
    await page.keyboard.type('Rice prices rose sharply ahead of Christmas.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => isFocused(translationBox(page, 2))).toBe(true);
    await page.keyboard.type('The weather & the "sky" are <clear>.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => isFocused(translationBox(page, 3))).toBe(true);

    const file = await exportAs(page, 'TMX');
    expect(file.suggestedFilename).toBe('Ekspor TM.tmx');
    expect(file.text).toContain('<tmx version="1.4">');
    expect(file.text).toContain('<seg>Rice prices rose sharply ahead of Christmas.</seg>');
    expect(file.text).toContain('<seg>The weather &amp; the "sky" are &lt;clear&gt;.</seg>');
    // Segment 3 is not confirmed: one unit per confirmed pair.
    expect(file.text.match(/<tu[ >]/g)).toHaveLength(2);
    if (!existsSync(VALIDATE)) {
      skipBecause(`${VALIDATE} is absent (no ../shared beside this clone): TMX DTD validation not run`);
      return;
    }
    const dir = await mkdtemp(join(tmpdir(), 'padanan-tm-e2e-'));
    const path = join(dir, 'ekspor.tmx');
    await writeFile(path, file.bytes);
    const result = spawnSync(VALIDATE, ['tmx', path], { encoding: 'utf8' });
    if (result.status === 2) {
      skipBecause(`validate.sh could not run (${result.stderr.trim()})`);
      return;
    }
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
