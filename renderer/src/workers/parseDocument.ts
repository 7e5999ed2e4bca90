import type { ImportedDocument } from '../../../core/formats/types';
import { codecForFile } from '../../../core/formats/registry';
import { isParseResponse, unsupportedFile, type ParseRequest } from './parseProtocol';
import { runWorkerJob, type JobWorker } from './workerJob';

/** What parseDocumentInWorker needs from a Worker (a fake one in Node tests). */
export type ParseWorker = JobWorker<ParseRequest>;

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
  const bytes = file.bytes.slice();
  const request: ParseRequest = { name: file.name, bytes };
  // The project's own rules, when it has them (see db/segmentationRules.ts).
  if (file.srx !== undefined) request.srx = file.srx;
  return runWorkerJob(createWorker, {
    request,
    transfer: [bytes.buffer],
    fileName: file.name,
    label: 'import',
    isResponse: isParseResponse,
    result: (response): ImportedDocument => response.document,
  });
}

function createParseWorker(): ParseWorker {
  return new Worker(new URL('./parseDocument.worker.ts', import.meta.url), { type: 'module' }) as unknown as ParseWorker;
}
