/**
 * Driving the built web app (dist-web/) in Debian's Chromium through playwright-core, the way a
 * screen-reader user would (roles and accessible names from the UI contract in product.md).
 * No Vitest here, so the browser benches can use it too; harness.ts adds the test hooks.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Download, type Locator, type Page } from 'playwright-core';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The web build under test; PADANAN_WEB_DIR points elsewhere (e.g. a private build while others rebuild dist-web). */
export const DIST_WEB = resolve(REPO_ROOT, process.env.PADANAN_WEB_DIR || 'dist-web');
export const FIXTURES = resolve(REPO_ROOT, 'test/fixtures/e2e');
/** The product's reference article; only present beside the team's work tree, not in a user's clone. */
export const SHARED_SAMPLE = resolve(REPO_ROOT, '../shared/samples/berita-korut-rusia.txt');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** Polls until `condition` is true; throws naming what it waited for. */
export async function waitUntil(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Throws a message that says what to do, instead of a timeout deep inside a test. */
export function checkPrerequisites(): void {
  if (!existsSync(resolve(DIST_WEB, 'index.html'))) {
    throw new Error(
      `The web build is missing (${resolve(DIST_WEB, 'index.html')}). ` +
        'Run "npm run build:web" first ("npm test" does it for you).',
    );
  }
  if (!existsSync(chromiumPath())) {
    throw new Error(
      `Chromium was not found at ${chromiumPath()}. Install it ("apt-get install chromium" on Debian; ` +
        '.ci/run does this) or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
}

export interface FileInput {
  name: string;
  mimeType?: string;
  buffer: Buffer;
}

// ---------------------------------------------------------------------------------------------
// Locators, by role and accessible name (UI contract)
// ---------------------------------------------------------------------------------------------

export function translationBox(page: Page, n: number): Locator {
  return page.getByRole('textbox', { name: `Translation of segment ${n}`, exact: true });
}

/** All segment translation boxes currently rendered (the grid is virtualised). */
export function translationBoxes(page: Page): Locator {
  return page.getByRole('textbox', { name: /^Translation of segment \d+$/ });
}

/** The grid row that holds segment n's translation box (the source text is in the same row). */
export function segmentRow(page: Page, n: number): Locator {
  return page.getByRole('row').filter({ has: translationBox(page, n) });
}

export function segmentGrid(page: Page): Locator {
  return page.getByRole('grid').or(page.getByRole('table')).first();
}

/** The editor's progress bar (translated / total segments); the import has its own progress bar. */
export function translationProgress(page: Page): Locator {
  return page.getByRole('progressbar', { name: 'Translation progress', exact: true });
}

/**
 * Segment n's status as shown: the selected option of its status combobox ("Status of segment n"),
 * or what the row announces when the status is not a combobox.
 */
export async function segmentStatus(page: Page, n: number): Promise<string> {
  const control = page.getByRole('combobox', { name: `Status of segment ${n}`, exact: true });
  if ((await control.count()) === 0) return announcedText(segmentRow(page, n));
  return control.evaluate((el) =>
    el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.textContent ?? '') : (el.getAttribute('aria-valuetext') ?? el.textContent ?? ''),
  );
}

/**
 * How many segments the grid says it has: a virtualised grid renders only some rows, and tells
 * screen readers the total through aria-rowcount (header rows included).
 */
export async function segmentTotal(page: Page): Promise<number> {
  return segmentGrid(page).evaluate((grid) => {
    const declared = Number(grid.getAttribute('aria-rowcount'));
    const headerRows = Array.from(grid.querySelectorAll('[role="row"]')).filter((row) => row.querySelector('[role="columnheader"]')).length;
    const rendered = grid.querySelectorAll('[role="row"]').length;
    return (Number.isFinite(declared) && declared > 0 ? declared : rendered) - headerRows;
  });
}

export function importButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Import document', exact: true });
}

export function languageSelect(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Interface language', exact: true });
}

// ---------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------

export async function openApp(app: { page: Page; url: string }): Promise<void> {
  await app.page.goto(app.url);
  await waitForAppReady(app.page);
}

/** The shell is up when the language selector is rendered (useLiveQuery starts undefined). */
export async function waitForAppReady(page: Page): Promise<void> {
  await page.getByRole('combobox').first().waitFor({ state: 'visible', timeout: 20_000 });
}

/** Creates a project through the UI and waits until documents can be imported into it. */
export async function createProject(page: Page, name: string): Promise<void> {
  // Before the shell is up the name box is not there yet: do not mistake that for another page.
  await waitForAppReady(page);
  const nameBox = page.getByRole('textbox', { name: 'Project name', exact: true });
  if (!(await nameBox.isVisible())) await page.getByRole('button', { name: /^(new|create) project$/i }).first().click();
  await nameBox.waitFor({ state: 'visible' });
  await nameBox.fill(name);
  await nameBox.press('Enter');
  await waitUntil(async () => (await importButton(page).count()) > 0 && importButton(page).isEnabled(), 'the "Import document" button to be enabled');
}

export async function fixtureFile(fileName: string): Promise<FileInput> {
  return { name: fileName, buffer: await readFile(resolve(FIXTURES, fileName)) };
}

export async function fileFromPath(path: string): Promise<FileInput> {
  return { name: basename(path), buffer: await readFile(path) };
}

/** Imports through the "Import document" button and the browser's file chooser. */
export async function importThroughButton(page: Page, file: FileInput): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importButton(page).click()]);
  await chooser.setFiles({ name: file.name, mimeType: file.mimeType ?? mimeFor(file.name), buffer: file.buffer });
}

/**
 * Drops a file on the app as the OS would: dragenter, dragover and drop carrying a DataTransfer
 * with one File. The target defaults to the element in the middle of the window, so the events
 * bubble through the app's drop zone whatever element it listens on.
 */
export async function dropFile(page: Page, file: FileInput, target?: Locator): Promise<void> {
  const payload = {
    name: file.name,
    type: file.mimeType ?? mimeFor(file.name),
    base64: file.buffer.toString('base64'),
    atCentre: target === undefined,
  };
  await (target ?? page.locator('body')).evaluate((element, data) => {
    const binary = atob(data.base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], data.name, { type: data.type }));
    const at = data.atCentre
      ? (document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2) ?? element)
      : element;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      at.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer }));
    }
  }, payload);
}

export interface CapturedDownload {
  suggestedFilename: string;
  text: string;
  bytes: Buffer;
}

/** Runs `action` and returns the file the page downloads because of it. */
export async function captureDownload(page: Page, action: () => Promise<void>): Promise<CapturedDownload> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  return readDownload(download);
}

export async function readDownload(download: Download): Promise<CapturedDownload> {
  const path = await download.path();
  const bytes = await readFile(path);
  return { suggestedFilename: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/** Opens the Export menu and downloads the output named by the menu item. */
export async function exportAs(page: Page, item: string | RegExp): Promise<CapturedDownload> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const menuItem = page.getByRole('menuitem', { name: item });
  await menuItem.waitFor({ state: 'visible' });
  return captureDownload(page, () => menuItem.click());
}

/** Chooses an interface language, whether the combobox is a native select or an ARIA listbox. */
export async function chooseInterfaceLanguage(combobox: Locator, label: 'English' | 'Bahasa Indonesia'): Promise<void> {
  const isSelect = await combobox.evaluate((el) => el.tagName === 'SELECT');
  if (isSelect) {
    await combobox.selectOption({ label });
  } else {
    await combobox.click();
    await combobox.page().getByRole('option', { name: label, exact: true }).click();
  }
}

/** Reads a progressbar's value and maximum (ARIA attributes, or a native <progress>). */
export async function progressOf(bar: Locator): Promise<{ now: number; max: number; text: string }> {
  return bar.evaluate((el) => {
    // No named inner functions here: tsx (the benches) would wrap them in a __name() helper the page lacks.
    const [now, max] = ['aria-valuenow', 'aria-valuemax'].map((name) => {
      const value = el.getAttribute(name);
      return value === null || value === '' ? undefined : Number(value);
    });
    const native = el instanceof HTMLProgressElement ? el : undefined;
    return {
      now: now ?? native?.value ?? NaN,
      max: max ?? native?.max ?? 100,
      text: `${el.getAttribute('aria-valuetext') ?? ''} ${el.getAttribute('aria-label') ?? ''}`.trim(),
    };
  });
}

/** Whether the element has keyboard focus. */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

// ---------------------------------------------------------------------------------------------
// Looking into the page's IndexedDB directly (to prove a failed import stored nothing)
// ---------------------------------------------------------------------------------------------

/** Number of records in each object store of the app's database ({} when it does not exist yet). */
export async function storeCounts(page: Page, databaseName = 'padanan'): Promise<Record<string, number>> {
  return page.evaluate(async (name) => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes(name)) return {};
    const db = await new Promise<IDBDatabase>((resolveDb, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolveDb(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const stores = Array.from(db.objectStoreNames);
      const counts: Record<string, number> = {};
      if (stores.length === 0) return counts;
      const tx = db.transaction(stores, 'readonly');
      await Promise.all(
        stores.map(
          (store) =>
            new Promise<void>((resolveCount, reject) => {
              const request = tx.objectStore(store).count();
              request.onsuccess = () => {
                counts[store] = request.result;
                resolveCount();
              };
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      return counts;
    } finally {
      db.close();
    }
  }, databaseName);
}

export function mimeFor(fileName: string): string {
  const ext = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  const types: Record<string, string> = {
    txt: 'text/plain',
    md: 'text/markdown',
    html: 'text/html',
    htm: 'text/html',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xlf: 'application/xliff+xml',
    xliff: 'application/xliff+xml',
    tmx: 'application/x-tmx+xml',
  };
  return types[ext] ?? 'application/octet-stream';
}

/** Prints why a test does nothing here, so a skipped check is visible in the output. */
export function skipBecause(reason: string): void {
  console.log(`[e2e] skipped: ${reason}`);
}

/** Everything a screen reader could announce in an element: its text plus aria-labels and titles inside it. */
export async function announcedText(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const parts = [el.textContent ?? ''];
    for (const node of [el, ...Array.from(el.querySelectorAll('[aria-label],[title]'))]) {
      parts.push(node.getAttribute('aria-label') ?? '', node.getAttribute('title') ?? '');
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  });
}

/**
 * Opens the app in a fresh context, creates a project and imports one file through the
 * "Import document" button; returns when segment 1's translation box is visible.
 */
export async function startWithDocument(app: { page: Page; url: string }, projectName: string, file: FileInput): Promise<void> {
  await openApp(app);
  await createProject(app.page, projectName);
  await importThroughButton(app.page, file);
  await translationBox(app.page, 1).waitFor({ state: 'visible', timeout: 30_000 });
}
