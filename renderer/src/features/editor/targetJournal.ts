import type { Segment } from '../../../../core/model';

/** The synchronous part of the Web Storage API (localStorage), or a fake in tests. */
export interface SyncStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface UnsavedTarget {
  documentId: string;
  index: number;
  target: string;
  /** When it was typed (ms since the epoch). */
  at: number;
}

export const TARGET_JOURNAL_KEY = 'padanan.unsavedTargets';

/**
 * A write-ahead journal of typed text that IndexedDB has not confirmed yet. IndexedDB writes are
 * asynchronous, and a transaction still running when the page unloads (reload, window closed,
 * renderer killed) is aborted, losing the last keystrokes. localStorage writes are synchronous, so
 * each keystroke is noted here first and the note is removed once its write has committed; the
 * next start replays whatever is left. It holds only a few entries at a time.
 */
export class TargetJournal {
  constructor(
    private readonly storage: SyncStorage | undefined,
    private readonly now: () => number = Date.now,
    private readonly key: string = TARGET_JOURNAL_KEY,
  ) {}

  record(documentId: string, index: number, target: string): void {
    this.update((entries) => {
      entries[entryKey(documentId, index)] = { documentId, index, target, at: this.now() };
    });
  }

  /** The write of `target` committed: forget it, unless newer text was typed meanwhile. */
  confirm(documentId: string, index: number, target: string): void {
    this.update((entries) => {
      const k = entryKey(documentId, index);
      if (entries[k]?.target === target) delete entries[k];
    });
  }

  pending(): UnsavedTarget[] {
    return Object.values(this.read());
  }

  private update(change: (entries: Record<string, UnsavedTarget>) => void): void {
    if (!this.storage) return;
    // Read-modify-write each time: another window of the app may have entries of its own.
    const entries = this.read();
    change(entries);
    try {
      if (Object.keys(entries).length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(entries));
    } catch {
      /* storage full or disabled: IndexedDB still gets every keystroke */
    }
  }

  private read(): Record<string, UnsavedTarget> {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '{}');
      if (!parsed || typeof parsed !== 'object') return {};
      const out: Record<string, UnsavedTarget> = {};
      for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) if (isEntry(v)) out[k] = v;
      return out;
    } catch {
      return {};
    }
  }
}

export interface JournalReplayStorage {
  read(documentId: string, index: number): Promise<Segment | undefined>;
  save(documentId: string, index: number, target: string): Promise<unknown>;
}

/**
 * At start, before anything is shown: writes the journal's leftover text into storage. An entry
 * is always the newest text typed into its segment (every keystroke replaces it, and it is only
 * removed once that very text is stored), so it wins over what storage holds. Returns how many
 * segments were restored.
 */
export async function replayTargetJournal(journal: TargetJournal, storage: JournalReplayStorage): Promise<number> {
  let restored = 0;
  for (const entry of journal.pending()) {
    try {
      const segment = await storage.read(entry.documentId, entry.index);
      if (segment && segment.target !== entry.target && !segment.locked) {
        await storage.save(entry.documentId, entry.index, entry.target);
        restored++;
      }
    } catch (error) {
      // A document deleted since, or storage refusing: nothing sensible to restore.
      console.warn('Padanan could not restore unsaved text', entry, error);
    }
    journal.confirm(entry.documentId, entry.index, entry.target);
  }
  return restored;
}

function entryKey(documentId: string, index: number): string {
  return `${documentId}#${index}`;
}

function isEntry(value: unknown): value is UnsavedTarget {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.documentId === 'string' && Number.isInteger(v.index) && typeof v.target === 'string' && typeof v.at === 'number';
}
