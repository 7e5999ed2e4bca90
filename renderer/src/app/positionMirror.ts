import type { WorkPosition } from '../../../core/model';
import type { PadananDb } from '../db/schema';
import { savePosition } from '../db/settings';

export const POSITION_STORAGE_KEY = 'padanan.workPosition';

/**
 * Saves the work position in Dexie and, synchronously, in localStorage: a reload right after a
 * move can abort the IndexedDB write, the localStorage copy survives it.
 */
export function rememberPosition(db: PadananDb, position: WorkPosition): Promise<void> {
  try {
    localStorage.setItem(POSITION_STORAGE_KEY, JSON.stringify(position));
  } catch {
    /* the Dexie copy is enough */
  }
  return savePosition(db, position);
}

/** The mirrored position, if it is well-formed. */
export function readPositionMirror(raw: string | null): WorkPosition | undefined {
  try {
    const v = JSON.parse(raw ?? 'null') as Partial<WorkPosition> | null;
    if (v && typeof v.projectId === 'string' && typeof v.documentId === 'string' && Number.isInteger(v.segmentIndex) && v.segmentIndex! >= 0) {
      return { projectId: v.projectId, documentId: v.documentId, segmentIndex: v.segmentIndex! };
    }
  } catch {
    /* malformed: ignore */
  }
  return undefined;
}
