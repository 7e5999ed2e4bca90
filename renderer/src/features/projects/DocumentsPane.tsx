import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importableExtensions } from '../../../../core/formats/registry';
import type { Project } from '../../../../core/model';
import type { StoredDocument } from '../../db/schema';
import { deleteDocument, listDocumentRecords } from '../../db/documents';
import { useServices } from '../../app/services';
import { useNotices } from '../../app/notices';
import { useNavigation } from '../../app/navigation';
import { useMenuCommand } from '../../app/commands';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { ImportStatus, useDocumentImporter } from './importContext';
import { GlossarySection } from '../glossary/GlossarySection';
import { TmSection } from '../tm/TmSection';
import { SegmentationSection } from '../segmentation/SegmentationSection';

/**
 * The open project's documents, with "Import document". The list is reloaded after imports and
 * deletions rather than observed live: documents change on every keystroke (their counters).
 */
export function DocumentsPane({ project, openDocumentId }: { project: Project; openDocumentId: string | undefined }) {
  const { t, i18n } = useTranslation('projects');
  const { db } = useServices();
  const notices = useNotices();
  const navigation = useNavigation();
  const importer = useDocumentImporter();
  const [documents, setDocuments] = useState<StoredDocument[]>();
  const [reload, setReload] = useState(0);
  const [deleting, setDeleting] = useState<StoredDocument>();

  useEffect(() => {
    let live = true;
    listDocumentRecords(db, project.id).then(
      (list) => live && setDocuments(list),
      (error) => live && notices.showError(error),
    );
    return () => {
      live = false;
    };
  }, [db, project.id, importer.version, reload, notices]);

  useMenuCommand('import-document', () => importer.pick(project.id));

  const confirmDelete = async () => {
    const doc = deleting;
    setDeleting(undefined);
    if (!doc) return;
    try {
      await deleteDocument(db, doc.id);
      if (doc.id === openDocumentId) navigation.closeDocument();
      notices.showStatus(t('documents.deleted', { name: doc.name }));
    } catch (error) {
      notices.showError(error);
    } finally {
      setReload((n) => n + 1);
    }
  };

  const number = new Intl.NumberFormat(i18n.language);

  return (
    <nav className="documents-pane" aria-label={t('documents.label', { project: project.name })}>
      <div className="pane-header">
        <h2 className="pane-title">{t('documents.title')}</h2>
        <button type="button" className="button-primary" disabled={importer.busy} onClick={() => importer.pick(project.id)}>
          {t('import.button')}
        </button>
      </div>
      <ImportStatus />
      {documents === undefined ? (
        <p className="muted pane-note">{t('common:loading')}</p>
      ) : documents.length === 0 ? (
        <p className="pane-note">{t('documents.empty', { extensions: importableExtensions().map((e) => `.${e}`).join(', ') })}</p>
      ) : (
        <ul className="document-list">
          {documents.map((doc) => (
            <li key={doc.id} className={doc.id === openDocumentId ? 'document-item current' : 'document-item'}>
              <button
                type="button"
                className="document-open"
                aria-current={doc.id === openDocumentId ? 'page' : undefined}
                onClick={() => navigation.openDocument(project.id, doc.id, 0)}
              >
                {doc.name}
              </button>
              <span className="document-meta">
                {t('documents.segments', { count: doc.segmentCount, formatted: number.format(doc.segmentCount) })} ·{' '}
                {t('documents.words', { count: doc.wordCount, formatted: number.format(doc.wordCount) })}
              </span>
              <button type="button" className="button-quiet button-small document-delete" aria-label={t('documents.delete', { name: doc.name })} title={t('documents.delete', { name: doc.name })} onClick={() => setDeleting(doc)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <GlossarySection project={project} />
      <TmSection project={project} />
      <SegmentationSection project={project} />
      <p className="pane-note drop-hint">{t('documents.dropHint')}</p>
      {deleting && (
        <ConfirmDialog
          title={t('documents.deleteTitle', { name: deleting.name })}
          body={t('documents.deleteBody')}
          confirmLabel={t('delete.confirm')}
          danger
          onConfirm={() => void confirmDelete()}
          onCancel={() => setDeleting(undefined)}
        />
      )}
    </nav>
  );
}
