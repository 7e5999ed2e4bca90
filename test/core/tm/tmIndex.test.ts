import { describe, expect, it } from 'vitest';
import { TmIndex, TmIndexBuilder, type TmEntry } from '../../../core/tm/tmIndex';

const units: TmEntry[] = [
  { id: 3, source: 'Harga beras naik tajam menjelang Lebaran.', target: 'Rice prices rose sharply before Eid.' },
  { id: 7, source: 'Korea Utara akan menanggung konsekuensi.', target: 'North Korea will bear the consequences.' },
  { id: 9, source: 'Presiden meresmikan bendungan baru di Jawa Timur.', target: 'The president opened a new dam in East Java.' },
];

function snapshotOf(entries: readonly TmEntry[]) {
  const builder = new TmIndexBuilder();
  entries.forEach((e) => builder.add(e));
  return structuredClone(builder.build());
}

/** Storage stand-in: what the loader returns is the truth. */
function storage(entries: readonly TmEntry[]) {
  const byId = new Map(entries.map((e) => [e.id, { ...e }]));
  const loads: number[][] = [];
  return {
    byId,
    loads,
    load: async (ids: readonly number[]) => {
      loads.push([...ids]);
      return ids.map((id) => byId.get(id));
    },
  };
}

describe('TmIndex', () => {
  it('finds fuzzy matches in the snapshot and in units added since, best first', () => {
    const index = new TmIndex(snapshotOf(units));
    index.add({ id: 12, source: 'Harga beras naik tajam menjelang Natal.', target: 'Rice prices rose sharply before Christmas.' });
    expect(index.size).toBe(4);
    expect(index.overlaySize).toBe(1);
    const hits = index.fuzzy('Harga beras naik tajam menjelang Lebaran.', { minScore: 70 });
    expect(hits.map((h) => h.id)).toEqual([3, 12]);
    expect(hits[0]!.score).toBe(100);
    expect(hits[1]!.score).toBeGreaterThan(80);
    expect(index.fuzzy('Cuaca cerah hari ini.', { minScore: 50 })).toEqual([]);
  });

  it('works without a snapshot and knows which ids it holds', () => {
    const index = new TmIndex();
    units.forEach((u) => index.add(u));
    expect(index.fuzzy('Korea Utara akan menanggung konsekuensi!')[0]).toMatchObject({ id: 7, score: 97 });
    expect(index.has(9)).toBe(true);
    expect(index.has(10)).toBe(false);
    const withSnapshot = new TmIndex(snapshotOf(units));
    expect([3, 7, 9].map((id) => withSnapshot.has(id))).toEqual([true, true, true]);
    expect([1, 4, 8, 10].some((id) => withSnapshot.has(id))).toBe(false);
  });

  it('does not index a known unit twice when its target changes', () => {
    const index = new TmIndex(snapshotOf(units));
    index.add({ id: 3, source: units[0]!.source, target: 'Rice prices soared before Eid.' });
    expect(index.fuzzy(units[0]!.source).map((h) => h.id)).toEqual([3]);
    expect(index.size).toBe(3);
  });

  it('concordance searches sources and targets as phrases, newest first, with fresh texts', async () => {
    const index = new TmIndex(snapshotOf(units));
    index.add({ id: 15, source: 'Utara dan selatan.', target: 'North and south.' });
    const store = storage([...units, { id: 15, source: 'Utara dan selatan.', target: 'North and south.' }]);
    expect((await index.concordance('korea utara', 10, store.load)).map((u) => u.id)).toEqual([7]);
    expect((await index.concordance('utara', 10, store.load)).map((u) => u.id)).toEqual([15, 7]);
    // Target side, last word incomplete.
    expect((await index.concordance('north kor', 10, store.load)).map((u) => u.id)).toEqual([7]);
    expect((await index.concordance('rice prices', 10, store.load)).map((u) => u.target)).toEqual(['Rice prices rose sharply before Eid.']);
    // Words present but not as a phrase.
    expect(await index.concordance('beras lebaran', 10, store.load)).toEqual([]);
    expect(await index.concordance('  ', 10, store.load)).toEqual([]);
    expect((await index.concordance('utara', 1, store.load)).map((u) => u.id)).toEqual([15]);
  });

  it('concordance drops units that storage no longer has or that changed', async () => {
    const index = new TmIndex(snapshotOf(units));
    const store = storage(units);
    store.byId.delete(9);
    store.byId.get(3)!.target = 'Rice became expensive.';
    expect(await index.concordance('bendungan', 10, store.load)).toEqual([]);
    expect(await index.concordance('rose sharply', 10, store.load)).toEqual([]);
    expect((await index.concordance('harga beras', 10, store.load)).map((u) => u.target)).toEqual(['Rice became expensive.']);
  });

  it('refuses a damaged snapshot', () => {
    const snapshot = snapshotOf(units);
    expect(() => new TmIndex({ ...snapshot, unitIds: new Float64Array(1) })).toThrow(/damaged/);
    expect(() => new TmIndex({ ...snapshot, format: 2 as 1 })).toThrow(/damaged/);
  });
});
