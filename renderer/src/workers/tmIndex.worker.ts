import { openPadananDb } from '../db/database';
import { TmIndexService } from './tmIndexService';
import { isTmImportAlive } from './tmLocks';
import { tmWorkerFailed, type TmIndexRequest } from './tmProtocol';
import { serveRpc } from './workerRpc';

let service: TmIndexService | undefined;
// A macrotask between the chunks of a rebuild, so that lookups are answered meanwhile.
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

serveRpc(handle);

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
