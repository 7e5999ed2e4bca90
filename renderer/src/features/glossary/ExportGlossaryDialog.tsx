import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryPack } from '../../../../core/model';
import type { GlossaryFormat } from '../../../../glossary/formats/index';
import { EXPORT_FORMATS } from './glossaryFiles';
import { packLabel } from './packLabel';

const ALL_ENABLED = '';

export interface ExportChoice {
  packIds: string[];
  format: GlossaryFormat;
  /** The file's title (TBX title, pack name) and file name stem. */
  name: string;
}

/**
 * "Export glossary": which pack (or all enabled packs together) in which format — TBX
 * (TBX-Basic), TSV (OmegaT), CSV or a Padanan pack. Modal; Enter exports, Escape cancels.
 */
export function ExportGlossaryDialog({ packs, projectName, busy, onExport, onCancel }: { packs: readonly GlossaryPack[]; projectName: string; busy: boolean; onExport(choice: ExportChoice): void; onCancel(): void }) {
  const { t } = useTranslation('glossary');
  const ref = useRef<HTMLDialogElement>(null);
  const firstRef = useRef<HTMLSelectElement>(null);
  const titleId = useId();
  const packId = useId();
  const [which, setWhich] = useState(ALL_ENABLED);
  const [format, setFormat] = useState<GlossaryFormat>('tbx');
  const enabled = packs.filter((p) => p.enabled);

  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    firstRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const pack = packs.find((p) => p.id === which);
    const chosen = pack ? [pack] : enabled;
    if (!chosen.length || busy) return;
    onExport({ packIds: chosen.map((p) => p.id), format, name: pack ? packLabel(t, pack) : t('export.allName', { project: projectName }) });
  };

  return (
    <dialog
      ref={ref}
      className="dialog glossary-export-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId} className="dialog-title">
          {t('export.title')}
        </h2>
        <div className="glossary-form-grid">
          <label htmlFor={packId}>{t('export.packs')}</label>
          <select id={packId} ref={firstRef} value={which} onChange={(e) => setWhich(e.target.value)}>
            <option value={ALL_ENABLED}>{t('export.allEnabled', { count: enabled.length })}</option>
            {packs.map((p) => (
              <option key={p.id} value={p.id}>
                {packLabel(t, p)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="glossary-export-formats">
          <legend>{t('export.format')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f}>
              <input type="radio" name="glossary-export-format" value={f} checked={format === f} onChange={() => setFormat(f)} /> {t(`format.${f}`)}
            </label>
          ))}
        </fieldset>
        {which === ALL_ENABLED && enabled.length === 0 && <p className="muted">{t('export.noneEnabled')}</p>}
        <div className="dialog-actions">
          <button type="button" disabled={busy} onClick={onCancel}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={busy || (which === ALL_ENABLED && enabled.length === 0)}>
            {t('export.button')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
