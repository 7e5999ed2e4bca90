import { describe, expect, it } from 'vitest';
import { freshDb, makeImported } from '../../db/fixtures';
import { createProject } from '../../../../renderer/src/db/projects';
import { storeImportedDocument } from '../../../../renderer/src/db/documents';
import { readSegmentWindow, saveTarget } from '../../../../renderer/src/db/segments';
import { replayTargetJournal, TargetJournal, TARGET_JOURNAL_KEY, type SyncStorage } from '../../../../renderer/src/features/editor/targetJournal';

class MemoryStorage implements SyncStorage {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

describe('TargetJournal', () => {
  it('keeps the newest text per segment until that text is confirmed', () => {
    const storage = new MemoryStorage();
    const journal = new TargetJournal(storage, () => 5);
    journal.record('d', 0, 'N');
    journal.record('d', 0, 'No');
    journal.record('d', 3, 'x');
    expect(journal.pending()).toEqual([
      { documentId: 'd', index: 0, target: 'No', at: 5 },
      { documentId: 'd', index: 3, target: 'x', at: 5 },
    ]);
    journal.confirm('d', 0, 'N');
    expect(journal.pending()).toHaveLength(2);
    journal.confirm('d', 0, 'No');
    journal.confirm('d', 3, 'x');
    expect(journal.pending()).toEqual([]);
    expect(storage.data.has(TARGET_JOURNAL_KEY)).toBe(false);
  });

  it('shares entries between instances (windows) and survives junk in storage', () => {
    const storage = new MemoryStorage();
    new TargetJournal(storage).record('a', 1, 'one');
    new TargetJournal(storage).record('b', 2, 'two');
    expect(new TargetJournal(storage).pending().map((e) => e.target)).toEqual(['one', 'two']);
    storage.setItem(TARGET_JOURNAL_KEY, '{not json');
    expect(new TargetJournal(storage).pending()).toEqual([]);
    storage.setItem(TARGET_JOURNAL_KEY, JSON.stringify({ x: { documentId: 1 } }));
    expect(new TargetJournal(storage).pending()).toEqual([]);
  });

  it('does nothing without storage', () => {
    const journal = new TargetJournal(undefined);
    journal.record('d', 0, 'x');
    expect(journal.pending()).toEqual([]);
  });
});

describe('replayTargetJournal', () => {
  it('writes keystrokes whose write was cut short, and clears the journal', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const doc = await storeImportedDocument(db, project.id, 'a.txt', makeImported(5));
    await saveTarget(db, doc.id, 1, 'The Whi');
    const journal = new TargetJournal(new MemoryStorage());
    journal.record(doc.id, 1, 'The White House');
    journal.record(doc.id, 2, 'Kept');
    journal.confirm(doc.id, 2, 'Kept');
    journal.record('gone-document', 0, 'lost cause');
    const storage = {
      read: async (documentId: string, index: number) => (await readSegmentWindow(db, documentId, index, 1))[0],
      save: (documentId: string, index: number, target: string) => saveTarget(db, documentId, index, target),
    };
    expect(await replayTargetJournal(journal, storage)).toBe(1);
    expect((await readSegmentWindow(db, doc.id, 1, 1))[0]).toMatchObject({ target: 'The White House', status: 'draft' });
    expect(journal.pending()).toEqual([]);
    expect(await replayTargetJournal(journal, storage)).toBe(0);
  });
});
