import { CandidateCollector, type CandidateStats, type PostingList } from './candidates';
import { normalizeForMatching, tokensOfNormalized } from './normalize';
import { scoreLowered } from './similarity';

export interface FuzzyMatch<T> {
  score: number;
  text: string;
  payload: T;
}

export interface FuzzySearchOptions {
  /** Lowest score returned (0–100). */
  minScore?: number;
  limit?: number;
}

/**
 * Translation-memory lookup that stays fast at a million units: an inverted index over word
 * tokens picks a few dozen candidates (probing the query's rarest tokens first), and only those
 * are rescored exactly by edit distance. Scanning every unit, as OmegaT does, takes seconds.
 *
 * This one grows in memory (CLI analysis, units added while the app runs); CompactIndex is the
 * frozen, persistable form of the same search for large memories.
 */
export class FuzzyIndex<T> implements CandidateStats {
  private readonly texts: string[] = [];
  private readonly lowered: string[] = [];
  private readonly payloads: T[] = [];
  private readonly tokenCounts: number[] = [];
  private readonly vocabulary = new Map<string, number[]>();
  private readonly collector = new CandidateCollector();

  get size(): number {
    return this.texts.length;
  }

  tokenCount(unit: number): number {
    return this.tokenCounts[unit]!;
  }

  textLength(unit: number): number {
    return this.texts[unit]!.length;
  }

  add(text: string, payload: T): number {
    const id = this.texts.length;
    const normalized = normalizeForMatching(text);
    this.texts.push(normalized);
    this.lowered.push(normalized.toLowerCase());
    this.payloads.push(payload);
    const tokens = new Set(tokensOfNormalized(normalized));
    this.tokenCounts.push(tokens.size);
    for (const token of tokens) {
      const list = this.vocabulary.get(token);
      if (list) list.push(id);
      else this.vocabulary.set(token, [id]);
    }
    return id;
  }

  search(query: string, options: FuzzySearchOptions = {}): FuzzyMatch<T>[] {
    const minScore = options.minScore ?? 50;
    const limit = options.limit ?? 5;
    const normalized = normalizeForMatching(query);
    const tokens = new Set(tokensOfNormalized(normalized));
    const lists: PostingList[] = [];
    for (const token of tokens) {
      const list = this.vocabulary.get(token);
      if (list) lists.push({ count: list.length, units: () => list });
    }
    lists.sort((a, b) => a.count - b.count);
    const candidates = this.collector.collect(
      { lists, queryTokens: tokens.size, queryLength: normalized.length, minScore, keep: Math.max(limit * 8, 40) },
      this,
    );
    const lowered = normalized.toLowerCase();
    const matches: FuzzyMatch<T>[] = [];
    for (const id of candidates) {
      const score = scoreLowered(normalized, lowered, this.texts[id]!, this.lowered[id]!);
      if (score >= minScore) matches.push({ score, text: this.texts[id]!, payload: this.payloads[id]! });
    }
    return matches.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
