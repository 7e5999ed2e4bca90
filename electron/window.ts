import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/** The main window: its options are a pure function so the security-relevant ones are tested. */
export interface WindowConfig {
  /** Absolute path of the CommonJS preload (out/preload/preload.cjs). */
  preloadPath: string;
  title: string;
  /** Development build: devtools allowed. */
  isDev: boolean;
  icon?: string;
}

export function mainWindowOptions(config: WindowConfig): BrowserWindowConstructorOptions {
  return {
    title: config.title,
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#ffffff',
    ...(config.icon ? { icon: config.icon } : {}),
    webPreferences: {
      preload: config.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A dropped file would otherwise replace the app with a file:// page.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: config.isDev,
    },
  };
}

export interface CreateWindowDeps {
  createBrowserWindow(options: BrowserWindowConstructorOptions): BrowserWindow;
  startUrl: string;
}

/**
 * Creates and loads the window; it is shown once the first paint is ready (no white flash). Its
 * contents are already guarded: main.ts installs the guards on every `web-contents-created`.
 */
export function createMainWindow(config: WindowConfig, deps: CreateWindowDeps): BrowserWindow {
  const window = deps.createBrowserWindow(mainWindowOptions(config));
  window.once('ready-to-show', () => window.show());
  // A page that fails to load never becomes ready-to-show; show the window anyway so the app is not invisible.
  window.webContents.once('did-fail-load', () => {
    if (!window.isVisible()) window.show();
  });
  void window.loadURL(deps.startUrl);
  return window;
}
