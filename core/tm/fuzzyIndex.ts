import { matchTokens, normalizeForMatching } from './normalize';
import { scoreNormalized } from './similarity';

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
 */
export class FuzzyIndex<T> {
  private readonly texts: string[] = [];
  private readonly payloads: T[] = [];
  private readonly tokenCounts: number[] = [];
  private readonly vocabulary = new Map<string, number>();
  private readonly postings: number[][] = [];
  private overlap = new Uint16Array(1024);

  get size(): number {
    return this.texts.length;
  }

  add(text: string, payload: T): number {
    const id = this.texts.length;
    const normalized = normalizeForMatching(text);
    this.texts.push(normalized);
    this.payloads.push(payload);
    const tokens = new Set(matchTokens(normalized));
    this.tokenCounts.push(tokens.size);
    for (const token of tokens) {
      let tokenId = this.vocabulary.get(token);
      if (tokenId === undefined) {
        tokenId = this.postings.length;
        this.vocabulary.set(token, tokenId);
        this.postings.push([]);
      }
      this.postings[tokenId]!.push(id);
    }
    return id;
  }

  search(query: string, options: FuzzySearchOptions = {}): FuzzyMatch<T>[] {
    const minScore = options.minScore ?? 50;
    const limit = options.limit ?? 5;
    const normalized = normalizeForMatching(query);
    const lists = [...new Set(matchTokens(normalized))]
      .map((token) => this.postings[this.vocabulary.get(token) ?? -1])
      .filter((list): list is number[] => list !== undefined)
      .sort((a, b) => a.length - b.length);
    if (lists.length === 0) return [];

    // A unit sharing none of the rarest (1 - required overlap) tokens cannot reach the threshold.
    const queryTokens = new Set(matchTokens(normalized)).size;
    const required = Math.max(1, Math.ceil(queryTokens * Math.max(0, minScore / 100 - 0.25)));
    const probe = Math.min(lists.length, queryTokens - required + 1);
    if (this.overlap.length < this.texts.length) this.overlap = new Uint16Array(this.texts.length * 2);
    const touched: number[] = [];
    // Very common words (yang, di, dan) add little evidence but cost the most to scan.
    const tooCommon = Math.max(20_000, this.texts.length / 50);
    for (let i = 0; i < probe; i++) {
      if (i > 0 && lists[i]!.length > tooCommon) break;
      for (const id of lists[i]!) {
        if (this.overlap[id] === 0) touched.push(id);
        this.overlap[id]!++;
      }
    }
    // Candidates share the most tokens relative to their length (Dice), best first.
    const ranked = touched
      .map((id) => ({ id, dice: (2 * this.overlap[id]!) / (queryTokens + this.tokenCounts[id]!) }))
      .sort((a, b) => b.dice - a.dice)
      .slice(0, Math.max(limit * 8, 40));
    for (const id of touched) this.overlap[id] = 0;

    const matches: FuzzyMatch<T>[] = [];
    for (const { id } of ranked) {
      const text = this.texts[id]!;
      const lengthBound = Math.floor((100 * Math.min(text.length, normalized.length)) / Math.max(text.length, normalized.length, 1));
      if (lengthBound < minScore) continue;
      const score = scoreNormalized(normalized, text);
      if (score >= minScore) matches.push({ score, text, payload: this.payloads[id]! });
    }
    return matches.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
