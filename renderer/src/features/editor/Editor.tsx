import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../../core/model';
import { getDocument } from '../../db/documents';
import { getSetting } from '../../db/settings';
import { documentMissing } from '../../db/storageErrors';
import { useServices } from '../../app/services';
import { useNotices } from '../../app/notices';
import { usePreferences } from '../settings/preferences';
import { ExportMenu } from '../export/ExportMenu';
import { ImportReviewButton } from '../review/ImportReviewButton';
import { SegmentCommands } from '../segmentation/SegmentCommands';
import { EditorContext } from './editorContext';
import { ProgressSummary } from './ProgressSummary';
import { SegmentGrid } from './SegmentGrid';
import { editorPlugins, type EditorPluginContext, type SourceMark, type SourceMarker } from './plugins';
import { useEditorController } from './useEditorController';
import { useSidePanelOpen } from './sidePanelState';

/** Settings key of the name written into segment revisions. */
export const AUTHOR_SETTING = 'authorName';
const DEFAULT_AUTHOR = 'translator';

export interface EditorProps {
  projectId: string;
  documentId: string;
  initialIndex: number;
}

/** Loads the document, then shows its toolbar, the segment grid and the side panels. */
export function Editor({ projectId, documentId, initialIndex }: EditorProps) {
  const { t } = useTranslation('editor');
  const { db } = useServices();
  const notices = useNotices();
  const [loaded, setLoaded] = useState<{ doc: ProjectDocument; author: string }>();

  useEffect(() => {
    let live = true;
    Promise.all([getDocument(db, documentId), getSetting(db, AUTHOR_SETTING, DEFAULT_AUTHOR)])
      .then(([doc, author]) => {
        if (!doc) throw documentMissing(documentId);
        if (live) setLoaded({ doc, author });
      })
      .catch((error) => live && notices.showError(error));
    return () => {
      live = false;
    };
  }, [db, documentId, notices]);

  if (!loaded) return <div className="editor editor-loading">{t('common:loading')}</div>;
  return <LoadedEditor projectId={projectId} doc={loaded.doc} author={loaded.author} initialIndex={initialIndex} />;
}

function LoadedEditor({ projectId, doc, author, initialIndex }: { projectId: string; doc: ProjectDocument; author: string; initialIndex: number }) {
  const { t } = useTranslation('editor');
  const { db } = useServices();
  const notices = useNotices();
  const { fontSize } = usePreferences();
  const controller = useEditorController({
    db,
    projectId,
    documentId: doc.id,
    segmentCount: doc.segmentCount,
    initialIndex,
    author,
    onError: notices.showError,
  });

  const pluginContext = useMemo<EditorPluginContext>(() => ({ projectId, documentId: doc.id, editor: controller }), [projectId, doc.id, controller]);
  // editorPlugins is a module constant, so these hooks run in the same order on every render.
  const markers = editorPlugins.map((plugin) => plugin.useSourceMarks?.(pluginContext));
  const marker = useMemo(() => combineMarkers(markers), markers); // eslint-disable-line react-hooks/exhaustive-deps
  const context = useMemo(() => ({ controller, marker }), [controller, marker]);
  const panels = editorPlugins.filter((p) => p.SidePanel);
  const [sideOpen, toggleSide] = useSidePanelOpen();
  const sideId = `editor-side-${doc.id}`;

  useEffect(() => {
    document.title = `${doc.name} — ${t('common:appName')}`;
    return () => {
      document.title = t('common:appName');
    };
  }, [doc.name, t]);

  // Return to the segment the translator left (or the first one) with the caret in it.
  useEffect(() => {
    controller.focusSegment(controller.active.get(), 'center');
  }, [controller]);

  return (
    <EditorContext.Provider value={context}>
      <div className="editor" style={{ ['--editor-font-size' as string]: `${fontSize}px` }}>
        <div className="editor-toolbar">
          <h2 className="editor-title" title={doc.name}>
            {doc.name}
          </h2>
          <ProgressSummary documentId={doc.id} />
          <ExportMenu documentId={doc.id} beforeExport={() => controller.flush()} />
          <ImportReviewButton documentId={doc.id} editor={controller} />
          {panels.length > 0 && (
            <button
              type="button"
              className="side-panel-toggle"
              aria-expanded={sideOpen}
              aria-controls={sideId}
              title={t(sideOpen ? 'sidePanelHide' : 'sidePanelShow')}
              onClick={toggleSide}
            >
              {t('sidePanel')}
            </button>
          )}
        </div>
        <SegmentCommands projectId={projectId} documentId={doc.id} documentName={doc.name} author={author} editor={controller} />
        <div className={panels.length && sideOpen ? 'editor-body with-side-panel' : 'editor-body'}>
          <SegmentGrid documentName={doc.name} fontSize={fontSize} />
          {panels.length > 0 && (
            // Hidden, not unmounted: the panels' keyboard shortcuts keep working.
            <aside id={sideId} className="editor-side" aria-label={t('sidePanel')} hidden={!sideOpen}>
              {panels.map(({ id, SidePanel }) => SidePanel && <SidePanel key={id} context={pluginContext} />)}
            </aside>
          )}
        </div>
        <p className="editor-shortcuts">{t('shortcuts')}</p>
      </div>
    </EditorContext.Provider>
  );
}

function combineMarkers(markers: (SourceMarker | undefined)[]): SourceMarker | undefined {
  const active = markers.filter((m): m is SourceMarker => m !== undefined);
  if (active.length === 0) return undefined;
  if (active.length === 1) return active[0];
  return (segment) => {
    const all: SourceMark[] = [];
    for (const marker of active) all.push(...marker(segment));
    return all;
  };
}
