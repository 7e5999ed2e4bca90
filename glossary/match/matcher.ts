import type { Term } from '../../core/model';
import { analyseReduplication, analyseWord, type Analysis } from '../../core/lang/id/morphology/analyse';
import { isLexicalised } from '../../core/lang/id/morphology/lexicalised';
import { compileTerm, type CompiledTerm } from './compile';
import { tokenize, type Token } from './tokenize';

/** A glossary entry found in a segment. */
export interface TermMatch {
  /** JavaScript string indices into the segment: segment.slice(start, end) is the matched text. */
  start: number;
  end: number;
  term: Term;
  /** 'exact', or the inflection that made the form: 'meN-', 'pe(N)-…-an', '-nya', 'reduplication', 'joined' … */
  how: string;
  /** Position of the term's pack in the priority order given to the index (0 = highest). */
  packRank: number;
}

export interface GlossaryMatcher {
  /** Matches in a segment, ordered by start; overlapping matches are resolved (longest wins). */
  match(text: string): TermMatch[];
  readonly termCount: number;
}

/**
 * Builds a matcher over packs given in priority order (first = highest). Entries are indexed by
 * their first word (and, for two-word entries, by the two words joined); a segment's words are
 * analysed into root + affixes, and a reading counts only if its root is an indexed word and the
 * synthesiser spells the same word from it. No lexicon is needed: the glossary is the lexicon.
 *
 * Overlaps: the longest match wins; for the same span, the higher-priority pack, then an exact
 * match over an inflected one. Entries of the winning pack that cover exactly the same span are
 * all returned (homographs such as bisa "can" and bisa "venom").
 */
export function createGlossaryMatcher(packs: readonly (readonly Term[])[]): GlossaryMatcher {
  return new Matcher(packs);
}

interface Candidate {
  start: number;
  end: number;
  entry: CompiledTerm;
  how: string;
}

/** Word readings kept per matcher; a document's vocabulary rarely exceeds this. */
const CACHE_LIMIT = 300_000;
const NONE: Reading[] = [];

/** Entries sharing a first word: one-word entries, and longer ones keyed by their second token. */
interface Bucket {
  singles: CompiledTerm[];
  bySecond: Map<string, CompiledTerm[]>;
  /** Whether some two-word entry here may inflect its second word. */
  inflectedPairs: boolean;
}

/** A reading of a word, with whether it is a lexicalised word rather than an inflection of its root. */
interface Reading extends Analysis {
  lexicalised: boolean;
}

class Matcher implements GlossaryMatcher {
  readonly termCount: number;
  private readonly byFirst = new Map<string, Bucket>();
  private readonly byJoined = new Map<string, CompiledTerm[]>();
  /** Every word an analysis may yield as a root: first, last and joined words of entries. */
  private readonly roots = new Set<string>();
  private readonly wordCache = new Map<string, Reading[]>();
  private readonly pairCache = new Map<string, Reading[]>();
  private readonly accept = (root: string): boolean => this.roots.has(root);

  constructor(packs: readonly (readonly Term[])[]) {
    let order = 0;
    packs.forEach((terms, rank) => {
      for (const term of terms) {
        const entry = compileTerm(term, rank, order++);
        if (!entry) continue;
        let bucket = this.byFirst.get(entry.keys[0]!);
        if (!bucket) this.byFirst.set(entry.keys[0]!, (bucket = { singles: [], bySecond: new Map(), inflectedPairs: false }));
        if (entry.keys.length === 1) bucket.singles.push(entry);
        else push(bucket.bySecond, entry.keys[1]!, entry);
        if (entry.keys.length === 2 && entry.inflection !== 'none') bucket.inflectedPairs = true;
        if (entry.inflection === 'none') continue;
        this.roots.add(entry.keys[0]!);
        this.roots.add(entry.keys[entry.keys.length - 1]!);
        if (entry.joined) {
          push(this.byJoined, entry.joined, entry);
          this.roots.add(entry.joined);
        }
      }
    });
    this.termCount = order;
  }

  match(text: string): TermMatch[] {
    const tokens = tokenize(text);
    const candidates: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!token.isWord) {
        const bucket = this.byFirst.get(token.text);
        if (bucket) this.tryBucket(bucket, tokens, i, 1, PUNCTUATION, candidates);
        continue;
      }
      for (const a of this.analyses(token.lower)) {
        const bucket = this.byFirst.get(a.root);
        if (bucket) this.tryBucket(bucket, tokens, i, 1, a, candidates);
        const joined = this.byJoined.get(a.root);
        if (joined) {
          for (const entry of joined) {
            if (!this.admits(entry, a, token, -1)) continue;
            candidates.push({ start: token.start, end: token.end, entry, how: a.how === 'exact' ? 'joined' : `${a.how} (joined)` });
          }
        }
      }
      const hyphen = tokens[i + 1];
      const right = tokens[i + 2];
      if (hyphen && right && hyphen.text === '-' && !hyphen.spaced && right.isWord && !right.spaced) {
        for (const a of this.pairAnalyses(token.lower, right.lower)) {
          const bucket = this.byFirst.get(a.root);
          if (bucket) this.tryBucket(bucket, tokens, i, 3, a, candidates);
        }
      }
    }
    return resolve(candidates);
  }

  /** Tries the entries whose first word is read as `a` over `width` tokens from i. */
  private tryBucket(bucket: Bucket, tokens: Token[], i: number, width: number, a: Reading, out: Candidate[]): void {
    for (const entry of bucket.singles) this.tryFirst(entry, tokens, i, width, a, out);
    // A longer entry's first word takes prefixes only: suffixes and clitics end a phrase.
    if (!bucket.bySecond.size || a.suffix || a.possessive || a.particle) return;
    const next = tokens[i + width];
    if (!next) return;
    const exact = bucket.bySecond.get(next.isWord ? next.lower : next.text);
    if (exact) for (const entry of exact) this.tryFirst(entry, tokens, i, width, a, out);
    if (!next.isWord || !bucket.inflectedPairs) return;
    // A two-word entry's second word is its last and may be inflected (juru bicaranya).
    for (const b of this.analyses(next.lower)) {
      if (b.how === 'exact' || b.prefixes.length) continue;
      const entries = bucket.bySecond.get(b.root);
      if (entries) for (const entry of entries) if (entry.keys.length === 2) this.tryFirst(entry, tokens, i, width, a, out);
    }
  }

  /** The first word of an entry has been read as `a` over `width` tokens starting at i. */
  private tryFirst(entry: CompiledTerm, tokens: Token[], i: number, width: number, a: Reading, out: Candidate[]): void {
    const token = tokens[i]!;
    const single = entry.tokens.length === 1;
    const isRedup = width > 1;
    if (a.how !== 'exact') {
      if (entry.inflection === 'none') return;
      if (entry.inflection === 'clitics' && (isRedup || a.prefixes.length || a.suffix || !single)) return;
      if (!single && (a.suffix || a.possessive || a.particle)) return;
      if (!this.admits(entry, a, token, 0)) return;
    } else if (!sameCaseExact(entry, 0, token)) {
      return;
    }
    if (single) {
      out.push({ start: token.start, end: tokens[i + width - 1]!.end, entry, how: a.how });
      return;
    }
    this.extend(entry, tokens, i + width - 1, a.how, out, token.start);
  }

  /**
   * Matches the entry's tokens after its first against the text after token `last`;
   * the entry's last word may carry suffixes and clitics.
   */
  private extend(entry: CompiledTerm, tokens: Token[], last: number, firstHow: string, out: Candidate[], start: number): void {
    const n = entry.tokens.length;
    let j = last + 1;
    let lastHow = '';
    for (let k = 1; k < n; k++, j++) {
      const want = entry.tokens[k]!;
      const got = tokens[j];
      if (!got || got.spaced !== want.spaced) return;
      if (got.lower === want.lower && sameCaseExact(entry, k, got)) continue;
      if (k !== n - 1 || !want.isWord || !got.isWord || entry.inflection === 'none') return;
      let reading: Reading | undefined;
      for (const a of this.analyses(got.lower)) {
        if (a.root === want.lower && a.how !== 'exact' && a.prefixes.length === 0 && (entry.inflection === 'full' || !a.suffix) && this.admits(entry, a, got, k)) {
          reading = a;
          break;
        }
      }
      if (!reading) return;
      lastHow = reading.how;
    }
    const how = firstHow === 'exact' ? lastHow || 'exact' : lastHow ? `${firstHow} + ${lastHow}` : firstHow;
    out.push({ start, end: tokens[j - 1]!.end, entry, how });
  }

  /** Whether an inflected reading may stand for the entry's word number `index` (-1: the joined words). */
  private admits(entry: CompiledTerm, a: Reading, token: Token, index: number): boolean {
    if (a.lexicalised && !entry.term.matchLexicalised) return false;
    if (index < 0 || !entry.term.caseSensitive || token.text.length !== token.lower.length) return true;
    const original = entry.tokens[index]!.text;
    const expected = a.elided ? original.slice(1) : original;
    return token.text.startsWith(expected, a.rootStart);
  }

  private analyses(word: string): Reading[] {
    let list = this.wordCache.get(word);
    if (!list) {
      if (this.wordCache.size >= CACHE_LIMIT) this.wordCache.clear();
      const exact = this.roots.has(word) || this.byFirst.has(word);
      const inflected = analyseWord(word, this.accept).filter((a) => a.how !== 'exact').map(toReading);
      list = exact ? [toReading(exactReading(word)), ...inflected] : inflected.length ? inflected : NONE;
      this.wordCache.set(word, list);
    }
    return list;
  }

  private pairAnalyses(left: string, right: string): Reading[] {
    const key = `${left}-${right}`;
    let list = this.pairCache.get(key);
    if (!list) {
      if (this.pairCache.size >= CACHE_LIMIT) this.pairCache.clear();
      list = analyseReduplication(left, right, this.accept).map(toReading);
      this.pairCache.set(key, list);
    }
    return list;
  }
}

function toReading(a: Analysis): Reading {
  return { ...a, lexicalised: a.how !== 'exact' && isLexicalised(a.root, a.core) };
}

const PUNCTUATION: Reading = { root: '', prefixes: [], suffix: '', possessive: '', particle: '', core: '', rootStart: 0, elided: false, how: 'exact', lexicalised: false };

function exactReading(word: string): Analysis {
  return { root: word, prefixes: [], suffix: '', possessive: '', particle: '', core: word, rootStart: 0, elided: false, how: 'exact' };
}

function sameCaseExact(entry: CompiledTerm, index: number, token: Token): boolean {
  return !entry.term.caseSensitive || entry.tokens[index]!.text === token.text;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Longest match first; then pack priority; then exact before inflected; then entry order. */
function byPreference(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    a.entry.rank - b.entry.rank ||
    Number(a.how !== 'exact') - Number(b.how !== 'exact') ||
    a.entry.order - b.entry.order ||
    a.start - b.start
  );
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || a.entry.rank - b.entry.rank || a.entry.order - b.entry.order;
}

/**
 * Keeps the preferred candidate of each overlap. A candidate with exactly the span of a kept one,
 * from the same pack and equally exact, is kept beside it (homographs); the same entry twice is not.
 */
function resolve(candidates: Candidate[]): TermMatch[] {
  if (!candidates.length) return [];
  // Usual case: candidates already in text order and none overlapping; nothing to choose.
  let disjoint = true;
  for (let i = 1; i < candidates.length && disjoint; i++) disjoint = candidates[i]!.start >= candidates[i - 1]!.end;
  if (disjoint) return candidates.map(toMatch);
  candidates.sort(byPreference);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    let ok = true;
    for (const k of kept) {
      if (c.start < k.end && k.start < c.end) {
        ok =
          c.entry !== k.entry &&
          c.start === k.start &&
          c.end === k.end &&
          c.entry.rank === k.entry.rank &&
          (c.how === 'exact') === (k.how === 'exact') &&
          !kept.some((other) => other.entry === c.entry && other.start === c.start);
        break;
      }
    }
    if (ok) kept.push(c);
  }
  if (kept.length > 1) kept.sort(byPosition);
  return kept.map(toMatch);
}

function toMatch(c: Candidate): TermMatch {
  return { start: c.start, end: c.end, term: c.entry.term, how: c.how, packRank: c.entry.rank };
}
