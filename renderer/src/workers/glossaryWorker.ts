import { glossaryWorkerFailed, type GlossaryCall, type GlossaryResults } from './glossaryProtocol';
import { WorkerRpc, type RpcWorker } from './workerRpc';

/** What GlossaryWorkerClient needs from a Worker (a fake one in Node tests). */
export type GlossaryWorker = RpcWorker<GlossaryCall>;

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
  private readonly rpc: WorkerRpc<GlossaryCall>;

  constructor(createWorker: GlossaryWorkerFactory = defaultFactory) {
    this.rpc = new WorkerRpc(createWorker(), glossaryWorkerFailed, 'glossary');
  }

  /** Sends a call; `transfer` hands buffers over instead of copying them. */
  call<C extends GlossaryCall>(call: C, transfer: Transferable[] = []): Promise<GlossaryResults[C['type']]> {
    return this.rpc.call(call, transfer) as Promise<GlossaryResults[C['type']]>;
  }

  dispose(): void {
    this.rpc.dispose();
  }
}

function createGlossaryWorker(): GlossaryWorker {
  return new Worker(new URL('./glossary.worker.ts', import.meta.url), { type: 'module' }) as unknown as GlossaryWorker;
}
