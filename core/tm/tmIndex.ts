import { CompactIndex, CompactIndexBuilder, type CompactIndexData } from './compactIndex';
import { FuzzyIndex } from './fuzzyIndex';
import { matchTokens, normalizeForMatching } from './normalize';

/**
 * A project's translation memory as the TM worker searches it: a frozen snapshot (CompactIndex
 * over sources for fuzzy search and concordance, a token-only one over targets for concordance)
 * that loads from storage in one read, plus an in-memory overlay of the units stored since the
 * snapshot was built. Results carry unit ids: targets, origins and the sources as typed are read
 * from storage for the few units shown, so an edited target is never shown stale.
 */
export interface TmSnapshotData {
  format: typeof TM_SNAPSHOT_FORMAT;
  /** TM unit id of each unit number. */
  unitIds: Float64Array;
  source: CompactIndexData;
  target: CompactIndexData;
}

export const TM_SNAPSHOT_FORMAT = 1;

/** What the index needs of a TM unit. */
export interface TmEntry {
  id: number;
  source: string;
  target: string;
}

export interface TmFuzzyHit {
  id: number;
  score: number;
}

export interface TmSearchOptions {
  minScore?: number;
  limit?: number;
}

/** Reads units by id (undefined for a unit that no longer exists), in the order asked. */
export type TmUnitLoader<U extends TmEntry> = (ids: readonly number[]) => Promise<(U | undefined)[]>;

export class TmIndexBuilder {
  private readonly source = new CompactIndexBuilder(true);
  private readonly target = new CompactIndexBuilder(false);
  private readonly ids: number[] = [];

  get size(): number {
    return this.ids.length;
  }

  add(entry: TmEntry): void {
    this.ids.push(entry.id);
    this.source.add(entry.source);
    this.target.add(entry.target);
  }

  build(): TmSnapshotData {
    return {
      format: TM_SNAPSHOT_FORMAT,
      unitIds: Float64Array.from(this.ids),
      source: this.source.build().data,
      target: this.target.build().data,
    };
  }
}

export class TmIndex {
  private readonly source: CompactIndex | undefined;
  private readonly target: CompactIndex | undefined;
  private readonly unitIds: Float64Array;
  private readonly snapshotIds = new Set<number>();
  private readonly ascending: boolean;
  private readonly overlay = new FuzzyIndex<number>();
  private readonly overlayEntries = new Map<number, TmEntry>();

  constructor(snapshot?: TmSnapshotData) {
    if (snapshot) {
      if (snapshot.format !== TM_SNAPSHOT_FORMAT || !(snapshot.unitIds instanceof Float64Array)) {
        throw new Error('TmIndex: the stored snapshot is damaged or of another format');
      }
      this.source = new CompactIndex(snapshot.source);
      this.target = new CompactIndex(snapshot.target);
      if (this.source.size !== snapshot.unitIds.length || this.target.size !== snapshot.unitIds.length) {
        throw new Error('TmIndex: the stored snapshot is damaged (sizes differ)');
      }
    }
    this.unitIds = snapshot?.unitIds ?? new Float64Array(0);
    // Snapshots are built in id order; a binary search then answers has() without a million-entry Set.
    this.ascending = isAscending(this.unitIds);
  }

  /** Units in the snapshot plus units added since. */
  get size(): number {
    return this.unitIds.length + this.overlay.size;
  }

  get snapshotSize(): number {
    return this.unitIds.length;
  }

  get overlaySize(): number {
    return this.overlayEntries.size;
  }

  has(id: number): boolean {
    return this.overlayEntries.has(id) || this.snapshotHas(id);
  }

  /**
   * Adds a unit stored after the snapshot, or records a changed target of a known unit (the
   * source of a unit never changes, so its fuzzy entry stays; the target is searchable at once).
   */
  add(entry: TmEntry): void {
    const known = this.overlayEntries.has(entry.id) || this.snapshotHas(entry.id);
    this.overlayEntries.set(entry.id, { id: entry.id, source: entry.source, target: entry.target });
    if (!known) this.overlay.add(entry.source, entry.id);
  }

  /** The units added since the snapshot (to carry them over to a rebuilt index). */
  addedEntries(): TmEntry[] {
    return [...this.overlayEntries.values()];
  }

  /** Best fuzzy matches of `query` among the sources, best first (ties: newest first). */
  fuzzy(query: string, options: TmSearchOptions = {}): TmFuzzyHit[] {
    const minScore = options.minScore ?? 50;
    const limit = options.limit ?? 5;
    const hits: TmFuzzyHit[] = [];
    for (const m of this.source?.search(query, { minScore, limit }) ?? []) hits.push({ id: this.unitIds[m.unit]!, score: m.score });
    for (const m of this.overlay.search(query, { minScore, limit })) hits.push({ id: m.payload, score: m.score });
    hits.sort((a, b) => b.score - a.score || b.id - a.id);
    return hits.slice(0, limit);
  }

  /**
   * Units whose source or target contains `query` as a phrase (case and spacing ignored; the last
   * word may be incomplete), newest first. Target texts are checked on units read through `load`,
   * which also supplies what is returned, so the results are what storage holds now.
   */
  async concordance<U extends TmEntry>(query: string, limit: number, load: TmUnitLoader<U>): Promise<U[]> {
    const phrase = foldForPhrase(query);
    if (matchTokens(phrase).length === 0 || limit <= 0) return [];
    const found = new Set<number>();
    const byNewest: number[] = [];
    const take = (id: number) => {
      if (!found.has(id)) {
        found.add(id);
        byNewest.push(id);
      }
    };
    for (const entry of this.overlayEntries.values()) {
      if (foldForPhrase(entry.source).includes(phrase) || foldForPhrase(entry.target).includes(phrase)) take(entry.id);
    }
    // Enough candidates to fill the page even when some are rejected on their text.
    const budget = Math.max(limit * 50, 2_000);
    if (this.source) {
      let verified = 0;
      for (const unit of this.source.prefixCandidates(phrase, budget)) {
        if (foldForPhrase(this.source.text(unit)).includes(phrase)) {
          take(this.unitIds[unit]!);
          if (++verified >= limit) break;
        }
      }
    }
    const loaded = new Map<number, U>();
    if (this.target) {
      const candidates = this.target
        .prefixCandidates(phrase, budget)
        .map((unit) => this.unitIds[unit]!)
        .filter((id) => !found.has(id) && !this.overlayEntries.has(id));
      let verified = 0;
      for (let at = 0; at < candidates.length && verified < limit; at += LOAD_CHUNK) {
        const ids = candidates.slice(at, at + LOAD_CHUNK);
        const units = await load(ids);
        units.forEach((unit, i) => {
          if (unit && foldForPhrase(unit.target).includes(phrase)) {
            loaded.set(ids[i]!, unit);
            take(ids[i]!);
            verified++;
          }
        });
      }
    }
    byNewest.sort((a, b) => b - a);
    const ids = byNewest.slice(0, limit);
    const missing = ids.filter((id) => !loaded.has(id));
    const fresh = missing.length ? await load(missing) : [];
    missing.forEach((id, i) => fresh[i] && loaded.set(id, fresh[i]!));
    // Storage is the truth: a unit edited or removed since it was indexed is checked again.
    return ids
      .map((id) => loaded.get(id))
      .filter((unit): unit is U => unit !== undefined && (foldForPhrase(unit.source).includes(phrase) || foldForPhrase(unit.target).includes(phrase)));
  }

  private snapshotHas(id: number): boolean {
    const ids = this.unitIds;
    if (!this.ascending) {
      if (this.snapshotIds.size === 0) for (const unitId of ids) this.snapshotIds.add(unitId);
      return this.snapshotIds.has(id);
    }
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    return lo < ids.length && ids[lo] === id;
  }
}

const LOAD_CHUNK = 500;

function isAscending(ids: Float64Array): boolean {
  for (let i = 1; i < ids.length; i++) if (!(ids[i - 1]! < ids[i]!)) return false;
  return true;
}

/** Text as concordance compares it: tags dropped, spacing collapsed, lower case. */
export function foldForPhrase(text: string): string {
  return normalizeForMatching(text).toLowerCase();
}
