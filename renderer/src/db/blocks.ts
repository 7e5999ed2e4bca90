import { Dexie } from 'dexie';
import { SEGMENT_BLOCK_SIZE } from './schema';

export function blockOf(index: number): number {
  return Math.floor(index / SEGMENT_BLOCK_SIZE);
}

/** Lower and upper keys of every `[documentId+…]` compound key of one document. */
export function documentKeyRange(documentId: string): [[string, unknown], [string, unknown]] {
  return [
    [documentId, Dexie.minKey],
    [documentId, Dexie.maxKey],
  ];
}
