/** Interface languages. Each is named in its own language, so the names are not translated. */
export const UI_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'id', name: 'Bahasa Indonesia' },
] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];

export const DEFAULT_UI_LANGUAGE: UiLanguage = 'en';

/** Dexie settings key; the value is mirrored in localStorage so that the first paint is already right. */
export const UI_LANGUAGE_SETTING = 'uiLanguage';
export const UI_LANGUAGE_STORAGE_KEY = 'padanan.uiLanguage';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return UI_LANGUAGES.some((l) => l.code === value);
}

/** The language to start with: the mirrored choice, else the system language when we have it, else English. */
export function initialUiLanguage(stored: string | null | undefined, systemLanguages: readonly string[] = []): UiLanguage {
  if (isUiLanguage(stored)) return stored;
  for (const tag of systemLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'in') return 'id'; // legacy Java/Android tag for Indonesian
    if (isUiLanguage(base)) return base;
  }
  return DEFAULT_UI_LANGUAGE;
}
