import { describe, expect, it } from 'vitest';
import { CompactIndex, CompactIndexBuilder } from '../../../core/tm/compactIndex';
import { FuzzyIndex } from '../../../core/tm/fuzzyIndex';
import { fuzzyScore } from '../../../core/tm/similarity';

const memory = [
  'Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin.',
  'Presiden Joko Widodo meresmikan bendungan baru di Jawa Timur pada hari Selasa.',
  'Harga beras naik tajam menjelang Lebaran.',
  'Kementerian Keuangan mencatat defisit anggaran sebesar Rp1,5 triliun.',
  'Korea Utara akan menanggung konsekuensi jika memasok senjata ke Rusia.',
  'Harga “beras” di pasar naik lagi — kata pedagang.',
];

function randomTexts(count: number, seed: number): string[] {
  const words = 'yang di dan ke dari pemerintah harga naik turun presiden menteri rakyat kota desa jalan baru lama besar kecil air listrik beras'.split(' ');
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, () => Array.from({ length: 6 + Math.floor(random() * 10) }, () => words[Math.floor(random() * words.length)]).join(' ') + '.');
}

describe('CompactIndex', () => {
  const builder = new CompactIndexBuilder();
  memory.forEach((text) => builder.add(text));
  const index = builder.build();

  it('keeps every text (UTF-8, non-ASCII included) and finds exact units', () => {
    expect(index.size).toBe(memory.length);
    memory.forEach((text, i) => expect(index.text(i)).toBe(text));
    expect(index.search(memory[5]!)[0]).toMatchObject({ unit: 5, score: 100 });
  });

  it('survives a structured clone (what IndexedDB stores) and searches the same', () => {
    const copy = new CompactIndex(structuredClone(index.data));
    const query = 'Presiden Joko Widodo meresmikan jalan tol baru di Jawa Barat pada hari Rabu.';
    expect(copy.search(query, { minScore: 50 })).toEqual(index.search(query, { minScore: 50 }));
    expect(copy.search(query, { minScore: 50 })[0]!.score).toBe(fuzzyScore(query, memory[0]!));
  });

  it('gives the same matches as FuzzyIndex on a larger memory', () => {
    const texts = randomTexts(4000, 11);
    const compact = new CompactIndexBuilder();
    const fuzzy = new FuzzyIndex<number>();
    texts.forEach((t, i) => {
      compact.add(t);
      fuzzy.add(t, i);
    });
    const built = compact.build();
    for (const query of randomTexts(40, 99)) {
      const a = built.search(query, { minScore: 60, limit: 5 }).map((m) => m.score);
      const b = fuzzy.search(query, { minScore: 60, limit: 5 }).map((m) => m.score);
      expect(a).toEqual(b);
    }
  });

  it('agrees with an exhaustive scan on the best score', () => {
    const texts = randomTexts(3000, 5);
    const b = new CompactIndexBuilder();
    texts.forEach((t) => b.add(t));
    const built = b.build();
    for (const base of randomTexts(30, 8)) {
      const query = base.replace(/\b\w+\b/, 'warga');
      const exhaustive = Math.max(...texts.map((t) => fuzzyScore(query, t)));
      const found = built.search(query, { minScore: 75, limit: 1 })[0]?.score ?? 0;
      if (exhaustive >= 75) expect(found).toBe(exhaustive);
      else expect(found).toBe(0);
    }
  });

  it('finds concordance candidates by word prefixes, newest first', () => {
    expect(index.prefixCandidates('harga beras', 10)).toEqual([5, 2]);
    expect(index.prefixCandidates('harga ber', 10)).toEqual([5, 2]);
    expect(index.prefixCandidates('HARGA', 1)).toEqual([5]);
    expect(index.prefixCandidates('jawa ti', 10)).toEqual([1]);
    expect(index.prefixCandidates('tidak ada', 10)).toEqual([]);
    expect(index.prefixCandidates('…', 10)).toEqual([]);
    // Only the last word may be incomplete: the others are whole words in any phrase match.
    expect(index.prefixCandidates('harg beras', 10)).toEqual([]);
    expect(index.prefixCandidates('harga beras naik', 10)).toEqual([5, 2]); // 5 has the words, not the phrase: the caller checks it
    expect(index.prefixCandidates('presiden joko widodo meresmikan', 10)).toEqual([1, 0]);
  });

  it('indexes tokens only when asked to, and refuses damaged data', () => {
    const tokensOnly = new CompactIndexBuilder(false);
    memory.forEach((t) => tokensOnly.add(t));
    const built = tokensOnly.build();
    expect(built.hasTexts).toBe(false);
    expect(built.data.text.length).toBe(0);
    expect(built.prefixCandidates('senjata', 5)).toEqual([4]);
    expect(() => built.search('x')).toThrow();
    expect(() => new CompactIndex({ ...index.data, postings: new Uint8Array(1) })).toThrow(/damaged/);
    expect(() => new CompactIndex({ ...index.data, textLengths: new Uint16Array(1) })).toThrow(/damaged/);
  });

  it('handles an empty index', () => {
    const empty = new CompactIndexBuilder().build();
    expect(empty.size).toBe(0);
    expect(empty.search('Harga beras')).toEqual([]);
    expect(empty.prefixCandidates('harga', 5)).toEqual([]);
  });
});
