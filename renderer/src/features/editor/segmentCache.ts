import type { Segment } from '../../../../core/model';

/** Reads segments [start, start + count) of the open document (a key-range read in storage). */
export type WindowReader = (start: number, count: number) => Promise<Segment[]>;

export interface SegmentCacheOptions {
  /** Segments per cached page; 100 matches the storage blocks, so a page is one record read. */
  pageSize?: number;
  /** Pages kept in memory; pages near the visible rows and pages with mounted rows are never dropped. */
  maxPages?: number;
  /** Page reads in flight at once; more would only queue behind each other in IndexedDB. */
  concurrency?: number;
  /** Applied to every segment read from storage (e.g. text typed but not written yet). */
  overlay?: (segment: Segment) => Segment;
  onError?: (error: unknown) => void;
}

/**
 * The editor's view of a document: only the pages around the visible rows are read and kept,
 * whatever the document's length. Rows subscribe to their own index, so a keystroke or a loaded
 * page re-renders only the rows it concerns, never the whole grid.
 */
export class SegmentWindowCache {
  readonly pageSize: number;
  private total: number;
  private readonly maxPages: number;
  private readonly concurrency: number;
  private readonly overlay: (segment: Segment) => Segment;
  private readonly onError: (error: unknown) => void;
  /** Insertion order is recency: a touched page is re-inserted. */
  private pages = new Map<number, Segment[]>();
  private loading = new Set<number>();
  private failed = new Set<number>();
  /** Pages asked for explicitly (focus, restore) even when not in the wanted range. */
  private requested = new Set<number>();
  private waiters = new Map<number, (() => void)[]>();
  private listeners = new Map<number, Set<() => void>>();
  private wanted = { first: 0, last: -1 };
  private generation = 0;

  constructor(
    private readonly read: WindowReader,
    total: number,
    options: SegmentCacheOptions = {},
  ) {
    this.total = total;
    this.pageSize = options.pageSize ?? 100;
    this.maxPages = Math.max(2, options.maxPages ?? 40);
    this.concurrency = Math.max(1, options.concurrency ?? 2);
    this.overlay = options.overlay ?? ((s) => s);
    this.onError = options.onError ?? (() => {});
  }

  get count(): number {
    return this.total;
  }

  get(index: number): Segment | undefined {
    return this.pages.get(this.pageOf(index))?.[index % this.pageSize];
  }

  /** Pages currently held (for tests and diagnostics). */
  loadedPages(): number[] {
    return [...this.pages.keys()].sort((a, b) => a - b);
  }

  /** The rows on screen plus overscan: loads what is missing, nearest to them first. */
  want(first: number, last: number): void {
    const clampedFirst = Math.max(0, Math.min(first, this.total - 1));
    const clampedLast = Math.max(-1, Math.min(last, this.total - 1));
    this.wanted = { first: clampedFirst, last: clampedLast };
    for (let p = this.pageOf(clampedFirst); p <= this.pageOf(clampedLast); p++) this.touch(p);
    this.pump();
  }

  /** Resolves with the segment once its page is loaded (undefined when out of range or unreadable). */
  async load(index: number): Promise<Segment | undefined> {
    if (index < 0 || index >= this.total) return undefined;
    const page = this.pageOf(index);
    if (!this.pages.has(page)) {
      this.failed.delete(page);
      this.requested.add(page);
      await new Promise<void>((resolve) => {
        const list = this.waiters.get(page) ?? [];
        list.push(resolve);
        this.waiters.set(page, list);
        this.pump();
      });
    }
    return this.get(index);
  }

  /** Replaces a loaded segment and re-renders its row; does nothing when the page is not loaded. */
  update(index: number, change: (segment: Segment) => Segment): void {
    const page = this.pages.get(this.pageOf(index));
    const at = index % this.pageSize;
    const current = page?.[at];
    if (!page || !current) return;
    const next = change(current);
    if (next === current) return;
    page[at] = next;
    this.notify(index);
  }

  subscribe(index: number, listener: () => void): () => void {
    let set = this.listeners.get(index);
    if (!set) this.listeners.set(index, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(index) === set) this.listeners.delete(index);
    };
  }

  /** Drops every page (after the document's segments were re-numbered, e.g. by a split). */
  reset(total: number): void {
    this.generation++;
    this.total = total;
    this.pages.clear();
    this.loading.clear();
    this.failed.clear();
    // Whoever awaits load() still gets an answer, read under the new numbering.
    this.requested = new Set(this.waiters.keys());
    for (const index of [...this.listeners.keys()]) this.notify(index);
    this.pump();
  }

  private pageOf(index: number): number {
    return Math.floor(index / this.pageSize);
  }

  private touch(page: number): void {
    const segments = this.pages.get(page);
    if (!segments) return;
    this.pages.delete(page);
    this.pages.set(page, segments);
  }

  private pump(): void {
    while (this.loading.size < this.concurrency) {
      const page = this.nextPage();
      if (page === undefined) return;
      void this.loadPage(page);
    }
  }

  /** Explicit requests first, then the wanted pages from the middle of the screen outwards. */
  private nextPage(): number | undefined {
    const ready = (p: number) => !this.pages.has(p) && !this.loading.has(p) && !this.failed.has(p);
    for (const p of this.requested) if (ready(p)) return p;
    if (this.wanted.last < this.wanted.first) return undefined;
    const firstPage = this.pageOf(this.wanted.first);
    const lastPage = this.pageOf(this.wanted.last);
    const middle = Math.floor((firstPage + lastPage) / 2);
    for (let d = 0; middle - d >= firstPage || middle + d <= lastPage; d++) {
      if (middle - d >= firstPage && ready(middle - d)) return middle - d;
      if (middle + d <= lastPage && ready(middle + d)) return middle + d;
    }
    return undefined;
  }

  private async loadPage(page: number): Promise<void> {
    const generation = this.generation;
    this.loading.add(page);
    const start = page * this.pageSize;
    try {
      const segments = await this.read(start, Math.min(this.pageSize, this.total - start));
      if (generation !== this.generation) return;
      this.pages.set(page, segments.map(this.overlay));
      this.evict();
      for (let i = 0; i < segments.length; i++) if (this.listeners.has(start + i)) this.notify(start + i);
    } catch (error) {
      if (generation !== this.generation) return;
      this.failed.add(page);
      this.onError(error);
    } finally {
      if (generation === this.generation) {
        this.loading.delete(page);
        this.requested.delete(page);
        const waiters = this.waiters.get(page);
        this.waiters.delete(page);
        waiters?.forEach((resolve) => resolve());
        this.pump();
      }
    }
  }

  private evict(): void {
    if (this.pages.size <= this.maxPages) return;
    const keepFirst = this.pageOf(this.wanted.first) - 1;
    const keepLast = this.pageOf(this.wanted.last) + 1;
    for (const page of this.pages.keys()) {
      if (this.pages.size <= this.maxPages) return;
      if (page >= keepFirst && page <= keepLast) continue;
      if (this.requested.has(page) || this.hasListeners(page)) continue;
      this.pages.delete(page);
    }
  }

  private hasListeners(page: number): boolean {
    const start = page * this.pageSize;
    for (let i = start; i < start + this.pageSize; i++) if (this.listeners.has(i)) return true;
    return false;
  }

  private notify(index: number): void {
    this.listeners.get(index)?.forEach((listener) => listener());
  }
}
