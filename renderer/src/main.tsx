import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { openPadananDb } from './db/database';
import { getDocument } from './db/documents';
import { listProjects } from './db/projects';
import { getSetting, loadPosition } from './db/settings';
import { readSegmentWindow, saveTarget, setSegmentStatus } from './db/segments';
import { createPlatform } from './platform/index';
import { createI18n } from './i18n/i18n';
import { UI_LANGUAGE_SETTING, UI_LANGUAGE_STORAGE_KEY, initialUiLanguage, isUiLanguage } from './i18n/languages';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { CommandProvider } from './app/commands';
import { NoticesProvider } from './app/notices';
import { ServicesProvider } from './app/services';
import { startLocation } from './app/startup';
import { POSITION_STORAGE_KEY, readPositionMirror } from './app/positionMirror';
import { EditJournal, replayEditJournal } from './features/editor/editJournal';
import { safeLocalStorage } from './features/editor/useEditorController';
import { PreferencesProvider, readMirror, writeMirror } from './features/settings/preferences';
import { FONT_SIZE_SETTING, FONT_SIZE_STORAGE_KEY, normalizeFontSize } from './features/settings/fontSize';
import type { Location } from './app/navigation';
import './app/styles.css';

/**
 * Composition root: picks the platform adapter, starts i18n in the remembered language (read
 * synchronously from the localStorage mirror), opens the database, finds where the translator
 * left off, then renders.
 */
async function start(): Promise<void> {
  const platform = createPlatform();
  const language = initialUiLanguage(readMirror(UI_LANGUAGE_STORAGE_KEY), navigator.languages);
  const i18n = createI18n(language);
  document.documentElement.lang = language;
  const root = createRoot(document.getElementById('root')!);
  const db = openPadananDb();

  let initialLocation: Location = {};
  let fontSize = normalizeFontSize(readMirror(FONT_SIZE_STORAGE_KEY));
  try {
    // Edits whose write was cut short by the last exit go in before anything reads segments.
    await replayEditJournal(new EditJournal(safeLocalStorage()), {
      read: async (documentId, index) => (await readSegmentWindow(db, documentId, index, 1))[0],
      saveTarget: (documentId, index, target) => saveTarget(db, documentId, index, target),
      setStatus: (documentId, index, status, author) => setSegmentStatus(db, documentId, index, status, author),
    });
    // Dexie is the source of truth; the mirror may be missing (cleared, or a new profile).
    const [storedLanguage, storedFontSize, position] = await Promise.all([
      getSetting<unknown>(db, UI_LANGUAGE_SETTING, undefined),
      getSetting<unknown>(db, FONT_SIZE_SETTING, undefined),
      loadPosition(db),
    ]);
    if (isUiLanguage(storedLanguage) && storedLanguage !== i18n.language) {
      await i18n.changeLanguage(storedLanguage);
      document.documentElement.lang = storedLanguage;
      writeMirror(UI_LANGUAGE_STORAGE_KEY, storedLanguage);
    }
    if (storedFontSize !== undefined) {
      fontSize = normalizeFontSize(storedFontSize);
      writeMirror(FONT_SIZE_STORAGE_KEY, String(fontSize));
    }
    // The localStorage mirror is written synchronously, so it is never older than Dexie's copy.
    const mirrored = readPositionMirror(readMirror(POSITION_STORAGE_KEY));
    initialLocation = await startLocation(mirrored ?? position, {
      projectExists: async (id) => (await listProjects(db)).some((p) => p.id === id),
      documentExists: async (projectId, documentId) => (await getDocument(db, documentId))?.projectId === projectId,
    });
  } catch (error) {
    // The app still opens (on the projects list); the failure shows in the notice bar on first use.
    console.error('Padanan could not restore the last session', error);
  }

  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <ServicesProvider services={{ db, platform }}>
            <CommandProvider platform={platform}>
              <NoticesProvider>
                <PreferencesProvider initialFontSize={fontSize}>
                  <App initialLocation={initialLocation} />
                </PreferencesProvider>
              </NoticesProvider>
            </CommandProvider>
          </ServicesProvider>
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
