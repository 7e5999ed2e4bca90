import { useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../core/model';
import { useServices } from '../../app/services';
import { useNotices } from '../../app/notices';
import { cancelTmImport, startTmImport, subscribeTmImport, tmImportState } from './tmImportStore';
import './tm.css';

/**
 * The project's translation memory in the project pane: "Import TMX", and while an import runs
 * its progress bar and Cancel. A failed or cancelled import adds nothing (see db/tm.ts).
 */
export function TmSection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation('tm');
  const { db, platform } = useServices();
  const notices = useNotices();
  const running = useSyncExternalStore(subscribeTmImport, tmImportState);
  const headingId = useId();
  const number = new Intl.NumberFormat(i18n.language);

  const pick = () => {
    if (tmImportState()) return;
    // openFiles must run inside the click (the browser's file input needs the user gesture).
    platform
      .openFiles({ title: t('section.dialogTitle'), filters: [{ name: t('section.filterName'), extensions: ['tmx'] }], multiple: false })
      .then(async (files) => {
        const file = files[0];
        if (!file) return;
        notices.clear();
        const outcome = await startTmImport(db.name, project.id, file);
        if (outcome.kind === 'failed') notices.showError(outcome.error);
        else if (outcome.kind === 'cancelled') notices.showStatus(t('section.cancelled', { file: outcome.fileName }));
        else {
          const { stored, duplicates, skipped } = outcome.result;
          const parts = [t('section.done', { file: outcome.fileName, count: stored, formatted: number.format(stored) })];
          if (duplicates > 0) parts.push(t('section.duplicates', { count: duplicates, formatted: number.format(duplicates) }));
          if (skipped > 0) parts.push(t('section.skipped', { count: skipped, formatted: number.format(skipped) }));
          notices.showStatus(parts.join(' '));
        }
      }, notices.showError);
  };

  const mine = running?.projectId === project.id ? running : undefined;
  const progress = mine?.progress;
  const percent = progress && progress.bytesTotal > 0 ? Math.floor((100 * progress.bytesRead) / progress.bytesTotal) : 0;

  return (
    <section className="tm-section" aria-labelledby={headingId}>
      <h2 className="pane-title" id={headingId}>
        {t('section.title')}
      </h2>
      <button type="button" disabled={running !== undefined} onClick={pick}>
        {t('section.import')}
      </button>
      {mine && (
        <div className="import-status tm-import-status">
          <progress aria-label={t('section.progress')} max={progress ? progress.bytesTotal : undefined} value={progress ? progress.bytesRead : undefined} />
          <span className="import-status-text">
            {mine.cancelling
              ? t('section.cancelling')
              : t('section.importing', {
                  file: mine.fileName,
                  percent,
                  units: number.format(progress?.units ?? 0),
                  stored: number.format(progress?.stored ?? 0),
                })}
          </span>
          <button type="button" className="button-small" disabled={mine.cancelling} onClick={cancelTmImport}>
            {t('section.cancel')}
          </button>
        </div>
      )}
      <p className="pane-note">{t('section.hint')}</p>
    </section>
  );
}
