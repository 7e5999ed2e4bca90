import { describe, expect, it } from 'vitest';
import { PadananError } from '../../../core/errors';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../electron/ipc/contract';
import { MAX_WRITE_BYTES } from '../../../electron/ipc/validate';
import { checkSender, createIpcRegistry, dispatch, type Handler, type InvokeEventLike } from '../../../electron/ipc/handle';
import { createAppUrlCheck } from '../../../electron/origin';

const isAppUrl = createAppUrlCheck();
const topFrame = (url = 'app://padanan/index.html'): InvokeEventLike => ({ senderFrame: { url, parent: null } });
const subFrame = (url = 'app://padanan/index.html'): InvokeEventLike => ({
  senderFrame: { url, parent: topFrame().senderFrame as never },
});

function deps() {
  const logged: string[] = [];
  return { isAppUrl, log: (m: string) => logged.push(m), logged };
}

/** Reports a size past the write cap without allocating it. */
class OverLimit extends Uint8Array {
  override get byteLength(): number {
    return MAX_WRITE_BYTES + 1;
  }
}

const openRequest = { title: 'Import document', filters: [{ name: 'Documents', extensions: ['txt', 'md'] }] };

describe('dispatch', () => {
  it('runs the handler with validated arguments and wraps the value', async () => {
    let seen: unknown;
    const handler: Handler<'files:open'> = ([request]) => {
      seen = request;
      return [{ name: 'a.txt', bytes: new Uint8Array([104, 105]) }];
    };
    const result = await dispatch('files:open', topFrame(), [openRequest], handler, deps());
    expect(result).toEqual({ ok: true, value: [{ name: 'a.txt', bytes: new Uint8Array([104, 105]) }] });
    expect(seen).toEqual({ ...openRequest, multiple: false });
  });

  it('refuses a channel that is not in the contract', async () => {
    const d = deps();
    let called = false;
    const result = await dispatch('fs:readAnything' as InvokeChannel, topFrame(), ['/etc/passwd'], () => void (called = true) as never, d);
    expect(result).toEqual({ ok: false, error: { code: 'desktop.ipcRefused', message: 'Unknown request.' } });
    expect(called).toBe(false);
    expect(d.logged[0]).toContain('unknown channel');
  });

  it('refuses foreign senders, sub-frames and vanished frames before validating anything', async () => {
    const events: [string, InvokeEventLike][] = [
      ['https page', topFrame('https://evil.example/')],
      ['file page', topFrame('file:///home/user/page.html')],
      ['other app host', topFrame('app://other/index.html')],
      ['sub-frame of the app', subFrame()],
      ['gone', { senderFrame: null }],
    ];
    for (const [label, event] of events) {
      let called = false;
      const result = await dispatch('files:open', event, [openRequest], () => ((called = true), []), deps());
      expect(result.ok, label).toBe(false);
      if (!result.ok) expect(result.error.code, label).toBe('desktop.ipcRefused');
      expect(called, label).toBe(false);
    }
  });

  it('refuses malformed arguments', async () => {
    const bad: [InvokeChannel, unknown[]][] = [
      ['files:open', []],
      ['files:open', [openRequest, 'extra']],
      ['files:open', ['not an object']],
      ['files:open', [{ ...openRequest, title: 42 }]],
      ['files:open', [{ ...openRequest, title: 'x'.repeat(1000) }]],
      ['files:open', [{ ...openRequest, filters: 'txt' }]],
      ['files:open', [{ ...openRequest, filters: [{ name: 'Docs', extensions: ['../../etc'] }] }]],
      ['files:open', [{ ...openRequest, filters: [{ name: 'Docs', extensions: [] }] }]],
      ['files:open', [{ ...openRequest, multiple: 'yes' }]],
      ['files:open', [Object.assign(Object.create({ polluted: true }), openRequest)]],
      ['files:save', [{ title: 'Export', suggestedName: 'a.txt', bytes: 'text', filters: [] }]],
      ['files:save', [{ title: 'Export', suggestedName: 'a.txt', bytes: [1, 2, 3], filters: [] }]],
      ['files:save', [{ title: 'Export', bytes: new Uint8Array(1), filters: [] }]],
      ['files:save', [{ title: 'Export', suggestedName: 'a.txt', bytes: new OverLimit(1), filters: [] }]],
      ['app:set-language', ['fr']],
      ['app:set-language', [null]],
      ['shell:open-external', [{ url: 'https://example.com' }]],
    ];
    for (const [channel, args] of bad) {
      let called = false;
      const result = await dispatch(channel, topFrame(), args, (() => ((called = true), null)) as never, deps());
      expect(result, `${channel} ${JSON.stringify(args)}`).toMatchObject({ ok: false, error: { code: 'desktop.badRequest' } });
      expect(called).toBe(false);
    }
  });

  it('accepts extensions written with a dot, and passes them on without it', async () => {
    let seen: unknown;
    const request = { ...openRequest, filters: [{ name: 'Docs', extensions: ['.txt', 'md'] }] };
    await dispatch('files:open', topFrame(), [request], ([r]) => ((seen = r.filters), []), deps());
    expect(seen).toEqual([{ name: 'Docs', extensions: ['txt', 'md'] }]);
  });

  it('accepts well-formed save, language and link requests', async () => {
    const save = await dispatch(
      'files:save',
      topFrame(),
      [{ title: 'Export', suggestedName: 'a.txt', bytes: new Uint8Array([1]), filters: [{ name: 'Text', extensions: ['txt'] }] }],
      () => true,
      deps(),
    );
    expect(save).toEqual({ ok: true, value: true });
    expect(await dispatch('app:set-language', topFrame(), ['id'], () => null, deps())).toEqual({ ok: true, value: null });
    expect(await dispatch('shell:open-external', topFrame(), ['https://example.com'], () => true, deps())).toEqual({
      ok: true,
      value: true,
    });
  });

  it('returns a PadananError as data and hides other failures', async () => {
    const coded = await dispatch(
      'files:open',
      topFrame(),
      [openRequest],
      () => {
        throw new PadananError('desktop.fileTooLarge', 'big.txt is larger than 256 MB.', { file: 'big.txt', limitMb: 256 });
      },
      deps(),
    );
    expect(coded).toEqual({
      ok: false,
      error: { code: 'desktop.fileTooLarge', message: 'big.txt is larger than 256 MB.', params: { file: 'big.txt', limitMb: 256 } },
    });

    const d = deps();
    const crashed = await dispatch(
      'files:open',
      topFrame(),
      [openRequest],
      () => {
        throw new Error('EACCES /home/user/secret');
      },
      d,
    );
    expect(crashed).toEqual({ ok: false, error: { code: 'desktop.unexpected', message: 'Something went wrong in the desktop app.' } });
    expect(d.logged[0]).toContain('EACCES');
  });
});

describe('checkSender', () => {
  it('accepts only the top frame of an app page', () => {
    expect(checkSender(topFrame(), isAppUrl)).toBeUndefined();
    expect(checkSender(subFrame(), isAppUrl)).toMatch(/sub-frame/);
    expect(checkSender(topFrame('https://evil.example/'), isAppUrl)).toMatch(/foreign/);
    expect(checkSender({ senderFrame: null }, isAppUrl)).toMatch(/gone/);
  });
});

describe('createIpcRegistry', () => {
  it('registers contract channels once each and wires them through dispatch', async () => {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const registry = createIpcRegistry({
      ipcMain: { handle: (channel, listener) => void registered.set(channel, listener as never) },
      isAppUrl,
      log: () => {},
    });
    registry.handle(INVOKE_CHANNELS.setLanguage, ([language]) => (language === 'id' ? null : null));
    expect([...registered.keys()]).toEqual(['app:set-language']);
    expect(() => registry.handle(INVOKE_CHANNELS.setLanguage, () => null)).toThrow(/twice/);
    expect(() => registry.handle('fs:read' as InvokeChannel, () => null as never)).toThrow(/not in the contract/);

    const listener = registered.get('app:set-language')!;
    expect(await listener(topFrame(), 'id')).toEqual({ ok: true, value: null });
    expect(await listener(topFrame('https://evil.example/'), 'id')).toMatchObject({ ok: false });
    expect(await listener(topFrame(), 'xx')).toMatchObject({ ok: false, error: { code: 'desktop.badRequest' } });
  });
});
