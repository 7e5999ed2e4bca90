import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../app/useModalDialog';
import type { ReviewPlan, ReviewPlanRow } from './reviewPlan';
import { SourceText } from '../editor/SourceText';

/** Rows of the change table shown in the dialog; the rest are counted ("… and 12 more"). */
const SHOWN_ROWS = 100;
/** Ids listed in a warning line before "…". */
const SHOWN_IDS = 12;

export interface ReviewDialogProps {
  plan: ReviewPlan;
  busy: boolean;
  onApply(): void;
  onCancel(): void;
}

/**
 * The summary of a reviewed copy before anything is stored: counts, warnings (unknown, missing and
 * repeated ids, bad status cells, tag mismatches, locked segments) and the changed segments.
 * Modal (native <dialog>); focus starts on Cancel, Escape cancels.
 */
export function ReviewDialog({ plan, busy, onApply, onCancel }: ReviewDialogProps) {
  const { t } = useTranslation('files');
  const { dialogRef, cancelRef } = useModalDialog();
  const titleId = useId();
  const summaryId = useId();
  const tableId = useId();
  const { found } = plan;
  const nothing = plan.updates.length === 0;

  const list = (ids: readonly string[]) => (ids.length > SHOWN_IDS ? `${ids.slice(0, SHOWN_IDS).join(', ')}, …` : ids.join(', '));
  const warnings: string[] = [];
  if (found.unknownIds.length) warnings.push(t('review.unknownIds', { count: found.unknownIds.length, ids: list(found.unknownIds) }));
  if (found.missingIds.length) warnings.push(t('review.missingIds', { count: found.missingIds.length, ids: list(found.missingIds) }));
  if (found.duplicateIds.length) warnings.push(t('review.duplicateIds', { count: found.duplicateIds.length, ids: list(found.duplicateIds) }));
  if (found.invalidStatuses.length) {
    const items = list(found.invalidStatuses.map((s) => `${s.unitId} “${s.value}”`));
    warnings.push(t('review.invalidStatuses', { count: found.invalidStatuses.length, items }));
  }
  if (plan.tagWarnings.length) warnings.push(t('review.tagWarnings', { count: plan.tagWarnings.length, segments: list(plan.tagWarnings.map(String)) }));
  if (plan.lockedIgnored.length) warnings.push(t('review.locked', { count: plan.lockedIgnored.length, ids: list(plan.lockedIgnored) }));

  return (
    <dialog
      ref={dialogRef}
      className="dialog review-dialog"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {t('review.summaryTitle', { file: plan.fileName })}
      </h2>
      <div id={summaryId} className="review-summary">
        <p>
          {t('review.rows', { count: found.rows })} {t('review.reviewer', { name: plan.reviewer })}
        </p>
        {nothing ? (
          <p>{t('review.nothing')}</p>
        ) : (
          <ul className="review-counts">
            <li>{t('review.targets', { count: plan.targets })}</li>
            <li>{t('review.statuses', { count: plan.statuses })}</li>
            <li>{t('review.comments', { count: plan.comments })}</li>
            <li>{t('review.unchanged', { count: found.unchanged })}</li>
          </ul>
        )}
      </div>
      {warnings.length > 0 && (
        <section className="review-warnings" aria-label={t('review.warnings')}>
          <h3 className="review-subtitle">{t('review.warnings')}</h3>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      )}
      {!nothing && (
        <div className="review-changes">
          <table aria-labelledby={tableId}>
            <caption id={tableId}>{t('review.changes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.col.segment')}</th>
                <th scope="col">{t('review.col.translation')}</th>
                <th scope="col">{t('review.col.status')}</th>
                <th scope="col">{t('review.col.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.slice(0, SHOWN_ROWS).map((row) => (
                <ChangeRow key={row.unitId} row={row} />
              ))}
            </tbody>
          </table>
          {plan.rows.length > SHOWN_ROWS && <p className="muted">{t('review.more', { count: plan.rows.length - SHOWN_ROWS })}</p>}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" ref={cancelRef} disabled={busy} onClick={onCancel}>
          {t('common:cancel')}
        </button>
        <button type="button" className="button-primary" disabled={busy || nothing} onClick={onApply}>
          {busy ? t('review.applying') : t('review.apply')}
        </button>
      </div>
    </dialog>
  );
}

function ChangeRow({ row }: { row: ReviewPlanRow }) {
  const { t } = useTranslation(['files', 'editor']);
  return (
    <tr>
      <th scope="row">{row.n}</th>
      <td>
        {row.target ? (
          <>
            <del lang="en">
              <span className="visually-hidden">{t('review.before')} </span>
              <SourceText text={row.target.before} />
            </del>{' '}
            <ins lang="en">
              <span className="visually-hidden">{t('review.after')} </span>
              <SourceText text={row.target.after} />
            </ins>
          </>
        ) : (
          <span className="muted">{t('review.same')}</span>
        )}
      </td>
      <td>{row.status ? `${t(`editor:status.${row.status.before}`)} → ${t(`editor:status.${row.status.after}`)}` : <span className="muted">{t('review.same')}</span>}</td>
      <td>{row.comment ? row.comment.after || <span className="muted">{t('review.cleared')}</span> : <span className="muted">{t('review.same')}</span>}</td>
    </tr>
  );
}
