import type { Segment, SegmentStatus } from '../../../../core/model';

/** The synchronous part of the Web Storage API (localStorage), or a fake in tests. */
export interface SyncStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Edits of one segment that storage has not confirmed yet. */
export interface UnsavedEdit {
  documentId: string;
  index: number;
  /** The newest text typed. */
  target?: string;
  /** A status set after that text (Ctrl+Enter, the status control), with who set it. */
  status?: SegmentStatus;
  author?: string;
  /** When it was last changed (ms since the epoch). */
  at: number;
}

export const EDIT_JOURNAL_KEY = 'padanan.unsavedEdits';

/**
 * A write-ahead journal of edits that IndexedDB has not confirmed yet. IndexedDB writes are
 * asynchronous, and a transaction still running when the page unloads (reload, window closed)
 * is aborted, losing the last keystrokes or a confirmation made just before. localStorage writes
 * are synchronous, so each edit is noted here first and the note is removed once its write has
 * committed; the next start replays whatever is left. It holds only a few entries at a time.
 */
export class EditJournal {
  constructor(
    private readonly storage: SyncStorage | undefined,
    private readonly now: () => number = Date.now,
    private readonly key: string = EDIT_JOURNAL_KEY,
  ) {}

  recordTarget(documentId: string, index: number, target: string): void {
    this.update(documentId, index, (entry) => {
      // Typing after a confirmation makes the segment a draft again: the pending status is void.
      return { documentId, index, target, at: this.now(), ...(entry?.target === target ? pick(entry) : {}) };
    });
  }

  recordStatus(documentId: string, index: number, status: SegmentStatus, author: string): void {
    this.update(documentId, index, (entry) => ({ documentId, index, target: entry?.target, status, author, at: this.now() }));
  }

  /** The write of `target` committed: forget it, unless newer text was typed meanwhile. */
  confirmTarget(documentId: string, index: number, target: string): void {
    this.update(documentId, index, (entry) => (entry?.target === target ? { ...entry, target: undefined } : entry));
  }

  /** The status write committed: forget it, unless another status was set meanwhile. */
  confirmStatus(documentId: string, index: number, status: SegmentStatus): void {
    this.update(documentId, index, (entry) => (entry?.status === status ? { ...entry, status: undefined, author: undefined } : entry));
  }

  pending(): UnsavedEdit[] {
    return Object.values(this.read());
  }

  private update(documentId: string, index: number, change: (entry: UnsavedEdit | undefined) => UnsavedEdit | undefined): void {
    if (!this.storage) return;
    // Read-modify-write each time: another window of the app may have entries of its own.
    const entries = this.read();
    const k = `${documentId}#${index}`;
    const next = change(entries[k]);
    if (next && (next.target !== undefined || next.status !== undefined)) entries[k] = clean(next);
    else delete entries[k];
    try {
      if (Object.keys(entries).length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(entries));
    } catch {
      /* storage full or disabled: IndexedDB still gets every edit */
    }
  }

  private read(): Record<string, UnsavedEdit> {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '{}');
      if (!parsed || typeof parsed !== 'object') return {};
      const out: Record<string, UnsavedEdit> = {};
      for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) if (isEdit(v)) out[k] = v;
      return out;
    } catch {
      return {};
    }
  }
}

export interface JournalReplayStorage {
  read(documentId: string, index: number): Promise<Segment | undefined>;
  saveTarget(documentId: string, index: number, target: string): Promise<unknown>;
  setStatus(documentId: string, index: number, status: SegmentStatus, author: string): Promise<unknown>;
}

/**
 * At start, before anything is shown: writes the journal's leftovers into storage, text first,
 * then the status set after it. An entry always holds the newest edits of its segment (each edit
 * replaces it, and it is only cleared once that very edit is stored), so it wins over storage.
 * Returns how many segments were restored.
 */
export async function replayEditJournal(journal: EditJournal, storage: JournalReplayStorage): Promise<number> {
  let restored = 0;
  for (const entry of journal.pending()) {
    try {
      let segment = await storage.read(entry.documentId, entry.index);
      if (!segment || segment.locked) continue;
      let changed = false;
      if (entry.target !== undefined && segment.target !== entry.target) {
        await storage.saveTarget(entry.documentId, entry.index, entry.target);
        segment = await storage.read(entry.documentId, entry.index);
        changed = true;
      }
      if (entry.status !== undefined && segment && segment.status !== entry.status) {
        await storage.setStatus(entry.documentId, entry.index, entry.status, entry.author ?? 'translator');
        changed = true;
      }
      if (changed) restored++;
    } catch (error) {
      // A document deleted since, or storage refusing: nothing sensible to restore.
      console.warn('Padanan could not restore an unsaved edit', entry, error);
    } finally {
      if (entry.target !== undefined) journal.confirmTarget(entry.documentId, entry.index, entry.target);
      if (entry.status !== undefined) journal.confirmStatus(entry.documentId, entry.index, entry.status);
    }
  }
  return restored;
}

function pick(entry: UnsavedEdit): Partial<UnsavedEdit> {
  return entry.status === undefined ? {} : { status: entry.status, author: entry.author };
}

function clean(entry: UnsavedEdit): UnsavedEdit {
  const out: UnsavedEdit = { documentId: entry.documentId, index: entry.index, at: entry.at };
  if (entry.target !== undefined) out.target = entry.target;
  if (entry.status !== undefined) {
    out.status = entry.status;
    out.author = entry.author;
  }
  return out;
}

function isEdit(value: unknown): value is UnsavedEdit {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.documentId === 'string' &&
    Number.isInteger(v.index) &&
    (v.target === undefined || typeof v.target === 'string') &&
    (v.status === undefined || typeof v.status === 'string') &&
    typeof v.at === 'number'
  );
}
