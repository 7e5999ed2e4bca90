import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../db/live';
import { listProjects } from '../db/projects';
import { FontSizeControls } from '../features/settings/FontSizeControls';
import { LanguageSelect } from '../features/settings/LanguageSelect';
import { useServices } from './services';
import { useNavigation } from './navigation';

/** App bar: where you are (Projects › project), and the interface settings. */
export function Header() {
  const { t } = useTranslation();
  const { db } = useServices();
  const { location, goHome, openProject } = useNavigation();
  const project = useLiveQuery(
    async () => (location.projectId ? ((await listProjects(db)).find((p) => p.id === location.projectId) ?? null) : null),
    [db, location.projectId],
  );

  return (
    <header className="app-header">
      <span className="brand" aria-hidden="true">
        <span className="brand-mark">P</span>
        {t('appName')}
      </span>
      <nav className="breadcrumbs" aria-label={t('breadcrumbs')}>
        <ol>
          <li>
            <button type="button" className="crumb" aria-current={location.projectId ? undefined : 'page'} onClick={() => goHome()}>
              {t('nav.projects')}
            </button>
          </li>
          {project && (
            <li>
              <button type="button" className="crumb" aria-current={location.documentId ? undefined : 'page'} onClick={() => openProject(project.id)}>
                {project.name}
              </button>
            </li>
          )}
        </ol>
      </nav>
      <div className="header-tools">
        <FontSizeControls />
        <LanguageSelect />
      </div>
    </header>
  );
}
