import { openPadananDb } from '../db/database';
import { serializeError } from './parseProtocol';
import { GlossaryService } from './glossaryService';
import type { GlossaryRequest, GlossaryResponse } from './glossaryProtocol';

/** The part of a dedicated worker's global scope used here (the renderer compiles with DOM types). */
interface GlossaryWorkerScope {
  onmessage: ((event: MessageEvent<GlossaryRequest>) => void) | null;
  postMessage(message: GlossaryResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as GlossaryWorkerScope;
const service = new GlossaryService(openPadananDb);

scope.onmessage = (event) => {
  const request = event.data;
  service.handle(request).then(
    (value) => scope.postMessage({ id: request.id, ok: true, value }, value instanceof Uint8Array ? [value.buffer] : []),
    (error) => scope.postMessage({ id: request.id, ok: false, error: serializeError(error) }),
  );
};
