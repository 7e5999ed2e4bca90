import { distance } from 'fastest-levenshtein';
import { normalizeForMatching } from './normalize';

/**
 * Fuzzy match score 0–100 as translators know it: 100 only for the same text (ignoring spacing
 * and inline tags); otherwise character edit distance relative to the longer text, capped at 99
 * so that a difference in case or punctuation is never shown as an exact match.
 */
export function fuzzyScore(a: string, b: string): number {
  return scoreNormalized(normalizeForMatching(a), normalizeForMatching(b));
}

export function scoreNormalized(a: string, b: string): number {
  return scoreLowered(a, a.toLowerCase(), b, b.toLowerCase());
}

/** scoreNormalized with both texts' lower-case forms given (indexes keep them to save the work). */
export function scoreLowered(a: string, aLower: string, b: string, bLower: string): number {
  if (a === b) return 100;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 100;
  // Case differences cost nothing beyond the cap: "harga" for "Harga" is still a 99% match.
  const score = Math.floor(100 * (1 - distance(aLower, bLower) / longest));
  return Math.max(0, Math.min(99, score));
}
