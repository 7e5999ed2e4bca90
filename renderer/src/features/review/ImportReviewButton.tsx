import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDocumentRecord } from '../../db/documents';
import { useServices } from '../../app/services';
import { useNotices } from '../../app/notices';
import { reviewLabels } from '../export/bilingualExporters';
import type { ReviewPlan } from './reviewPlan';
import { applyReviewInWorker, prepareReviewInWorker } from './reviewInWorker';
import { ReviewDialog } from './ReviewDialog';
import './review.css';

/** What the button needs from the editor: stored keystrokes before reading, fresh rows after applying. */
export interface ReviewEditor {
  flush(): Promise<void>;
  reload(total: number): void;
}

export interface ImportReviewButtonProps {
  documentId: string;
  editor: ReviewEditor;
}

/**
 * "Import review": the reviewer's edited copy of the bilingual review table (DOCX) comes back
 * into this document. The file is read by core (nothing is stored), a summary dialog shows what
 * would change, and only "Apply" writes — all changes in one transaction.
 */
export function ImportReviewButton({ documentId, editor }: ImportReviewButtonProps) {
  const { t } = useTranslation('files');
  const { db, platform } = useServices();
  const notices = useNotices();
  const [busy, setBusy] = useState(false);
  const [plan, setPlan] = useState<ReviewPlan>();

  const pick = () => {
    // The browser opens its file chooser only straight from the click, before any await.
    platform
      .openFiles({ title: t('review.dialogTitle'), filters: [{ name: t('review.filterName'), extensions: ['docx'] }] })
      .then(async ([file]) => {
        if (!file) return;
        setBusy(true);
        notices.showStatus(t('review.reading', { file: file.name }));
        try {
          await editor.flush();
          const labels = reviewLabels({ translate: (key) => t(key) });
          setPlan(await prepareReviewInWorker(db, { bytes: file.bytes, fileName: file.name, documentId, labels }));
          notices.clear();
        } finally {
          setBusy(false);
        }
      })
      .catch(notices.showError);
  };

  const apply = async (chosen: ReviewPlan) => {
    setBusy(true);
    try {
      const result = await applyReviewInWorker(db, { fileName: chosen.fileName, documentId, updates: chosen.updates, reviewer: chosen.reviewer });
      const doc = await getDocumentRecord(db, documentId);
      if (doc) editor.reload(doc.segmentCount);
      setPlan(undefined);
      notices.showStatus(t('review.applied', { file: chosen.fileName, targets: result.targets, statuses: result.statuses, comments: result.comments }));
    } catch (error) {
      setPlan(undefined);
      notices.showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="import-review-button" title={t('review.buttonHint')} disabled={busy} onClick={pick}>
        {t('review.button')}
      </button>
      {plan && <ReviewDialog plan={plan} busy={busy} onApply={() => void apply(plan)} onCancel={() => setPlan(undefined)} />}
    </>
  );
}
