import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../../core/model';
import { TargetSaveQueue } from '../../../../renderer/src/features/editor/saveQueue';

function saved(index: number, target: string): Segment {
  return { documentId: 'd', index, unitId: String(index + 1), paragraph: 0, source: 's', target, status: target ? 'draft' : 'new', note: '', gapAfter: '', updatedAt: 1 };
}

/** A writer whose writes finish only when released, in order. */
function slowWriter() {
  const writes: [number, string][] = [];
  const release: (() => void)[] = [];
  const write = (index: number, target: string) => {
    writes.push([index, target]);
    return new Promise<Segment>((resolve) => release.push(() => resolve(saved(index, target))));
  };
  const next = async () => {
    release.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { write, writes, next, get waiting() { return release.length; } };
}

describe('TargetSaveQueue', () => {
  it('writes the first keystroke at once and only the latest text after it', async () => {
    const w = slowWriter();
    const queue = new TargetSaveQueue(w.write);
    queue.enqueue(0, 'H');
    queue.enqueue(0, 'He');
    queue.enqueue(0, 'Hel');
    queue.enqueue(0, 'Hell');
    expect(w.writes).toEqual([[0, 'H']]);
    expect(queue.pendingText(0)).toBe('Hell');
    await w.next();
    expect(w.writes).toEqual([[0, 'H'], [0, 'Hell']]);
    await w.next();
    expect(queue.idle).toBe(true);
    expect(queue.pendingText(0)).toBeUndefined();
  });

  it('keeps at most one write in flight per segment, segments independent', async () => {
    const w = slowWriter();
    const queue = new TargetSaveQueue(w.write);
    queue.enqueue(0, 'a');
    queue.enqueue(1, 'b');
    queue.enqueue(0, 'aa');
    expect(w.writes).toEqual([[0, 'a'], [1, 'b']]);
    expect(w.waiting).toBe(2);
  });

  it('flush() waits for everything enqueued so far', async () => {
    const written: string[] = [];
    const queue = new TargetSaveQueue(async (index, target) => {
      await new Promise((r) => setTimeout(r, 2));
      written.push(target);
      return saved(index, target);
    });
    for (const t of ['N', 'No', 'Nor', 'Nort', 'North']) queue.enqueue(3, t);
    queue.enqueue(4, 'x');
    await queue.flush(3);
    expect(written).toContain('North');
    await queue.flush();
    expect(queue.idle).toBe(true);
    expect(written).toEqual(expect.arrayContaining(['N', 'North', 'x']));
    expect(written).not.toContain('Nor');
  });

  it('flushNow() starts queued writes without waiting for the one in flight', async () => {
    const w = slowWriter();
    const queue = new TargetSaveQueue(w.write);
    queue.enqueue(0, 'a');
    queue.enqueue(0, 'ab');
    queue.flushNow();
    expect(w.writes).toEqual([[0, 'a'], [0, 'ab']]);
    expect(queue.pendingText(0)).toBe('ab');
    const flushed = queue.flush();
    await w.next();
    await w.next();
    await flushed;
    expect(queue.idle).toBe(true);
    expect(w.writes).toHaveLength(2);
  });

  it('reports saved segments and errors, and carries on after an error', async () => {
    const events: string[] = [];
    let fail = true;
    const queue = new TargetSaveQueue(
      async (index, target) => {
        if (fail) {
          fail = false;
          throw new Error('disk full');
        }
        return saved(index, target);
      },
      { onSaved: (s, newer) => events.push(`saved ${s.target} ${newer}`), onError: (e, i) => events.push(`error ${i} ${(e as Error).message}`) },
    );
    queue.enqueue(2, 'one');
    await queue.flush();
    queue.enqueue(2, 'two');
    await queue.flush();
    expect(events).toEqual(['error 2 disk full', 'saved two false']);
    expect(queue.pendingText(2)).toBeUndefined();
  });
});
