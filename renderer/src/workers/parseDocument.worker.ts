import { handleParseRequest, type ParseRequest, type ParseResponse } from './parseProtocol';

/** The part of a dedicated worker's global scope used here (the renderer compiles with DOM types). */
interface ParseWorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
}

const scope = self as unknown as ParseWorkerScope;

scope.onmessage = (event) => {
  scope.postMessage(handleParseRequest(event.data));
};
