import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import type { Project } from '../../../../core/model';
import { createProject, deleteProject, listProjects, renameProject } from '../../db/projects';
import { useServices } from '../../app/services';
import { useNotices } from '../../app/notices';
import { useNavigation } from '../../app/navigation';
import { useMenuCommand } from '../../app/commands';
import { ConfirmDialog } from '../../app/ConfirmDialog';

/** The start page: create a project, and the projects list (most recently used first). */
export function ProjectsPage() {
  const { t } = useTranslation('projects');
  const { db } = useServices();
  const notices = useNotices();
  const navigation = useNavigation();
  const projects = useLiveQuery(() => listProjects(db), [db]);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<Project>();
  const nameId = useId();
  const nameRef = useRef<HTMLInputElement>(null);

  useMenuCommand('new-project', () => nameRef.current?.focus());
  useEffect(() => {
    if (navigation.location.focusNewProject) nameRef.current?.focus();
  }, [navigation.location]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    try {
      const project = await createProject(db, name.trim());
      notices.clear();
      navigation.openProject(project.id);
    } catch (error) {
      notices.showError(error);
    } finally {
      setBusy(false);
    }
  };

  const confirmDelete = async () => {
    const project = deleting;
    setDeleting(undefined);
    if (!project) return;
    try {
      await deleteProject(db, project.id);
      notices.showStatus(t('delete.done', { name: project.name }));
    } catch (error) {
      notices.showError(error);
    }
  };

  return (
    <section className="projects-page" aria-labelledby="projects-title">
      <h1 id="projects-title">{t('title')}</h1>
      <form className="new-project" onSubmit={create}>
        <label htmlFor={nameId}>{t('create.label')}</label>
        <div className="new-project-row">
          <input
            id={nameId}
            ref={nameRef}
            type="text"
            value={name}
            placeholder={t('create.placeholder')}
            maxLength={200}
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button-primary" disabled={!name.trim() || busy}>
            {t('create.submit')}
          </button>
        </div>
      </form>

      {projects === undefined ? (
        <p className="muted">{t('common:loading')}</p>
      ) : projects.length === 0 ? (
        <p className="empty-state">{t('empty')}</p>
      ) : (
        <ul className="project-list" aria-label={t('listLabel')}>
          {projects.map((project) => (
            <ProjectItem key={project.id} project={project} onDelete={() => setDeleting(project)} />
          ))}
        </ul>
      )}

      {deleting && (
        <ConfirmDialog
          title={t('delete.title', { name: deleting.name })}
          body={t('delete.body')}
          confirmLabel={t('delete.confirm')}
          danger
          onConfirm={() => void confirmDelete()}
          onCancel={() => setDeleting(undefined)}
        />
      )}
    </section>
  );
}

function ProjectItem({ project, onDelete }: { project: Project; onDelete(): void }) {
  const { t, i18n } = useTranslation('projects');
  const { db } = useServices();
  const notices = useNotices();
  const navigation = useNavigation();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(project.name);
  const renameButton = useRef<HTMLButtonElement>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const name = draft.trim();
    if (!name) return;
    try {
      if (name !== project.name) await renameProject(db, project.id, name);
      setRenaming(false);
      requestAnimationFrame(() => renameButton.current?.focus());
    } catch (error) {
      notices.showError(error);
    }
  };

  const cancel = () => {
    setRenaming(false);
    setDraft(project.name);
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  const updated = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(project.updatedAt);

  return (
    <li className="project-item">
      {renaming ? (
        <form className="project-rename" onSubmit={save}>
          <input
            type="text"
            aria-label={t('rename.input', { name: project.name })}
            value={draft}
            maxLength={200}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                cancel();
              }
            }}
          />
          <button type="submit" className="button-primary" disabled={!draft.trim()}>
            {t('rename.save')}
          </button>
          <button type="button" onClick={cancel}>
            {t('common:cancel')}
          </button>
        </form>
      ) : (
        <>
          <div className="project-main">
            <button type="button" className="project-open" onClick={() => navigation.openProject(project.id)}>
              {project.name}
            </button>
            <span className="project-meta">{t('updated', { date: updated })}</span>
          </div>
          <div className="project-actions">
            <button
              type="button"
              ref={renameButton}
              className="button-quiet"
              aria-label={t('rename.label', { name: project.name })}
              onClick={() => {
                setDraft(project.name);
                setRenaming(true);
              }}
            >
              {t('rename.button')}
            </button>
            <button type="button" className="button-quiet button-danger-text" aria-label={t('delete.label', { name: project.name })} onClick={onDelete}>
              {t('delete.button')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
