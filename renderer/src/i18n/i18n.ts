import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';
import { DEFAULT_UI_LANGUAGE, UI_LANGUAGES, type UiLanguage } from './languages';

export const NAMESPACES = ['common', 'projects', 'editor', 'export', 'settings', 'errors'] as const;

/** A ready i18next instance (resources are bundled, so initialisation is synchronous). */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_UI_LANGUAGE,
    supportedLngs: UI_LANGUAGES.map((l) => l.code),
    ns: Object.keys(resources[DEFAULT_UI_LANGUAGE] ?? {}),
    defaultNS: 'common',
    // React escapes text itself.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
