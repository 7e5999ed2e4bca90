import { TmIndexClient, type TmIndexWorkerFactory } from '../../workers/tmIndex';
import { createKeepAlivePool, projectKey } from '../../workers/keepAlivePool';

/**
 * One TM worker per open project, shared by everything that asks the TM (the editor's TM panel,
 * the TMX import that tells it about new units); its loaded index outlives a document switch.
 */
const pool = createKeepAlivePool<TmIndexClient>();
let workerFactory: TmIndexWorkerFactory | undefined;

/** The project's TM client; call release() when done with it. */
export function acquireTmClient(dbName: string, projectId: string): { client: TmIndexClient; release(): void } {
  const { value, release } = pool.acquire(projectKey(dbName, projectId), () => new TmIndexClient(dbName, projectId, workerFactory));
  return { client: value, release };
}

/** New units were stored for the project (an import finished): the loaded index takes them in. */
export function notifyTmChanged(dbName: string, projectId: string): void {
  pool
    .get(projectKey(dbName, projectId))
    ?.refresh()
    .catch((error) => console.error('Padanan could not refresh the translation memory', error));
}

/** Tests replace the worker. */
export function setTmWorkerFactory(factory: TmIndexWorkerFactory | undefined): void {
  workerFactory = factory;
}
