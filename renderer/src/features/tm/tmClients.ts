import { TmIndexClient, type TmIndexWorkerFactory } from '../../workers/tmIndex';

/**
 * One TM worker per open project, shared by everything that asks the TM (the editor's TM panel,
 * the TMX import that tells it about new units). The editor remounts per document; the worker and
 * its loaded index stay while the project is open and a short while after, so that switching
 * documents does not reload a large memory.
 */
interface Entry {
  client: TmIndexClient;
  users: number;
  closeTimer?: ReturnType<typeof setTimeout>;
}

const entries = new Map<string, Entry>();
const KEEP_MS = 30_000;
let workerFactory: TmIndexWorkerFactory | undefined;

/** The project's TM client; call release() when done with it. */
export function acquireTmClient(dbName: string, projectId: string): { client: TmIndexClient; release(): void } {
  const key = `${dbName}\u0000${projectId}`;
  // One project's memory at a time: another project's idle worker goes now.
  for (const [other, entry] of entries) {
    if (other !== key && entry.users === 0) close(other, entry);
  }
  let entry = entries.get(key);
  if (!entry) {
    entry = { client: new TmIndexClient(dbName, projectId, workerFactory), users: 0 };
    entries.set(key, entry);
  }
  const current = entry;
  if (current.closeTimer !== undefined) clearTimeout(current.closeTimer);
  current.closeTimer = undefined;
  current.users++;
  let released = false;
  return {
    client: current.client,
    release() {
      if (released) return;
      released = true;
      if (--current.users === 0) current.closeTimer = setTimeout(() => close(key, current), KEEP_MS);
    },
  };
}

/** New units were stored for the project (an import finished): the loaded index takes them in. */
export function notifyTmChanged(dbName: string, projectId: string): void {
  const entry = entries.get(`${dbName}\u0000${projectId}`);
  entry?.client.refresh().catch((error) => console.error('Padanan could not refresh the translation memory', error));
}

/** Tests replace the worker. */
export function setTmWorkerFactory(factory: TmIndexWorkerFactory | undefined): void {
  workerFactory = factory;
}

function close(key: string, entry: Entry): void {
  if (entry.closeTimer !== undefined) clearTimeout(entry.closeTimer);
  entry.client.dispose();
  entries.delete(key);
}
