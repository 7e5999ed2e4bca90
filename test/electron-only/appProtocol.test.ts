/**
 * The renderer as Electron serves it, without the Electron binary: the built web app (dist-web/,
 * same sources as out/renderer) is served through the app:// request handler (electron/protocol.ts,
 * so with its CSP header, which unlike the <meta> also governs the import worker) and driven in
 * Debian's Chromium with a stand-in `window.padanan` shaped like the preload's bridge. This runs the
 * renderer's Electron platform (renderer/src/platform/electron.ts) in a real page: import through the
 * "dialog", the native menu's commands, export through the "save dialog", menu language, and
 * main-process errors shown translated.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '../../electron/protocol';
import { APP_CSP } from '../../electron/security';
import {
  chooseInterfaceLanguage,
  chromiumPath,
  createProject,
  DIST_WEB,
  FIXTURES,
  importButton,
  languageSelect,
  launchChromium,
  segmentRow,
  translationBox,
  waitForAppReady,
  waitUntil,
} from '../e2e/browser';

const missing = !existsSync(path.join(DIST_WEB, 'index.html'))
  ? `the web build is missing (${DIST_WEB}); run "npm run build:web"`
  : !existsSync(chromiumPath())
    ? `Chromium is missing (${chromiumPath()})`
    : undefined;
if (missing) console.log(`[electron-only] app:// renderer test skipped: ${missing}`);

interface BridgeLog {
  saved: { name: string; text: string; extensions: string[] }[];
  languages: string[];
  openRequests: { filters: { extensions: string[] }[]; multiple?: boolean }[];
}

describe('renderer under app:// with the preload bridge', () => {
  let server: Server | undefined;
  let url = '';
  let browser: Browser | undefined;
  let page: Page | undefined;
  const problems: string[] = [];

  beforeAll(async () => {
    if (missing) return;
    const handle = createAppRequestHandler({ root: DIST_WEB, readFile, path });
    server = createServer((request, response) => {
      // The loopback origin stands in for app://padanan; the handler sees the app:// URL it would in Electron.
      void handle({ url: `app://padanan${request.url ?? '/'}`, method: request.method ?? 'GET' }).then(async (answer) => {
        response.writeHead(answer.status, Object.fromEntries(answer.headers));
        response.end(Buffer.from(await answer.arrayBuffer()));
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  beforeEach(async () => {
    if (missing) return;
    problems.length = 0;
    const context = await browser!.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
    });
    const files = {
      'cuaca.txt': [...(await readFile(path.join(FIXTURES, 'cuaca.txt')))],
      'berita-banjir.txt': [...(await readFile(path.join(FIXTURES, 'berita-banjir.txt')))],
    };
    await page.addInitScript((fixtures: Record<string, number[]>) => {
      const log = { saved: [], languages: [], openRequests: [] } as unknown as BridgeLog;
      const queue: (string | { error: { code: string; message: string; params?: Record<string, string | number> } })[] = [];
      const listeners: ((command: string) => void)[] = [];
      const w = window as unknown as Record<string, unknown>;
      w['__bridge'] = { log, queue, menu: (command: string) => listeners.forEach((l) => l(command)) };
      w['padanan'] = {
        async openFiles(request: BridgeLog['openRequests'][number]) {
          log.openRequests.push(request);
          const next = queue.shift();
          if (next === undefined) return { ok: true, value: [] };
          if (typeof next !== 'string') return { ok: false, error: next.error };
          return { ok: true, value: [{ name: next, bytes: new Uint8Array(fixtures[next]!) }] };
        },
        async saveFile(request: { suggestedName: string; bytes: Uint8Array; filters: { extensions: string[] }[] }) {
          log.saved.push({
            name: request.suggestedName,
            text: new TextDecoder().decode(request.bytes),
            extensions: request.filters.flatMap((f) => f.extensions),
          });
          return { ok: true, value: true };
        },
        async setLanguage(language: string) {
          log.languages.push(language);
          return { ok: true, value: null };
        },
        async openExternal() {
          return { ok: false, error: { code: 'desktop.ipcRefused', message: 'refused' } };
        },
        onMenuCommand(listener: (command: string) => void) {
          listeners.push(listener);
          return () => listeners.splice(listeners.indexOf(listener), 1);
        },
      };
    }, files);
    await page.goto(url);
    await waitForAppReady(page);
  });

  afterEach(async () => {
    await page?.context().close();
  });

  const queue = (item: string | { error: { code: string; message: string; params?: Record<string, string | number> } }) =>
    page!.evaluate((next) => ((window as unknown as { __bridge: { queue: unknown[] } }).__bridge.queue.push(next), undefined), item);
  const bridgeLog = () => page!.evaluate(() => (window as unknown as { __bridge: { log: BridgeLog } }).__bridge.log);
  const menu = (command: string) =>
    page!.evaluate((c) => (window as unknown as { __bridge: { menu: (c: string) => void } }).__bridge.menu(c), command);

  it.runIf(!missing)('imports through the open dialog and the File menu, under the CSP header', async () => {
    const p = page!;
    const csp = await p.evaluate(async () => (await fetch('index.html')).headers.get('content-security-policy'));
    expect(csp).toBe(APP_CSP);
    await createProject(p, 'Proyek desktop');
    await queue('cuaca.txt');
    await importButton(p).click();
    await translationBox(p, 1).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await segmentRow(p, 1).textContent()).toContain('Cuaca hari ini cerah.');
    const [request] = (await bridgeLog()).openRequests;
    expect(request?.filters.flatMap((f) => f.extensions)).toContain('txt');

    await queue('berita-banjir.txt');
    await menu('import-document');
    await waitUntil(async () => (await p.getByText('berita-banjir.txt').count()) > 0, 'the menu-imported document to be listed', 30_000);
    expect(problems).toEqual([]);
  });

  it.runIf(!missing)('exports through the save dialog', async () => {
    const p = page!;
    await createProject(p, 'Ekspor');
    await queue('cuaca.txt');
    await importButton(p).click();
    await translationBox(p, 1).fill('The weather is fine today.');
    await p.getByRole('button', { name: 'Export', exact: true }).click();
    await p.getByRole('menuitem', { name: /English document \(TXT\)/ }).click();
    await waitUntil(async () => (await bridgeLog()).saved.length > 0, 'the save dialog to receive the file');
    const [saved] = (await bridgeLog()).saved;
    expect(saved?.name).toMatch(/\.txt$/);
    expect(saved?.extensions).toEqual(['txt']);
    expect(saved?.text).toContain('The weather is fine today.');
    expect(problems).toEqual([]);
  });

  it.runIf(!missing)('keeps the native menu in the interface language and shows main-process errors translated', async () => {
    const p = page!;
    await createProject(p, 'Galat');
    expect((await bridgeLog()).languages.at(-1)).toBe('en');
    await chooseInterfaceLanguage(languageSelect(p), 'Bahasa Indonesia');
    await waitUntil(async () => (await bridgeLog()).languages.at(-1) === 'id', 'the menu language to follow');

    await queue({
      error: { code: 'desktop.fileTooLarge', message: 'big.txt is larger than 256 MB.', params: { file: 'big.txt', limitMb: 256 } },
    });
    await p.getByRole('button', { name: /Impor dokumen|Import document/ }).first().click();
    await waitUntil(
      async () => (await p.getByText('big.txt lebih besar dari 256 MB', { exact: false }).count()) > 0,
      'the translated error',
    );
    expect(problems).toEqual([]);
  });
});
