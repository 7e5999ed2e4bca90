import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeepAlivePool } from '../../../renderer/src/workers/keepAlivePool';

class Service {
  disposed = false;
  constructor(readonly name: string) {}
  dispose(): void {
    this.disposed = true;
  }
}

describe('keep-alive pool of per-project services', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shares one service per key, keeps it a while after the last release, then disposes it', () => {
    const pool = createKeepAlivePool<Service>(1_000);
    const a = pool.acquire('p1', () => new Service('first'));
    const b = pool.acquire('p1', () => new Service('second'));
    expect(b.value).toBe(a.value);
    a.release();
    a.release(); // twice counts once
    b.release();
    vi.advanceTimersByTime(999);
    expect(a.value.disposed).toBe(false);
    const again = pool.acquire('p1', () => new Service('third'));
    expect(again.value.name).toBe('first');
    again.release();
    vi.advanceTimersByTime(1_000);
    expect(a.value.disposed).toBe(true);
    expect(pool.get('p1')).toBeUndefined();
  });

  it('disposes another project’s idle service at once, never one still held', () => {
    const pool = createKeepAlivePool<Service>(1_000);
    const idle = pool.acquire('p1', () => new Service('p1'));
    idle.release();
    const held = pool.acquire('p2', () => new Service('p2'));
    expect(idle.value.disposed).toBe(true);
    pool.acquire('p3', () => new Service('p3'));
    expect(held.value.disposed).toBe(false);
    expect(pool.get('p2')).toBe(held.value);
  });
});
