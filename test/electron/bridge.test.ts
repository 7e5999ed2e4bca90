import { describe, expect, it } from 'vitest';
import { createBridge } from '../../electron/bridge';

function fakeIpc(reply: (channel: string, args: unknown[]) => unknown) {
  const invoked: [string, unknown[]][] = [];
  const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  const ipc = {
    invoke: async (channel: string, ...args: unknown[]) => {
      invoked.push([channel, args]);
      return reply(channel, args);
    },
    on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipc;
    },
    removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener));
      return ipc;
    },
  };
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l({}, ...args));
  return { ipc: ipc as never, invoked, listeners, emit };
}

describe('preload bridge (window.padanan)', () => {
  it('exposes task-shaped functions only', () => {
    const bridge = createBridge({ ipc: fakeIpc(() => null).ipc, hasUserActivation: () => false });
    expect(Object.keys(bridge).sort()).toEqual(['onMenuCommand', 'openExternal', 'openFiles', 'saveFile', 'setLanguage']);
  });

  it('forwards each task to its contract channel', async () => {
    const fake = fakeIpc(() => ({ ok: true, value: [] }));
    const bridge = createBridge({ ipc: fake.ipc, hasUserActivation: () => true });
    const request = { title: 'Import', filters: [{ name: 'Text', extensions: ['txt'] }] };
    expect(await bridge.openFiles(request)).toEqual({ ok: true, value: [] });
    await bridge.saveFile({ title: 'Export', suggestedName: 'a.txt', bytes: new Uint8Array([1]), filters: [] });
    await bridge.setLanguage('id');
    await bridge.openExternal('https://example.com/');
    expect(fake.invoked.map(([channel]) => channel)).toEqual(['files:open', 'files:save', 'app:set-language', 'shell:open-external']);
    expect(fake.invoked[0]![1]).toEqual([request]);
  });

  it('turns a rejected invoke into an error result', async () => {
    const fake = fakeIpc(() => {
      throw new Error("No handler registered for 'files:open'");
    });
    const bridge = createBridge({ ipc: fake.ipc, hasUserActivation: () => true });
    expect(await bridge.openFiles({ title: 'x', filters: [] })).toMatchObject({ ok: false, error: { code: 'desktop.unexpected' } });
  });

  it('opens links only during a user gesture', async () => {
    const fake = fakeIpc(() => ({ ok: true, value: true }));
    let active = false;
    const bridge = createBridge({ ipc: fake.ipc, hasUserActivation: () => active });
    expect(await bridge.openExternal('https://example.com/')).toMatchObject({ ok: false, error: { code: 'desktop.ipcRefused' } });
    expect(fake.invoked).toEqual([]);
    active = true;
    expect(await bridge.openExternal('https://example.com/')).toEqual({ ok: true, value: true });
  });

  it('delivers known menu commands, drops anything else, and unsubscribes', () => {
    const fake = fakeIpc(() => null);
    const bridge = createBridge({ ipc: fake.ipc, hasUserActivation: () => false });
    const seen: string[] = [];
    const off = bridge.onMenuCommand((command) => seen.push(command));
    fake.emit('menu:command', 'import-document');
    fake.emit('menu:command', 'rm -rf');
    fake.emit('menu:command', { command: 'export' });
    fake.emit('menu:command', 'export');
    expect(seen).toEqual(['import-document', 'export']);
    off();
    fake.emit('menu:command', 'run-qa');
    expect(seen).toEqual(['import-document', 'export']);
    expect(fake.listeners.get('menu:command')).toEqual([]);
  });
});
