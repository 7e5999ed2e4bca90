import type { ImportedDocument } from '../../../core/formats/types';
import { codecForFile } from '../../../core/formats/registry';
import { deserializeError, importFailed, isParseResponse, unsupportedFile, type ParseRequest } from './parseProtocol';

/** What parseDocumentInWorker needs from a Worker (a fake one in Node tests). */
export interface ParseWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: ParseRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export type ParseWorkerFactory = () => ParseWorker;

/**
 * Parses a document file off the UI thread. Picks the codec by file name (core/formats/registry.ts)
 * and runs codec.read() in a dedicated worker, one per file, ended when done. Rejects with a
 * PadananError: the codec's own (file.empty, file.binary, …), import.unsupported for a file no
 * codec reads, import.failed when the worker itself fails.
 *
 * The bytes are copied before being handed over, so the caller's array stays usable. `srx` is the
 * project's custom segmentation rules; without it the document is segmented with the default rules.
 */
export function parseDocumentInWorker(
  file: { name: string; bytes: Uint8Array; srx?: string },
  createWorker: ParseWorkerFactory = createParseWorker,
): Promise<ImportedDocument> {
  if (!codecForFile(file.name)) return Promise.reject(unsupportedFile(file.name));
  return new Promise<ImportedDocument>((resolve, reject) => {
    let worker: ParseWorker;
    try {
      worker = createWorker();
    } catch (error) {
      reject(importFailed(file.name, error instanceof Error ? error.message : String(error)));
      return;
    }
    const finish = (outcome: () => void) => {
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
      outcome();
    };
    worker.onmessage = (event) => {
      const response = event.data;
      if (!isParseResponse(response)) finish(() => reject(importFailed(file.name, 'unexpected reply from the import worker')));
      else if (response.ok) finish(() => resolve(response.document));
      else finish(() => reject(deserializeError(response.error, file.name)));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(() => reject(importFailed(file.name, event.message || 'the import worker stopped')));
    };
    worker.onmessageerror = () => finish(() => reject(importFailed(file.name, 'the import worker sent an unreadable reply')));
    const bytes = file.bytes.slice();
    const request: ParseRequest = { name: file.name, bytes };
    // The project's own rules, when it has them (see db/segmentationRules.ts).
    if (file.srx !== undefined) request.srx = file.srx;
    worker.postMessage(request, [bytes.buffer]);
  });
}

function createParseWorker(): ParseWorker {
  return new Worker(new URL('./parseDocument.worker.ts', import.meta.url), { type: 'module' }) as unknown as ParseWorker;
}
