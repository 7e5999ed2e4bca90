import { PadananError } from '../../../core/errors';
import { serializeError, type SerializedError } from './parseProtocol';

/**
 * Calls to a long-lived worker (the glossary matcher, the TM index): every call is a message with
 * an id, answered in any order by a reply with the same id.
 */
export type RpcRequest<Call> = Call & { id: number };
export type RpcResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

/** What WorkerRpc needs from a Worker (a fake one in Node tests). */
export interface RpcWorker<Call> {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: RpcRequest<Call>, transfer?: Transferable[]): void;
  terminate(): void;
}

/**
 * The UI thread's side. Errors come back as PadananErrors (re-created); anything else the worker
 * throws, its death, or a reply that is not one becomes `failed(detail)`. Once the worker has
 * failed or the client is disposed, every call rejects.
 */
export class WorkerRpc<Call> {
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
  private nextId = 1;
  private failure: PadananError | undefined;

  constructor(
    private readonly worker: RpcWorker<Call>,
    private readonly failed: (detail: string) => PadananError,
    label: string,
  ) {
    worker.onmessage = (event) => {
      const response = event.data;
      if (!isRpcResponse(response)) return this.fail(`unexpected reply from the ${label} worker`);
      const waiter = this.pending.get(response.id);
      if (!waiter) return;
      this.pending.delete(response.id);
      if (response.ok) waiter.resolve(response.value);
      else waiter.reject(response.error.padanan ? new PadananError(response.error.code, response.error.message, response.error.params) : failed(response.error.message));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail(event.message || `the ${label} worker stopped`);
    };
  }

  /** Sends a call; `transfer` hands buffers over instead of copying them. */
  call(call: Call, transfer: Transferable[] = []): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...call, id }, transfer);
    });
  }

  dispose(): void {
    this.fail('closed');
  }

  private fail(detail: string): void {
    this.failure ??= this.failed(detail);
    this.worker.onmessage = this.worker.onerror = null;
    this.worker.terminate();
    for (const waiter of this.pending.values()) waiter.reject(this.failure);
    this.pending.clear();
  }
}

export function isRpcResponse(value: unknown): value is RpcResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { id?: unknown; ok?: unknown; error?: { code?: unknown } };
  return typeof v.id === 'number' && (v.ok === true || (v.ok === false && typeof v.error?.code === 'string'));
}

/**
 * Inside the worker: answers each call with `handle`'s value (bytes are transferred, not copied)
 * or its error as data.
 */
export function serveRpc<Call>(handle: (call: RpcRequest<Call>) => Promise<unknown>): void {
  // The part of a worker's global scope used here (the renderer compiles with DOM types).
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<RpcRequest<Call>>) => void) | null;
    postMessage(message: RpcResponse, transfer?: Transferable[]): void;
  };
  scope.onmessage = (event) => {
    const request = event.data;
    handle(request).then(
      (value) => scope.postMessage({ id: request.id, ok: true, value }, value instanceof Uint8Array ? [value.buffer] : []),
      (error) => scope.postMessage({ id: request.id, ok: false, error: serializeError(error) }),
    );
  };
}
