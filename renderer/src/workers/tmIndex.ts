import type { TmLoadInfo } from './tmIndexService';
import { tmWorkerFailed, type TmIndexCall, type TmIndexResults } from './tmProtocol';
import { WorkerRpc, type RpcWorker } from './workerRpc';

/** What TmIndexClient needs from a Worker (a fake one in Node tests). */
export type TmIndexWorker = RpcWorker<TmIndexCall>;

export type TmIndexWorkerFactory = () => TmIndexWorker;

/**
 * The UI thread's handle on a project's TM worker (tmIndex.worker.ts): every call is a message
 * with an id, answered in any order. The worker opens the database itself and keeps the index,
 * so the UI thread never holds the memory.
 */
export class TmIndexClient {
  private readonly rpc: WorkerRpc<TmIndexCall>;
  private readonly listeners = new Set<(size: number) => void>();
  /** Resolves once the worker has loaded the project's TM. */
  readonly ready: Promise<TmLoadInfo>;

  constructor(
    readonly dbName: string,
    readonly projectId: string,
    createWorker: TmIndexWorkerFactory = createTmIndexWorker,
  ) {
    this.rpc = new WorkerRpc(createWorker(), tmWorkerFailed, 'TM');
    this.ready = this.call({ type: 'open', dbName, projectId });
  }

  call<C extends TmIndexCall>(call: C): Promise<TmIndexResults[C['type']]> {
    return this.rpc.call(call) as Promise<TmIndexResults[C['type']]>;
  }

  lookup(query: string, options: { minScore?: number; limit?: number } = {}) {
    return this.call({ type: 'lookup', query, ...options });
  }

  concordance(query: string, limit?: number) {
    return this.call({ type: 'concordance', query, limit });
  }

  /** A segment with this source was confirmed (its TM unit is stored). */
  sync(source: string): Promise<number> {
    return this.call({ type: 'sync', source }).then((size) => this.changed(size));
  }

  /** Storage changed (an import finished): index what is new. */
  refresh(): Promise<number> {
    return this.call({ type: 'refresh' }).then((size) => this.changed(size));
  }

  /** Called after the index took in new units (to look the current segment up again). */
  onChange(listener: (size: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.rpc.dispose();
  }

  private changed(size: number): number {
    this.listeners.forEach((listener) => listener(size));
    return size;
  }
}

function createTmIndexWorker(): TmIndexWorker {
  return new Worker(new URL('./tmIndex.worker.ts', import.meta.url), { type: 'module' }) as unknown as TmIndexWorker;
}
