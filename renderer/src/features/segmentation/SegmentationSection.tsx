import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import type { Project } from '../../../../core/model';
import { exportableSrx, importSegmentationRules, loadSegmentationRules, restoreDefaultSegmentationRules } from '../../db/segmentationRules';
import { useServices } from '../../app/services';
import { useNotices } from '../../app/notices';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { fileStem } from '../export/fileNames';
import { describeRules } from './rulesDescription';
import './segmentation.css';

/** The name of the default rules when exported. */
export const DEFAULT_SRX_FILE_NAME = 'padanan-indonesian.srx';

/**
 * The project's segmentation rules in the project pane: which rules are in force, "Import
 * segmentation rules (SRX)", "Export segmentation rules (SRX)" and "Use default rules". A file
 * that is not valid SRX, or has a rule that does not compile, is refused with the rule named, and
 * the rules in force stay as they were.
 */
export function SegmentationSection({ project }: { project: Project }) {
  const { t } = useTranslation('segmentation');
  const { db, platform } = useServices();
  const notices = useNotices();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [confirmDefault, setConfirmDefault] = useState(false);
  // Live: "don't split after this" in the editor changes the rules too.
  const rules = useLiveQuery(() => loadSegmentationRules(db, project.id).catch(() => undefined), [db, project.id]);

  const pick = () => {
    // The browser's file chooser opens only straight from the click.
    platform
      .openFiles({ title: t('rules.dialogTitle'), filters: [{ name: t('rules.filterName'), extensions: ['srx', 'xml'] }], multiple: false })
      .then(async ([file]) => {
        if (!file) return;
        setBusy(true);
        notices.clear();
        try {
          await importSegmentationRules(db, project.id, file.name, file.bytes);
          notices.showStatus(t('rules.imported', { file: file.name }));
        } finally {
          setBusy(false);
        }
      })
      .catch(notices.showError);
  };

  const exportRules = () => {
    if (!rules) return;
    const suggestedName = rules.kind === 'default' ? DEFAULT_SRX_FILE_NAME : `${fileStem(project.name)}.srx`;
    platform
      .saveFile({
        title: t('rules.exportTitle'),
        suggestedName,
        bytes: new TextEncoder().encode(exportableSrx(rules)),
        filters: [{ name: t('rules.filterName'), extensions: ['srx'] }],
      })
      .then((saved) => saved && notices.showStatus(t('rules.exported', { file: suggestedName })), notices.showError);
  };

  const restoreDefault = async () => {
    setConfirmDefault(false);
    try {
      await restoreDefaultSegmentationRules(db, project.id);
      notices.showStatus(t('rules.defaultRestored'));
    } catch (error) {
      notices.showError(error);
    }
  };

  return (
    <section className="segmentation-section" aria-labelledby={headingId}>
      <h2 className="pane-title" id={headingId}>
        {t('rules.title')}
      </h2>
      <p className="segmentation-rules-in-force" aria-live="polite">
        {rules ? t('rules.inForce', { rules: describeRules(t, rules) }) : t('common:loading')}
      </p>
      <button type="button" className="button-small" disabled={busy} onClick={pick}>
        {t('rules.import')}
      </button>
      <button type="button" className="button-small" disabled={!rules} onClick={exportRules}>
        {t('rules.export')}
      </button>
      {rules?.kind === 'custom' && (
        <button type="button" className="button-small" disabled={busy} onClick={() => setConfirmDefault(true)}>
          {t('rules.useDefault')}
        </button>
      )}
      <p className="pane-note">{t('rules.hint')}</p>
      {confirmDefault && rules && (
        <ConfirmDialog
          title={t('rules.useDefaultTitle')}
          body={t('rules.useDefaultBody', { rules: describeRules(t, rules) })}
          confirmLabel={t('rules.useDefaultConfirm')}
          onConfirm={() => void restoreDefault()}
          onCancel={() => setConfirmDefault(false)}
        />
      )}
    </section>
  );
}
