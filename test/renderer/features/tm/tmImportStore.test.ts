import { describe, expect, it } from 'vitest';
import { cancelTmImport, startTmImport, subscribeTmImport, tmImportState } from '../../../../renderer/src/features/tm/tmImportStore';
import { TmxImportCancelledError, type TmxImportHandle } from '../../../../renderer/src/workers/tmImport';
import type { TmxImportProgress, TmxImportResult } from '../../../../renderer/src/workers/tmImportJob';

const file = { name: 'memori.tmx', bytes: new Uint8Array([1, 2, 3]) };
const result: TmxImportResult = { importId: 'i', bytesRead: 3, bytesTotal: 3, units: 2, stored: 2, duplicates: 0, skipped: 0 };

/** A controllable stand-in for importTmxInWorker. */
function fakeStart() {
  let settle!: { resolve(r: TmxImportResult): void; reject(e: unknown): void };
  let progress!: (p: TmxImportProgress) => void;
  let cancelled = false;
  const start = (_request: unknown, onProgress: (p: TmxImportProgress) => void): TmxImportHandle => {
    progress = onProgress;
    return {
      result: new Promise((resolve, reject) => (settle = { resolve, reject })),
      cancel: () => {
        cancelled = true;
        settle.reject(new TmxImportCancelledError());
      },
    };
  };
  return { start, settle: () => settle, progress: (p: TmxImportProgress) => progress(p), cancelled: () => cancelled };
}

describe('tmImportStore', () => {
  it('exposes the running import and its progress, one at a time, and reports how it ended', async () => {
    const fake = fakeStart();
    let notified = 0;
    const stop = subscribeTmImport(() => notified++);
    const running = startTmImport('db', 'p1', file, fake.start as never);
    expect(tmImportState()).toMatchObject({ projectId: 'p1', fileName: 'memori.tmx', cancelling: false });
    expect(await startTmImport('db', 'p1', file, fake.start as never)).toMatchObject({ kind: 'failed' });
    fake.progress({ bytesRead: 1, bytesTotal: 3, units: 1, stored: 1, duplicates: 0 });
    expect(tmImportState()!.progress!.bytesRead).toBe(1);
    fake.settle().resolve(result);
    expect(await running).toEqual({ kind: 'done', result, fileName: 'memori.tmx' });
    expect(tmImportState()).toBeUndefined();
    expect(notified).toBeGreaterThanOrEqual(3);
    stop();
  });

  it('cancel() marks it cancelling and ends as cancelled; failures are passed on', async () => {
    const fake = fakeStart();
    const running = startTmImport('db', 'p1', file, fake.start as never);
    cancelTmImport();
    expect(fake.cancelled()).toBe(true);
    expect(await running).toEqual({ kind: 'cancelled', fileName: 'memori.tmx' });

    const failing = fakeStart();
    const broken = startTmImport('db', 'p1', file, failing.start as never);
    const error = { code: 'xml.doctype', message: 'no' };
    failing.settle().reject(error);
    expect(await broken).toEqual({ kind: 'failed', error });
    cancelTmImport(); // nothing running: nothing happens
    expect(tmImportState()).toBeUndefined();
  });
});
