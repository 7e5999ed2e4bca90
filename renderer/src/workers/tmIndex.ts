import { PadananError } from '../../../core/errors';
import type { SerializedError } from './parseProtocol';
import type { TmLoadInfo } from './tmIndexService';
import { isTmIndexResponse, tmWorkerFailed, type TmIndexCall, type TmIndexRequest, type TmIndexResults } from './tmProtocol';

/** What TmIndexClient needs from a Worker (a fake one in Node tests). */
export interface TmIndexWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: TmIndexRequest): void;
  terminate(): void;
}

export type TmIndexWorkerFactory = () => TmIndexWorker;

/**
 * The UI thread's handle on a project's TM worker (tmIndex.worker.ts): every call is a message
 * with an id, answered in any order. The worker opens the database itself and keeps the index,
 * so the UI thread never holds the memory.
 */
export class TmIndexClient {
  private readonly worker: TmIndexWorker;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
  private nextId = 1;
  private failure: PadananError | undefined;
  private readonly listeners = new Set<(size: number) => void>();
  /** Resolves once the worker has loaded the project's TM. */
  readonly ready: Promise<TmLoadInfo>;

  constructor(
    readonly dbName: string,
    readonly projectId: string,
    createWorker: TmIndexWorkerFactory = createTmIndexWorker,
  ) {
    this.worker = createWorker();
    this.worker.onmessage = (event) => {
      const response = event.data;
      if (!isTmIndexResponse(response)) return this.fail('unexpected reply from the TM worker');
      const waiter = this.pending.get(response.id);
      if (!waiter) return;
      this.pending.delete(response.id);
      if (response.ok) waiter.resolve(response.value);
      else waiter.reject(toError(response.error));
    };
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail(event.message || 'the TM worker stopped');
    };
    this.ready = this.call({ type: 'open', dbName, projectId });
  }

  call<C extends TmIndexCall>(call: C): Promise<TmIndexResults[C['type']]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...call, id });
    });
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
    this.fail('closed');
  }

  private changed(size: number): number {
    this.listeners.forEach((listener) => listener(size));
    return size;
  }

  private fail(detail: string): void {
    this.failure ??= tmWorkerFailed(detail);
    this.worker.onmessage = this.worker.onerror = null;
    this.worker.terminate();
    for (const waiter of this.pending.values()) waiter.reject(this.failure);
    this.pending.clear();
  }
}

function toError(error: SerializedError): PadananError {
  return error.padanan ? new PadananError(error.code, error.message, error.params) : tmWorkerFailed(error.message);
}

function createTmIndexWorker(): TmIndexWorker {
  return new Worker(new URL('./tmIndex.worker.ts', import.meta.url), { type: 'module' }) as unknown as TmIndexWorker;
}
