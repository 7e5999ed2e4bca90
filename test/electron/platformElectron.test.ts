import { describe, expect, it, vi } from 'vitest';
import { PadananError } from '../../core/errors';
import type { IpcResult, PadananBridge, UiLanguage } from '../../electron/ipc/contract';
import { createElectronPlatform } from '../../renderer/src/platform/electron';

function fakeBridge(overrides: Partial<PadananBridge> = {}) {
  const languages: UiLanguage[] = [];
  const bridge: PadananBridge = {
    openFiles: async () => ({ ok: true, value: [{ name: 'a.txt', bytes: new Uint8Array([97]) }] }),
    saveFile: async () => ({ ok: true, value: true }),
    setLanguage: async (language) => {
      languages.push(language);
      return { ok: true, value: null };
    },
    openExternal: async () => ({ ok: true, value: true }),
    onMenuCommand: () => () => {},
    ...overrides,
  };
  return { bridge, languages };
}

/** Just enough of a Document for the platform: <html lang> and a MutationObserver that we trigger by hand. */
function fakeDocument(lang: string) {
  let observer: (() => void) | undefined;
  class Observer {
    constructor(callback: () => void) {
      observer = callback;
    }
    observe(): void {}
  }
  const doc = { documentElement: { lang }, defaultView: { MutationObserver: Observer } };
  return {
    doc: doc as unknown as Document,
    setLang(next: string) {
      doc.documentElement.lang = next;
      observer?.();
    },
  };
}

describe('createElectronPlatform', () => {
  it('opens and saves through the bridge', async () => {
    const { bridge } = fakeBridge();
    const platform = createElectronPlatform(bridge, fakeDocument('en').doc);
    expect(platform.kind).toBe('electron');
    expect(await platform.openFiles({ title: 'Import', filters: [] })).toEqual([{ name: 'a.txt', bytes: new Uint8Array([97]) }]);
    expect(await platform.saveFile({ title: 'Export', suggestedName: 'a.txt', bytes: new Uint8Array(), filters: [] })).toBe(true);
  });

  it('rethrows a refused call as a PadananError the UI can translate', async () => {
    const refused: IpcResult<never> = {
      ok: false,
      error: { code: 'desktop.fileTooLarge', message: 'big.txt is larger than 256 MB.', params: { file: 'big.txt', limitMb: 256 } },
    };
    const { bridge } = fakeBridge({ openFiles: async () => refused });
    const platform = createElectronPlatform(bridge, fakeDocument('en').doc);
    const error = await platform.openFiles({ title: 'Import', filters: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PadananError);
    expect(error).toMatchObject({ code: 'desktop.fileTooLarge', params: { file: 'big.txt', limitMb: 256 } });
  });

  it('keeps the native menu in the interface language', () => {
    const { bridge, languages } = fakeBridge();
    const page = fakeDocument('id');
    createElectronPlatform(bridge, page.doc);
    page.setLang('id');
    page.setLang('en');
    page.setLang('en-GB');
    expect(languages).toEqual(['id', 'en']);
  });

  it('leaves the system language alone until the page declares one', () => {
    const { bridge, languages } = fakeBridge();
    const page = fakeDocument('');
    createElectronPlatform(bridge, page.doc);
    expect(languages).toEqual([]);
    page.setLang('id');
    expect(languages).toEqual(['id']);
  });

  it('passes menu commands through', () => {
    const listeners: ((command: 'export') => void)[] = [];
    const { bridge } = fakeBridge({ onMenuCommand: (listener) => (listeners.push(listener), () => listeners.pop()) });
    const seen: string[] = [];
    const off = createElectronPlatform(bridge, fakeDocument('en').doc).onMenuCommand((c) => seen.push(c));
    listeners[0]!('export');
    expect(seen).toEqual(['export']);
    off();
    expect(listeners).toEqual([]);
  });

  it('reads window.padanan by default and refuses to start without it', () => {
    const { bridge } = fakeBridge();
    vi.stubGlobal('window', { padanan: bridge });
    try {
      expect(createElectronPlatform(undefined, fakeDocument('en').doc).kind).toBe('electron');
      vi.stubGlobal('window', {});
      expect(() => createElectronPlatform(undefined, fakeDocument('en').doc)).toThrow(/window.padanan/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
