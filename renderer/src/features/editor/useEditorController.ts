import { useEffect, useState } from 'react';
import type { PadananDb } from '../../db/schema';
import { readSegmentWindow, saveTarget, setSegmentStatus } from '../../db/segments';
import { rememberPosition } from '../../app/positionMirror';
import { EditorController, type EditorJournal } from './editorController';
import { EditJournal } from './editJournal';

export interface EditorControllerParams {
  db: PadananDb;
  projectId: string;
  documentId: string;
  segmentCount: number;
  initialIndex: number;
  author: string;
  onError(error: unknown): void;
}

function bindJournal(journal: EditJournal, documentId: string, author: string): EditorJournal {
  return {
    recordTarget: (index, target) => journal.recordTarget(documentId, index, target),
    confirmTarget: (index, target) => journal.confirmTarget(documentId, index, target),
    recordStatus: (index, status) => journal.recordStatus(documentId, index, status, author),
    confirmStatus: (index, status) => journal.confirmStatus(documentId, index, status),
  };
}

/** localStorage, or undefined where it is disabled (then IndexedDB alone keeps the text). */
export function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * One controller per open document, bound to storage. Pending keystrokes are written when the
 * page is hidden or closed (and on unmount), so a reload or a killed window loses nothing.
 */
export function useEditorController(params: EditorControllerParams): EditorController {
  const { db, projectId, documentId } = params;
  const [controller] = useState(
    () =>
      new EditorController(
        {
          readWindow: (start, count) => readSegmentWindow(db, documentId, start, count),
          saveTarget: (index, target) => saveTarget(db, documentId, index, target),
          setStatus: (index, status) => setSegmentStatus(db, documentId, index, status, params.author),
          savePosition: (segmentIndex) => rememberPosition(db, { projectId, documentId, segmentIndex }),
        },
        {
          total: params.segmentCount,
          initialIndex: params.initialIndex,
          onError: params.onError,
          journal: bindJournal(new EditJournal(safeLocalStorage()), documentId, params.author),
        },
      ),
  );

  useEffect(() => {
    const flush = () => controller.flushNow();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      controller.dispose();
    };
  }, [controller]);

  return controller;
}
