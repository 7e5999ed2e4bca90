import { describe, expect, it } from 'vitest';
import { isPadananError } from '../../../core/errors';
import { exportTmx } from '../../../core/formats/tmx';
import { freshDb } from '../db/fixtures';
import { createProject } from '../../../renderer/src/db/projects';
import { openPadananDb } from '../../../renderer/src/db/database';
import { serializeError } from '../../../renderer/src/workers/parseProtocol';
import { importTmxInWorker, TmxImportCancelledError, type TmImportWorker } from '../../../renderer/src/workers/tmImport';
import { runTmxImport, TmxImportCancelled } from '../../../renderer/src/workers/tmImportJob';
import { TmIndexClient, type TmIndexWorker } from '../../../renderer/src/workers/tmIndex';
import { TmIndexService } from '../../../renderer/src/workers/tmIndexService';
import type { TmImportEvent, TmImportRequest, TmIndexRequest } from '../../../renderer/src/workers/tmProtocol';
import type { RpcResponse } from '../../../renderer/src/workers/workerRpc';

const units = (n: number) => Array.from({ length: n }, (_, i) => ({ source: `Kalimat nomor ${i}.`, target: `Sentence number ${i}.` }));

/** Runs what tmImport.worker.ts runs, in this thread, with messages structured-cloned both ways. */
class FakeImportWorker implements TmImportWorker {
  onmessage: TmImportWorker['onmessage'] = null;
  onerror: TmImportWorker['onerror'] = null;
  terminated = false;
  transfer: Transferable[] = [];
  private readonly signal = { aborted: false };

  constructor(private readonly crash = false) {}

  postMessage(message: TmImportRequest, transfer: Transferable[] = []): void {
    const request = structuredClone(message);
    if (request.type === 'cancel') {
      this.signal.aborted = true;
      return;
    }
    this.transfer = transfer;
    const emit = (event: TmImportEvent) => setTimeout(() => this.onmessage?.({ data: structuredClone(event) } as MessageEvent<unknown>), 0);
    if (this.crash) {
      setTimeout(() => this.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent), 0);
      return;
    }
    const db = openPadananDb(request.dbName);
    runTmxImport(db, request, { signal: this.signal, chunkBytes: 512, batchSize: 20, onProgress: (progress) => emit({ type: 'progress', progress }) }).then(
      (result) => emit({ type: 'done', result }),
      (error) => emit(error instanceof TmxImportCancelled ? { type: 'cancelled' } : { type: 'failed', error: serializeError(error) }),
    );
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Runs what tmIndex.worker.ts runs, in this thread. */
class FakeIndexWorker implements TmIndexWorker {
  onmessage: TmIndexWorker['onmessage'] = null;
  onerror: TmIndexWorker['onerror'] = null;
  terminated = false;
  private service: TmIndexService | undefined;

  postMessage(message: TmIndexRequest): void {
    const request = structuredClone(message);
    const reply = (response: RpcResponse) => setTimeout(() => this.onmessage?.({ data: structuredClone(response) } as MessageEvent<unknown>), 0);
    this.handle(request).then(
      (value) => reply({ id: request.id, ok: true, value }),
      (error) => reply({ id: request.id, ok: false, error: serializeError(error) }),
    );
  }

  private async handle(request: TmIndexRequest): Promise<unknown> {
    if (request.type === 'open') {
      this.service = new TmIndexService(openPadananDb(request.dbName), request.projectId);
      return this.service.open();
    }
    const service = this.service!;
    if (request.type === 'lookup') return service.lookup(request.query, request);
    if (request.type === 'concordance') return service.concordance(request.query, request.limit);
    if (request.type === 'sync') return service.syncSource(request.source);
    return service.refresh();
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('importTmxInWorker (UI side of the TMX import worker)', () => {
  it('hands the bytes over (transferred), reports progress and the figures, and stores the units', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const bytes = exportTmx(units(60));
    const worker = new FakeImportWorker();
    const progress: number[] = [];
    const handle = importTmxInWorker({ dbName: db.name, projectId: project.id, file: { name: 'a.tmx', bytes } }, (p) => progress.push(p.bytesRead), () => worker);
    const result = await handle.result;
    expect(worker.transfer).toEqual([bytes.buffer]);
    expect(result).toMatchObject({ units: 60, stored: 60, duplicates: 0 });
    expect(progress.at(-1)).toBe(result.bytesTotal);
    expect(worker.terminated).toBe(true);
    expect(await db.tmUnits.count()).toBe(60);
  });

  it('rejects with the PadananError of a bad file, and with a cancel error after cancel()', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const bad = importTmxInWorker({ dbName: db.name, projectId: project.id, file: { name: 'x.tmx', bytes: new TextEncoder().encode('<html/>') } }, () => {}, () => new FakeImportWorker());
    const error = await bad.result.catch((e) => e);
    expect(isPadananError(error) && error.code).toBe('tmx.notTmx');

    const handle = importTmxInWorker({ dbName: db.name, projectId: project.id, file: { name: 'big.tmx', bytes: exportTmx(units(400)) } }, () => handle.cancel(), () => new FakeImportWorker());
    expect(await handle.result.catch((e) => e)).toBeInstanceOf(TmxImportCancelledError);
    expect(await db.tmUnits.count()).toBe(0);
    expect(await db.tmImports.count()).toBe(0);
  });

  it('a worker that dies is an import.failed error naming the file', async () => {
    const handle = importTmxInWorker({ dbName: 'x', projectId: 'p', file: { name: 'a.tmx', bytes: new Uint8Array(3) } }, () => {}, () => new FakeImportWorker(true));
    const error = await handle.result.catch((e) => e);
    expect(isPadananError(error) && error.code).toBe('import.failed');
    expect(error.params.file).toBe('a.tmx');
  });
});

describe('TmIndexClient (UI side of the TM worker)', () => {
  it('opens, looks up, searches, and tells listeners when the index took in new units', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    await db.tmUnits.bulkAdd(units(30).map((u) => ({ ...u, projectId: project.id, origin: 'tmx' as const, createdAt: 1 })));
    const worker = new FakeIndexWorker();
    const client = new TmIndexClient(db.name, project.id, () => worker);
    expect(await client.ready).toMatchObject({ units: 30, from: 'units' });
    expect((await client.lookup('Kalimat nomor 7!', { limit: 1 }))[0]).toMatchObject({ target: 'Sentence number 7.' });
    expect((await client.concordance('sentence number 2')).map((m) => m.source).sort()).toEqual(['Kalimat nomor 2.', 'Kalimat nomor 20.', 'Kalimat nomor 21.', 'Kalimat nomor 22.', 'Kalimat nomor 23.', 'Kalimat nomor 24.', 'Kalimat nomor 25.', 'Kalimat nomor 26.', 'Kalimat nomor 27.', 'Kalimat nomor 28.', 'Kalimat nomor 29.'].sort());
    const sizes: number[] = [];
    client.onChange((size) => sizes.push(size));
    await db.tmUnits.add({ projectId: project.id, source: 'Baru.', target: 'New.', origin: 'confirmed', createdAt: 2 });
    expect(await client.refresh()).toBe(31);
    expect(sizes).toEqual([31]);
    client.dispose();
    expect(worker.terminated).toBe(true);
    const error = await client.lookup('x').catch((e) => e);
    expect(isPadananError(error) && error.code).toBe('tm.workerFailed');
  });
});
