import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../../core/model';
import { SegmentWindowCache } from '../../../../renderer/src/features/editor/segmentCache';

function segment(index: number, target = ''): Segment {
  return { documentId: 'd', index, unitId: String(index + 1), paragraph: index, source: `S${index}`, target, status: 'new', note: '', gapAfter: '\n', updatedAt: 0 };
}

/** A reader over `total` segments that records every read and answers when told to. */
function fakeReader(total: number) {
  const reads: [number, number][] = [];
  const pending: (() => void)[] = [];
  const read = (start: number, count: number) => {
    reads.push([start, count]);
    return new Promise<Segment[]>((resolve) => {
      pending.push(() => {
        const out: Segment[] = [];
        for (let i = start; i < Math.min(total, start + count); i++) out.push(segment(i));
        resolve(out);
      });
    });
  };
  const settle = async () => {
    while (pending.length) {
      pending.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { read, reads, settle };
}

describe('SegmentWindowCache', () => {
  it('reads only the pages around the wanted rows, never the whole document', async () => {
    const reader = fakeReader(100_000);
    const cache = new SegmentWindowCache(reader.read, 100_000, { pageSize: 100 });
    cache.want(50_010, 50_040);
    await reader.settle();
    expect(reader.reads).toEqual([[50_000, 100]]);
    expect(cache.get(50_020)?.source).toBe('S50020');
    expect(cache.get(49_999)).toBeUndefined();
  });

  it('loads the middle of the wanted range first and at most `concurrency` pages at once', async () => {
    const reader = fakeReader(10_000);
    const cache = new SegmentWindowCache(reader.read, 10_000, { pageSize: 100, concurrency: 2 });
    cache.want(0, 499);
    expect(reader.reads.map(([s]) => s)).toEqual([200, 100]);
    await reader.settle();
    expect(reader.reads.map(([s]) => s).sort((a, b) => a - b)).toEqual([0, 100, 200, 300, 400]);
  });

  it('reads a short last page and clamps the range to the document', async () => {
    const reader = fakeReader(250);
    const cache = new SegmentWindowCache(reader.read, 250, { pageSize: 100 });
    cache.want(180, 900);
    await reader.settle();
    expect(reader.reads).toContainEqual([200, 50]);
    expect(cache.get(249)?.index).toBe(249);
  });

  it('notifies only the rows of a loaded page, and only the row that changes', async () => {
    const reader = fakeReader(1000);
    const cache = new SegmentWindowCache(reader.read, 1000, { pageSize: 100 });
    const calls: number[] = [];
    cache.subscribe(5, () => calls.push(5));
    cache.subscribe(150, () => calls.push(150));
    cache.want(0, 50);
    await reader.settle();
    expect(calls).toEqual([5]);
    const before = cache.get(6);
    cache.update(5, (s) => ({ ...s, target: 'Hello' }));
    expect(calls).toEqual([5, 5]);
    expect(cache.get(5)?.target).toBe('Hello');
    expect(cache.get(6)).toBe(before);
    cache.update(5, (s) => s);
    expect(calls).toEqual([5, 5]);
  });

  it('evicts far pages beyond maxPages but keeps pages with mounted rows', async () => {
    const reader = fakeReader(100_000);
    const cache = new SegmentWindowCache(reader.read, 100_000, { pageSize: 100, maxPages: 3 });
    const unsubscribe = cache.subscribe(10, () => {});
    for (const start of [0, 10_000, 20_000, 30_000, 40_000]) {
      cache.want(start, start + 20);
      await reader.settle();
    }
    expect(cache.loadedPages().length).toBeLessThanOrEqual(3);
    expect(cache.loadedPages()).toContain(0);
    expect(cache.loadedPages()).toContain(400);
    unsubscribe();
  });

  it('applies the overlay to pages read from storage (text typed but not written yet)', async () => {
    const reader = fakeReader(300);
    const cache = new SegmentWindowCache(reader.read, 300, { pageSize: 100, overlay: (s) => (s.index === 120 ? { ...s, target: 'typed' } : s) });
    const loaded = cache.load(120);
    await reader.settle();
    expect((await loaded)?.target).toBe('typed');
    expect(cache.get(121)?.target).toBe('');
  });

  it('load() resolves undefined outside the document', async () => {
    const cache = new SegmentWindowCache(fakeReader(10).read, 10);
    expect(await cache.load(10)).toBeUndefined();
    expect(await cache.load(-1)).toBeUndefined();
  });

  it('reports a failed read and does not retry it in a loop', async () => {
    let reads = 0;
    const errors: unknown[] = [];
    const cache = new SegmentWindowCache(
      async () => {
        reads++;
        throw new Error('boom');
      },
      500,
      { onError: (e) => errors.push(e) },
    );
    cache.want(0, 50);
    await new Promise((r) => setTimeout(r, 0));
    cache.want(0, 60);
    await new Promise((r) => setTimeout(r, 0));
    expect(reads).toBe(1);
    expect(errors).toHaveLength(1);
  });

  it('reset() drops every page and re-reads with the new length', async () => {
    const reader = fakeReader(1000);
    const cache = new SegmentWindowCache(reader.read, 1000, { pageSize: 100 });
    let notified = 0;
    cache.subscribe(3, () => notified++);
    cache.want(0, 10);
    await reader.settle();
    cache.reset(1001);
    expect(cache.count).toBe(1001);
    expect(cache.get(3)).toBeUndefined();
    cache.want(0, 10);
    await reader.settle();
    expect(cache.get(3)?.index).toBe(3);
    expect(notified).toBeGreaterThanOrEqual(3);
  });
});
