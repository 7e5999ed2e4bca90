import { openPadananDb } from '../db/database';
import { serializeError } from './parseProtocol';
import { TmIndexService } from './tmIndexService';
import { isTmImportAlive } from './tmLocks';
import { tmWorkerFailed, type TmIndexRequest, type TmIndexResponse } from './tmProtocol';

/** The part of a dedicated worker's global scope used here (the renderer compiles with DOM types). */
interface IndexWorkerScope {
  onmessage: ((event: MessageEvent<TmIndexRequest>) => void) | null;
  postMessage(message: TmIndexResponse): void;
}

const scope = self as unknown as IndexWorkerScope;
let service: TmIndexService | undefined;
// A macrotask between the chunks of a rebuild, so that lookups are answered meanwhile.
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

scope.onmessage = (event) => {
  const request = event.data;
  handle(request).then(
    (value) => scope.postMessage({ id: request.id, ok: true, value }),
    (error) => scope.postMessage({ id: request.id, ok: false, error: serializeError(error) }),
  );
};

async function handle(request: TmIndexRequest): Promise<unknown> {
  if (request.type === 'open') {
    if (service) throw tmWorkerFailed('opened twice');
    service = new TmIndexService(openPadananDb(request.dbName), request.projectId, { pause, isImportAlive: (id) => isTmImportAlive(id) });
    return service.open();
  }
  if (!service) throw tmWorkerFailed('not opened');
  switch (request.type) {
    case 'refresh':
      return service.refresh();
    case 'sync':
      return service.syncSource(request.source);
    case 'lookup':
      return service.lookup(request.query, { minScore: request.minScore, limit: request.limit });
    case 'concordance':
      return service.concordance(request.query, request.limit);
  }
}
