import { PadananError } from '../../../core/errors';
import type { SerializedError } from './parseProtocol';
import { glossaryWorkerFailed, isGlossaryResponse, type GlossaryCall, type GlossaryRequest, type GlossaryResults } from './glossaryProtocol';

/** What GlossaryWorkerClient needs from a Worker (a fake one in Node tests). */
export interface GlossaryWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: GlossaryRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

export type GlossaryWorkerFactory = () => GlossaryWorker;

let defaultFactory: GlossaryWorkerFactory = createGlossaryWorker;

/** Tests replace the worker (undefined: the real one again). */
export function setGlossaryWorkerFactory(factory: GlossaryWorkerFactory | undefined): void {
  defaultFactory = factory ?? createGlossaryWorker;
}

/**
 * The UI thread's handle on a glossary worker (glossary.worker.ts): every call is a message with
 * an id, answered in any order. Once the worker fails or is disposed, every call rejects.
 */
export class GlossaryWorkerClient {
  private readonly worker: GlossaryWorker;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
  private nextId = 1;
  private failure: PadananError | undefined;

  constructor(createWorker: GlossaryWorkerFactory = defaultFactory) {
    this.worker = createWorker();
    this.worker.onmessage = (event) => {
      const response = event.data;
      if (!isGlossaryResponse(response)) return this.fail('unexpected reply from the glossary worker');
      const waiter = this.pending.get(response.id);
      if (!waiter) return;
      this.pending.delete(response.id);
      if (response.ok) waiter.resolve(response.value);
      else waiter.reject(toError(response.error));
    };
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail(event.message || 'the glossary worker stopped');
    };
  }

  /** Sends a call; `transfer` hands buffers over instead of copying them. */
  call<C extends GlossaryCall>(call: C, transfer: Transferable[] = []): Promise<GlossaryResults[C['type']]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...call, id }, transfer);
    });
  }

  dispose(): void {
    this.fail('closed');
  }

  private fail(detail: string): void {
    this.failure ??= glossaryWorkerFailed(detail);
    this.worker.onmessage = this.worker.onerror = null;
    this.worker.terminate();
    for (const waiter of this.pending.values()) waiter.reject(this.failure);
    this.pending.clear();
  }
}

function toError(error: SerializedError): PadananError {
  return error.padanan ? new PadananError(error.code, error.message, error.params) : glossaryWorkerFailed(error.message);
}

function createGlossaryWorker(): GlossaryWorker {
  return new Worker(new URL('./glossary.worker.ts', import.meta.url), { type: 'module' }) as unknown as GlossaryWorker;
}
