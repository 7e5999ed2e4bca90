import { describe, expect, it } from 'vitest';
import { FuzzyIndex } from '../../../core/tm/fuzzyIndex';
import { fuzzyScore } from '../../../core/tm/similarity';

const memory = [
  'Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin.',
  'Presiden Joko Widodo meresmikan bendungan baru di Jawa Timur pada hari Selasa.',
  'Harga beras naik tajam menjelang Lebaran.',
  'Kementerian Keuangan mencatat defisit anggaran sebesar Rp1,5 triliun.',
  'Korea Utara akan menanggung konsekuensi jika memasok senjata ke Rusia.',
];

function bruteForce(query: string, minScore: number) {
  return memory
    .map((text) => ({ text, score: fuzzyScore(query, text) }))
    .filter((m) => m.score >= minScore)
    .sort((a, b) => b.score - a.score);
}

describe('fuzzyScore', () => {
  it('is 100 only for identical text, ignoring spacing and inline tags', () => {
    expect(fuzzyScore('Harga  beras naik.', 'Harga beras naik.')).toBe(100);
    expect(fuzzyScore('Harga \ue001beras\ue101 naik.', 'Harga beras naik.')).toBe(100);
    expect(fuzzyScore('harga beras naik.', 'Harga beras naik.')).toBe(99);
  });

  it('falls with the share of characters edited', () => {
    const a = 'Harga beras naik tajam.';
    expect(fuzzyScore(a, 'Harga beras turun tajam.')).toBeLessThan(90);
    expect(fuzzyScore(a, 'Harga beras naik tajam!')).toBe(95);
    expect(fuzzyScore(a, 'Sesuatu yang sama sekali lain')).toBeLessThan(30);
  });
});

describe('FuzzyIndex', () => {
  const index = new FuzzyIndex<number>();
  memory.forEach((text, i) => index.add(text, i));

  it('finds the exact unit with score 100 and its payload', () => {
    const [best] = index.search(memory[3]!);
    expect(best).toMatchObject({ score: 100, payload: 3 });
  });

  it('ranks fuzzy matches like an exhaustive scan does', () => {
    const query = 'Presiden Joko Widodo meresmikan jalan tol baru di Jawa Barat pada hari Rabu.';
    const found = index.search(query, { minScore: 50, limit: 5 }).map((m) => m.score);
    expect(found).toEqual(bruteForce(query, 50).map((m) => m.score));
    expect(found[0]).toBeGreaterThan(85);
  });

  it('returns nothing below the threshold or for unknown words', () => {
    expect(index.search('Cuaca cerah sepanjang hari ini.', { minScore: 75 })).toEqual([]);
    expect(index.search('', { minScore: 50 })).toEqual([]);
  });

  it('agrees with an exhaustive scan on a larger random memory', () => {
    const words = 'yang di dan ke dari pemerintah harga naik turun presiden menteri rakyat kota desa jalan baru lama besar kecil air listrik'.split(' ');
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const sentence = () => Array.from({ length: 6 + Math.floor(random() * 10) }, () => words[Math.floor(random() * words.length)]).join(' ') + '.';
    const big = new FuzzyIndex<string>();
    const texts = Array.from({ length: 3000 }, sentence);
    texts.forEach((t) => big.add(t, t));
    for (let q = 0; q < 30; q++) {
      const base = texts[Math.floor(random() * texts.length)]!;
      const query = base.replace(/\b\w+\b/, 'warga');
      const exhaustiveBest = Math.max(...texts.map((t) => fuzzyScore(query, t)));
      const indexed = big.search(query, { minScore: 75, limit: 1 })[0]?.score ?? 0;
      if (exhaustiveBest >= 75) expect(indexed).toBe(exhaustiveBest);
    }
  });
});
