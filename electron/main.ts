import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fill, languageFromLocale, MENU_STRINGS } from './i18n';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type MenuCommandPayload, type UiLanguage } from './ipc/contract';
import { DEFAULT_MAX_READ_BYTES, createFileHandlers } from './ipc/files';
import { createIpcRegistry } from './ipc/handle';
import { installMenu } from './menu';
import { APP_ENTRY_URL, createAppUrlCheck } from './origin';
import { installAppProtocol, registerAppScheme } from './protocol';
import {
  createExternalOpener,
  installNavigationGuards,
  installPermissionPolicy,
  installSpellcheck,
} from './security';
import { createMainWindow } from './window';

// Composition root: every policy lives in its own module and is wired here with the real Electron objects.

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/preload.cjs');
const rendererRoot = path.join(here, '../renderer');
const devServerUrl = (!app.isPackaged && process.env['ELECTRON_RENDERER_URL']) || undefined;
const isDev = !app.isPackaged;
const isAppUrl = createAppUrlCheck(devServerUrl);
const log = (message: string): void => console.warn(`[padanan] ${message}`);

let mainWindow: BrowserWindow | undefined;
let language: UiLanguage = 'en';

// One data folder whatever the launch (npm start, packaged app): IndexedDB lives there. Unpackaged runs
// (tests, development) may point it elsewhere so they never touch the translator's own work.
const userDataOverride = !app.isPackaged ? process.env['PADANAN_USER_DATA_DIR'] : undefined;
app.setPath('userData', userDataOverride || path.join(app.getPath('appData'), 'Padanan'));
registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, { isAppUrl, log }));
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      log(`start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      app.exit(1);
    });
}

function onReady(): void {
  installPermissionPolicy(session.defaultSession, { log });
  installSpellcheck(session.defaultSession, process.platform);
  installAppProtocol(protocol, { root: rendererRoot, readFile, path });
  registerIpc();
  language = languageFromLocale(app.getLocale());
  refreshMenu();
  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

function openMainWindow(): void {
  mainWindow = createMainWindow(
    { preloadPath, title: 'Padanan', isDev },
    { createBrowserWindow: (options) => new BrowserWindow(options), startUrl: devServerUrl ?? APP_ENTRY_URL },
  );
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

function registerIpc(): void {
  const registry = createIpcRegistry({ ipcMain, isAppUrl, log });
  const files = createFileHandlers({
    dialog,
    fs: { stat, readFile, writeFile, rename, rm },
    path,
    parentWindow: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined),
    defaultDirectory: () => app.getPath('documents'),
    maxReadBytes: DEFAULT_MAX_READ_BYTES,
    randomSuffix: () => randomBytes(6).toString('hex'),
  });
  const openExternal = createExternalOpener({ shell, log });

  registry.handle(INVOKE_CHANNELS.openFiles, ([request]) => files.openFiles(request));
  registry.handle(INVOKE_CHANNELS.saveFile, ([request]) => files.saveFile(request));
  registry.handle(INVOKE_CHANNELS.openExternal, ([url]) => openExternal(url));
  registry.handle(INVOKE_CHANNELS.setLanguage, ([next]) => {
    language = next;
    refreshMenu();
    return null;
  });
}

function refreshMenu(): void {
  installMenu({ Menu }, { language, platform: process.platform, isDev, send: sendMenuCommand, showAbout });
}

function sendMenuCommand(command: MenuCommandPayload): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNELS.menuCommand, command);
}

function showAbout(): void {
  const strings = MENU_STRINGS[language];
  const options = {
    type: 'info' as const,
    title: strings.about.replace(/&/g, ''),
    message: 'Padanan',
    detail: fill(strings.aboutDetail, { version: app.getVersion() }),
    buttons: [strings.ok],
  };
  void (mainWindow && !mainWindow.isDestroyed() ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}
