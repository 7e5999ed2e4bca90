import { openPadananDb } from '../db/database';
import { discardAbandonedTmImports } from '../db/tm';
import { isTmImportAlive } from './tmLocks';
import { serializeError } from './parseProtocol';
import { runTmxImport, TmxImportCancelled } from './tmImportJob';
import { tmImportLockName, type TmImportEvent, type TmImportRequest } from './tmProtocol';

/** The part of a dedicated worker's global scope used here (the renderer compiles with DOM types). */
interface ImportWorkerScope {
  onmessage: ((event: MessageEvent<TmImportRequest>) => void) | null;
  postMessage(message: TmImportEvent): void;
  navigator: { locks?: LockManager };
}

const scope = self as unknown as ImportWorkerScope;
const signal = { aborted: false };
let started = false;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') {
    signal.aborted = true;
    return;
  }
  if (started) return;
  started = true;
  const run = async () => {
    const db = openPadananDb(request.dbName);
    try {
      // Left by a window that closed mid-import: such units must not count as duplicates.
      await discardAbandonedTmImports(db, (id) => isTmImportAlive(id));
      const result = await runTmxImport(
        db,
        { projectId: request.projectId, fileName: request.fileName, bytes: request.bytes, importId: request.importId },
        {
          signal,
          onStarted: (importId) => scope.postMessage({ type: 'started', importId }),
          onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
        },
      );
      scope.postMessage({ type: 'done', result });
    } catch (error) {
      scope.postMessage(error instanceof TmxImportCancelled ? { type: 'cancelled' } : { type: 'failed', error: serializeError(error) });
    } finally {
      db.close();
    }
  };
  // Held while the import writes: when the worker dies, the lock goes with it and the next
  // import or TM load knows the half-written import was abandoned (db/tm.ts discards it).
  const locks = scope.navigator.locks;
  if (locks) void locks.request(tmImportLockName(request.importId), run);
  else void run();
};
