import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import type { GlossaryPack, Project } from '../../../../core/model';
import { isOwnPack, listPacks, setPackDetails } from '../../db/glossary';
import { useServices } from '../../app/services';
import { useNotices } from '../../app/notices';
import { useMenuCommand } from '../../app/commands';
import type { GlossaryFileInfo, ImportDecisions, PreviewView } from '../../workers/glossaryProtocol';
import { ExportGlossaryDialog, type ExportChoice } from './ExportGlossaryDialog';
import { GlossaryManager } from './GlossaryManager';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import {
  GLOSSARY_IMPORT_EXTENSIONS,
  GlossaryImportSession,
  defaultImportTarget,
  exportGlossaryFile,
  formatExtensions,
  glossaryFileName,
  newPackName,
} from './glossaryFiles';
import { packLabel } from './packLabel';
import './glossary.css';

interface ImportState {
  session: GlossaryImportSession;
  info: GlossaryFileInfo;
  packs: GlossaryPack[];
  target: string | undefined;
  preview?: PreviewView;
  busy: boolean;
  name: string;
}

/**
 * The project's glossary in the project pane: a summary of its packs, "Import glossary" (file →
 * preview → decisions → one transaction), "Export glossary" and "Manage glossary". The native
 * menu's Import/Export glossary commands land here too.
 */
export function GlossarySection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation('glossary');
  const { db, platform } = useServices();
  const notices = useNotices();
  const headingId = useId();
  const packs = useLiveQuery(() => listPacks(db, project.id), [db, project.id]);
  const [importing, setImporting] = useState<ImportState>();
  const [exporting, setExporting] = useState<{ busy: boolean }>();
  const [managing, setManaging] = useState(false);
  const current = useRef(importing);
  current.current = importing;
  const number = new Intl.NumberFormat(i18n.language);

  // An import left open when the project closes ends its worker.
  useEffect(() => () => current.current?.session.dispose(), []);

  const update = (session: GlossaryImportSession, change: Partial<ImportState>) =>
    setImporting((state) => (state && state.session === session ? { ...state, ...change } : state));

  const fail = (session: GlossaryImportSession, error: unknown) => {
    session.dispose();
    setImporting((state) => (state?.session === session ? undefined : state));
    notices.showError(error);
  };

  const pickImport = () => {
    if (current.current) return;
    // openFiles must run inside the click (the browser's file input needs the user gesture).
    platform
      .openFiles({ title: t('import.dialogTitle'), filters: [{ name: t('import.filterName'), extensions: GLOSSARY_IMPORT_EXTENSIONS }], multiple: false })
      .then(async (files) => {
        const file = files[0];
        if (!file || current.current) return;
        notices.clear();
        const session = new GlossaryImportSession(db, project.id);
        try {
          const info = await session.read(file);
          const list = await listPacks(db, project.id);
          const target = defaultImportTarget(info, list, project.id);
          const state: ImportState = { session, info, packs: list, target, busy: true, name: newPackName(info) };
          current.current = state;
          setImporting(state);
          const preview = await session.preview(target);
          update(session, { preview, busy: false });
        } catch (error) {
          fail(session, error);
        }
      }, notices.showError);
  };

  const retarget = (state: ImportState, target: string | undefined) => {
    update(state.session, { target, preview: undefined, busy: true });
    state.session.preview(target).then(
      (preview) => update(state.session, { preview, busy: false }),
      (error) => fail(state.session, error),
    );
  };

  const apply = async (state: ImportState, decisions: ImportDecisions) => {
    if (!state.preview) return;
    update(state.session, { busy: true });
    try {
      const target = state.target !== undefined ? { packId: state.target } : { newPack: state.info.manifest ? { name: state.name, manifest: state.info.manifest } : { name: state.name } };
      const result = await state.session.apply(decisions, target);
      state.session.dispose();
      setImporting(undefined);
      notices.showStatus(
        t('import.done', {
          file: state.info.fileName,
          pack: packLabel(t, result.pack),
          added: number.format(result.added),
          replaced: number.format(result.replaced),
          removed: number.format(result.removed),
          kept: number.format(result.kept),
        }),
      );
    } catch (error) {
      fail(state.session, error);
    }
  };

  const cancelImport = () => {
    const state = current.current;
    if (!state) return;
    state.session.dispose();
    setImporting(undefined);
    notices.showStatus(t('import.cancelled', { file: state.info.fileName }));
  };

  const runExport = async (choice: ExportChoice) => {
    setExporting({ busy: true });
    try {
      const bytes = await exportGlossaryFile(db, project.id, choice.packIds, choice.format, choice.name, choice.details);
      const fileName = glossaryFileName(choice.name, choice.format);
      const saved = await platform.saveFile({ title: t('export.dialogTitle'), suggestedName: fileName, bytes, filters: [{ name: t(`format.${choice.format}`), extensions: formatExtensions(choice.format) }] });
      setExporting(undefined);
      // A pack of the user's remembers what it was published as (a copy of someone else's pack keeps its origin's).
      const pack = packs?.find((p) => p.id === choice.packId);
      if (saved && pack && !pack.origin && choice.details) await setPackDetails(db, pack.id, isOwnPack(pack) ? { ...choice.details, name: pack.name } : choice.details);
      if (saved) notices.showStatus(t('export.done', { file: fileName }));
    } catch (error) {
      setExporting(undefined);
      notices.showError(error);
    }
  };

  useMenuCommand('import-glossary', pickImport);
  useMenuCommand('export-glossary', () => setExporting({ busy: false }));

  const enabled = packs?.filter((p) => p.enabled).length ?? 0;
  return (
    <section className="glossary-section" aria-labelledby={headingId}>
      <h2 className="pane-title" id={headingId}>
        {t('section.title')}
      </h2>
      <p className="pane-note">{packs === undefined ? t('common:loading') : t('section.summary', { count: packs.length, enabled })}</p>
      <div className="glossary-section-buttons">
        <button type="button" disabled={importing !== undefined} onClick={pickImport}>
          {t('import.button')}
        </button>
        <button type="button" disabled={exporting !== undefined || !packs?.length} onClick={() => setExporting({ busy: false })}>
          {t('export.open')}
        </button>
        <button type="button" onClick={() => setManaging(true)}>
          {t('manager.open')}
        </button>
      </div>
      {importing && (
        <ImportPreviewDialog
          info={importing.info}
          packs={importing.packs}
          target={importing.target}
          preview={importing.preview}
          busy={importing.busy}
          newPackName={importing.name}
          onNewPackName={(name) => update(importing.session, { name })}
          onTarget={(target) => retarget(importing, target)}
          onApply={(decisions) => void apply(importing, decisions)}
          onCancel={cancelImport}
        />
      )}
      {exporting && packs && (
        <ExportGlossaryDialog packs={packs} projectName={project.name} busy={exporting.busy} onExport={(choice) => void runExport(choice)} onCancel={() => setExporting(undefined)} />
      )}
      {managing && <GlossaryManager projectId={project.id} onClose={() => setManaging(false)} />}
    </section>
  );
}
