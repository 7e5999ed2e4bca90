import type { TmUnit } from '../../../core/model';
import { TmIndex, TmIndexBuilder, type TmSnapshotData } from '../../../core/tm/tmIndex';
import type { PadananDb } from '../db/schema';
import { deleteTmIndex, discardAbandonedTmImports, findTmUnitsBySource, getTmImport, getTmUnits, readTmImportUnits, readTmIndex, readTmUnitsAfter, saveTmIndex } from '../db/tm';

/**
 * What the TM worker does for one project, outside the worker plumbing (so Node tests drive it
 * with fake-indexeddb): load the persisted index and the units stored since, answer fuzzy and
 * concordance lookups, take in newly confirmed segments and finished imports, and rebuild and
 * persist the index when the units added since its build grow large.
 *
 * Units of an import that is still running are never indexed: an import is all-or-nothing,
 * and a cancelled one is deleted. Such an import is remembered and its units are added when it
 * finishes (refresh()).
 */
export interface TmMatch {
  id: number;
  score: number;
  source: string;
  target: string;
  origin: TmUnit['origin'];
  context?: string;
  createdAt: number;
  updatedAt?: number;
}

export interface TmLoadInfo {
  /** Units searchable now. */
  units: number;
  /** How the index was obtained at open: from its persisted form, built from the units, or empty. */
  from: 'snapshot' | 'units' | 'empty';
  loadMs: number;
  /** A rebuild (and persist) runs in the background. */
  rebuilding: boolean;
}

export interface TmIndexServiceOptions {
  /** Units per storage read. */
  chunk?: number;
  /** Rebuild once this many units were added since the snapshot (default: max(20,000, 10% of it)). */
  rebuildAfter?: (snapshotSize: number) => number;
  /** Lets queued messages run between chunks of a rebuild. */
  pause?: () => Promise<void>;
  now?: () => number;
  /** Whether an import marked running is still being written (Web Locks); abandoned ones are discarded at open. */
  isImportAlive?: (importId: string) => Promise<boolean>;
}

export class TmIndexService {
  private index = new TmIndex();
  /** Highest unit id (of any project) read so far. */
  private lastId = 0;
  /** Running imports whose units were skipped, to add when they finish. */
  private readonly waiting = new Set<string>();
  private readonly doneImports = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private rebuildRun: Promise<void> | undefined;
  private readonly background = new Set<Promise<unknown>>();
  private readonly chunk: number;

  constructor(
    private readonly db: PadananDb,
    readonly projectId: string,
    private readonly options: TmIndexServiceOptions = {},
  ) {
    this.chunk = options.chunk ?? 20_000;
  }

  get size(): number {
    return this.index.size;
  }

  get rebuilding(): boolean {
    return this.rebuildRun !== undefined;
  }

  /**
   * Loads the persisted index (if any and valid) and every unit stored after it. Without one,
   * builds it from the units in one pass and persists it (in the background), so the next start
   * reads it in one go.
   */
  open(): Promise<TmLoadInfo> {
    return this.serial(async () => {
      const started = this.now();
      let from: TmLoadInfo['from'] = 'empty';
      if (this.options.isImportAlive) await discardAbandonedTmImports(this.db, this.options.isImportAlive);
      const record = await readTmIndex(this.db, this.projectId);
      if (record) {
        try {
          this.index = new TmIndex(record.snapshot);
          this.lastId = record.maxUnitId;
          for (const id of record.excludedImports) this.waiting.add(id);
          from = 'snapshot';
        } catch (error) {
          // A damaged or outdated index is dropped and rebuilt: the units are the truth.
          console.warn('Padanan drops a stored translation-memory index it cannot use:', error);
          await deleteTmIndex(this.db, this.projectId);
        }
      }
      if (from === 'snapshot') {
        await this.catchUp();
        this.maybeRebuild();
      } else {
        const built = await this.readAll();
        this.index = new TmIndex(built.snapshot);
        this.lastId = built.after;
        for (const id of built.excluded) this.waiting.add(id);
        if (built.snapshot.unitIds.length > 0) {
          from = 'units';
          this.track(this.persist(built));
        }
        await this.catchUp();
      }
      return { units: this.index.size, from, loadMs: this.now() - started, rebuilding: this.rebuilding };
    });
  }

  /** Adds what was stored since the last look: finished imports, new units. */
  refresh(): Promise<number> {
    return this.serial(async () => {
      await this.catchUp();
      this.maybeRebuild();
      return this.index.size;
    });
  }

  /** A segment with this source was just confirmed: index its TM unit (new, or with a new target). */
  syncSource(source: string): Promise<number> {
    return this.serial(async () => {
      for (const unit of await findTmUnitsBySource(this.db, this.projectId, source)) {
        if (unit.id !== undefined && (await this.visible(unit))) this.index.add({ id: unit.id, source: unit.source, target: unit.target });
      }
      await this.catchUp();
      this.maybeRebuild();
      return this.index.size;
    });
  }

  /** Best fuzzy matches, best first; one per distinct source+target pair. */
  async lookup(query: string, options: { minScore?: number; limit?: number } = {}): Promise<TmMatch[]> {
    const limit = options.limit ?? 3;
    const hits = this.index.fuzzy(query, { minScore: options.minScore ?? 50, limit: limit * 2 });
    if (hits.length === 0) return [];
    const units = await getTmUnits(this.db, hits.map((h) => h.id));
    const seen = new Set<string>();
    const matches: TmMatch[] = [];
    hits.forEach((hit, i) => {
      const unit = units[i];
      if (!unit || matches.length >= limit) return;
      const key = `${unit.source}\u0000${unit.target}`;
      if (seen.has(key)) return;
      seen.add(key);
      matches.push(toMatch(hit.id, hit.score, unit));
    });
    return matches;
  }

  /** Units whose source or target contains the phrase, newest first. */
  async concordance(query: string, limit = 50): Promise<TmMatch[]> {
    const units = await this.index.concordance(query, limit, async (ids) => {
      const found = await getTmUnits(this.db, ids);
      return found.map((u) => (u && u.id !== undefined ? { ...u, id: u.id } : undefined));
    });
    return units.map((u) => toMatch(u.id, 0, u));
  }

  /** Resolves when no rebuild or persist is running (tests, the bench). */
  async settled(): Promise<void> {
    while (this.background.size > 0) await Promise.allSettled([...this.background]);
    await this.queue;
  }

  /** Builds the index from every unit of the project and persists it; the old one answers meanwhile. */
  rebuild(): Promise<void> {
    if (this.rebuildRun) return this.rebuildRun;
    const run = this.rebuildNow().finally(() => {
      if (this.rebuildRun === run) this.rebuildRun = undefined;
    });
    this.rebuildRun = run;
    this.track(run);
    return run;
  }

  private async rebuildNow(): Promise<void> {
    const built = await this.readAll();
    const fresh = new TmIndex(built.snapshot);
    await this.persist(built);
    await this.serial(async () => {
      // Units stored after the rebuild's last read were indexed meanwhile: carry them over.
      for (const entry of this.index.addedEntries()) if (entry.id > built.after) fresh.add(entry);
      this.index = fresh;
      this.lastId = Math.max(this.lastId, built.after);
      // Imports left out because they were running: catchUp() adds those that have finished since.
      for (const id of built.excluded) this.waiting.add(id);
      await this.catchUp();
    });
  }

  /** Every visible unit of the project, read in key order, into a new snapshot. */
  private async readAll(): Promise<{ snapshot: TmSnapshotData; after: number; excluded: Set<string> }> {
    const builder = new TmIndexBuilder();
    const excluded = new Set<string>();
    let after = 0;
    for (;;) {
      const units = await readTmUnitsAfter(this.db, after, this.chunk);
      if (units.length === 0) break;
      for (const unit of units) {
        if (unit.projectId !== this.projectId || unit.id === undefined) continue;
        if (this.knownVisible(unit) || (await this.visible(unit))) builder.add({ id: unit.id, source: unit.source, target: unit.target });
        else excluded.add(unit.importId!);
      }
      after = units.at(-1)!.id!;
      await this.options.pause?.();
    }
    return { snapshot: builder.build(), after, excluded };
  }

  private async persist(built: { snapshot: TmSnapshotData; after: number; excluded: Set<string> }): Promise<void> {
    await saveTmIndex(this.db, { projectId: this.projectId, builtAt: Date.now(), maxUnitId: built.after, excludedImports: [...built.excluded], snapshot: built.snapshot });
  }

  private track(work: Promise<unknown>): void {
    const tracked = work.catch((error) => console.error('Padanan could not update the translation-memory index', error)).finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }

  /** Units added since the snapshot beyond which a rebuild (and persist) beats a growing overlay. */
  private threshold(): number {
    return this.options.rebuildAfter?.(this.index.snapshotSize) ?? Math.max(20_000, Math.floor(this.index.snapshotSize / 10));
  }

  private maybeRebuild(): void {
    if (this.index.overlaySize > this.threshold() && !this.rebuildRun) void this.rebuild().catch(() => undefined);
  }

  /**
   * Indexes finished imports and units stored since the last look. When that is a lot (a big
   * import), it stops and rebuilds instead: one pass into a new snapshot costs far less than
   * growing the overlay by a million units, and the current index answers meanwhile.
   */
  private async catchUp(): Promise<void> {
    let tooMuch = false;
    for (const importId of [...this.waiting]) {
      const record = await getTmImport(this.db, importId);
      if (!record) {
        this.waiting.delete(importId);
      } else if (record.status === 'done') {
        this.waiting.delete(importId);
        this.doneImports.add(importId);
        if (this.index.overlaySize + record.stored > this.threshold()) tooMuch = true;
        else
          await readTmImportUnits(this.db, record, (units) => {
            for (const unit of units) if (unit.id !== undefined && unit.id <= this.lastId) this.index.add({ id: unit.id, source: unit.source, target: unit.target });
          });
      }
    }
    while (!tooMuch) {
      const units = await readTmUnitsAfter(this.db, this.lastId, this.chunk);
      if (units.length === 0) return;
      for (const unit of units) {
        if (unit.projectId !== this.projectId || unit.id === undefined) continue;
        if (this.knownVisible(unit) || (await this.visible(unit))) this.index.add({ id: unit.id, source: unit.source, target: unit.target });
        else this.waiting.add(unit.importId!);
      }
      this.lastId = units.at(-1)!.id!;
      tooMuch = this.index.overlaySize > this.threshold();
      await this.options.pause?.();
    }
    if (!this.rebuildRun) void this.rebuild().catch(() => undefined);
  }

  /** The common case without a storage read (or a microtask per unit, at a million units). */
  private knownVisible(unit: TmUnit): boolean {
    return !unit.importId || this.doneImports.has(unit.importId);
  }

  /** A unit is part of the TM unless it belongs to an import that has not finished. */
  private async visible(unit: TmUnit): Promise<boolean> {
    const importId = unit.importId;
    if (!importId || this.doneImports.has(importId)) return true;
    if (this.waiting.has(importId)) return false;
    const record = await getTmImport(this.db, importId);
    if (record?.status === 'done') {
      this.doneImports.add(importId);
      return true;
    }
    return false;
  }

  /** Storage-reading steps run one at a time, in order. */
  private serial<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private now(): number {
    return this.options.now?.() ?? performance.now();
  }
}

function toMatch(id: number, score: number, unit: TmUnit): TmMatch {
  const match: TmMatch = { id, score, source: unit.source, target: unit.target, origin: unit.origin, createdAt: unit.createdAt };
  if (unit.context !== undefined) match.context = unit.context;
  if (unit.updatedAt !== undefined) match.updatedAt = unit.updatedAt;
  return match;
}
