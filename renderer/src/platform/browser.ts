import type { FileFilter, OpenFilesRequest, PickedFile, PlatformApi, SaveFileRequest } from './api';

/**
 * The platform in a plain browser: a hidden file input to open files, a download to save them.
 * openFiles must be called from a user gesture (a click or key press handler, before any await).
 */
export function createBrowserPlatform(doc: Document = document): PlatformApi {
  return {
    kind: 'browser',
    openFiles: (request) => openWithFileInput(doc, request),
    saveFile: (request) => saveAsDownload(doc, request),
    onMenuCommand: () => () => {},
  };
}

/** `accept` value for a file input: ".txt,.md". */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  const extensions = new Set(filters.flatMap((f) => f.extensions.map((e) => `.${e.replace(/^\./, '').toLowerCase()}`)));
  return [...extensions].join(',');
}

/** Reads dropped or picked browser Files into the platform's shape. */
export async function readPickedFiles(files: Iterable<File>): Promise<PickedFile[]> {
  return Promise.all([...files].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

function openWithFileInput(doc: Document, request: OpenFilesRequest): Promise<PickedFile[]> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = request.multiple ?? false;
    const accept = acceptAttribute(request.filters);
    if (accept) input.accept = accept;
    input.hidden = true;
    input.setAttribute('aria-hidden', 'true');
    const done = () => input.remove();
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      done();
      readPickedFiles(files).then(resolve, reject);
    });
    // Chromium fires `cancel` when the dialog is closed without a choice.
    input.addEventListener('cancel', () => {
      done();
      resolve([]);
    });
    doc.body.append(input);
    input.click();
  });
}

async function saveAsDownload(doc: Document, request: SaveFileRequest): Promise<boolean> {
  const type = mediaTypeFor(request.suggestedName);
  const url = URL.createObjectURL(new Blob([request.bytes as BlobPart], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoke later so that slow browsers can still read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

const MEDIA_TYPES: Record<string, string> = {
  txt: 'text/plain;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  xlf: 'application/xliff+xml',
  xliff: 'application/xliff+xml',
  tmx: 'application/x-tmx+xml',
  tbx: 'application/x-tbx+xml',
  csv: 'text/csv;charset=utf-8',
  tsv: 'text/tab-separated-values;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
};

function mediaTypeFor(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return MEDIA_TYPES[fileName.slice(dot + 1).toLowerCase()] ?? 'application/octet-stream';
}
