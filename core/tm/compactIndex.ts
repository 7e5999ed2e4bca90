import { CandidateCollector, type CandidateStats, type PostingList } from './candidates';
import { normalizeForMatching, tokensOfNormalized } from './normalize';
import { scoreLowered } from './similarity';

/**
 * The persisted form of a word index over many texts: a handful of typed arrays and one string,
 * which IndexedDB stores and reads back as a few large values (a million units load in well under
 * a second) and which a worker searches without building anything. Unit numbers are positions
 * 0…size-1 in the order the texts were added.
 */
export interface CompactIndexData {
  format: typeof COMPACT_INDEX_FORMAT;
  size: number;
  /** Normalized texts as UTF-8, back to back (empty when the index was built without texts). */
  text: Uint8Array;
  /** Byte offsets into `text`: unit i is text[textOffsets[i]…textOffsets[i+1]) (size+1 entries, or 0 without texts). */
  textOffsets: Uint32Array;
  /** Length of each normalized text in UTF-16 code units, capped at 65,535 (empty without texts). */
  textLengths: Uint16Array;
  /** Distinct tokens of each unit (empty without texts: only fuzzy search needs them). */
  tokenCounts: Uint16Array;
  /** Every token, sorted by code unit, joined by "\n" (tokens are letters and digits only). */
  vocabulary: string;
  /** Offsets of each token in `vocabulary` (tokens+1 entries). */
  vocabularyOffsets: Uint32Array;
  /** Units per token. */
  postingCounts: Uint32Array;
  /**
   * Token t's units, ascending, as LEB128 varints of the gaps between them (the first counted
   * from -1), in postings[postingOffsets[t]…postingOffsets[t+1]): about 1.4 bytes a unit
   * instead of 4, which is what makes a million-unit index quick to read from storage.
   */
  postingOffsets: Uint32Array;
  postings: Uint8Array;
}

export const COMPACT_INDEX_FORMAT = 2;

export interface CompactMatch {
  unit: number;
  score: number;
  text: string;
}

/**
 * Collects texts, then packs them into a CompactIndex. Built for a million units: postings are
 * gathered as (token, unit) pairs in growing typed arrays and texts as UTF-8 in one growing
 * buffer, so adding a unit allocates almost nothing (no Set, no array per token).
 */
export class CompactIndexBuilder {
  private readonly tokenIds = new Map<string, number>();
  /** Unit that last used each token id (a token repeated in one text is indexed once). */
  private lastUnit = new Int32Array(1024);
  private pairTokens = new Int32Array(1 << 16);
  private pairUnits = new Int32Array(1 << 16);
  private pairs = 0;
  private lengths = new Uint16Array(1024);
  private counts = new Uint16Array(1024);
  private offsets: Uint32Array;
  private bytes = new Uint8Array(0);
  private byteLength = 0;
  private units = 0;

  /** keepTexts=false indexes tokens only (for concordance over a field whose texts live elsewhere). */
  constructor(private readonly keepTexts = true) {
    this.offsets = new Uint32Array(keepTexts ? 1024 : 0);
    if (keepTexts) this.bytes = new Uint8Array(1 << 16);
  }

  get size(): number {
    return this.units;
  }

  add(text: string): number {
    const unit = this.units++;
    if (unit >= this.lengths.length) this.growUnits();
    // Tokens are letters and digits, so a text only indexed for its words needs no normalizing.
    const normalized = this.keepTexts ? normalizeForMatching(text) : text;
    this.lengths[unit] = Math.min(normalized.length, 0xffff);
    let distinct = 0;
    for (const token of tokensOfNormalized(normalized)) {
      let id = this.tokenIds.get(token);
      if (id === undefined) {
        id = this.tokenIds.size;
        this.tokenIds.set(token, id);
        if (id >= this.lastUnit.length) this.lastUnit = grow(this.lastUnit, id + 1, -1);
        this.lastUnit[id] = -1;
      }
      if (this.lastUnit[id] === unit) continue;
      this.lastUnit[id] = unit;
      distinct++;
      if (this.pairs === this.pairTokens.length) {
        this.pairTokens = grow(this.pairTokens, this.pairs + 1);
        this.pairUnits = grow(this.pairUnits, this.pairs + 1);
      }
      this.pairTokens[this.pairs] = id;
      this.pairUnits[this.pairs++] = unit;
    }
    this.counts[unit] = Math.min(distinct, 0xffff);
    if (this.keepTexts) {
      this.writeUtf8(normalized);
      this.offsets[unit + 1] = this.byteLength;
    }
    return unit;
  }

  build(): CompactIndex {
    const size = this.units;
    // Tokens in code-unit order; `rank` maps a token id to its position in that order.
    const entries = [...this.tokenIds];
    entries.sort((a, b) => compareCodeUnits(a[0], b[0]));
    const rank = new Int32Array(entries.length);
    entries.forEach(([, id], r) => (rank[id] = r));
    const vocabularyOffsets = new Uint32Array(entries.length + 1);
    let chars = 0;
    entries.forEach(([token], r) => {
      vocabularyOffsets[r] = chars;
      chars += token.length + 1;
    });
    vocabularyOffsets[entries.length] = chars;
    // Counting sort of the (token, unit) pairs by token rank; units stay ascending (added in order).
    const postingCounts = new Uint32Array(entries.length);
    for (let i = 0; i < this.pairs; i++) postingCounts[rank[this.pairTokens[i]!]!]!++;
    const starts = new Uint32Array(entries.length + 1);
    for (let r = 0; r < entries.length; r++) starts[r + 1] = starts[r]! + postingCounts[r]!;
    const fill = starts.slice(0, entries.length);
    const sorted = new Uint32Array(this.pairs);
    for (let i = 0; i < this.pairs; i++) sorted[fill[rank[this.pairTokens[i]!]!]!++] = this.pairUnits[i]!;
    const { postings, postingOffsets } = encodePostings(sorted, starts);

    const data: CompactIndexData = {
      format: COMPACT_INDEX_FORMAT,
      size,
      text: this.bytes.slice(0, this.byteLength),
      textOffsets: this.keepTexts ? this.offsets.slice(0, size + 1) : new Uint32Array(0),
      textLengths: this.keepTexts ? this.lengths.slice(0, size) : new Uint16Array(0),
      tokenCounts: this.keepTexts ? this.counts.slice(0, size) : new Uint16Array(0),
      vocabulary: entries.length ? entries.map(([token]) => token).join('\n') + '\n' : '',
      vocabularyOffsets,
      postingCounts,
      postingOffsets,
      postings,
    };
    return new CompactIndex(data);
  }

  private growUnits(): void {
    const size = this.lengths.length * 2;
    this.lengths = grow(this.lengths, size);
    this.counts = grow(this.counts, size);
    if (this.keepTexts) this.offsets = grow(this.offsets, size + 1);
  }

  /** UTF-8 without a TextEncoder call (and its allocation) per text; surrogate pairs joined. */
  private writeUtf8(text: string): void {
    if (this.byteLength + text.length * 3 > this.bytes.length) this.bytes = grow(this.bytes, this.byteLength + text.length * 3);
    const out = this.bytes;
    let at = this.byteLength;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) out[at++] = c;
      else if (c < 0x800) {
        out[at++] = 0xc0 | (c >> 6);
        out[at++] = 0x80 | (c & 0x3f);
      } else {
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
          const low = text.charCodeAt(i + 1);
          if (low >= 0xdc00 && low < 0xe000) {
            c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
            i++;
            out[at++] = 0xf0 | (c >> 18);
            out[at++] = 0x80 | ((c >> 12) & 0x3f);
            out[at++] = 0x80 | ((c >> 6) & 0x3f);
            out[at++] = 0x80 | (c & 0x3f);
            continue;
          }
        }
        // A lone surrogate becomes U+FFFD, as TextEncoder writes it.
        if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
        out[at++] = 0xe0 | (c >> 12);
        out[at++] = 0x80 | ((c >> 6) & 0x3f);
        out[at++] = 0x80 | (c & 0x3f);
      }
    }
    this.byteLength = at;
  }
}

type Growable = Int32Array | Uint32Array | Uint16Array | Uint8Array;

/** A copy at least `min` long (doubling), padded with `pad`. */
function grow<A extends Growable>(array: A, min: number, pad = 0): A {
  const next = new (array.constructor as new (n: number) => A)(Math.max(min, array.length * 2, 16));
  next.set(array);
  if (pad !== 0) next.fill(pad, array.length);
  return next;
}

export class CompactIndex implements CandidateStats {
  private readonly collector = new CandidateCollector();
  private readonly decoder = new TextDecoder();
  readonly tokenTotal: number;

  constructor(readonly data: CompactIndexData) {
    checkData(data);
    this.tokenTotal = data.vocabularyOffsets.length - 1;
  }

  get size(): number {
    return this.data.size;
  }

  get hasTexts(): boolean {
    return this.data.textOffsets.length === this.data.size + 1;
  }

  tokenCount(unit: number): number {
    return this.data.tokenCounts[unit]!;
  }

  /** Capped at 65,535: beyond that the length filter lets a unit through and rescoring decides. */
  textLength(unit: number): number {
    const length = this.data.textLengths[unit]!;
    return length === 0xffff ? this.text(unit).length : length;
  }

  /** Unit's normalized text (only when built with texts). */
  text(unit: number): string {
    const { text, textOffsets } = this.data;
    return this.decoder.decode(text.subarray(textOffsets[unit]!, textOffsets[unit + 1]!));
  }

  /** Units holding `token` (lower case, as matchTokens gives it), ascending; empty when unknown. */
  postingsOf(token: string): Uint32Array {
    const t = this.find(token);
    return t < 0 ? EMPTY : this.listAt(t);
  }

  /** Fuzzy search over the texts, like FuzzyIndex.search. Needs an index built with texts. */
  search(query: string, options: { minScore?: number; limit?: number } = {}): CompactMatch[] {
    if (!this.hasTexts) throw new Error('CompactIndex.search needs an index built with texts');
    const minScore = options.minScore ?? 50;
    const limit = options.limit ?? 5;
    const normalized = normalizeForMatching(query);
    const tokens = new Set(tokensOfNormalized(normalized));
    const lists: PostingList[] = [];
    for (const token of tokens) {
      const t = this.find(token);
      if (t >= 0) lists.push({ count: this.data.postingCounts[t]!, units: () => this.listAt(t) });
    }
    lists.sort((a, b) => a.count - b.count);
    const candidates = this.collector.collect(
      { lists, queryTokens: tokens.size, queryLength: normalized.length, minScore, keep: Math.max(limit * 8, 40) },
      this,
    );
    const lowered = normalized.toLowerCase();
    const matches: CompactMatch[] = [];
    for (const unit of candidates) {
      const text = this.text(unit);
      const score = scoreLowered(normalized, lowered, text, text.toLowerCase());
      if (score >= minScore) matches.push({ unit, score, text });
    }
    return matches.sort((a, b) => b.score - a.score || b.unit - a.unit).slice(0, limit);
  }

  /**
   * Units that contain every word of `query`, the last one possibly incomplete (so "harga ber"
   * finds "harga beras"), newest (highest unit number) first, at most `max`. A superset of the
   * units that contain the query as a phrase: the caller checks the phrase on the text.
   */
  prefixCandidates(query: string, max: number): number[] {
    const normalized = normalizeForMatching(query);
    const words = tokensOfNormalized(normalized);
    if (words.length === 0 || this.size === 0) return [];
    // Only a word the query ends in can be cut short; the others are whole in any phrase match.
    const lastIsPartial = /[\p{L}\p{N}]$/u.test(normalized);
    const partial = lastIsPartial ? words.at(-1)! : undefined;
    const tokens = [...new Set(words)];
    const ranges = tokens.map((token) => {
      const [from, to] = token === partial ? this.prefixRange(token) : this.exactRange(token);
      let total = 0;
      for (let t = from; t < to; t++) total += this.data.postingCounts[t]!;
      return { from, to, total };
    });
    ranges.sort((a, b) => a.total - b.total);
    if (ranges[0]!.total === 0) return [];
    const marks = new Uint8Array(this.size);
    let candidates = this.union(ranges[0]!.from, ranges[0]!.to, marks);
    for (let r = 1; r < ranges.length && candidates.length > 0; r++) {
      const { from, to, total } = ranges[r]!;
      // Filtering by a huge union costs more than checking the few candidates' texts.
      if (total > Math.max(200_000, candidates.length * 8)) break;
      for (let t = from; t < to; t++) for (const unit of this.listAt(t)) marks[unit] = 2;
      candidates = candidates.filter((unit) => marks[unit] === 2);
      for (let t = from; t < to; t++) for (const unit of this.listAt(t)) marks[unit] = 0;
    }
    candidates.sort((a, b) => b - a);
    return candidates.length > max ? candidates.slice(0, max) : candidates;
  }

  /** Units of tokens from…to (a prefix range), each once; leaves `marks` cleared. */
  private union(from: number, to: number, marks: Uint8Array): number[] {
    if (to - from === 1) return Array.from(this.listAt(from));
    const out: number[] = [];
    for (let t = from; t < to; t++) {
      for (const unit of this.listAt(t)) {
        if (marks[unit] === 0) {
          marks[unit] = 1;
          out.push(unit);
        }
      }
    }
    for (const unit of out) marks[unit] = 0;
    return out;
  }

  private listAt(t: number): Uint32Array {
    const { postings, postingOffsets, postingCounts } = this.data;
    const out = new Uint32Array(postingCounts[t]!);
    let at = postingOffsets[t]!;
    let unit = -1;
    for (let i = 0; i < out.length; i++) {
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = postings[at++]!;
        gap += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      unit += gap;
      out[i] = unit;
    }
    return out;
  }

  private tokenAt(t: number): string {
    const { vocabulary, vocabularyOffsets } = this.data;
    return vocabulary.slice(vocabularyOffsets[t]!, vocabularyOffsets[t + 1]! - 1);
  }

  /** First token ≥ `token` in code-unit order. */
  private lowerBound(token: string): number {
    let lo = 0;
    let hi = this.tokenTotal;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokenAt(mid) < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private find(token: string): number {
    const t = this.lowerBound(token);
    return t < this.tokenTotal && this.tokenAt(t) === token ? t : -1;
  }

  private exactRange(token: string): [number, number] {
    const t = this.find(token);
    return t < 0 ? [0, 0] : [t, t + 1];
  }

  /** Tokens starting with `prefix`: [from, to). Sorted order makes them contiguous. */
  private prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix);
    let to = from;
    while (to < this.tokenTotal && this.tokenAt(to).startsWith(prefix)) to++;
    return [from, to];
  }
}

const EMPTY = new Uint32Array(0);

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Data read back from storage is checked for shape, so a damaged record fails here and is rebuilt. */
function checkData(data: CompactIndexData): void {
  const withTexts = data.textOffsets instanceof Uint32Array && data.textOffsets.length === data.size + 1;
  const perUnit = withTexts ? data.size : 0;
  const tokens = data.vocabularyOffsets instanceof Uint32Array ? data.vocabularyOffsets.length - 1 : -1;
  const ok =
    data.format === COMPACT_INDEX_FORMAT &&
    Number.isInteger(data.size) &&
    data.textOffsets instanceof Uint32Array &&
    (withTexts || data.textOffsets.length === 0) &&
    data.text instanceof Uint8Array &&
    data.textLengths instanceof Uint16Array &&
    data.textLengths.length === perUnit &&
    data.tokenCounts instanceof Uint16Array &&
    data.tokenCounts.length === perUnit &&
    typeof data.vocabulary === 'string' &&
    tokens >= 0 &&
    data.postingCounts instanceof Uint32Array &&
    data.postingCounts.length === tokens &&
    data.postingOffsets instanceof Uint32Array &&
    data.postingOffsets.length === tokens + 1 &&
    data.postings instanceof Uint8Array &&
    data.postingOffsets[tokens] === data.postings.length;
  if (!ok) throw new Error('CompactIndex: the stored index data is damaged or of another format');
}

/** Varint-delta encoding of each token's ascending units (see CompactIndexData.postings). */
function encodePostings(sorted: Uint32Array, starts: Uint32Array): { postings: Uint8Array; postingOffsets: Uint32Array } {
  const tokens = starts.length - 1;
  const postingOffsets = new Uint32Array(tokens + 1);
  let out = new Uint8Array(Math.max(16, Math.ceil(sorted.length * 1.6)));
  let at = 0;
  for (let t = 0; t < tokens; t++) {
    postingOffsets[t] = at;
    let previous = -1;
    for (let i = starts[t]!; i < starts[t + 1]!; i++) {
      if (at + 5 > out.length) {
        const bigger = new Uint8Array(out.length * 2);
        bigger.set(out);
        out = bigger;
      }
      let gap = sorted[i]! - previous;
      previous = sorted[i]!;
      while (gap >= 0x80) {
        out[at++] = (gap & 0x7f) | 0x80;
        gap = Math.floor(gap / 128);
      }
      out[at++] = gap;
    }
  }
  postingOffsets[tokens] = at;
  return { postings: out.slice(0, at), postingOffsets };
}
