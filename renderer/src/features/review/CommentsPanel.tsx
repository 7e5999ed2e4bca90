import { useCallback, useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentComment } from '../../../../core/model';
import { readComments } from '../../db/review';
import { useServices } from '../../app/services';
import { translateError } from '../../i18n/translateError';
import type { EditorPanelProps } from '../editor/plugins';
import './review.css';

/**
 * The editor's comment panel for the segment being edited: its note (the comment that the review
 * table, XLIFF and TMX exports carry — from an agency's XLIFF or from the reviewer) and the
 * comments stored by review imports, with who wrote them and when.
 */
export function CommentsPanel({ context }: EditorPanelProps) {
  const { t, i18n } = useTranslation('files');
  const { db } = useServices();
  const { editor, documentId } = context;
  const headingId = useId();
  const activeIndex = useSyncExternalStore(editor.subscribeActive, editor.activeIndex);
  const subscribe = useCallback((listener: () => void) => editor.subscribeSegment(activeIndex, listener), [editor, activeIndex]);
  const segment = useSyncExternalStore(subscribe, () => editor.getSegment(activeIndex));
  const unitId = segment?.unitId;
  const note = segment?.note ?? '';
  const [history, setHistory] = useState<{ unitId: string; comments: SegmentComment[] }>();
  const [error, setError] = useState<unknown>();

  // Re-read when the segment or its note changes (a review import reloads the editor's rows).
  useEffect(() => {
    if (unitId === undefined) return;
    let live = true;
    readComments(db, documentId, unitId).then(
      (comments) => {
        if (!live) return;
        setError(undefined);
        setHistory({ unitId, comments });
      },
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [db, documentId, unitId, note]);

  const comments = history && history.unitId === unitId ? history.comments : [];
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="comments-panel" aria-labelledby={headingId}>
      <h3 className="comments-title" id={headingId}>
        {t('comments.title', { n: activeIndex + 1 })}
      </h3>
      {error !== undefined && <p className="muted">{translateError(t, error)}</p>}
      {/* The note is shown on its own unless it is the latest stored comment (listed below with its author). */}
      {note.trim() && note !== comments.at(-1)?.text && (
        <p className="comment-note" lang="en">
          {note}
        </p>
      )}
      {!note.trim() && <p className="muted">{t('comments.none')}</p>}
      {comments.length > 0 && (
        <ol className="comment-history" aria-label={t('comments.history')}>
          {comments.map((c) => (
            <li key={c.id ?? `${c.at}-${c.author}`}>
              <span className="comment-meta">{t('comments.by', { author: c.author, date: when.format(c.at) })}</span>
              <span className="comment-text">{c.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
