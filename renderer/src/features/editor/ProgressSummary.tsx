import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import { getDocumentRecord } from '../../db/documents';
import { progressOf } from '../../db/progress';
import { useServices } from '../../app/services';

/**
 * Translated/total segments and words, live. The figures are counters stored with each segment
 * write, so this costs one record read per change whatever the document's size.
 */
export function ProgressSummary({ documentId }: { documentId: string }) {
  const { t, i18n } = useTranslation('editor');
  const { db } = useServices();
  const doc = useLiveQuery(() => getDocumentRecord(db, documentId), [db, documentId]);
  if (!doc) return <div className="progress-summary" aria-busy="true" />;
  const p = progressOf(doc);
  const number = new Intl.NumberFormat(i18n.language);
  const percent = p.wordsTotal > 0 ? Math.floor((p.wordsDone / p.wordsTotal) * 100) : p.segmentsTotal > 0 ? Math.floor((p.segmentsDone / p.segmentsTotal) * 100) : 0;
  return (
    <div className="progress-summary">
      <progress aria-label={t('progress.label')} max={Math.max(1, p.segmentsTotal)} value={p.segmentsDone} />
      <span className="progress-text">
        <span>{t('progress.segments', { done: number.format(p.segmentsDone), count: p.segmentsTotal, total: number.format(p.segmentsTotal) })}</span>
        <Separator text={t('progress.separator')} />
        <span>{t('progress.words', { done: number.format(p.wordsDone), count: p.wordsTotal, total: number.format(p.wordsTotal) })}</span>
        <Separator text={t('progress.separator')} />
        <span>{t('progress.percent', { percent })}</span>
      </span>
    </div>
  );
}

/**
 * The " · " between the figures is for the eye; a screen reader would say "middle dot" or run the
 * figures together ("…translated0 / 10 words"), so it hears a translated pause (", ") instead.
 */
function Separator({ text }: { text: string }) {
  return (
    <>
      <span aria-hidden="true"> · </span>
      <span className="visually-hidden">{text}</span>
    </>
  );
}
