import type { TmOrigin, TmUnit } from '../../../core/model';
import { newId } from './ids';
import type { PadananDb, TmImportRecord, TmIndexRecord } from './schema';
import { withStorageErrors } from './storageErrors';

/**
 * The project's translation memory in storage: TMX imports (all-or-nothing, in batches), reads
 * for the TM worker's index, and the persisted index itself.
 *
 * All-or-nothing for an import of a million units cannot be one IndexedDB transaction (it would
 * hold the whole journal and show no progress). Instead each batch is its own transaction that
 * also records, in the import's TmImportRecord, the key range it wrote. While an import is
 * `running` its units are invisible to lookups (the TM worker skips them); `finishTmImport`
 * makes them visible in one small write; `discardTmImport` deletes them by key range. An import
 * whose worker died (window closed, crash) is found by `discardAbandonedTmImports`.
 */

/** A unit as read from a TMX file, before it belongs to the project. */
export interface TmUnitDraft {
  source: string;
  target: string;
  context?: string;
  createdAt?: number;
  changedAt?: number;
}

export interface TmBatchResult {
  stored: number;
  duplicates: number;
}

export async function beginTmImport(db: PadananDb, projectId: string, fileName: string, id: string = newId()): Promise<TmImportRecord> {
  const record: TmImportRecord = { id, projectId, fileName, status: 'running', ranges: [], stored: 0, duplicates: 0, startedAt: Date.now() };
  await withStorageErrors(() => db.tmImports.add(record));
  return record;
}

/**
 * Stores one batch of a running import in one transaction. A unit whose source and target are
 * already in the project's TM (from earlier batches, earlier imports or confirmed segments), or
 * twice in the batch, is counted as a duplicate and not stored. Units of other imports still
 * running do not count: they may yet be discarded.
 */
export interface TmBatchOptions {
  origin?: TmOrigin;
  /**
   * Whether the project already has this source+target pair, from a set the import keeps in
   * memory (see forEachTmUnit): then no unit is looked up in storage. Without it, every source
   * of the batch is looked up (one request each, all in flight at once).
   */
  isKnown?: (source: string, target: string) => boolean;
}

export async function storeTmImportBatch(db: PadananDb, importId: string, drafts: readonly TmUnitDraft[], options: TmBatchOptions = {}): Promise<TmBatchResult> {
  const origin = options.origin ?? 'tmx';
  const isKnown = options.isKnown;
  return withStorageErrors(() =>
    db.transaction('rw', [db.tmUnits, db.tmImports], async () => {
      const record = await db.tmImports.get(importId);
      if (!record || record.status !== 'running') throw new Error(`TM import ${importId} is not running`);
      const { projectId } = record;
      let existing: TmUnit[] = [];
      if (!isKnown) {
        const others = new Set(
          (await db.tmImports.where('projectId').equals(projectId).toArray()).filter((r) => r.status === 'running' && r.id !== importId).map((r) => r.id),
        );
        const sources = [...new Set(drafts.map((d) => d.source))];
        const found = await Promise.all(sources.map((source) => db.tmUnits.where('[projectId+source]').equals([projectId, source]).toArray()));
        existing = found.flat().filter((unit) => !(unit.importId && others.has(unit.importId)));
      }
      const seen = new Set<string>();
      for (const unit of existing) seen.add(pairKey(unit.source, unit.target));
      const now = Date.now();
      const units: TmUnit[] = [];
      for (const draft of drafts) {
        const key = pairKey(draft.source, draft.target);
        if (seen.has(key) || isKnown?.(draft.source, draft.target)) continue;
        seen.add(key);
        const unit: TmUnit = { projectId, source: draft.source, target: draft.target, origin, createdAt: draft.createdAt ?? now, importId };
        if (draft.context) unit.context = draft.context;
        if (draft.changedAt !== undefined) unit.updatedAt = draft.changedAt;
        units.push(unit);
      }
      const duplicates = drafts.length - units.length;
      let ranges = record.ranges;
      if (units.length > 0) {
        const keys = (await db.tmUnits.bulkAdd(units, { allKeys: true })) as number[];
        ranges = addKeys(ranges, keys);
      }
      await db.tmImports.put({ ...record, ranges, stored: record.stored + units.length, duplicates: record.duplicates + duplicates });
      return { stored: units.length, duplicates };
    }),
  );
}

/**
 * Every unit of the project, in pages of the store's key order (units of other projects are
 * read and skipped: there is no project+key index), e.g. for an import's in-memory set of pairs.
 */
export async function forEachTmUnit(db: PadananDb, projectId: string, onPage: (units: TmUnit[]) => void, page = 20_000): Promise<void> {
  for (let after = 0; ; ) {
    const units = await readTmUnitsAfter(db, after, page);
    if (units.length === 0) return;
    onPage(units.filter((u) => u.projectId === projectId));
    after = units.at(-1)!.id!;
  }
}

/** The key under which an import remembers a source+target pair. */
export function tmPairKey(source: string, target: string): string {
  return pairKey(source, target);
}

/** Makes the import's units part of the TM. */
export async function finishTmImport(db: PadananDb, importId: string): Promise<TmImportRecord> {
  return withStorageErrors(() =>
    db.transaction('rw', db.tmImports, async () => {
      const record = await db.tmImports.get(importId);
      if (!record || record.status !== 'running') throw new Error(`TM import ${importId} is not running`);
      const done: TmImportRecord = { ...record, status: 'done', finishedAt: Date.now() };
      await db.tmImports.put(done);
      return done;
    }),
  );
}

/** Removes a running import and every unit it stored (a failed or cancelled import leaves nothing). */
export async function discardTmImport(db: PadananDb, importId: string): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', [db.tmUnits, db.tmImports], async () => {
      const record = await db.tmImports.get(importId);
      if (!record) return;
      if (record.status !== 'running') throw new Error(`TM import ${importId} is finished and cannot be discarded`);
      // Each range holds only this import's keys (one batch's bulkAdd, or consecutive batches).
      for (const [from, to] of record.ranges) await db.tmUnits.where(':id').between(from, to, true, true).delete();
      await db.tmImports.delete(importId);
    }),
  );
}

/**
 * Discards running imports whose worker is gone (`isAlive` says which are still being written,
 * e.g. by asking the Web Locks API). Returns how many were discarded.
 */
export async function discardAbandonedTmImports(db: PadananDb, isAlive: (importId: string) => Promise<boolean>): Promise<number> {
  const running = (await db.tmImports.toArray()).filter((r) => r.status === 'running');
  let discarded = 0;
  for (const record of running) {
    if (await isAlive(record.id)) continue;
    await discardTmImport(db, record.id);
    discarded++;
  }
  return discarded;
}

export async function getTmImport(db: PadananDb, importId: string): Promise<TmImportRecord | undefined> {
  return db.tmImports.get(importId);
}

export async function listTmImports(db: PadananDb, projectId: string): Promise<TmImportRecord[]> {
  return db.tmImports.where('projectId').equals(projectId).toArray();
}

/**
 * Up to `limit` units of every project with a primary key above `afterId`, in key order: the TM
 * worker pages through the store with these (getAll over a key range, the fastest read there is)
 * and keeps its project's units.
 */
export async function readTmUnitsAfter(db: PadananDb, afterId: number, limit: number): Promise<TmUnit[]> {
  return db.tmUnits.where(':id').above(afterId).limit(limit).toArray();
}

/** The units of an import's key ranges (to add a just-finished import to a loaded index). */
export async function readTmImportUnits(db: PadananDb, record: TmImportRecord, onChunk: (units: TmUnit[]) => void, chunk = 20_000): Promise<void> {
  for (const [from, to] of record.ranges) {
    for (let start = from; start <= to; start += chunk) {
      const units = await db.tmUnits.where(':id').between(start, Math.min(to, start + chunk - 1), true, true).toArray();
      onChunk(units.filter((u) => u.importId === record.id));
    }
  }
}

/** Units by id, undefined where one no longer exists. */
export async function getTmUnits(db: PadananDb, ids: readonly number[]): Promise<(TmUnit | undefined)[]> {
  return db.tmUnits.bulkGet([...ids]);
}

/** Every unit of the project whose source is exactly `source`. */
export async function findTmUnitsBySource(db: PadananDb, projectId: string, source: string): Promise<TmUnit[]> {
  return db.tmUnits.where('[projectId+source]').equals([projectId, source]).toArray();
}

/** The project's units that came from confirmed segments, oldest first (for TMX export). */
export async function listConfirmedTmUnits(db: PadananDb, projectId: string): Promise<TmUnit[]> {
  return db.tmUnits
    .where('projectId')
    .equals(projectId)
    .filter((u) => u.origin === 'confirmed')
    .toArray();
}

export async function readTmIndex(db: PadananDb, projectId: string): Promise<TmIndexRecord | undefined> {
  return db.tmIndexes.get(projectId);
}

/** Stores a project's index; false when the project was deleted meanwhile (a rebuild takes seconds). */
export async function saveTmIndex(db: PadananDb, record: TmIndexRecord): Promise<boolean> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.projects, db.tmIndexes], async () => {
      if (!(await db.projects.get(record.projectId))) return false;
      await db.tmIndexes.put(record);
      return true;
    }),
  );
}

export async function deleteTmIndex(db: PadananDb, projectId: string): Promise<void> {
  await db.tmIndexes.delete(projectId);
}

function pairKey(source: string, target: string): string {
  return `${source}\u0000${target}`;
}

/** Adds consecutive keys to the ranges, extending the last range when they follow it. */
function addKeys(ranges: readonly [number, number][], keys: readonly number[]): [number, number][] {
  const out = ranges.map(([a, b]) => [a, b] as [number, number]);
  for (const key of keys) {
    const last = out.at(-1);
    if (last && key === last[1] + 1) last[1] = key;
    else out.push([key, key]);
  }
  return out;
}
