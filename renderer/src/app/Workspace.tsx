import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../db/live';
import { listProjects } from '../db/projects';
import { DocumentsPane } from '../features/projects/DocumentsPane';
import { Editor } from '../features/editor/Editor';
import { useServices } from './services';
import type { Location } from './navigation';

/** An open project: its documents on the left, the editor (or a hint) beside them. */
export function Workspace({ location }: { location: Required<Pick<Location, 'projectId'>> & Location }) {
  const { t } = useTranslation('projects');
  const { db } = useServices();
  const project = useLiveQuery(async () => (await listProjects(db)).find((p) => p.id === location.projectId) ?? null, [db, location.projectId]);

  if (project === undefined) return <p className="muted page-note">{t('common:loading')}</p>;
  if (project === null) return <p className="page-note">{t('workspace.missing')}</p>;

  return (
    <div className="workspace">
      <DocumentsPane project={project} openDocumentId={location.documentId} />
      <section className="workspace-main" aria-label={t('workspace.editorLabel')}>
        {location.documentId ? (
          <Editor key={location.documentId} projectId={project.id} documentId={location.documentId} initialIndex={location.segmentIndex ?? 0} />
        ) : (
          <div className="workspace-empty">
            <h2>{project.name}</h2>
            <p>{t('workspace.noDocument')}</p>
          </div>
        )}
      </section>
    </div>
  );
}
