import { DATABASE_NAME, PadananDb } from './schema';

/**
 * Opens (creating or upgrading) Padanan's database. Dexie opens lazily on the first query, so
 * this returns at once; open errors surface on that first query.
 */
export function openPadananDb(name: string = DATABASE_NAME): PadananDb {
  return new PadananDb(name);
}
