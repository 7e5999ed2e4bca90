import type { CliIo } from './io';
import { UsageError } from './io';
import { codecForFile, importableExtensions } from '../core/formats/registry';
import { createDefaultSegmenter, type Segmenter } from '../core/segment/index';
import type { ImportedDocument } from '../core/formats/types';

/** Reads any importable document (by extension) into segments with the given or default rules. */
export async function readDocumentFile(path: string, io: CliIo, segmenter: Segmenter = createDefaultSegmenter()): Promise<ImportedDocument> {
  const codec = codecForFile(path);
  if (!codec) throw new UsageError(`cannot read "${path}": supported extensions are ${importableExtensions().join(', ')}`);
  return codec.read(await io.read(path), { fileName: path, segmenter });
}
