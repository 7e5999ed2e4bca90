import type { WorkPosition } from '../../../core/model';
import { POSITION_SETTING, type PadananDb } from './schema';
import { withStorageErrors } from './storageErrors';

/** A stored setting, or `fallback` when it was never set. */
export async function getSetting<T>(db: PadananDb, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(db: PadananDb, key: string, value: unknown): Promise<void> {
  await withStorageErrors(() => db.settings.put({ key, value }));
}

/** Where the translator is (project, document, segment), restored at the next start. */
export async function savePosition(db: PadananDb, position: WorkPosition): Promise<void> {
  const { projectId, documentId, segmentIndex } = position;
  await setSetting(db, POSITION_SETTING, { projectId, documentId, segmentIndex });
}

/** The saved position, or undefined when none was saved (or it is malformed). */
export async function loadPosition(db: PadananDb): Promise<WorkPosition | undefined> {
  const value = await getSetting<unknown>(db, POSITION_SETTING, undefined);
  return isWorkPosition(value) ? value : undefined;
}

function isWorkPosition(value: unknown): value is WorkPosition {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.projectId === 'string' && typeof v.documentId === 'string' && Number.isInteger(v.segmentIndex) && (v.segmentIndex as number) >= 0;
}
