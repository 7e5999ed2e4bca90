import { DATABASE_NAME, PadananDb } from './schema';

/**
 * Opens (creating or upgrading) Padanan's database. Dexie opens lazily on the first query, so
 * this returns at once; open errors surface on that first query.
 */
export function openPadananDb(name: string = DATABASE_NAME): PadananDb {
  return new PadananDb(name);
}

/**
 * Runs `work` on a connection of its own to the database called `name`, closed afterwards: what
 * a worker does for each request it serves (its writes reach every other connection's readers).
 */
export async function withPadananDb<T>(name: string, work: (db: PadananDb) => Promise<T>): Promise<T> {
  const db = openPadananDb(name);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}
