import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';

const V1 = {
  projects: 'id, updatedAt',
  documents: 'id, projectId',
  documentSkeletons: 'documentId',
  segmentBlocks: '[documentId+block]',
  revisions: '++id, [documentId+unitId], at',
  comments: '++id, [documentId+unitId]',
  glossaryPacks: 'id, projectId',
  terms: '++id, packId',
  tmUnits: '++id, projectId, [projectId+source]',
  settings: 'key',
} as const;

/**
 * Frozen copies of every published schema version's stores (all tables, not only the ones the
 * version added), exactly as shipped. Never edit an entry: a migration test must start from what
 * users' disks really hold, not from today's code; schema.test.ts checks PadananDb against it.
 */
export const SCHEMA_HISTORY: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  1: V1,
  // v2 added tables only (TMX imports and the persisted TM index); the v1 stores are unchanged.
  2: { ...V1, tmImports: 'id, projectId', tmIndexes: 'projectId' },
};

/** The stores an open database declares, written the way SCHEMA_HISTORY writes them. */
export function declaredStores(db: Dexie): Record<string, string> {
  return Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]));
}

/** Raw records per table, as an old version of Padanan wrote them. */
export type RawTables = Record<string, readonly object[]>;

/**
 * Creates database `name` at schema `version` (from SCHEMA_HISTORY) holding `data`, then closes
 * it, so a test can open it with the current PadananDb and check the upgrade. The records are
 * written as-is, without today's types, the way an old release left them on disk.
 *
 * Usage in a future v2 test:
 *   await createDatabaseAt(name, 1, { documents: [...], segmentBlocks: [...] });
 *   const db = new PadananDb(name); // runs upgrade()s up to the current version
 *   expect(await getDocument(db, id)).toEqual(...);
 */
export async function createDatabaseAt(name: string, version: number, data: RawTables = {}): Promise<void> {
  const stores = SCHEMA_HISTORY[version];
  if (!stores) throw new Error(`No schema version ${version} in SCHEMA_HISTORY`);
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) {
    if (SCHEMA_HISTORY[v]) old.version(v).stores(SCHEMA_HISTORY[v]!);
  }
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(data)) {
      if (!(table in stores)) throw new Error(`Table ${table} does not exist in schema version ${version}`);
      await old.table(table).bulkAdd(rows as object[]);
    }
  });
  old.close();
}

/** Every record of every table of a database, opened without any schema (for before/after checks). */
export async function dumpDatabase(name: string): Promise<Record<string, unknown[]>> {
  const raw = new Dexie(name);
  await raw.open();
  const out: Record<string, unknown[]> = {};
  for (const table of raw.tables) out[table.name] = await table.toArray();
  raw.close();
  return out;
}
