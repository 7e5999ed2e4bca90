import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTS_OF_SPEECH, type PartOfSpeech, type TermDraft, type TermMatchMode } from '../../../../core/model';
import { translateError } from '../../i18n/translateError';
import { useModalDialog } from '../../app/useModalDialog';

export interface TermDialogProps {
  /** Dialog title, e.g. "Add a glossary term" or "Edit “Korut”". */
  title: string;
  initial: TermDraft;
  /** Where the term goes, shown under the title (e.g. "Project glossary"). */
  packName?: string;
  /** Stores the term; a rejection is shown in the dialog, which stays open. */
  onSave(term: TermDraft): Promise<void>;
  onCancel(): void;
}

/** A blank entry: inflected matching, not forbidden, case-insensitive. */
export function blankTerm(source = '', target = ''): TermDraft {
  return { source, target, forbidden: false, caseSensitive: false, matchMode: 'inflected' };
}

/**
 * A glossary entry's fields in a modal form. Enter saves (from any text field); Escape cancels.
 * Focus starts in the first empty one of source and target, else in the target, so that a term
 * prefilled from a selection is saved with one more key.
 */
export function TermDialog({ title, initial, packName, onSave, onCancel }: TermDialogProps) {
  const { t } = useTranslation('glossary');
  const sourceRef = useRef<HTMLInputElement>(null);
  const targetRef = useRef<HTMLInputElement>(null);
  // The Indonesian term first, unless it came from a selection: then the English.
  const { dialogRef } = useModalDialog(() => (initial.source.trim() ? targetRef.current : sourceRef.current), { select: true });
  const [term, setTerm] = useState<TermDraft>(initial);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const ids = { source: useId(), target: useId(), pos: useId(), note: useId(), definition: useId(), domain: useId(), mode: useId(), error: useId() };

  const set = <K extends keyof TermDraft>(field: K, value: TermDraft[K]) => setTerm((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!term.source.trim()) {
      setError(t('term.sourceRequired'));
      sourceRef.current?.focus();
      return;
    }
    if (!term.target.trim()) {
      setError(t('term.targetRequired'));
      targetRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSave(term);
    } catch (failure) {
      setError(translateError(t, failure));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog glossary-term-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {packName && <p className="muted glossary-term-pack">{t('term.inPack', { pack: packName })}</p>}
        <div className="glossary-form-grid">
          <label htmlFor={ids.source}>{t('term.source')}</label>
          <input
            id={ids.source}
            ref={sourceRef}
            type="text"
            lang="id"
            required
            autoComplete="off"
            value={term.source}
            aria-describedby={error ? ids.error : undefined}
            onChange={(e) => set('source', e.target.value)}
          />
          <label htmlFor={ids.target}>{t('term.target')}</label>
          <input
            id={ids.target}
            ref={targetRef}
            type="text"
            lang="en"
            required
            autoComplete="off"
            value={term.target}
            aria-describedby={error ? ids.error : undefined}
            onChange={(e) => set('target', e.target.value)}
          />
          <label htmlFor={ids.pos}>{t('term.pos')}</label>
          <select id={ids.pos} value={term.pos ?? ''} onChange={(e) => set('pos', (e.target.value || undefined) as PartOfSpeech | undefined)}>
            <option value="">{t('pos.none')}</option>
            {PARTS_OF_SPEECH.map((pos) => (
              <option key={pos} value={pos}>
                {t(`pos.${pos}`)}
              </option>
            ))}
          </select>
          <label htmlFor={ids.note}>{t('term.note')}</label>
          <input id={ids.note} type="text" autoComplete="off" value={term.note ?? ''} onChange={(e) => set('note', e.target.value)} />
          <label htmlFor={ids.definition}>{t('term.definition')}</label>
          <input id={ids.definition} type="text" autoComplete="off" value={term.definition ?? ''} onChange={(e) => set('definition', e.target.value)} />
          <label htmlFor={ids.domain}>{t('term.domain')}</label>
          <input id={ids.domain} type="text" autoComplete="off" value={term.domain ?? ''} onChange={(e) => set('domain', e.target.value)} />
          <label htmlFor={ids.mode}>{t('term.matchMode')}</label>
          <select id={ids.mode} value={term.matchMode} onChange={(e) => set('matchMode', e.target.value as TermMatchMode)}>
            <option value="inflected">{t('matchMode.inflected')}</option>
            <option value="exact">{t('matchMode.exact')}</option>
          </select>
        </div>
        <div className="glossary-form-checks">
          <label>
            <input type="checkbox" checked={term.forbidden} onChange={(e) => set('forbidden', e.target.checked)} /> {t('term.forbidden')}
          </label>
          <label>
            <input type="checkbox" checked={term.caseSensitive} onChange={(e) => set('caseSensitive', e.target.checked)} /> {t('term.caseSensitive')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={!!term.matchLexicalised}
              disabled={term.matchMode === 'exact'}
              onChange={(e) => set('matchLexicalised', e.target.checked || undefined)}
            />{' '}
            {t('term.matchLexicalised')}
          </label>
        </div>
        {error && (
          <p id={ids.error} className="glossary-form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" disabled={busy} onClick={onCancel}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={busy}>
            {t('term.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
