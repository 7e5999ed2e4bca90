import { TAG_OPEN_BASE, TAG_STANDALONE_BASE, TAG_MAX_PER_SEGMENT } from '../model';

const TAG_CHAR = new RegExp(`[\\u${TAG_OPEN_BASE.toString(16)}-\\u${(TAG_STANDALONE_BASE + TAG_MAX_PER_SEGMENT - 1).toString(16)}]`, 'gu');

/**
 * A memory's translation as it can go into the current segment: inline-tag characters that the
 * current source does not have are dropped (they belonged to the other segment's codes and would
 * break the export); the ones it has are kept, so a match from the same tagged sentence keeps its
 * formatting.
 */
export function insertableTarget(target: string, currentSource: string): string {
  return target.replace(TAG_CHAR, (char) => (currentSource.includes(char) ? char : ''));
}
