import { describe, expect, it } from 'vitest';
import { freshDb, makeImported } from '../../db/fixtures';
import type { PadananDb } from '../../../../renderer/src/db/schema';
import { createProject } from '../../../../renderer/src/db/projects';
import { getDocument, storeImportedDocument } from '../../../../renderer/src/db/documents';
import { readAllSegments, readRevisions, readSegmentWindow, saveTarget, setSegmentStatus } from '../../../../renderer/src/db/segments';
import { loadPosition, savePosition } from '../../../../renderer/src/db/settings';
import { progressOf } from '../../../../renderer/src/db/progress';
import { EditorController, type SegmentTextbox } from '../../../../renderer/src/features/editor/editorController';

async function openDocument(count: number) {
  const db = freshDb();
  const project = await createProject(db, 'Test');
  const doc = await storeImportedDocument(db, project.id, 'doc.txt', makeImported(count));
  return { db, projectId: project.id, documentId: doc.id };
}

function controllerFor(db: PadananDb, projectId: string, documentId: string, total: number, initialIndex = 0) {
  const errors: unknown[] = [];
  const journal = new Map<number, string>();
  const controller = new EditorController(
    {
      readWindow: (start, count) => readSegmentWindow(db, documentId, start, count),
      saveTarget: (index, target) => saveTarget(db, documentId, index, target),
      setStatus: (index, status) => setSegmentStatus(db, documentId, index, status, 'tester'),
      savePosition: (segmentIndex) => savePosition(db, { projectId, documentId, segmentIndex }),
    },
    {
      total,
      initialIndex,
      onError: (e) => errors.push(e),
      journal: {
        recordTarget: (index, target) => journal.set(index, target),
        confirmTarget: (index, target) => {
          if (journal.get(index) === target) journal.delete(index);
        },
        recordStatus: (index, status) => journal.set(-1 - index, status),
        confirmStatus: (index, status) => {
          if (journal.get(-1 - index) === status) journal.delete(-1 - index);
        },
      },
    },
  );
  return { controller, errors, journal };
}

class FakeTextbox implements SegmentTextbox {
  focused = 0;
  value = '';
  selectionStart = 0;
  selectionEnd = 0;
  focus() {
    this.focused++;
  }
  setRangeText(text: string, start: number, end: number) {
    this.value = this.value.slice(0, start) + text + this.value.slice(end);
    this.selectionStart = this.selectionEnd = start + text.length;
  }
}

describe('EditorController (with real storage on fake-indexeddb)', () => {
  it('stores every keystroke: a new controller (a reload) shows exactly what was typed', async () => {
    const { db, projectId, documentId } = await openDocument(250);
    const { controller, errors, journal } = controllerFor(db, projectId, documentId, 250);
    await controller.cache.load(120);
    let text = '';
    for (const char of 'The White House said.') {
      text += char;
      controller.type(120, text);
    }
    expect(controller.getSegment(120)?.target).toBe(text);
    expect(journal.get(120)).toBe(text);
    await controller.flush();
    expect(errors).toEqual([]);
    expect(journal.size).toBe(0);

    const reloaded = controllerFor(db, projectId, documentId, 250).controller;
    expect((await reloaded.cache.load(120))?.target).toBe('The White House said.');
    expect((await reloaded.cache.load(120))?.status).toBe('draft');
  });

  it('shows typed text that is not written yet when its page is read again', async () => {
    const { db, projectId, documentId } = await openDocument(50);
    const { controller } = controllerFor(db, projectId, documentId, 50);
    await controller.cache.load(3);
    controller.type(3, 'a');
    controller.type(3, 'ab');
    controller.cache.reset(50);
    expect((await controller.cache.load(3))?.target).toBe('ab');
    await controller.flush();
  });

  it('confirm: saves the latest text first, marks it translated, feeds the TM and moves focus to the next segment', async () => {
    const { db, projectId, documentId } = await openDocument(10);
    const { controller, errors, journal } = controllerFor(db, projectId, documentId, 10);
    await controller.cache.load(0);
    const next = new FakeTextbox();
    controller.registerTextbox(1, next);
    controller.type(0, 'North Korea');
    const confirming = controller.confirm(0);
    expect(journal.get(-1)).toBe('translated');
    await confirming;
    expect(journal.size).toBe(0);
    expect(errors).toEqual([]);
    expect(next.focused).toBe(1);
    expect(controller.activeIndex()).toBe(1);
    expect(controller.getSegment(0)?.status).toBe('translated');
    const [stored] = await readSegmentWindow(db, documentId, 0, 1);
    expect(stored).toMatchObject({ target: 'North Korea', status: 'translated' });
    const revisions = await readRevisions(db, documentId, stored!.unitId);
    expect(revisions.at(-1)).toMatchObject({ status: 'translated', author: 'tester', target: 'North Korea' });
    expect(await db.tmUnits.where('projectId').equals(projectId).count()).toBe(1);
    const doc = await getDocument(db, documentId);
    expect(progressOf(doc!).segmentsDone).toBe(1);
  });

  it('confirming the last segment keeps the focus where it is', async () => {
    const { db, projectId, documentId } = await openDocument(3);
    const { controller } = controllerFor(db, projectId, documentId, 3, 2);
    await controller.cache.load(2);
    controller.type(2, 'End.');
    await controller.confirm(2);
    expect(controller.activeIndex()).toBe(2);
    expect(controller.getSegment(2)?.status).toBe('translated');
  });

  it('flushNow() (page hidden or closed) starts a waiting confirmation at once, after its text, and writes it once', async () => {
    const { db, projectId, documentId } = await openDocument(4);
    const { controller, errors } = controllerFor(db, projectId, documentId, 4);
    await controller.cache.load(0);
    const calls: string[] = [];
    const storage = (controller as unknown as { storage: { saveTarget: Function; setStatus: Function } }).storage;
    const [saveTarget0, setStatus0] = [storage.saveTarget, storage.setStatus];
    storage.saveTarget = (...args: unknown[]) => (calls.push('text'), saveTarget0(...args));
    storage.setStatus = (...args: unknown[]) => (calls.push('status'), setStatus0(...args));
    controller.type(0, 'North');
    controller.type(0, 'North Korea');
    const confirming = controller.confirm(0);
    controller.flushNow();
    // Both writes were started synchronously, text first: nothing waits for a later turn of the event loop.
    expect(calls).toEqual(['text', 'text', 'status']);
    await confirming;
    await controller.flush();
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual(['text', 'text', 'status']);
    expect(errors).toEqual([]);
    const [stored] = await readSegmentWindow(db, documentId, 0, 1);
    expect(stored).toMatchObject({ target: 'North Korea', status: 'translated' });
    const revisions = await readRevisions(db, documentId, stored!.unitId);
    expect(revisions.filter((r) => r.status === 'translated')).toHaveLength(1);
    expect(controller.getSegment(0)?.status).toBe('translated');
    expect(progressOf((await getDocument(db, documentId))!).segmentsDone).toBe(1);
  });

  it('setStatus sets any status; typing in a confirmed segment makes it draft again', async () => {
    const { db, projectId, documentId } = await openDocument(5);
    const { controller } = controllerFor(db, projectId, documentId, 5);
    await controller.cache.load(1);
    controller.type(1, 'Done');
    await controller.setStatus(1, 'final');
    expect(controller.getSegment(1)?.status).toBe('final');
    controller.type(1, 'Done!');
    await controller.flush();
    expect(controller.getSegment(1)?.status).toBe('draft');
    expect((await readAllSegments(db, documentId))[1]).toMatchObject({ target: 'Done!', status: 'draft' });
  });

  it('a focus move to a row that is not mounted completes when the row mounts', async () => {
    const { db, projectId, documentId } = await openDocument(300);
    const { controller } = controllerFor(db, projectId, documentId, 300);
    const scrolled: number[] = [];
    controller.setScroller((index) => scrolled.push(index));
    controller.focusSegment(250, 'center');
    expect(scrolled).toEqual([250]);
    const box = new FakeTextbox();
    box.value = 'half typed';
    controller.registerTextbox(249, new FakeTextbox());
    controller.registerTextbox(250, box);
    expect(box.focused).toBe(1);
    expect(box.selectionStart).toBe(10);
    controller.registerTextbox(250, null);
    controller.focusSegment(400);
    expect(controller.activeIndex()).toBe(250);
  });

  it('remembers the active segment as the work position', async () => {
    const { db, projectId, documentId } = await openDocument(20);
    const { controller } = controllerFor(db, projectId, documentId, 20);
    controller.activate(7);
    await new Promise((r) => setTimeout(r, 20));
    expect(await loadPosition(db)).toEqual({ projectId, documentId, segmentIndex: 7 });
  });

  it('insertText puts text at the caret of the active segment and saves it', async () => {
    const { db, projectId, documentId } = await openDocument(4);
    const { controller } = controllerFor(db, projectId, documentId, 4);
    await controller.cache.load(0);
    const box = new FakeTextbox();
    controller.registerTextbox(0, box);
    box.value = 'The  said';
    box.selectionStart = box.selectionEnd = 4;
    controller.activate(0);
    controller.insertText('White House');
    expect(box.value).toBe('The White House said');
    await controller.flush();
    expect((await readSegmentWindow(db, documentId, 0, 1))[0]?.target).toBe('The White House said');
  });

  it('reload() drops cached rows and takes the new segment count (after a split or join)', async () => {
    const { db, projectId, documentId } = await openDocument(10);
    const { controller } = controllerFor(db, projectId, documentId, 10, 9);
    await controller.cache.load(9);
    controller.reload(8);
    expect(controller.total).toBe(8);
    expect(controller.count.get()).toBe(8);
    expect(controller.activeIndex()).toBe(7);
    expect(controller.getSegment(0)).toBeUndefined();
    expect((await controller.cache.load(7))?.index).toBe(7);
  });
});
