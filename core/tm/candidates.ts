/**
 * Candidate selection shared by the in-memory FuzzyIndex and the persisted CompactIndex: count,
 * for every unit that holds one of the query's rarest tokens, how many query tokens it shares,
 * then keep the few units with the best token overlap (Dice) for exact rescoring.
 *
 * Everything here works on typed scratch arrays reused between queries, because at a million
 * units a query touches tens of thousands of units and allocating an object per unit (or
 * sorting them) costs more than the whole rest of the lookup.
 */
/** A posting list whose length is known before its units are read (they may need decoding). */
export interface PostingList {
  count: number;
  /** Unit numbers, ascending. */
  units(): ArrayLike<number>;
}

export interface CandidateQuery {
  /** Posting lists of the query tokens the index knows, shortest first; only the probed ones are read. */
  lists: readonly PostingList[];
  /** Distinct tokens in the query (including those the index does not know). */
  queryTokens: number;
  /** Length of the normalized query text. */
  queryLength: number;
  minScore: number;
  /** How many candidates to keep for rescoring. */
  keep: number;
}

/** Per-unit figures the selection needs, indexed by unit number. */
export interface CandidateStats {
  readonly size: number;
  tokenCount(unit: number): number;
  textLength(unit: number): number;
}

/** Lists longer than this (very common words: yang, di, dan) are not probed beyond the first. */
export function tooCommonLength(units: number): number {
  return Math.max(20_000, Math.floor(units / 50));
}

export class CandidateCollector {
  private overlap: Uint16Array = new Uint16Array(0);
  private touched: Int32Array = new Int32Array(0);
  private keys: Uint16Array = new Uint16Array(0);
  private readonly histogram = new Uint32Array(BUCKETS + 1);

  /** Unit numbers worth rescoring, in no particular order. */
  collect(query: CandidateQuery, stats: CandidateStats): Int32Array {
    const { lists, queryTokens, queryLength, minScore } = query;
    if (lists.length === 0 || queryTokens === 0) return new Int32Array(0);
    this.ensure(stats.size);
    // A unit sharing none of the rarest (1 - required overlap) tokens cannot reach the threshold.
    const required = Math.max(1, Math.ceil(queryTokens * Math.max(0, minScore / 100 - 0.25)));
    const probe = Math.min(lists.length, queryTokens - required + 1);
    const tooCommon = tooCommonLength(stats.size);
    // Edit distance is at least the length difference, so shorter/longer units are out at once.
    const ratio = minScore / 100;
    const minLength = Math.ceil(queryLength * ratio);
    const maxLength = ratio > 0 ? Math.floor(queryLength / ratio) : Number.MAX_SAFE_INTEGER;
    const overlap = this.overlap;
    let touched = this.touched;
    let count = 0;
    for (let i = 0; i < probe; i++) {
      if (i > 0 && lists[i]!.count > tooCommon) break;
      const list = lists[i]!.units();
      for (let j = 0; j < list.length; j++) {
        const unit = list[j]!;
        const seen = overlap[unit]!;
        if (seen === 0) {
          const length = stats.textLength(unit);
          if (length < minLength || length > maxLength) continue;
          if (count === touched.length) touched = this.grow(count * 2);
          touched[count++] = unit;
        }
        overlap[unit] = seen + 1;
      }
    }
    const result = this.best(count, queryTokens, query.keep, stats);
    for (let i = 0; i < count; i++) overlap[touched[i]!] = 0;
    return result;
  }

  /** The `keep` touched units with the highest Dice coefficient, by a bucketed selection (no sort). */
  private best(count: number, queryTokens: number, keep: number, stats: CandidateStats): Int32Array {
    const touched = this.touched;
    if (count <= keep) return touched.slice(0, count);
    const histogram = this.histogram;
    histogram.fill(0);
    if (this.keys.length < count) this.keys = new Uint16Array(Math.max(count, this.keys.length * 2));
    const keys = this.keys;
    for (let i = 0; i < count; i++) {
      const unit = touched[i]!;
      const dice = (2 * this.overlap[unit]!) / (queryTokens + stats.tokenCount(unit));
      const key = Math.min(BUCKETS, Math.floor(dice * BUCKETS));
      keys[i] = key;
      histogram[key]!++;
    }
    let cutoff = BUCKETS;
    let above = 0;
    while (cutoff > 0 && above + histogram[cutoff]! < keep) above += histogram[cutoff--]!;
    const out = new Int32Array(keep);
    let n = 0;
    let atCutoff = keep - above;
    for (let i = 0; i < count && n < keep; i++) {
      const key = keys[i]!;
      if (key > cutoff) out[n++] = touched[i]!;
      else if (key === cutoff && atCutoff > 0) {
        out[n++] = touched[i]!;
        atCutoff--;
      }
    }
    return out.subarray(0, n);
  }

  private ensure(size: number): void {
    if (this.overlap.length < size) this.overlap = new Uint16Array(Math.max(size, this.overlap.length * 2, 1024));
    if (this.touched.length === 0) this.touched = new Int32Array(4096);
  }

  private grow(size: number): Int32Array {
    const next = new Int32Array(size);
    next.set(this.touched);
    this.touched = next;
    return next;
  }
}

const BUCKETS = 1024;
