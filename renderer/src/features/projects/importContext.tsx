import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { importableExtensions } from '../../../../core/formats/registry';
import { storeImportedDocument } from '../../db/documents';
import { createProject, deleteProject } from '../../db/projects';
import { loadSegmentationRules } from '../../db/segmentationRules';
import { parseDocumentInWorker } from '../../workers/parseDocument';
import type { PickedFile } from '../../platform/api';
import { useServices } from '../../app/services';
import { useNotices } from '../../app/notices';
import { useNavigation } from '../../app/navigation';
import { importFiles, projectNameFromFile, type ImportProgress } from './importDocuments';

/**
 * One import at a time for the whole window, whether it started from the button, the native
 * menu or a file dropped anywhere. Progress is shared so the progress bar shows wherever it is placed.
 */
export interface DocumentImporter {
  progress: ImportProgress | undefined;
  busy: boolean;
  /** Bumped after every successful import so that document lists reload. */
  version: number;
  /** Opens the file picker (call it straight from a click or key handler); no project: a new one. */
  pick(projectId: string | undefined): void;
  /** Imports files into the project, or into a new project named after the first file. */
  importInto(projectId: string | undefined, files: readonly PickedFile[]): Promise<void>;
}

const ImportContext = createContext<DocumentImporter | null>(null);

export function ImportProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('projects');
  const { db, platform } = useServices();
  const notices = useNotices();
  const navigation = useNavigation();
  const [progress, setProgress] = useState<ImportProgress>();
  const [version, setVersion] = useState(0);
  const running = useRef(false);

  const importInto = useCallback(
    async (projectId: string | undefined, files: readonly PickedFile[]) => {
      if (running.current || files.length === 0) return;
      running.current = true;
      notices.clear();
      try {
        const targetProject = projectId ?? (await createProject(db, projectNameFromFile(files[0]!.name))).id;
        // Show the new project at once: its documents pane holds the progress bar.
        if (!projectId) navigation.openProject(targetProject);
        // New documents are segmented with the project's rules (custom SRX, or the default ones).
        const { srx } = await loadSegmentationRules(db, targetProject);
        const outcome = await importFiles(
          {
            parse: (file) => parseDocumentInWorker(srx === undefined ? file : { ...file, srx }),
            store: (project, name, imported, onProgress) => storeImportedDocument(db, project, name, imported, onProgress),
          },
          targetProject,
          files,
          setProgress,
        );
        const last = outcome.imported.at(-1);
        // A project made only for files that all failed would be a change the user did not ask for.
        if (!last && !projectId) {
          await deleteProject(db, targetProject);
          navigation.goHome();
        }
        setVersion((v) => v + 1);
        if (last) navigation.openDocument(targetProject, last.id, 0);
        if (outcome.failures.length > 0) {
          notices.showError(outcome.failures[0]!.error);
        } else if (last) {
          notices.showStatus(t('import.done', { file: last.name, count: last.segmentCount }));
        }
      } catch (error) {
        notices.showError(error);
      } finally {
        running.current = false;
        setProgress(undefined);
      }
    },
    [db, navigation, notices, t],
  );

  const pick = useCallback(
    (projectId: string | undefined) => {
      if (running.current) return;
      platform
        .openFiles({
          title: t('import.dialogTitle'),
          filters: [{ name: t('import.filterName'), extensions: importableExtensions() }],
          multiple: true,
        })
        .then((files) => importInto(projectId, files), notices.showError);
    },
    [importInto, notices, platform, t],
  );

  const value = useMemo(() => ({ progress, busy: progress !== undefined, version, pick, importInto }), [progress, version, pick, importInto]);
  return <ImportContext.Provider value={value}>{children}</ImportContext.Provider>;
}

export function useDocumentImporter(): DocumentImporter {
  const importer = useContext(ImportContext);
  if (!importer) throw new Error('useDocumentImporter() outside <ImportProvider>');
  return importer;
}

/** The import's progress bar and what it is doing; renders nothing when no import runs. */
export function ImportStatus() {
  const { t } = useTranslation('projects');
  const { progress } = useDocumentImporter();
  if (!progress) return null;
  const determinate = progress.phase === 'storing' && progress.total > 0;
  const text =
    progress.phase === 'parsing'
      ? t('import.parsing', { file: progress.fileName })
      : t('import.storing', { file: progress.fileName, written: progress.written, total: progress.total });
  return (
    <div className="import-status">
      <progress
        aria-label={t('import.progress')}
        max={determinate ? progress.total : undefined}
        value={determinate ? progress.written : undefined}
      />
      <span className="import-status-text">
        {text}
        {progress.files > 1 && <> · {t('import.fileOf', { file: progress.file, files: progress.files })}</>}
      </span>
    </div>
  );
}
