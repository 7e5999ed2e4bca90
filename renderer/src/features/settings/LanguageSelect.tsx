import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, isUiLanguage } from '../../i18n/languages';
import { usePreferences } from './preferences';

/** The "Interface language" combobox; language names are shown in their own language. */
export function LanguageSelect() {
  const { t } = useTranslation('settings');
  const { language, setLanguage } = usePreferences();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
      <select
        id={id}
        title={t('language.label')}
        value={language}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
