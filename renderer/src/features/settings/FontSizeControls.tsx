import { useTranslation } from 'react-i18next';
import { canStep, stepFontSize } from './fontSize';
import { usePreferences } from './preferences';

/** Smaller/larger buttons for the editor text, with the current size between them. */
export function FontSizeControls() {
  const { t } = useTranslation('settings');
  const { fontSize, setFontSize } = usePreferences();
  return (
    <div className="font-size-controls" role="group" aria-label={t('font.group')}>
      <button
        type="button"
        className="button-icon"
        aria-label={t('font.smaller')}
        title={t('font.smaller')}
        disabled={!canStep(fontSize, -1)}
        onClick={() => setFontSize(stepFontSize(fontSize, -1))}
      >
        <span aria-hidden="true" className="font-glyph-small">
          A
        </span>
      </button>
      <span className="font-size-value" aria-live="polite">
        {t('font.size', { size: fontSize })}
      </span>
      <button
        type="button"
        className="button-icon"
        aria-label={t('font.larger')}
        title={t('font.larger')}
        disabled={!canStep(fontSize, 1)}
        onClick={() => setFontSize(stepFontSize(fontSize, 1))}
      >
        <span aria-hidden="true" className="font-glyph-large">
          A
        </span>
      </button>
    </div>
  );
}
