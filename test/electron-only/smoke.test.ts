/**
 * The real desktop app, started through Playwright's Electron driver: one secure window showing the
 * app from app://padanan/, the preload bridge, the CSP header, refused navigation, a project created
 * through the UI, and a document imported through the (stubbed) native open dialog and menu.
 *
 * Needs the Electron binary (node_modules/electron/path.txt) and, on Linux, a display. Machines that
 * install with ELECTRON_SKIP_BINARY_DOWNLOAD=1 have no binary: every test then does nothing and says why.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, FIXTURES, importButton, REPO_ROOT, segmentRow, translationBox, waitForAppReady, waitUntil } from '../e2e/browser';

const missing = whyNoElectron();
const hasElectron = missing === undefined;
if (missing) console.log(`[electron-only] skipped: ${missing}`);

function whyNoElectron(): string | undefined {
  if (!existsSync(resolve(REPO_ROOT, 'node_modules/electron/path.txt'))) {
    return 'no Electron binary (node_modules/electron/path.txt is missing; was npm install run with ELECTRON_SKIP_BINARY_DOWNLOAD=1?)';
  }
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return 'no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)';
  }
  return undefined;
}

describe('desktop app (Electron)', () => {
  let app: ElectronApplication | undefined;
  let page: Page | undefined;
  let userData: string | undefined;

  beforeAll(async () => {
    if (!hasElectron) return;
    execFileSync(process.execPath, [resolve(REPO_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
    });
    userData = await mkdtemp(join(tmpdir(), 'padanan-electron-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    }
    env['PADANAN_USER_DATA_DIR'] = userData;
    // English whatever the desktop's language, so the UI and menu can be found by their English names.
    app = await _electron.launch({ args: ['--lang=en-US', '.'], cwd: REPO_ROOT, env, timeout: 60_000 });
    page = await app.firstWindow();
    await waitForAppReady(page);
  });

  afterAll(async () => {
    await app?.close();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  it.runIf(hasElectron)('opens one window titled Padanan, served from app://padanan/', async () => {
    const { app: electronApp, page: win } = live();
    expect(await win.title()).toBe('Padanan');
    expect(win.url()).toMatch(/^app:\/\/padanan\//);
    expect(electronApp.windows()).toHaveLength(1);
  });

  it.runIf(hasElectron)('runs the page sandboxed, isolated, with only the task-shaped bridge', async () => {
    const { app: electronApp, page: win } = live();
    // Electron reports `sandboxed` on macOS and Windows only; elsewhere it is undefined.
    const renderers = await electronApp.evaluate(({ app: main }) =>
      main.getAppMetrics().filter((metric) => metric.type === 'Tab').map((metric) => metric.sandboxed),
    );
    expect(renderers.length).toBeGreaterThan(0);
    expect(renderers).not.toContain(false);
    const page = await win.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridge: Object.keys(window.padanan ?? {}).sort(),
    }));
    expect(page).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridge: ['onMenuCommand', 'openExternal', 'openFiles', 'saveFile', 'setLanguage'],
    });
  });

  it.runIf(hasElectron)('sends the CSP header with app content', async () => {
    const csp = await live().page.evaluate(async () => (await fetch('index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  it.runIf(hasElectron)('stays on the app when the page tries to navigate away or open a window', async () => {
    const { app: electronApp, page: win } = live();
    await win.evaluate(() => {
      window.open('https://example.com/');
      window.location.href = 'https://example.com/';
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(win.url()).toMatch(/^app:\/\/padanan\//);
    expect(electronApp.windows()).toHaveLength(1);
  });

  it.runIf(hasElectron)('creates a project and imports a document through the native open dialog', async () => {
    const { app: electronApp, page: win } = live();
    await createProject(win, 'Proyek desktop');
    await stubOpenDialog(electronApp, join(FIXTURES, 'cuaca.txt'));
    await importButton(win).click();
    await translationBox(win, 1).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await segmentRow(win, 1).textContent()).toContain('Cuaca hari ini cerah.');
  });

  it.runIf(hasElectron)('has the translated native menu and routes "Import document…" to the page', async () => {
    const { app: electronApp, page: win } = live();
    const labels = await electronApp.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label.replace(/&/g, '')));
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View']));
    await stubOpenDialog(electronApp, join(FIXTURES, 'berita-banjir.txt'));
    await electronApp.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('import-document')?.click());
    await waitUntil(async () => (await win.getByText('berita-banjir.txt').count()) > 0, 'the imported document to be listed', 30_000);
  });

  function live(): { app: ElectronApplication; page: Page } {
    if (!app || !page) throw new Error('The Electron app did not start.');
    return { app, page };
  }
});

/** Replaces the native open dialog in the main process with one that "picks" `file`. */
async function stubOpenDialog(app: ElectronApplication, file: string): Promise<void> {
  await app.evaluate(({ dialog }, picked) => {
    const answer = async () => ({ canceled: false, filePaths: [picked] });
    (dialog as { showOpenDialog: unknown }).showOpenDialog = answer;
  }, file);
}
