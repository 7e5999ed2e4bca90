/**
 * A reproducible Indonesian-like translation memory for the TM benches: unit i is always the
 * same sentence pair (generated from i alone, so a page can regenerate any unit without keeping
 * a million of them). Words follow a Zipf-like law over a 40,000-word vocabulary headed by real
 * Indonesian function words, so posting lists are as skewed as in real text.
 */
import { prng } from '../support/prng';

const COMMON = 'yang di dan ke dari untuk dengan pada ini itu dalam tidak akan juga oleh sebagai telah bahwa para atau'.split(' ');
const VOCABULARY = [...COMMON, ...Array.from({ length: 40_000 }, (_, i) => `kata${i.toString(36)}`)];

function zipfWord(random: () => number): string {
  return VOCABULARY[Math.min(VOCABULARY.length - 1, Math.floor(Math.exp(random() * Math.log(VOCABULARY.length))) - 1)]!;
}

function words(random: () => number): string[] {
  return Array.from({ length: 8 + Math.floor(random() * 18) }, () => zipfWord(random));
}

/** Unit i: an 8–25-word source and a target of the same shape. */
export function corpusUnit(i: number): { source: string; target: string } {
  const random = prng(i * 2654435761);
  const source = words(random);
  return { source: source.join(' ') + '.', target: 'EN ' + source.map((w) => w.toUpperCase()).join(' ') + '.' };
}

/** A lookup query: unit `of`'s source with one word replaced (a typical 90–97% fuzzy match). */
export function corpusQuery(of: number, seed: number): string {
  const random = prng(seed * 7919 + 1);
  const base = corpusUnit(of).source.slice(0, -1).split(' ');
  base[Math.floor(random() * base.length)] = zipfWord(random);
  return base.join(' ') + '.';
}

export function corpusRandom(seed: number): () => number {
  return prng(seed);
}
