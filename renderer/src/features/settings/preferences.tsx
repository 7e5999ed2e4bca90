import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setSetting } from '../../db/settings';
import { useServices } from '../../app/services';
import { useNotices } from '../../app/notices';
import { UI_LANGUAGE_SETTING, UI_LANGUAGE_STORAGE_KEY, type UiLanguage } from '../../i18n/languages';
import { FONT_SIZE_SETTING, FONT_SIZE_STORAGE_KEY, normalizeFontSize } from './fontSize';

/**
 * The user's interface preferences. Each is stored in Dexie (the source of truth, backed up
 * with the profile) and mirrored in localStorage, which is read synchronously before the first
 * paint so that the app never flashes in the wrong language or size.
 */
export interface Preferences {
  fontSize: number;
  setFontSize(size: number): void;
  language: UiLanguage;
  setLanguage(language: UiLanguage): void;
}

const PreferencesContext = createContext<Preferences | null>(null);

export function PreferencesProvider({ initialFontSize, children }: { initialFontSize: number; children: ReactNode }) {
  const { db } = useServices();
  const { i18n } = useTranslation();
  const notices = useNotices();
  const [fontSize, setFontSizeState] = useState(() => normalizeFontSize(initialFontSize));
  const [language, setLanguageState] = useState<UiLanguage>(i18n.language as UiLanguage);

  const setFontSize = useCallback(
    (size: number) => {
      const normalized = normalizeFontSize(size);
      setFontSizeState(normalized);
      writeMirror(FONT_SIZE_STORAGE_KEY, String(normalized));
      setSetting(db, FONT_SIZE_SETTING, normalized).catch(notices.showError);
    },
    [db, notices],
  );

  const setLanguage = useCallback(
    (next: UiLanguage) => {
      setLanguageState(next);
      void i18n.changeLanguage(next);
      document.documentElement.lang = next;
      writeMirror(UI_LANGUAGE_STORAGE_KEY, next);
      setSetting(db, UI_LANGUAGE_SETTING, next).catch(notices.showError);
    },
    [db, i18n, notices],
  );

  const value = useMemo(() => ({ fontSize, setFontSize, language, setLanguage }), [fontSize, setFontSize, language, setLanguage]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error('usePreferences() outside <PreferencesProvider>');
  return preferences;
}

/** localStorage can be disabled or full; the Dexie copy still holds the choice. */
export function writeMirror(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* the mirror is only an optimisation */
  }
}

export function readMirror(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
