import { describe, expect, it } from 'vitest';
import {
  fixtureFile,
  isFocused,
  openApp,
  progressOf,
  segmentGrid,
  segmentRow,
  segmentStatus,
  segmentTotal,
  startWithDocument,
  translationBox,
  translationBoxes,
  translationProgress,
  useE2EApp,
  waitForAppReady,
} from './harness';

const SEGMENT_1_EN = 'Floods submerged hundreds of houses in Bandung Regency on Monday (4/3/2024).';
const SEGMENT_2_EN = 'Residents began evacuating to the village hall in the morning.';

describe('editor: translate, confirm, come back', () => {
  const app = useE2EApp();

  it('shows an imported TXT document as segments in a grid, source beside an empty English draft', async () => {
    const { page } = app;
    await startWithDocument(app, 'Berita banjir', await fixtureFile('berita-banjir.txt'));

    await segmentGrid(page).waitFor({ state: 'visible' });
    // Seven sentences in four paragraphs; a small document renders every row.
    await expect.poll(() => translationBoxes(page).count()).toBe(7);
    expect(await segmentTotal(page)).toBe(7);
    expect(await segmentRow(page, 1).textContent()).toContain('Banjir merendam ratusan rumah di Kabupaten Bandung');
    expect(await segmentRow(page, 2).textContent()).toContain('Warga mulai mengungsi ke balai desa');
    // Paragraphs are hard boundaries and "Dr." does not end a sentence.
    expect(await segmentRow(page, 3).textContent()).toContain('Dr. Dani Ramdan, mengatakan');
    expect(await segmentRow(page, 7).textContent()).toContain('Pemerintah daerah meminta warga');
    for (let n = 1; n <= 7; n++) expect(await translationBox(page, n).inputValue()).toBe('');
    expect(app.pageErrors).toEqual([]);
  });

  it('Ctrl+Enter confirms the segment, focuses the next one and updates the progress bar', async () => {
    const { page } = app;
    await startWithDocument(app, 'Berita banjir', await fixtureFile('berita-banjir.txt'));
    const bar = translationProgress(page);
    await bar.waitFor({ state: 'visible' });
    const before = await progressOf(bar);
    expect(before.now).toBe(0);

    await translationBox(page, 1).click();
    await page.keyboard.type(SEGMENT_1_EN);
    await page.keyboard.press('Control+Enter');

    await expect.poll(() => isFocused(translationBox(page, 2))).toBe(true);
    await expect.poll(async () => (await progressOf(bar)).now).toBeGreaterThan(0);
    const afterOne = await progressOf(bar);
    expect(afterOne.now).toBeLessThan(afterOne.max);
    expect(await segmentStatus(page, 1)).toBe('Translated');
    expect(await translationBox(page, 1).inputValue()).toBe(SEGMENT_1_EN);

    // The "Confirm segment" button does the same as Ctrl+Enter.
    await page.keyboard.type(SEGMENT_2_EN);
    const inRow = segmentRow(page, 2).getByRole('button', { name: 'Confirm segment', exact: true });
    const confirm = (await inRow.count()) > 0 ? inRow : page.getByRole('button', { name: 'Confirm segment', exact: true });
    await confirm.first().click();
    await expect.poll(async () => (await progressOf(bar)).now).toBeGreaterThan(afterOne.now);
    expect(await segmentStatus(page, 2)).toBe('Translated');
    expect(await translationBox(page, 3).inputValue()).toBe('');
    expect(app.pageErrors).toEqual([]);
  });

  it('after a reload returns to the same project, document and segment with exactly what was typed', async () => {
    const { page } = app;
    await startWithDocument(app, 'Berita banjir', await fixtureFile('berita-banjir.txt'));
    await translationBox(page, 1).click();
    await page.keyboard.type(SEGMENT_1_EN);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => isFocused(translationBox(page, 2))).toBe(true);
    await expect.poll(() => segmentStatus(page, 1)).toBe('Translated');
    // The last keystrokes go in right before the reload, with no pause for a debounce.
    await page.keyboard.type('Residents began evacu');
    await page.reload();
    await waitForAppReady(page);

    await translationBox(page, 2).waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.getByText('Berita banjir').count()).toBeGreaterThan(0);
    expect(await page.getByText('berita-banjir.txt').count()).toBeGreaterThan(0);
    expect(await translationBox(page, 1).inputValue()).toBe(SEGMENT_1_EN);
    expect(await translationBox(page, 2).inputValue()).toBe('Residents began evacu');
    await expect.poll(() => isFocused(translationBox(page, 2))).toBe(true);
    expect(await segmentStatus(page, 1)).toBe('Translated');
    expect(await segmentStatus(page, 2)).toBe('Draft');
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps a confirmation made right before a reload (Ctrl+Enter is a keystroke too)', async () => {
    const { page } = app;
    await startWithDocument(app, 'Berita banjir', await fixtureFile('berita-banjir.txt'));
    await translationBox(page, 1).click();
    await page.keyboard.type(SEGMENT_1_EN);
    await page.keyboard.press('Control+Enter');
    await page.reload();
    await waitForAppReady(page);
    await translationBox(page, 1).waitFor({ state: 'visible', timeout: 20_000 });
    expect(await translationBox(page, 1).inputValue()).toBe(SEGMENT_1_EN);
    expect(await segmentStatus(page, 1)).toBe('Translated');
    await expect.poll(async () => (await progressOf(translationProgress(page))).now).toBe(1);
  });

  it('keeps what was typed when the page crashes right after typing', async () => {
    const { page, context } = app;
    await startWithDocument(app, 'Berita banjir', await fixtureFile('berita-banjir.txt'));
    // Opened beforehand so that the crash follows the last keystroke at once. A crash runs no
    // unload handlers: only what the app stored while typing survives.
    const cdp = await context.newCDPSession(page);
    await translationBox(page, 1).click();
    await page.keyboard.type('Floods submerged hundreds');
    const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
    void cdp.send('Page.crash').catch(() => undefined); // never answers: the page is gone
    await Promise.race([crashed, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await page.close().catch(() => undefined);

    const reopened = await context.newPage();
    await reopened.goto(app.url);
    await waitForAppReady(reopened);
    await translationBox(reopened, 1).waitFor({ state: 'visible', timeout: 20_000 });
    expect(await translationBox(reopened, 1).inputValue()).toBe('Floods submerged hundreds');
    await expect.poll(() => isFocused(translationBox(reopened, 1))).toBe(true);
  });

  it('opens on an empty start screen in a fresh browser profile', async () => {
    const { page } = app;
    await openApp(app);
    expect(await translationBoxes(page).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
