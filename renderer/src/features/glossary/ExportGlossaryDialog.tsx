import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryPack } from '../../../../core/model';
import type { GlossaryFormat } from '../../../../glossary/formats/index';
import type { PackDetails } from '../../db/glossary';
import { EXPORT_FORMATS } from './glossaryFiles';
import { packLabel } from './packLabel';
import { useModalDialog } from '../../app/useModalDialog';

const ALL_ENABLED = '';

export interface ExportChoice {
  packIds: string[];
  format: GlossaryFormat;
  /** The file's title (TBX title, pack name) and file name stem. */
  name: string;
  /** For a Padanan pack: what its manifest says (name, version, author, licence). */
  details?: PackDetails;
  /** The one pack exported, whose details are remembered for its next export. */
  packId?: string;
}

/**
 * "Export glossary": which pack (or all enabled packs together) in which format — TBX
 * (TBX-Basic), TSV (OmegaT), CSV or a Padanan pack, whose manifest details (name, version,
 * author, licence) are filled in here. Modal; Enter exports, Escape cancels.
 */
export function ExportGlossaryDialog({ packs, projectName, busy, onExport, onCancel }: { packs: readonly GlossaryPack[]; projectName: string; busy: boolean; onExport(choice: ExportChoice): void; onCancel(): void }) {
  const { t } = useTranslation('glossary');
  const firstRef = useRef<HTMLSelectElement>(null);
  const { dialogRef } = useModalDialog(firstRef);
  const titleId = useId();
  const ids = { pack: useId(), name: useId(), version: useId(), author: useId(), licence: useId() };
  const [which, setWhich] = useState(ALL_ENABLED);
  const [format, setFormat] = useState<GlossaryFormat>('tbx');
  const enabled = packs.filter((p) => p.enabled);
  const pack = packs.find((p) => p.id === which);
  const defaultName = pack ? packLabel(t, pack) : t('export.allName', { project: projectName });
  const [details, setDetails] = useState<PackDetails>(() => detailsOf(undefined, defaultName));

  // Another pack: its own details.
  useEffect(() => setDetails(detailsOf(pack, defaultName)), [which]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = pack ? [pack] : enabled;
    if (!chosen.length || busy) return;
    const choice: ExportChoice = { packIds: chosen.map((p) => p.id), format, name: format === 'pack' ? details.name.trim() || defaultName : defaultName };
    if (format === 'pack') choice.details = details;
    if (pack) choice.packId = pack.id;
    onExport(choice);
  };

  const set = (field: keyof PackDetails, value: string) => setDetails((current) => ({ ...current, [field]: value }));

  return (
    <dialog
      ref={dialogRef}
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
          <label htmlFor={ids.pack}>{t('export.packs')}</label>
          <select id={ids.pack} ref={firstRef} value={which} onChange={(e) => setWhich(e.target.value)}>
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
        {format === 'pack' && (
          <fieldset className="glossary-export-details">
            <legend>{t('export.details')}</legend>
            <div className="glossary-form-grid">
              <label htmlFor={ids.name}>{t('export.name')}</label>
              <input id={ids.name} type="text" value={details.name} onChange={(e) => set('name', e.target.value)} />
              <label htmlFor={ids.version}>{t('export.version')}</label>
              <input id={ids.version} type="text" value={details.version} onChange={(e) => set('version', e.target.value)} />
              <label htmlFor={ids.author}>{t('export.author')}</label>
              <input id={ids.author} type="text" value={details.author} onChange={(e) => set('author', e.target.value)} />
              <label htmlFor={ids.licence}>{t('export.licence')}</label>
              <input id={ids.licence} type="text" placeholder="CC-BY-4.0" value={details.licence} onChange={(e) => set('licence', e.target.value)} />
            </div>
            <p className="muted glossary-hint">{t('export.versionHint')}</p>
          </fieldset>
        )}
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

function detailsOf(pack: GlossaryPack | undefined, name: string): PackDetails {
  return { name, version: pack?.version || '1.0.0', author: pack?.author ?? '', licence: pack?.licence ?? '' };
}
