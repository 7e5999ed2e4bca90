import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../core/model';
import type { ResegmentSummary } from '../../db/segmentEditing';
import { addNoBreakAbbreviation, lastWord, loadSegmentationRules, type SegmentationRulesInForce } from '../../db/segmentationRules';
import { getProject } from '../../db/projects';
import { projectMissing } from '../../db/storageErrors';
import { useServices } from '../../app/services';
import { useNotices } from '../../app/notices';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import type { EditorHandle } from '../editor/plugins';
import { NoBreakDialog } from './NoBreakDialog';
import { SplitDialog } from './SplitDialog';
import { describeRules } from './rulesDescription';
import { SEGMENT_EDIT_SHORTCUTS, segmentEditCommand } from './segmentKeys';
import { runSegmentEdit } from './segmentEditInWorker';
import { suggestSplitOffset } from './splitView';
import './segmentation.css';

/** What the commands need from the editor: the current segment, stored keystrokes, fresh rows. */
export interface SegmentEditor extends Pick<EditorHandle, 'activeIndex' | 'getSegment' | 'focusSegment' | 'reload'> {
  readonly total: number;
  flush(): Promise<void>;
}

export interface SegmentCommandsProps {
  projectId: string;
  documentId: string;
  documentName: string;
  author: string;
  editor: SegmentEditor;
}

type OpenDialog =
  | { kind: 'split'; segment: Segment; caret: number }
  | { kind: 'noBreak'; index: number; word: string; canJoin: boolean; projectName: string }
  | { kind: 'resegment'; summary: ResegmentSummary; rules: SegmentationRulesInForce };

/**
 * The editor's segment commands: split the current segment (at the place clicked in its source,
 * chosen in a dialog), join it with the next (Alt+Shift+S / Alt+Shift+J), "don't split after this"
 * (a no-break abbreviation for the project, then the offer to join), and re-segmenting the whole
 * document with the project's rules. Each storage change is one transaction, run in a worker; the grid re-reads.
 */
export function SegmentCommands({ projectId, documentId, documentName, author, editor }: SegmentCommandsProps) {
  const { t } = useTranslation('segmentation');
  const { db } = useServices();
  const notices = useNotices();
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<OpenDialog>();
  const running = useRef(false);

  /** One command at a time; errors go to the notice bar. */
  const run = async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notices.showError(error);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  /** After the segments were renumbered: re-read them, then put the caret in segment `index`. */
  const refresh = async (total: number, index: number) => {
    editor.reload(total);
    // Let the rows drop their old text boxes first, so the focus goes to the re-read row.
    await new Promise((resolve) => setTimeout(resolve, 0));
    editor.focusSegment(Math.min(index, total - 1));
  };

  const openSplit = () => {
    if (running.current) return;
    const clicked = caretInSource();
    const index = clicked?.index ?? editor.activeIndex();
    const segment = editor.getSegment(index);
    if (!segment) return;
    setDialog({ kind: 'split', segment, caret: clicked?.offset ?? suggestSplitOffset(segment.source) ?? segment.source.length });
  };

  const split = (index: number, sourceOffset: number, targetOffset: number | undefined) =>
    run(async () => {
      setDialog(undefined);
      await editor.flush();
      const command = { op: 'split' as const, documentId, index, sourceOffset, author };
      const result = await runSegmentEdit(db, targetOffset === undefined ? command : { ...command, targetOffset });
      await refresh(result.segmentCount, index);
      notices.showStatus(t('split.done', { n: index + 1, total: result.segmentCount }));
    });

  const joinNext = async (index: number): Promise<number> => {
    await editor.flush();
    const result = await runSegmentEdit(db, { op: 'join', documentId, index, author });
    await refresh(result.segmentCount, index);
    return result.segmentCount;
  };

  const join = () =>
    run(async () => {
      const index = editor.activeIndex();
      const total = await joinNext(index);
      notices.showStatus(t('join.done', { n: index + 1, next: index + 2, total }));
    });

  const openNoBreak = () =>
    run(async () => {
      const index = editor.activeIndex();
      const segment = editor.getSegment(index);
      if (!segment) return;
      const project = await getProject(db, projectId);
      if (!project) throw projectMissing(projectId);
      const next = index + 1 < editor.total ? editor.getSegment(index + 1) : undefined;
      setDialog({ kind: 'noBreak', index, word: lastWord(segment.source), canJoin: next?.paragraph === segment.paragraph, projectName: project.name });
    });

  const addNoBreak = (index: number, abbreviation: string, alsoJoin: boolean) =>
    run(async () => {
      setDialog(undefined);
      await addNoBreakAbbreviation(db, projectId, abbreviation);
      if (!alsoJoin) {
        notices.showStatus(t('noBreak.added', { abbreviation }));
        return;
      }
      // The rule is stored even when the join is refused (the error says why).
      await joinNext(index);
      notices.showStatus(t('noBreak.addedJoined', { abbreviation, n: index + 1, next: index + 2 }));
    });

  const openResegment = () =>
    run(async () => {
      await editor.flush();
      const rules = await loadSegmentationRules(db, projectId);
      const summary = await runSegmentEdit(db, { op: 'resegment', projectId, documentId, author, dryRun: true });
      if (!summary.changed) notices.showStatus(t('resegment.unchanged'));
      else setDialog({ kind: 'resegment', summary, rules });
    });

  const resegment = () =>
    run(async () => {
      setDialog(undefined);
      await editor.flush();
      // Computed again inside the write (with the rules then in force): the preview may be a few keystrokes old.
      const summary = await runSegmentEdit(db, { op: 'resegment', projectId, documentId, author, dryRun: false });
      if (summary.changed) await refresh(summary.after, editor.activeIndex());
      notices.showStatus(summary.changed ? t('resegment.done', { name: documentName, ...summary }) : t('resegment.unchanged'));
    });

  // The shortcuts work wherever the focus is in the editor, except inside a dialog.
  const latest = useRef({ openSplit, join });
  latest.current = { openSplit, join };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = segmentEditCommand(event);
      if (!command || (event.target instanceof Element && event.target.closest('dialog'))) return;
      event.preventDefault();
      if (command === 'split') latest.current.openSplit();
      else void latest.current.join();
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);

  return (
    <div className="segment-commands" role="group" aria-label={t('commands.label')} aria-busy={busy}>
      <button
        type="button"
        className="button-small"
        disabled={busy}
        title={t('commands.splitHint')}
        aria-keyshortcuts={SEGMENT_EDIT_SHORTCUTS.split}
        // Keeps the place clicked in the source text: the caret stays where it is.
        onMouseDown={(event) => event.preventDefault()}
        onClick={openSplit}
      >
        {t('commands.split')}
      </button>
      <button type="button" className="button-small" disabled={busy} title={t('commands.joinHint')} aria-keyshortcuts={SEGMENT_EDIT_SHORTCUTS.join} onClick={() => void join()}>
        {t('commands.join')}
      </button>
      <button type="button" className="button-small" disabled={busy} title={t('commands.noBreakHint')} onClick={() => void openNoBreak()}>
        {t('commands.noBreak')}
      </button>
      <button type="button" className="button-small" disabled={busy} title={t('commands.resegmentHint')} onClick={() => void openResegment()}>
        {t('commands.resegment')}
      </button>
      {dialog?.kind === 'split' && (
        <SplitDialog
          segment={dialog.segment}
          caret={dialog.caret}
          onSplit={(sourceOffset, targetOffset) => void split(dialog.segment.index, sourceOffset, targetOffset)}
          onCancel={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'noBreak' && (
        <NoBreakDialog
          projectName={dialog.projectName}
          n={dialog.index + 1}
          word={dialog.word}
          canJoin={dialog.canJoin}
          onConfirm={(abbreviation, alsoJoin) => void addNoBreak(dialog.index, abbreviation, alsoJoin)}
          onCancel={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'resegment' && (
        <ConfirmDialog
          title={t('resegment.title', { name: documentName })}
          body={[
            t('resegment.body', { rules: describeRules(t, dialog.rules), before: dialog.summary.before, after: dialog.summary.after }),
            t('resegment.kept', { count: dialog.summary.kept }),
            dialog.summary.carried > 0 ? t('resegment.carried', { count: dialog.summary.carried }) : '',
            dialog.summary.lost > 0 ? t('resegment.lost', { count: dialog.summary.lost }) : '',
          ]
            .filter(Boolean)
            .join(' ')}
          confirmLabel={t('resegment.confirm')}
          onConfirm={() => void resegment()}
          onCancel={() => setDialog(undefined)}
        />
      )}
    </div>
  );
}

/**
 * The segment and source offset of the caret when the translator clicked (or selected) in a
 * segment's source text, read from the document's selection.
 */
function caretInSource(): { index: number; offset: number } | undefined {
  const selection = window.getSelection();
  const node = selection?.focusNode;
  if (!selection || !node) return undefined;
  const element = node instanceof Element ? node : node.parentElement;
  const cell = element?.closest('.cell-source');
  const row = cell?.closest('[data-index]');
  if (!cell || !row) return undefined;
  const index = Number(row.getAttribute('data-index'));
  if (!Number.isInteger(index)) return undefined;
  const range = document.createRange();
  range.setStart(cell, 0);
  range.setEnd(node, selection.focusOffset);
  const before = range.cloneContents();
  // An inline code shows as a label of a few characters but is one character of the source.
  let offset = 0;
  before.querySelectorAll('.inline-tag').forEach((tag) => {
    offset++;
    tag.remove();
  });
  return { index, offset: offset + (before.textContent?.length ?? 0) };
}
