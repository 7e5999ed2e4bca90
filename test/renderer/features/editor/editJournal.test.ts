import { describe, expect, it } from 'vitest';
import { freshDb, makeImported } from '../../db/fixtures';
import { createProject } from '../../../../renderer/src/db/projects';
import { getDocument, storeImportedDocument } from '../../../../renderer/src/db/documents';
import { readSegmentWindow, saveTarget, setSegmentStatus } from '../../../../renderer/src/db/segments';
import { progressOf } from '../../../../renderer/src/db/progress';
import { EDIT_JOURNAL_KEY, EditJournal, replayEditJournal, type SyncStorage } from '../../../../renderer/src/features/editor/editJournal';

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

describe('EditJournal', () => {
  it('keeps the newest text per segment until that text is confirmed', () => {
    const storage = new MemoryStorage();
    const journal = new EditJournal(storage, () => 5);
    journal.recordTarget('d', 0, 'N');
    journal.recordTarget('d', 0, 'No');
    journal.recordTarget('d', 3, 'x');
    expect(journal.pending()).toEqual([
      { documentId: 'd', index: 0, target: 'No', at: 5 },
      { documentId: 'd', index: 3, target: 'x', at: 5 },
    ]);
    journal.confirmTarget('d', 0, 'N');
    expect(journal.pending()).toHaveLength(2);
    journal.confirmTarget('d', 0, 'No');
    journal.confirmTarget('d', 3, 'x');
    expect(journal.pending()).toEqual([]);
    expect(storage.data.has(EDIT_JOURNAL_KEY)).toBe(false);
  });

  it('keeps a status set after the text, and drops it when the text changes again', () => {
    const journal = new EditJournal(new MemoryStorage(), () => 1);
    journal.recordTarget('d', 0, 'Done');
    journal.recordStatus('d', 0, 'translated', 'ana');
    expect(journal.pending()).toEqual([{ documentId: 'd', index: 0, target: 'Done', status: 'translated', author: 'ana', at: 1 }]);
    journal.confirmTarget('d', 0, 'Done');
    expect(journal.pending()).toEqual([{ documentId: 'd', index: 0, status: 'translated', author: 'ana', at: 1 }]);
    journal.recordTarget('d', 0, 'Done!');
    expect(journal.pending()).toEqual([{ documentId: 'd', index: 0, target: 'Done!', at: 1 }]);
    journal.recordStatus('d', 0, 'final', 'ana');
    journal.confirmStatus('d', 0, 'translated');
    expect(journal.pending()[0]?.status).toBe('final');
    journal.confirmStatus('d', 0, 'final');
    journal.confirmTarget('d', 0, 'Done!');
    expect(journal.pending()).toEqual([]);
  });

  it('shares entries between instances (windows) and survives junk in storage', () => {
    const storage = new MemoryStorage();
    new EditJournal(storage).recordTarget('a', 1, 'one');
    new EditJournal(storage).recordTarget('b', 2, 'two');
    expect(new EditJournal(storage).pending().map((e) => e.target)).toEqual(['one', 'two']);
    storage.setItem(EDIT_JOURNAL_KEY, '{not json');
    expect(new EditJournal(storage).pending()).toEqual([]);
    storage.setItem(EDIT_JOURNAL_KEY, JSON.stringify({ x: { documentId: 1 } }));
    expect(new EditJournal(storage).pending()).toEqual([]);
  });

  it('does nothing without storage', () => {
    const journal = new EditJournal(undefined);
    journal.recordTarget('d', 0, 'x');
    expect(journal.pending()).toEqual([]);
  });
});

describe('replayEditJournal', () => {
  async function setup() {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const doc = await storeImportedDocument(db, project.id, 'a.txt', makeImported(5));
    const storage = {
      read: async (documentId: string, index: number) => (await readSegmentWindow(db, documentId, index, 1))[0],
      saveTarget: (documentId: string, index: number, target: string) => saveTarget(db, documentId, index, target),
      setStatus: (documentId: string, index: number, status: Parameters<typeof setSegmentStatus>[3], author: string) =>
        setSegmentStatus(db, documentId, index, status, author),
    };
    return { db, doc, storage };
  }

  it('writes edits whose write was cut short (text, then the confirmation), and clears the journal', async () => {
    const { db, doc, storage } = await setup();
    await saveTarget(db, doc.id, 1, 'The Whi');
    const journal = new EditJournal(new MemoryStorage());
    journal.recordTarget(doc.id, 1, 'The White House');
    journal.recordTarget(doc.id, 2, 'Kremlin');
    journal.recordStatus(doc.id, 2, 'translated', 'ana');
    journal.recordTarget(doc.id, 3, 'Kept');
    journal.confirmTarget(doc.id, 3, 'Kept');
    journal.recordTarget('gone-document', 0, 'lost cause');
    expect(await replayEditJournal(journal, storage)).toBe(2);
    const [s1, s2] = await readSegmentWindow(db, doc.id, 1, 2);
    expect(s1).toMatchObject({ target: 'The White House', status: 'draft' });
    expect(s2).toMatchObject({ target: 'Kremlin', status: 'translated' });
    expect(progressOf((await getDocument(db, doc.id))!).segmentsDone).toBe(1);
    expect(journal.pending()).toEqual([]);
    expect(await replayEditJournal(journal, storage)).toBe(0);
  });

  it('changes nothing when storage already has the edits', async () => {
    const { db, doc, storage } = await setup();
    await saveTarget(db, doc.id, 0, 'Same');
    await setSegmentStatus(db, doc.id, 0, 'reviewed', 'ana');
    const journal = new EditJournal(new MemoryStorage());
    journal.recordTarget(doc.id, 0, 'Same');
    journal.recordStatus(doc.id, 0, 'reviewed', 'ana');
    expect(await replayEditJournal(journal, storage)).toBe(0);
    expect(journal.pending()).toEqual([]);
  });
});
