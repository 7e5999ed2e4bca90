/**
 * Split, join and re-segmentation at scale, measured through the UI in real Chromium (the web build
 * in dist-web/, or PADANAN_WEB_DIR). A generated TXT of N segments is imported with the project's
 * default rules, then it prints the time from the command to the grid showing the result for
 *   - splitting segment 1 (the worst case: every storage block after it is rewritten),
 *   - joining it back (Alt+Shift+J),
 *   - importing an SRX file and re-segmenting the whole document (preview, then the write),
 *   - exporting the document as XLIFF 1.2 and as the bilingual review table,
 * and for each, the UI thread's longest task meanwhile.
 * Usage: npx tsx test/bench/segmentEditing.bench.ts [segments=100000]   (after npm run build:web)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/serve-web.mjs';
import { checkPrerequisites, createProject, DIST_WEB, FIXTURES, importButton, launchChromium, translationBox } from '../e2e/browser';

const SEGMENTS = Number(process.argv[2] ?? 100_000);

await main();

async function main(): Promise<void> {
  checkPrerequisites();
  const workDir = await mkdtemp(join(tmpdir(), 'padanan-segedit-bench-'));
  const server = await startStaticServer({ root: DIST_WEB, port: 0 });
  const browser = await launchChromium();
  try {
    const file = join(workDir, `rapat-${SEGMENTS}.txt`);
    const text = generateDocument(SEGMENTS);
    await writeFile(file, text);
    console.log(`document: ${SEGMENTS.toLocaleString('en')} segments, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(300_000);
    await context.addInitScript('globalThis.__name = globalThis.__name || ((target) => target);');
    await context.addInitScript(longTaskProbe());
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(server.url);
    await createProject(page, 'Bench');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importButton(page).click()]);
    const importStart = Date.now();
    await chooser.setFiles(file);
    await translationBox(page, 1).waitFor({ state: 'visible' });
    console.log(`import: first segment editable after ${Date.now() - importStart} ms`);
    const total = await rowCount(page);

    // --- split segment 1 (every block after it moves)
    const first = await sourceOf(page, 1);
    await translationBox(page, 1).click();
    await page.keyboard.press('Alt+Shift+S');
    const dialog = page.getByRole('dialog', { name: 'Split segment 1' });
    await dialog.waitFor({ state: 'visible' });
    let start = await resetLongTasks(page);
    await page.keyboard.press('Enter');
    await until(async () => (await rowCount(page)) === total + 1 && (await sourceOf(page, 1)) !== first);
    await report(page, 'split segment 1: grid shows both parts', Date.now() - start);

    // --- join it back
    await translationBox(page, 1).click();
    start = await resetLongTasks(page);
    await page.keyboard.press('Alt+Shift+J');
    await until(async () => (await rowCount(page)) === total && (await sourceOf(page, 1)) === first);
    await report(page, 'join segment 1 with 2: grid shows the joined segment', Date.now() - start);

    // --- re-segment with imported rules
    const [srxChooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import segmentation rules (SRX)', exact: true }).click(),
    ]);
    await srxChooser.setFiles(resolve(FIXTURES, 'aturan-rapat.srx'));
    await page.getByText('In force: “aturan-rapat.srx”').waitFor({ state: 'visible' });
    start = await resetLongTasks(page);
    await page.getByRole('button', { name: 'Re-segment document', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: /^Re-segment / });
    await confirm.waitFor({ state: 'visible' });
    await report(page, 're-segment: preview ready (dry run over the whole document)', Date.now() - start);
    start = await resetLongTasks(page);
    await confirm.getByRole('button', { name: 'Re-segment', exact: true }).click();
    await until(async () => (await sourceOf(page, 2)) === 'Semua hadir;');
    await report(page, 're-segment: written and shown', Date.now() - start);

    // --- exports of the whole document, built in a worker from what is stored
    for (const format of ['XLIFF 1.2', 'Bilingual review (DOCX)']) {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      start = await resetLongTasks(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: format, exact: true }).click()]);
      await download.path();
      await report(page, `export ${format}: file saved`, Date.now() - start);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Three segments per line with the default rules (a false break after "Dirut."), three with aturan-rapat.srx. */
function generateDocument(segments: number): string {
  const places = ['Jakarta', 'Bandung', 'Surabaya', 'Medan', 'Makassar', 'Denpasar', 'Palembang', 'Ambon'];
  const lines: string[] = [];
  for (let i = 0; i * 3 < segments; i++) {
    lines.push(`Rapat ke-${i + 1} dipimpin Dirut. Ahmad Santoso di ${places[i % 8]}. Semua hadir; dua absen.`);
  }
  return lines.join('\n') + '\n';
}

async function rowCount(page: Page): Promise<number> {
  return page.getByRole('grid').first().evaluate((grid) => Number(grid.getAttribute('aria-rowcount')) - 1);
}

async function sourceOf(page: Page, n: number): Promise<string> {
  const row = page.getByRole('row').filter({ has: translationBox(page, n) });
  if ((await row.count()) === 0) return '';
  return (await row.locator('.cell-source').textContent()) ?? '';
}

async function until(condition: () => Promise<boolean>, timeoutMs = 300_000): Promise<void> {
  const startedAt = Date.now();
  for (;;) {
    if (await condition()) return;
    if (Date.now() - startedAt > timeoutMs) throw new Error(`gave up after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Records the UI thread's long tasks (Chromium's Long Tasks API: any task over 50 ms), so each
 * command also prints the longest time the page could not answer input while it ran.
 */
function longTaskProbe(): string {
  return `
    globalThis.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) globalThis.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  `;
}

async function resetLongTasks(page: Page): Promise<number> {
  await page.evaluate('globalThis.__longTasks.length = 0');
  return Date.now();
}

async function report(page: Page, what: string, ms: number): Promise<void> {
  const tasks = (await page.evaluate('globalThis.__longTasks.slice()')) as number[];
  const longest = tasks.length ? Math.max(...tasks) : 0;
  console.log(`${what}: ${ms.toLocaleString('en')} ms; UI thread: longest task ${Math.round(longest)} ms, ${tasks.length} over 50 ms`);
}
