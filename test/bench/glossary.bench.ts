/**
 * Glossary matching speed: index build for 50,000 entries, per-segment match time (mean, p95)
 * and a 100,000-segment document. Run: npx tsx test/bench/glossary.bench.ts
 * Targets (issue 4): build ≤ 2 s, one segment ≤ 0.2 ms, 100,000 segments ≤ 3 s.
 */
import type { Term } from '../../core/model';
import { ROOT_WORDS } from '../../core/lang/id/morphology/roots';
import { derivedForms } from '../../core/lang/id/morphology/synthesize';
import { createGlossaryMatcher } from '../../glossary/match/matcher';

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const roots = [...ROOT_WORDS];
const SYLLABLES = 'ba be bi bo bu da di du ga gi ka ke ki ku la li lu ma mi mu na ni nu pa pi pu ra ri ru sa si su ta ti tu ja jo ca wa ya ha ng'.split(' ');
const pseudoWord = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('') + pick(['', 'n', 'k', 't', 'r', 'l', 's']);

function makeTerms(n: number, rootEntries: number): Term[] {
  const terms: Term[] = [];
  for (let i = 0; i < n; i++) {
    const r = random();
    const words = i < rootEntries ? [roots[i]!] : r < 0.6 ? [pseudoWord()] : r < 0.9 ? [pick(roots), pseudoWord()] : [pseudoWord(), pick(roots), pseudoWord()];
    terms.push({
      packId: `pack${i % 3}`,
      source: words.join(' '),
      target: `target ${i}`,
      forbidden: false,
      caseSensitive: random() < 0.05,
      matchMode: random() < 0.1 ? 'exact' : 'inflected',
      pos: random() < 0.1 ? 'properNoun' : 'noun',
    });
  }
  return terms;
}

/**
 * Running text: words drawn with Zipf's law (frequency ∝ 1/rank) from a vocabulary of function
 * words, every derived form of the lexicon's roots and 20,000 pseudo-names, shuffled; 2% of the
 * words are reduplicated (negara-negara).
 */
const FUNCTION_WORDS = 'yang dan di ke dari untuk dengan pada itu ini akan tidak juga kata bahwa dalam oleh para sebagai telah'.split(' ');
const vocabulary: string[] = [];
for (const root of roots) {
  vocabulary.push(root);
  for (const form of derivedForms(root)) vocabulary.push(form.form);
}
for (let i = 0; i < 20_000; i++) vocabulary.push(pseudoWord());
for (let i = vocabulary.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [vocabulary[i], vocabulary[j]] = [vocabulary[j]!, vocabulary[i]!];
}
vocabulary.unshift(...FUNCTION_WORDS);
const cumulative = new Float64Array(vocabulary.length);
let sum = 0;
for (let i = 0; i < vocabulary.length; i++) cumulative[i] = sum += 1 / (i + 1);
function zipfWord(): string {
  const x = random() * sum;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo]!;
}

function makeSegment(): string {
  const words: string[] = [];
  const n = 12 + Math.floor(random() * 16);
  for (let i = 0; i < n; i++) {
    const word = zipfWord();
    words.push(random() < 0.02 ? `${word}-${word}` : word);
  }
  words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
  return `${words.join(' ')}.`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Wall-clock and CPU milliseconds of fn (CPU time is steadier on a shared machine). */
function measure<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = fn();
  const wall = performance.now() - t;
  const used = process.cpuUsage(c);
  return { value, wall, cpu: (used.user + used.system) / 1000 };
}

const segments = Array.from({ length: 100_000 }, makeSegment);
const words = segments.reduce((n, s) => n + s.split(' ').length, 0);
console.log(`document: 100,000 segments, ${words} words, ${Math.round(segments.reduce((n, s) => n + s.length, 0) / segments.length)} chars per segment`);

for (const density of ['typical', 'dense'] as const) {
  // typical: 500 of the 2,044 common roots are entries; dense: every common root is one (worst case).
  const rootEntries = density === 'typical' ? 500 : roots.length;
  const terms = makeTerms(50_000, rootEntries);
  const packs = [terms.slice(0, 20_000), terms.slice(20_000, 35_000), terms.slice(35_000)];
  const build = measure(() => createGlossaryMatcher(packs));
  const matcher = build.value;
  console.log(`\n[${density} glossary: ${rootEntries} common roots among 50,000 entries]`);
  console.log(`index build, ${matcher.termCount} entries in 3 packs: ${build.wall.toFixed(0)} ms wall, ${build.cpu.toFixed(0)} ms CPU (target ≤ 2000 ms)`);

  // One segment at a time on a fresh index (caches empty), as the editor does for the current segment.
  const cold = createGlossaryMatcher(packs);
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < 2_000; i++) {
    const s = performance.now();
    found += cold.match(segments[i]!).length;
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `one segment (first 2,000 segments, fresh index): mean ${mean.toFixed(3)} ms, median ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms (target ≤ 0.2 ms); ${(found / 2000).toFixed(1)} matches per segment`,
  );

  const doc = measure(() => {
    let total = 0;
    for (const segment of segments) total += matcher.match(segment).length;
    return total;
  });
  console.log(`100,000-segment document: ${doc.wall.toFixed(0)} ms wall, ${doc.cpu.toFixed(0)} ms CPU, ${(doc.value / 100_000).toFixed(1)} matches per segment (target ≤ 3000 ms)`);
}
