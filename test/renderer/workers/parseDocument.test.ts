import { describe, expect, it } from 'vitest';
import { isPadananError, PadananError } from '../../../core/errors';
import { parseDocumentInWorker, type ParseWorker } from '../../../renderer/src/workers/parseDocument';
import {
  deserializeError,
  handleParseRequest,
  isParseResponse,
  serializeError,
  type ParseRequest,
} from '../../../renderer/src/workers/parseProtocol';

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * Stands in for a Web Worker: runs the worker's handler on a structured clone of the request,
 * asynchronously, and replies with a structured clone — what crossing a thread boundary does.
 */
class FakeWorker implements ParseWorker {
  onmessage: ParseWorker['onmessage'] = null;
  onerror: ParseWorker['onerror'] = null;
  onmessageerror: ParseWorker['onmessageerror'] = null;
  terminated = false;
  received: ParseRequest | undefined;
  transferred: Transferable[] = [];

  constructor(private readonly behaviour: 'run' | 'crash' | 'garbage' = 'run') {}

  postMessage(message: ParseRequest, transfer: Transferable[]): void {
    this.transferred = transfer;
    const request = structuredClone(message);
    this.received = request;
    setTimeout(() => {
      if (this.behaviour === 'crash') this.onerror?.({ message: 'Uncaught SyntaxError', preventDefault() {} } as ErrorEvent);
      else if (this.behaviour === 'garbage') this.onmessage?.({ data: { hello: 1 } } as MessageEvent<unknown>);
      else this.onmessage?.({ data: structuredClone(handleParseRequest(request)) } as MessageEvent<unknown>);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('parse protocol (runs inside the worker)', () => {
  it('parses a text file into segments', () => {
    const response = handleParseRequest({ name: 'berita.txt', bytes: utf8('Banjir melanda Jakarta. Warga mengungsi.\nHujan turun.\n') });
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    expect(response.document.format).toBe('txt');
    expect(response.document.segments.map((s) => s.source)).toEqual(['Banjir melanda Jakarta.', 'Warga mengungsi.', 'Hujan turun.']);
  });

  it('turns codec errors into plain data that survives structured clone', () => {
    const response = structuredClone(handleParseRequest({ name: 'kosong.txt', bytes: new Uint8Array() }));
    expect(response).toEqual({ ok: false, error: { padanan: true, code: 'file.empty', message: 'kosong.txt is empty.', params: { file: 'kosong.txt' } } });
    const binary = handleParseRequest({ name: 'x.txt', bytes: new Uint8Array([1, 0, 2, 0]) });
    expect(!binary.ok && binary.error.code).toBe('file.binary');
  });

  it('refuses a file no codec reads', () => {
    const response = handleParseRequest({ name: 'gambar.PNG', bytes: utf8('x') });
    expect(!response.ok && response.error).toMatchObject({ padanan: true, code: 'import.unsupported', params: { file: 'gambar.PNG', extension: 'PNG' } });
  });

  it('re-creates a PadananError on the UI side; a non-Padanan error becomes import.failed', () => {
    const original = new PadananError('file.undecodable', 'bad', { file: 'a.txt', line: 3 });
    const back = deserializeError(structuredClone(serializeError(original)), 'a.txt');
    expect(isPadananError(back)).toBe(true);
    expect([back.code, back.message, back.params]).toEqual(['file.undecodable', 'bad', { file: 'a.txt', line: 3 }]);
    const bug = deserializeError(serializeError(new TypeError('x is undefined')), 'a.txt');
    expect(isPadananError(bug) && [bug.code, bug.params]).toEqual(['import.failed', { file: 'a.txt', detail: 'x is undefined' }]);
  });

  it('recognises well-formed responses only', () => {
    expect(isParseResponse({ ok: true, document: {} })).toBe(true);
    expect(isParseResponse({ ok: false, error: { code: 'a', message: 'b', params: {}, padanan: true } })).toBe(true);
    expect(isParseResponse({ ok: false })).toBe(false);
    expect(isParseResponse({ ok: true })).toBe(false);
    expect(isParseResponse(null)).toBe(false);
    expect(isParseResponse('ok')).toBe(false);
  });
});

describe('parseDocumentInWorker (UI side)', () => {
  it('resolves with the parsed document, transfers a copy of the bytes, and ends the worker', async () => {
    const worker = new FakeWorker();
    const bytes = utf8('Presiden meresmikan jembatan. Jembatan itu panjang.');
    const doc = await parseDocumentInWorker({ name: 'a.txt', bytes }, () => worker);
    expect(doc.segments.map((s) => s.source)).toEqual(['Presiden meresmikan jembatan.', 'Jembatan itu panjang.']);
    expect(worker.terminated).toBe(true);
    expect(worker.received!.name).toBe('a.txt');
    expect(worker.transferred).toHaveLength(1);
    expect(worker.transferred[0]).not.toBe(bytes.buffer);
    expect(bytes.length).toBeGreaterThan(0);
  });

  it('rejects with a real PadananError for a bad file', async () => {
    const worker = new FakeWorker();
    const error = await parseDocumentInWorker({ name: 'kosong.txt', bytes: new Uint8Array() }, () => worker).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PadananError);
    expect(isPadananError(error) && [error.code, error.params.file]).toEqual(['file.empty', 'kosong.txt']);
    expect(worker.terminated).toBe(true);
  });

  it('rejects an unsupported file without starting a worker', async () => {
    let started = 0;
    const error = await parseDocumentInWorker({ name: 'laporan.pdf', bytes: utf8('%PDF') }, () => {
      started++;
      return new FakeWorker();
    }).catch((e: unknown) => e);
    expect(isPadananError(error) && error.code).toBe('import.unsupported');
    expect(started).toBe(0);
  });

  it('turns a crashed worker, a garbled reply or a worker that cannot start into import.failed', async () => {
    for (const factory of [() => new FakeWorker('crash'), () => new FakeWorker('garbage'), (): ParseWorker => {
      throw new Error('Workers are not available');
    }]) {
      const error = await parseDocumentInWorker({ name: 'a.txt', bytes: utf8('Halo.') }, factory).catch((e: unknown) => e);
      expect(isPadananError(error) && error.code).toBe('import.failed');
      expect(isPadananError(error) && error.params.file).toBe('a.txt');
    }
  });
});
