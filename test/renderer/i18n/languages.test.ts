import { describe, expect, it } from 'vitest';
import { initialUiLanguage, isUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n/languages';
import { createI18n } from '../../../renderer/src/i18n/i18n';

describe('interface languages', () => {
  it('names each language in its own language', () => {
    expect(UI_LANGUAGES.map((l) => l.name)).toEqual(['English', 'Bahasa Indonesia']);
  });

  it('starts with the remembered language, else the system language, else English', () => {
    expect(initialUiLanguage('id', ['en-US'])).toBe('id');
    expect(initialUiLanguage(null, ['id-ID', 'en'])).toBe('id');
    expect(initialUiLanguage(null, ['in-ID'])).toBe('id');
    expect(initialUiLanguage('xx', ['fr-FR', 'en-GB'])).toBe('en');
    expect(initialUiLanguage(undefined, ['fr'])).toBe('en');
    expect(isUiLanguage('id')).toBe(true);
    expect(isUiLanguage('fr')).toBe(false);
  });

  it('switches at run time and uses Indonesian plurals (one form)', async () => {
    const i18n = createI18n('en');
    expect(i18n.t('editor:segment.translation', { n: 3 })).toBe('Translation of segment 3');
    expect(i18n.t('projects:import.done', { file: 'a.txt', count: 1 })).toBe('Imported a.txt: 1 segment.');
    await i18n.changeLanguage('id');
    expect(i18n.t('editor:segment.translation', { n: 3 })).toBe('Terjemahan segmen 3');
    expect(i18n.t('projects:import.done', { file: 'a.txt', count: 1 })).toBe('a.txt telah diimpor: 1 segmen.');
    expect(i18n.t('projects:import.done', { file: 'a.txt', count: 5 })).toBe('a.txt telah diimpor: 5 segmen.');
  });
});
