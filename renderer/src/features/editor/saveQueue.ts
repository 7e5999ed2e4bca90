import type { Segment } from '../../../../core/model';

export type TargetWriter = (index: number, target: string) => Promise<Segment>;

export interface SaveQueueCallbacks {
  /** A write finished; `newer` is true when more text for the segment is already queued. */
  onSaved?(segment: Segment, newer: boolean): void;
  onError?(error: unknown, index: number): void;
}

/**
 * Writes what the translator types, keystroke by keystroke, without piling up writes: at most one
 * write per segment is in flight, and while it runs only the latest text is kept for the next one.
 * Different segments write independently. IndexedDB runs read-write transactions on the same
 * store in the order they were created, so `flushNow()` may safely start the queued writes at once.
 */
export class TargetSaveQueue {
  private readonly queued = new Map<number, string>();
  private readonly inFlight = new Map<number, Promise<void>>();
  /** Text sent to storage but not yet confirmed written, by segment. */
  private readonly unconfirmed = new Map<number, string>();
  /** Writes started by flushNow(), outside the per-segment chains. */
  private readonly detached = new Set<Promise<void>>();
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly write: TargetWriter,
    private readonly callbacks: SaveQueueCallbacks = {},
  ) {}

  /** Saves `target` as soon as the segment's previous write (if any) has finished. */
  enqueue(index: number, target: string): void {
    this.queued.set(index, target);
    if (!this.inFlight.has(index)) this.start(index);
  }

  /** The newest text of a segment that storage does not have yet, if any. */
  pendingText(index: number): string | undefined {
    return this.queued.get(index) ?? this.unconfirmed.get(index);
  }

  get idle(): boolean {
    return this.queued.size === 0 && this.inFlight.size === 0 && this.detached.size === 0;
  }

  /** Resolves once everything enqueued so far for `index` (or for every segment) is written. */
  async flush(index?: number): Promise<void> {
    if (index === undefined) {
      if (this.idle) return;
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
      return;
    }
    while (this.inFlight.has(index) || this.detached.size > 0) {
      await Promise.all([this.inFlight.get(index), ...this.detached]);
    }
  }

  /**
   * Starts every queued write now, without waiting for the one in flight: for `pagehide` and
   * `visibilitychange`, when the page may be gone before a write chain finishes.
   */
  flushNow(): void {
    for (const [index, target] of [...this.queued]) {
      this.queued.delete(index);
      this.unconfirmed.set(index, target);
      const promise: Promise<void> = this.write(index, target)
        .then(
          (segment) => this.saved(index, target, segment),
          (error) => this.callbacks.onError?.(error, index),
        )
        .finally(() => {
          this.detached.delete(promise);
          this.settle();
        });
      this.detached.add(promise);
    }
  }

  private start(index: number): void {
    const run = async () => {
      while (this.queued.has(index)) {
        const target = this.queued.get(index)!;
        this.queued.delete(index);
        this.unconfirmed.set(index, target);
        try {
          this.saved(index, target, await this.write(index, target));
        } catch (error) {
          if (this.unconfirmed.get(index) === target) this.unconfirmed.delete(index);
          this.callbacks.onError?.(error, index);
        }
      }
    };
    const promise = run().finally(() => {
      this.inFlight.delete(index);
      this.settle();
    });
    this.inFlight.set(index, promise);
  }

  private settle(): void {
    if (!this.idle) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  private saved(index: number, target: string, segment: Segment): void {
    if (this.unconfirmed.get(index) === target) this.unconfirmed.delete(index);
    this.callbacks.onSaved?.(segment, this.queued.has(index));
  }
}
