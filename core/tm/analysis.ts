import { countWords } from '../text/words';
import { normalizeForMatching } from './normalize';
import type { FuzzyIndex } from './fuzzyIndex';

/** Match bands as agencies quote them. */
export const MATCH_BANDS = [
  { id: '100', min: 100, max: 100 },
  { id: '95-99', min: 95, max: 99 },
  { id: '85-94', min: 85, max: 94 },
  { id: '75-84', min: 75, max: 84 },
  { id: '50-74', min: 50, max: 74 },
  { id: 'none', min: 0, max: 49 },
] as const;

export type MatchBandId = (typeof MATCH_BANDS)[number]['id'];

export interface Tally {
  segments: number;
  words: number;
}

export interface DocumentAnalysis {
  segments: number;
  words: number;
  characters: number;
  /** Segments whose source already occurred earlier in the document (counted once, not banded). */
  repetitions: Tally;
  /** Unique segments by their best translation-memory match. */
  bands: Record<MatchBandId, Tally>;
}

/** A quote-style analysis of a document's segments against an optional translation memory. */
export function analyseSegments(sources: readonly string[], tm?: FuzzyIndex<unknown>): DocumentAnalysis {
  const bands = Object.fromEntries(MATCH_BANDS.map((b) => [b.id, { segments: 0, words: 0 }])) as Record<MatchBandId, Tally>;
  const repetitions: Tally = { segments: 0, words: 0 };
  const seen = new Set<string>();
  let words = 0;
  let characters = 0;
  for (const source of sources) {
    const normalized = normalizeForMatching(source);
    const n = countWords(source);
    words += n;
    characters += normalized.length;
    if (seen.has(normalized)) {
      repetitions.segments++;
      repetitions.words += n;
      continue;
    }
    seen.add(normalized);
    const best = tm?.search(source, { minScore: 50, limit: 1 })[0]?.score ?? 0;
    const band = MATCH_BANDS.find((b) => best >= b.min && best <= b.max)!;
    bands[band.id].segments++;
    bands[band.id].words += n;
  }
  return { segments: sources.length, words, characters, repetitions, bands };
}
