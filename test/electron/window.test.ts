import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMainWindow, mainWindowOptions } from '../../electron/window';

describe('main window options', () => {
  it('isolate the page: sandbox, context isolation, no node, no webview, web security on', () => {
    const prefs = mainWindowOptions({ preloadPath: '/app/out/preload/preload.cjs', title: 'Padanan', isDev: false }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: false,
    });
    expect(prefs?.enableBlinkFeatures).toBeUndefined();
    expect(prefs?.additionalArguments).toBeUndefined();
  });

  it('allow devtools only in development and load a CommonJS preload', () => {
    const options = mainWindowOptions({ preloadPath: '/x/preload.cjs', title: 'Padanan', isDev: true });
    expect(options.webPreferences?.devTools).toBe(true);
    expect(options.webPreferences?.preload?.endsWith('.cjs')).toBe(true);
    expect(options.title).toBe('Padanan');
    expect(options.show).toBe(false);
  });
});

describe('createMainWindow', () => {
  it('creates the window hidden, loads the start URL and shows it when ready or when loading fails', () => {
    const once = new Map<string, () => void>();
    const contentsOnce = new Map<string, () => void>();
    let shown = 0;
    let loaded = '';
    let created: BrowserWindowConstructorOptions | undefined;
    const fake = {
      webContents: { once: (name: string, fn: () => void) => contentsOnce.set(name, fn) },
      once: (name: string, fn: () => void) => once.set(name, fn),
      show: () => void shown++,
      isVisible: () => shown > 0,
      loadURL: async (url: string) => void (loaded = url),
    };
    createMainWindow(
      { preloadPath: '/p.cjs', title: 'Padanan', isDev: false },
      {
        createBrowserWindow: (options) => {
          created = options;
          return fake as unknown as BrowserWindow;
        },
        startUrl: 'app://padanan/index.html',
      },
    );
    expect(created?.webPreferences?.sandbox).toBe(true);
    expect(loaded).toBe('app://padanan/index.html');
    expect(shown).toBe(0);
    contentsOnce.get('did-fail-load')?.();
    expect(shown).toBe(1);
    once.get('ready-to-show')?.();
    expect(shown).toBe(2);
  });
});
