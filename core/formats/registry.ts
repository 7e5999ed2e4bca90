import type { DocumentCodec } from './types';
import { txtCodec } from './txt';
import { mdCodec } from './md';
import { docxCodec } from './docx';
import { htmlCodec } from './html';
import { xliffCodec } from './xliffCommonCodec';

/** Every document format Padanan can import, one codec per format; add new codecs here. */
export const documentCodecs: readonly DocumentCodec[] = [txtCodec, mdCodec, docxCodec, htmlCodec, xliffCodec];

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The codec for a file name, by extension; undefined when Padanan cannot import it. */
export function codecForFile(fileName: string): DocumentCodec | undefined {
  const ext = extensionOf(fileName);
  return documentCodecs.find((c) => c.extensions.includes(ext));
}

export function importableExtensions(): string[] {
  return documentCodecs.flatMap((c) => c.extensions);
}
