import type { Term } from '../../core/model';
import { tokenize, type Token } from './tokenize';

/**
 * How far a term may be inflected:
 * - none: its words exactly (match mode 'exact', acronyms such as AS or PBB);
 * - clitics: -nya, -lah, -kah, -pun … only (proper nouns: Kremlinlah, Korutnya);
 * - full: every derivation, clitic and reduplication.
 */
export type InflectionClass = 'none' | 'clitics' | 'full';

/** A glossary entry prepared for matching. */
export interface CompiledTerm {
  term: Term;
  /** Position of the entry's pack in the caller's priority order (0 = highest). */
  rank: number;
  /** Order of the entry across all packs, for stable results. */
  order: number;
  tokens: Token[];
  /** Lower-case words of the entry, in order (punctuation tokens included as they are). */
  keys: string[];
  inflection: InflectionClass;
  /** The entry's words written together, for multi-word entries that Indonesian joins when it affixes them (tanda tangan → menandatangani). */
  joined?: string;
}

export function compileTerm(term: Term, rank: number, order: number): CompiledTerm | undefined {
  const tokens = tokenize(term.source.normalize('NFC'));
  if (!tokens.length || !tokens.some((t) => t.isWord)) return undefined;
  const keys = tokens.map((t) => t.lower);
  const inflection = inflectionClass(term, tokens);
  const compiled: CompiledTerm = { term, rank, order, tokens, keys, inflection };
  if (inflection === 'full' && tokens.length === 2 && tokens.every((t) => t.isWord) && tokens[1]!.spaced) {
    compiled.joined = keys.join('');
  }
  return compiled;
}

function inflectionClass(term: Term, tokens: Token[]): InflectionClass {
  if (term.matchMode === 'exact') return 'none';
  const words = tokens.filter((t) => t.isWord);
  if (words.length === 1 && isAcronym(words[0]!.text)) return 'none';
  if (term.pos === 'properNoun') return 'clitics';
  if (tokens.length === 1 && tokens[0]!.text.length <= 2) return 'clitics';
  return 'full';
}

/** AS, PBB, DK, NATO: upper-case letters only (digits allowed: G20). */
function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{Lu}/u.test(word);
}
