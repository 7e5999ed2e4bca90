import type { Segment, SegmentStatus } from '../../../../core/model';
import { Observable } from './observable';
import { SegmentWindowCache } from './segmentCache';
import { TargetSaveQueue } from './saveQueue';
import type { EditorHandle } from './plugins';
import { copySourceInto, insertNextTagInto, insertRawInto, readTargetInput } from './targetEditing';

/** The storage operations the editor needs, bound to one document. */
export interface EditorStorage {
  readWindow(start: number, count: number): Promise<Segment[]>;
  saveTarget(index: number, target: string): Promise<Segment>;
  setStatus(index: number, status: SegmentStatus): Promise<Segment>;
  savePosition(index: number): Promise<void>;
}

export type ScrollAlign = 'auto' | 'center' | 'start' | 'end';

export interface EditorControllerOptions {
  total: number;
  initialIndex: number;
  onError(error: unknown): void;
  /** Synchronous note of each edit until storage confirms it (see editJournal.ts). */
  journal?: EditorJournal;
}

export interface EditorJournal {
  recordTarget(index: number, target: string): void;
  confirmTarget(index: number, target: string): void;
  recordStatus(index: number, status: SegmentStatus): void;
  confirmStatus(index: number, status: SegmentStatus): void;
}

/** A textbox the controller can focus and edit (an HTMLTextAreaElement in the app). */
export interface SegmentTextbox {
  focus(options?: FocusOptions): void;
  value: string;
  selectionStart: number;
  selectionEnd: number;
  setRangeText(text: string, start: number, end: number, mode: 'end'): void;
}

/**
 * Everything the editor does, outside React: the segment cache, the keystroke save queue, the
 * active segment, focus moves and the saved work position. Components stay thin and each row
 * re-renders only for its own changes.
 */
export class EditorController implements EditorHandle {
  readonly cache: SegmentWindowCache;
  readonly queue: TargetSaveQueue;
  readonly active: Observable<number>;
  /** Number of segments; changes when segments are split or joined (see reload()). */
  readonly count: Observable<number>;
  private readonly textboxes = new Map<number, SegmentTextbox>();
  private pendingFocus: number | undefined;
  private scroller: ((index: number, align: ScrollAlign) => void) | undefined;
  private savedPosition = -1;
  /** Status changes waiting for their segment's text write, by segment. */
  private readonly waitingStatus = new Map<number, { status: SegmentStatus }>();

  constructor(
    private readonly storage: EditorStorage,
    private readonly options: EditorControllerOptions,
  ) {
    this.queue = new TargetSaveQueue((index, target) => storage.saveTarget(index, target), {
      // Only the status comes back from storage: the cache already holds the newest text.
      onSaved: (segment) => {
        options.journal?.confirmTarget(segment.index, segment.target);
        this.cache.update(segment.index, (s) => (s.status === segment.status ? s : { ...s, status: segment.status, updatedAt: segment.updatedAt }));
      },
      onError: (error) => options.onError(error),
    });
    this.cache = new SegmentWindowCache((start, count) => storage.readWindow(start, count), options.total, {
      overlay: (segment) => {
        const pending = this.queue.pendingText(segment.index);
        return pending === undefined || pending === segment.target ? segment : { ...segment, target: pending };
      },
      onError: (error) => options.onError(error),
    });
    this.active = new Observable(clamp(options.initialIndex, options.total));
    this.count = new Observable(options.total);
  }

  get total(): number {
    return this.cache.count;
  }

  // EditorHandle
  activeIndex = (): number => this.active.get();
  subscribeActive = (listener: () => void): (() => void) => this.active.subscribe(listener);
  getSegment = (index: number): Segment | undefined => this.cache.get(index);
  subscribeSegment = (index: number, listener: () => void): (() => void) => this.cache.subscribe(index, listener);

  /** A keystroke: the row shows the text at once and storage gets it right away (coalesced). */
  type(index: number, target: string): void {
    this.options.journal?.recordTarget(index, target);
    this.cache.update(index, (s) => (s.target === target ? s : { ...s, target }));
    this.queue.enqueue(index, target);
  }

  /** Ctrl+Enter / "Confirm segment": marks it translated and moves the caret to the next segment. */
  async confirm(index: number): Promise<void> {
    if (index + 1 < this.total) this.focusSegment(index + 1);
    await this.setStatus(index, 'translated');
  }

  async setStatus(index: number, status: SegmentStatus): Promise<void> {
    this.options.journal?.recordStatus(index, status);
    const ticket = { status };
    this.waitingStatus.set(index, ticket);
    try {
      // The status write must see the latest text (the TM stores it on confirmation).
      await this.queue.flush(index);
    } catch (error) {
      if (this.waitingStatus.get(index) === ticket) this.waitingStatus.delete(index);
      this.options.onError(error);
      return;
    }
    // Superseded by a newer status, or already started by flushNow().
    if (this.waitingStatus.get(index) !== ticket) return;
    this.waitingStatus.delete(index);
    await this.writeStatus(index, status);
  }

  /**
   * The row of `index` got focus (click, Tab, or a focus move). The position is written at once
   * (one small put): a reload right after moving must come back here.
   */
  activate(index: number): void {
    this.active.set(index);
    this.writePosition();
  }

  /** After the segments were re-numbered (split, join, re-segmentation): forget and re-read them. */
  reload = (total: number): void => {
    this.cache.reset(total);
    this.count.set(total);
    if (this.active.get() >= total) this.active.set(Math.max(0, total - 1));
  };

  /**
   * Inserts segment text at the caret of the active segment's textbox. The box shows tags as
   * tokens, so the text goes in through the tag rules (targetEditing.ts): a memory match's tags
   * become the segment's tags, never a second copy of one.
   */
  insertText = (text: string): void => {
    const index = this.active.get();
    const box = this.textboxes.get(index);
    const segment = this.cache.get(index);
    if (!box || !segment || segment.locked) return;
    box.focus({ preventScroll: true });
    this.type(index, insertRawInto(box, segment, text));
  };

  /** The textbox of `index` changed (typing, paste, cut, drop): save it, tags kept whole. */
  input(index: number, box: SegmentTextbox): void {
    const segment = this.cache.get(index);
    if (!segment) return;
    const target = readTargetInput(box, segment);
    if (target !== segment.target) this.type(index, target);
  }

  /** Inserts the next source tag missing from the target at its caret (Ctrl+,). */
  insertNextTag = (index: number = this.active.get()): void => {
    const box = this.textboxes.get(index);
    const segment = this.cache.get(index);
    if (!box || !segment || segment.locked) return;
    box.focus({ preventScroll: true });
    const target = insertNextTagInto(box, segment);
    if (target !== undefined) this.type(index, target);
  };

  /** Replaces the target with the source, tags and all (Ctrl+Alt+Insert). */
  copySource = (index: number = this.active.get()): void => {
    const box = this.textboxes.get(index);
    const segment = this.cache.get(index);
    if (!box || !segment || segment.locked) return;
    box.focus({ preventScroll: true });
    this.type(index, copySourceInto(box, segment));
  };

  focusSegment = (index: number, align: ScrollAlign = 'auto'): void => {
    if (index < 0 || index >= this.total) return;
    this.active.set(index);
    this.scroller?.(index, align);
    const box = this.textboxes.get(index);
    if (box) {
      this.pendingFocus = undefined;
      focusAtEnd(box);
    } else {
      // Focused when its row mounts (registerTextbox), after the scroll and the page read.
      this.pendingFocus = index;
      void this.cache.load(index);
    }
  };

  /** Rows register their textbox; a pending focus move completes when its row appears. */
  registerTextbox(index: number, box: SegmentTextbox | null): void {
    if (!box) {
      this.textboxes.delete(index);
      return;
    }
    this.textboxes.set(index, box);
    if (this.pendingFocus === index) {
      this.pendingFocus = undefined;
      focusAtEnd(box);
    }
  }

  setScroller(scroller: ((index: number, align: ScrollAlign) => void) | undefined): void {
    this.scroller = scroller;
  }

  /**
   * When the page may go away: start every queued write and store the position now. Status
   * changes waiting for their text write start right after it (IndexedDB runs read-write
   * transactions in the order they were created), so a confirmation just before a reload is kept.
   */
  flushNow(): void {
    this.queue.flushNow();
    for (const [index, { status }] of [...this.waitingStatus]) {
      this.waitingStatus.delete(index);
      void this.writeStatus(index, status);
    }
    this.writePosition();
  }

  /** Resolves once everything typed so far is stored (before an export, say). */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  dispose(): void {
    this.flushNow();
  }

  private async writeStatus(index: number, status: SegmentStatus): Promise<void> {
    try {
      const saved = await this.storage.setStatus(index, status);
      this.options.journal?.confirmStatus(index, status);
      this.cache.update(index, (s) => ({ ...s, status: saved.status, updatedAt: saved.updatedAt }));
    } catch (error) {
      this.options.onError(error);
    }
  }

  private writePosition(): void {
    const index = this.active.get();
    if (index === this.savedPosition) return;
    this.savedPosition = index;
    this.storage.savePosition(index).catch((error) => this.options.onError(error));
  }
}

/** Focus moves by keyboard or restore put the caret after the text, ready to continue typing. */
function focusAtEnd(box: SegmentTextbox): void {
  box.focus({ preventScroll: true });
  box.selectionStart = box.selectionEnd = box.value.length;
}

function clamp(index: number, total: number): number {
  if (!Number.isFinite(index) || total <= 0) return 0;
  return Math.min(Math.max(0, Math.floor(index)), total - 1);
}
