import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createProject,
  dropFile,
  fileFromPath,
  fixtureFile,
  importThroughButton,
  openApp,
  segmentRow,
  segmentTotal,
  SHARED_SAMPLE,
  skipBecause,
  startWithDocument,
  storeCounts,
  translationBox,
  translationBoxes,
  useE2EApp,
  type FileInput,
} from './harness';

describe('import: button, drag and drop, the reference article, bad files', () => {
  const app = useE2EApp();

  it('imports a Markdown file: headings and list items become their own segments, without markup', async () => {
    const { page } = app;
    await startWithDocument(app, 'Rapat', await fixtureFile('catatan-rapat.md'));
    await expect.poll(() => translationBoxes(page).count()).toBeGreaterThanOrEqual(6);
    const first = (await segmentRow(page, 1).textContent()) ?? '';
    expect(first).toContain('Catatan rapat redaksi');
    expect(first).not.toContain('#');
    const all = (await page.getByRole('row').allTextContents()).join('\n');
    expect(all).toContain('Liputan pemilu diperluas ke tiga provinsi.');
    expect(all).toContain('Rapat berikutnya diadakan pada Selasa (12/3/2024).');
    expect(all).not.toMatch(/^\s*- Liputan/m);
    expect(app.pageErrors).toEqual([]);
  });

  it('imports a file dropped on the window', async () => {
    const { page } = app;
    await openApp(app);
    await createProject(page, 'Seret dan lepas');
    await dropFile(page, await fixtureFile('cuaca.txt'));
    await translationBox(page, 1).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await segmentRow(page, 1).textContent()).toContain('Cuaca hari ini cerah.');
    expect(await segmentRow(page, 2).textContent()).toContain('Angin bertiup pelan dari arah barat.');
    expect(await page.getByText('cuaca.txt').count()).toBeGreaterThan(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('imports a second document into the same project and lists both', async () => {
    const { page } = app;
    await startWithDocument(app, 'Dua dokumen', await fixtureFile('berita-banjir.txt'));
    await importThroughButton(page, await fixtureFile('cuaca.txt'));
    await expect.poll(async () => (await storeCounts(page)).documents).toBe(2);
    await expect.poll(() => page.getByText('cuaca.txt').count()).toBeGreaterThan(0);
    expect(await page.getByText('berita-banjir.txt').count()).toBeGreaterThan(0);
  });

  it('handles the reference article (berita-korut-rusia.txt) end to end', async () => {
    if (!existsSync(SHARED_SAMPLE)) {
      skipBecause(`${SHARED_SAMPLE} is absent (it lives in ../shared beside the team's work tree)`);
      return;
    }
    const { page } = app;
    await startWithDocument(app, 'Korut dan Rusia', await fileFromPath(SHARED_SAMPLE));
    const rows = (await page.getByRole('row').allTextContents()).join('\n');
    // "(AS)" and the date "(5/9/2023)" sit inside one sentence: no break at either.
    expect(rows).toContain('kata seorang pejabat Amerika Serikat (AS) pada Selasa (5/9/2023) dan memperingatkan');
    expect(rows).toContain('Kim Jong-un');
    expect(await segmentTotal(page)).toBeGreaterThanOrEqual(12);
    await translationBox(page, 1).click();
    await page.keyboard.type('The US warned Kim Jong-un.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => translationBox(page, 2).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses a bad file dropped on a project that has no documents yet, and stores nothing', async () => {
    const { page } = app;
    await openApp(app);
    await createProject(page, 'Kosong');
    const before = pickContentStores(await storeCounts(page));
    await dropFile(page, { name: 'sampah.txt', buffer: Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x41]) });
    const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
    await alert.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await alert.textContent()).toContain('sampah.txt');
    await page.waitForTimeout(500);
    expect(pickContentStores(await storeCounts(page))).toEqual(before);
    expect(before.documents ?? 0).toBe(0);
    expect(await translationBoxes(page).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  describe('a bad file shows a clear alert and changes nothing', () => {
    const badFiles: Array<[string, FileInput]> = [
      ['binary junk', { name: 'foto.txt', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0x00, 0x12]) }],
      ['an empty file', { name: 'kosong.txt', buffer: Buffer.alloc(0) }],
      [
        'undecodable text (UTF-8 byte-order mark, then invalid UTF-8)',
        { name: 'rusak.txt', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Berita hari ini '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1])]) },
      ],
      ['an unsupported extension', { name: 'laporan.xyz', buffer: Buffer.from('Ini teks biasa dalam berkas yang tidak dikenal.') }],
    ];

    it.each(badFiles)('%s', async (_what, bad) => {
      const { page } = app;
      await startWithDocument(app, 'Tetap utuh', await fixtureFile('cuaca.txt'));
      await translationBox(page, 1).fill('The weather is sunny today.');
      await expect.poll(async () => (await storeCounts(page)).documents).toBe(1);
      const before = pickContentStores(await storeCounts(page));
      const rowsBefore = await page.getByRole('row').allTextContents();

      await importThroughButton(page, bad);

      const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
      await alert.waitFor({ state: 'visible', timeout: 15_000 });
      const message = (await alert.textContent()) ?? '';
      // A clear message names the file it is about.
      expect(message).toContain(bad.name);
      // Give a half-finished import time to show itself before checking that nothing changed.
      await page.waitForTimeout(500);
      expect(pickContentStores(await storeCounts(page))).toEqual(before);
      expect(await page.getByRole('row').allTextContents()).toEqual(rowsBefore);
      expect(await translationBox(page, 1).inputValue()).toBe('The weather is sunny today.');
      expect(app.pageErrors).toEqual([]);
    });
  });
});

/** The stores an import writes to; settings and revisions may legitimately change meanwhile. */
function pickContentStores(counts: Record<string, number>): Record<string, number | undefined> {
  return { projects: counts.projects, documents: counts.documents, segmentBlocks: counts.segmentBlocks };
}
