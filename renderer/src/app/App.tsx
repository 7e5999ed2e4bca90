import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readPickedFiles } from '../platform/browser';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { ImportProvider, useDocumentImporter } from '../features/projects/importContext';
import { Header } from './Header';
import { Workspace } from './Workspace';
import { NavigationContext, useNavigation, type Location, type Navigation } from './navigation';
import { NoticeBar, useNotices } from './notices';
import { useServices } from './services';
import { useFileDrop } from './useFileDrop';
import { useMenuCommand } from './commands';
import { rememberPosition } from './positionMirror';

/** The shell: header, messages, and either the projects list or an open project. */
export function App({ initialLocation }: { initialLocation: Location }) {
  const { db } = useServices();
  const notices = useNotices();
  const [location, setLocation] = useState<Location>(initialLocation);

  const navigation = useMemo<Navigation>(() => {
    const remember = (projectId: string, documentId: string, segmentIndex: number) =>
      rememberPosition(db, { projectId, documentId, segmentIndex }).catch(notices.showError);
    return {
      location,
      goHome: (options) => setLocation(options?.focusNewProject ? { focusNewProject: true } : {}),
      openProject: (projectId) => {
        setLocation({ projectId });
        void remember(projectId, '', 0);
      },
      openDocument: (projectId, documentId, segmentIndex = 0) => {
        setLocation({ projectId, documentId, segmentIndex });
        void remember(projectId, documentId, segmentIndex);
      },
      closeDocument: () => setLocation((current) => ({ projectId: current.projectId })),
    };
  }, [db, location, notices]);

  return (
    <NavigationContext.Provider value={navigation}>
      <ImportProvider>
        <Shell location={location} />
      </ImportProvider>
    </NavigationContext.Provider>
  );
}

function Shell({ location }: { location: Location }) {
  const { t } = useTranslation();
  const importer = useDocumentImporter();
  const notices = useNotices();
  const navigation = useNavigation();
  // Fallbacks while no page-specific handler is mounted (pages register their own, which win).
  useMenuCommand('new-project', () => navigation.goHome({ focusNewProject: true }));
  useMenuCommand('import-document', () => importer.pick(location.projectId));
  const dragging = useFileDrop((files) => {
    readPickedFiles(files).then((picked) => importer.importInto(location.projectId, picked), notices.showError);
  });

  return (
    <div className="app">
      <Header />
      <NoticeBar />
      <main className="app-main">{location.projectId ? <Workspace location={{ ...location, projectId: location.projectId }} /> : <ProjectsPage />}</main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-box">{t('drop.overlay')}</div>
        </div>
      )}
    </div>
  );
}
