import { PadananError } from '../../../core/errors';

/**
 * Runs a storage operation and turns the failures a user can act on into PadananErrors
 * (codes in i18n/<language>/errors.storage.json). Other errors pass through unchanged.
 */
export async function withStorageErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

export function toStorageError(error: unknown): unknown {
  if (error instanceof PadananError) return error;
  if (isQuotaError(error)) {
    return new PadananError('storage.quota', 'There is not enough disk space to save this work. Free some space and try again.');
  }
  return error;
}

function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

export function projectMissing(id: string): PadananError {
  return new PadananError('storage.projectMissing', 'The project no longer exists.', { id });
}

export function documentMissing(id: string): PadananError {
  return new PadananError('storage.documentMissing', 'The document no longer exists.', { id });
}

export function segmentMissing(documentId: string, index: number): PadananError {
  return new PadananError('storage.segmentMissing', `Segment ${index + 1} does not exist in this document.`, {
    id: documentId,
    segment: index + 1,
  });
}
