import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The composition root, run against a fake `electron` module: what it wires, and in which order.
 * (The real binary is exercised by test/electron-only/ where it is installed.)
 */
interface Recorder {
  calls: string[];
  handlers: Map<string, unknown>;
  appListeners: Map<string, (...args: unknown[]) => void>;
  windows: FakeWindow[];
  readyResolve?: () => void;
  lock: boolean;
  paths: Record<string, string>;
  protocolFails?: boolean;
}

interface FakeWindow {
  options: { webPreferences?: Record<string, unknown> };
  loaded?: string;
  sent: unknown[][];
}

const recorder: Recorder = { calls: [], handlers: new Map(), appListeners: new Map(), windows: [], lock: true, paths: {} };

vi.mock('electron', () => {
  const r = recorder;
  class BrowserWindow {
    static getAllWindows() {
      return r.windows;
    }
    readonly record: FakeWindow;
    readonly webContents: Record<string, unknown>;
    constructor(options: FakeWindow['options']) {
      this.record = { options, sent: [] };
      r.windows.push(this.record);
      r.calls.push('window');
      this.webContents = {
        once: () => undefined,
        send: (...args: unknown[]) => this.record.sent.push(args),
      };
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    isDestroyed() {
      return false;
    }
    isVisible() {
      return false;
    }
    async loadURL(url: string) {
      this.record.loaded = url;
    }
  }
  return {
    app: {
      isPackaged: false,
      getPath: (name: string) => `/home/ana/.config-${name}`,
      setPath: (name: string, value: string) => {
        r.paths[name] = value;
        r.calls.push(`setPath ${name}`);
      },
      requestSingleInstanceLock: () => (r.calls.push('lock'), r.lock),
      quit: () => r.calls.push('quit'),
      exit: (code: number) => r.calls.push(`exit ${code}`),
      enableSandbox: () => r.calls.push('enableSandbox'),
      on: (name: string, listener: (...args: unknown[]) => void) => r.appListeners.set(name, listener),
      whenReady: () => new Promise<void>((resolve) => (r.readyResolve = resolve)),
      getLocale: () => 'id-ID',
      getVersion: () => '0.1.0',
    },
    BrowserWindow,
    dialog: {},
    shell: {},
    ipcMain: { handle: (channel: string, handler: unknown) => r.handlers.set(channel, handler) },
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => template,
      setApplicationMenu: (menu: { label?: string }[]) => r.calls.push(`menu ${menu.map((m) => m.label).join(',')}`),
    },
    protocol: {
      registerSchemesAsPrivileged: () => r.calls.push('registerScheme'),
      handle: (scheme: string) => {
        if (r.protocolFails) throw new Error('protocol already handled');
        r.calls.push(`protocol ${scheme}`);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => r.calls.push('permissionRequest'),
        setPermissionCheckHandler: () => r.calls.push('permissionCheck'),
        setDevicePermissionHandler: () => r.calls.push('devicePermission'),
        setSpellCheckerEnabled: () => r.calls.push('spellcheck'),
        setSpellCheckerLanguages: (languages: string[]) => r.calls.push(`spellcheck ${languages.join(',')}`),
      },
    },
  };
});

async function start(): Promise<void> {
  vi.resetModules();
  await import('../../electron/main');
}

async function ready(): Promise<void> {
  recorder.readyResolve?.();
  await new Promise((r) => setTimeout(r, 0));
}

describe('electron/main.ts', () => {
  beforeEach(() => {
    recorder.calls = [];
    recorder.handlers = new Map();
    recorder.appListeners = new Map();
    recorder.windows = [];
    recorder.lock = true;
    recorder.paths = {};
    recorder.readyResolve = undefined;
    recorder.protocolFails = false;
    vi.stubEnv('PADANAN_USER_DATA_DIR', '');
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('registers the scheme, takes the lock and sandboxes everything before ready', async () => {
    await start();
    expect(recorder.calls).toEqual(['setPath userData', 'registerScheme', 'lock', 'enableSandbox']);
    expect(recorder.paths['userData']).toBe('/home/ana/.config-appData/Padanan');
    expect([...recorder.appListeners.keys()]).toEqual(['web-contents-created', 'second-instance', 'window-all-closed']);
    expect(recorder.windows).toEqual([]);
  });

  it('on ready: policies, protocol, IPC, menu in the system language, then one secure window on app://', async () => {
    await start();
    recorder.calls = [];
    await ready();
    expect(recorder.calls).toEqual([
      'permissionRequest',
      'permissionCheck',
      'devicePermission',
      'spellcheck',
      'spellcheck en-US',
      'protocol app',
      'menu &Berkas,&Sunting,&Tampilan,&Alat,Bant&uan',
      'window',
    ]);
    expect([...recorder.handlers.keys()].sort()).toEqual(['app:set-language', 'files:open', 'files:save', 'shell:open-external']);
    const [window] = recorder.windows;
    expect(window?.loaded).toBe('app://padanan/index.html');
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(window?.options.webPreferences?.['preload'])).toMatch(/preload[/\\]preload\.cjs$/);
  });

  it('guards every web contents as it is created', async () => {
    await start();
    const registered: string[] = [];
    const contents = { on: (name: string) => registered.push(name), setWindowOpenHandler: () => registered.push('windowOpen') };
    recorder.appListeners.get('web-contents-created')?.({}, contents);
    expect(registered.sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect', 'windowOpen']);
  });

  it('switches the menu language when the renderer asks, and refuses foreign senders', async () => {
    await start();
    await ready();
    const setLanguage = recorder.handlers.get('app:set-language') as (event: unknown, ...args: unknown[]) => Promise<unknown>;
    recorder.calls = [];
    const top = { senderFrame: { url: 'app://padanan/index.html', parent: null } };
    expect(await setLanguage(top, 'en')).toEqual({ ok: true, value: null });
    expect(recorder.calls).toEqual(['menu &File,&Edit,&View,&Tools,&Help']);
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await setLanguage(foreign, 'id')).toMatchObject({ ok: false });
  });

  it('keeps test and development data apart when PADANAN_USER_DATA_DIR is set', async () => {
    vi.stubEnv('PADANAN_USER_DATA_DIR', '/tmp/padanan-test-profile');
    await start();
    expect(recorder.paths['userData']).toBe('/tmp/padanan-test-profile');
  });

  it('exits with status 1 instead of running half-started when start-up fails', async () => {
    recorder.protocolFails = true;
    await start();
    await ready();
    expect(recorder.calls.at(-1)).toBe('exit 1');
    expect(recorder.windows).toEqual([]);
  });

  it('a second instance quits at once and opens nothing', async () => {
    recorder.lock = false;
    await start();
    expect(recorder.calls).toEqual(['setPath userData', 'registerScheme', 'lock', 'quit']);
    expect(recorder.readyResolve).toBeUndefined();
  });
});
