import { handleExportRequest, type ExportRequest, type ExportResponse } from './exportProtocol';

/** The part of a dedicated worker's global scope used here (the renderer compiles with DOM types). */
interface ExportScope {
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
  postMessage(message: ExportResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as ExportScope;
scope.onmessage = (event) => {
  void handleExportRequest(event.data).then((response) => scope.postMessage(response, response.ok ? [response.file.bytes.buffer as ArrayBuffer] : []));
};
