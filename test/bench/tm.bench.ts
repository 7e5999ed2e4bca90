/**
 * Translation-memory lookup at scale: builds a FuzzyIndex over generated Indonesian-like units
 * (Zipf-distributed vocabulary, like real text) and prints build time and lookup p50/p95.
 * Usage: npx tsx test/bench/tm.bench.ts [units=1000000]
 */
import { FuzzyIndex } from '../../core/tm/fuzzyIndex';

const units = Number(process.argv[2] ?? 1_000_000);
const common = 'yang di dan ke dari untuk dengan pada ini itu dalam tidak akan juga oleh sebagai telah bahwa para atau'.split(' ');
const vocabulary = [...common, ...Array.from({ length: 40_000 }, (_, i) => `kata${i.toString(36)}`)];
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const zipfWord = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(random() * Math.log(vocabulary.length))) - 1)]!;
const sentence = () => Array.from({ length: 8 + Math.floor(random() * 18) }, zipfWord).join(' ') + '.';

const texts: string[] = [];
for (let i = 0; i < units; i++) texts.push(sentence());
const t0 = performance.now();
const index = new FuzzyIndex<number>();
texts.forEach((t, i) => index.add(t, i));
const buildMs = performance.now() - t0;

const times: number[] = [];
let hits = 0;
for (let q = 0; q < 500; q++) {
  const base = texts[Math.floor(random() * texts.length)]!.split(' ');
  base[Math.floor(random() * base.length)] = zipfWord();
  const query = base.join(' ');
  const s = performance.now();
  const found = index.search(query, { minScore: 75, limit: 5 });
  times.push(performance.now() - s);
  if (found.length) hits++;
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(2);
console.log(`tm: ${units.toLocaleString('en')} units, index built in ${(buildMs / 1000).toFixed(2)} s, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
console.log(`tm: fuzzy lookup (min 75) p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms (target p95 <= 15 ms), ${hits}/500 queries matched`);
