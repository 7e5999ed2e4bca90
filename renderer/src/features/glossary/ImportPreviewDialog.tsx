import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryPack, TermDraft } from '../../../../core/model';
import type { ImportPreview, MergeDecision, MergeStatus, PreviewEntry } from '../../../../glossary/merge';
import type { GlossaryFileInfo, ImportDecisions, PreviewView } from '../../workers/glossaryProtocol';
import { packLabel } from './packLabel';
import { entriesByStatus, setAll, toImportDecisions } from './importDecisions';
import { useModalDialog } from '../../app/useModalDialog';

/** Entries listed per section before "Show more". */
const PAGE = 50;
/** Sections in the order the user meets them: what needs a decision first. */
const SECTIONS: readonly MergeStatus[] = ['conflict', 'changed', 'removed', 'new', 'identical'];
const NEW_PACK = '';

export interface ImportPreviewDialogProps {
  info: GlossaryFileInfo;
  packs: readonly GlossaryPack[];
  /** Target pack id; undefined = a new pack. */
  target: string | undefined;
  /** undefined while the comparison runs. */
  preview: PreviewView | undefined;
  busy: boolean;
  newPackName: string;
  onNewPackName(name: string): void;
  onTarget(packId: string | undefined): void;
  onApply(decisions: ImportDecisions): void;
  onCancel(): void;
}

/**
 * What importing a glossary file would do, before anything is stored: counts and lists of new,
 * identical, changed and conflicting entries (and, for a newer version of a pack, the entries it
 * dropped). Each conflict is decided (keep mine, take theirs, keep both), one by one or for all
 * at once. Modal; focus starts on Cancel; Escape cancels.
 */
export function ImportPreviewDialog(props: ImportPreviewDialogProps) {
  const { info, packs, target, preview, busy, onTarget, onApply, onCancel } = props;
  const { t, i18n } = useTranslation('glossary');
  const { dialogRef, cancelRef } = useModalDialog();
  const titleId = useId();
  const summaryId = useId();
  const targetId = useId();
  const nameId = useId();
  const [decisions, setDecisions] = useState<Map<number, MergeDecision>>(new Map());
  // "For all" choices, which also cover the entries a large preview does not list.
  const [forAll, setForAll] = useState<Partial<Record<MergeStatus, MergeDecision>>>({});
  const number = new Intl.NumberFormat(i18n.language);
  const groups = useMemo(() => (preview ? entriesByStatus(preview) : undefined), [preview]);
  const targetPack = packs.find((p) => p.id === target);

  // A new comparison (another target) starts with the defaults again.
  useEffect(() => {
    setDecisions(new Map());
    setForAll({});
  }, [preview]);

  const decide = (key: number, decision: MergeDecision) => setDecisions((current) => new Map(current).set(key, decision));
  const decideAll = (status: MergeStatus, entries: readonly PreviewEntry[], decision: MergeDecision) => {
    setDecisions((current) => setAll(current, entries, decision));
    setForAll((current) => ({ ...current, [status]: decision }));
  };
  const nothing = !!preview && preview.counts.new + preview.counts.changed + preview.counts.conflict + preview.counts.removed === 0;

  return (
    <dialog
      ref={dialogRef}
      className="dialog glossary-import-dialog"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {t('import.title', { file: info.fileName })}
      </h2>
      <div id={summaryId} className="glossary-import-summary">
        <p>
          {t('import.read', { count: info.termCount, formatted: number.format(info.termCount), format: t(`format.${info.format}`) })}
          {info.manifest && ` ${t('import.manifest', { name: info.manifest.name, version: info.manifest.version, author: info.manifest.author || '—', licence: info.manifest.licence })}`}
        </p>
        {preview && <p>{kindText(t, preview, targetPack ? packLabel(t, targetPack) : props.newPackName)}</p>}
      </div>
      <div className="glossary-import-target">
        <label htmlFor={targetId}>{t('import.target')}</label>
        <select id={targetId} value={target ?? NEW_PACK} disabled={busy} onChange={(e) => onTarget(e.target.value === NEW_PACK ? undefined : e.target.value)}>
          <option value={NEW_PACK}>{t('import.newPack')}</option>
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {packLabel(t, p)}
            </option>
          ))}
        </select>
        {target === undefined && (
          <>
            <label htmlFor={nameId}>{t('import.newPackName')}</label>
            <input id={nameId} type="text" value={props.newPackName} disabled={busy} onChange={(e) => props.onNewPackName(e.target.value)} />
          </>
        )}
      </div>
      {!preview || !groups ? (
        <p className="muted" role="status">
          {t('import.comparing')}
        </p>
      ) : (
        <>
          <ul className="glossary-import-counts" aria-label={t('import.countsLabel')}>
            {SECTIONS.map((status) =>
              status === 'removed' && preview.kind !== 'update' ? null : (
                <li key={status}>{t(`import.count.${status}`, { count: preview.counts[status], formatted: number.format(preview.counts[status]) })}</li>
              ),
            )}
            {preview.duplicatesInFile > 0 && <li>{t('import.duplicates', { count: preview.duplicatesInFile, formatted: number.format(preview.duplicatesInFile) })}</li>}
          </ul>
          <div className="glossary-import-sections">
            {SECTIONS.map((status) => {
              const entries = groups[status];
              if (!entries.length) return null;
              return (
                <Section
                  key={status}
                  status={status}
                  total={preview.counts[status]}
                  entries={entries}
                  decisions={decisions}
                  disabled={busy}
                  onDecide={decide}
                  onDecideAll={(decision) => decideAll(status, entries, decision)}
                />
              );
            })}
          </div>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" ref={cancelRef} disabled={busy} onClick={onCancel}>
          {t('common:cancel')}
        </button>
        <button type="button" className="button-primary" disabled={busy || !preview || nothing} onClick={() => onApply(toImportDecisions(decisions, forAll))}>
          {busy && preview ? t('import.applying') : t('import.apply')}
        </button>
      </div>
    </dialog>
  );
}

function Section({
  status,
  total,
  entries,
  decisions,
  disabled,
  onDecide,
  onDecideAll,
}: {
  status: MergeStatus;
  /** Entries of this status in the whole preview (more than `entries` for a large file). */
  total: number;
  entries: readonly PreviewEntry[];
  decisions: ReadonlyMap<number, MergeDecision>;
  disabled: boolean;
  onDecide(key: number, decision: MergeDecision): void;
  onDecideAll(decision: MergeDecision): void;
}) {
  const { t, i18n } = useTranslation('glossary');
  const [shown, setShown] = useState(PAGE);
  const headingId = useId();
  const number = new Intl.NumberFormat(i18n.language);
  const choices = entries[0]!.choices;
  const decidable = choices.length > 1 && (status === 'conflict' || status === 'changed' || status === 'removed');
  return (
    <section className={`glossary-import-section glossary-import-${status}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="glossary-section-title">
        {t(`import.section.${status}`, { count: total, formatted: number.format(total) })}
      </h3>
      {decidable && (
        <div className="glossary-import-all" role="group" aria-label={t(`import.allLabel.${status}`)}>
          {choices.map((choice) => (
            <button key={choice} type="button" className="button-small" disabled={disabled} onClick={() => onDecideAll(choice)}>
              {t(`import.all.${choice}`)}
            </button>
          ))}
        </div>
      )}
      <ul className="glossary-import-list">
        {entries.slice(0, shown).map((entry) =>
          decidable ? (
            <DecidedEntry key={entry.key} entry={entry} decision={decisions.get(entry.key) ?? entry.defaultDecision} disabled={disabled} onDecide={onDecide} />
          ) : (
            <li key={entry.key} className="glossary-import-entry">
              <TermLine term={(entry.incoming ?? entry.local)!} />
            </li>
          ),
        )}
      </ul>
      {entries.length > shown && (
        <button type="button" className="button-small button-quiet" onClick={() => setShown((n) => n + PAGE)}>
          {t('import.more', { count: entries.length - shown, formatted: number.format(entries.length - shown) })}
        </button>
      )}
      {entries.length <= shown && total > entries.length && (
        <p className="muted glossary-hint">{t(decidable ? 'import.unlistedDecided' : 'import.unlisted', { count: total - entries.length, formatted: number.format(total - entries.length) })}</p>
      )}
    </section>
  );
}

function DecidedEntry({ entry, decision, disabled, onDecide }: { entry: PreviewEntry; decision: MergeDecision; disabled: boolean; onDecide(key: number, decision: MergeDecision): void }) {
  const { t } = useTranslation('glossary');
  const name = useId();
  const source = (entry.local ?? entry.incoming)!.source;
  return (
    <li className="glossary-import-entry">
      <fieldset className="glossary-import-choice">
        <legend lang="id">{source}</legend>
        {entry.local && (
          <p className="glossary-import-side">
            <span className="glossary-import-who">{t('import.mine')}</span> <TermLine term={entry.local} />
          </p>
        )}
        {entry.incoming && (
          <p className="glossary-import-side">
            <span className="glossary-import-who">{t('import.theirs')}</span> <TermLine term={entry.incoming} />
          </p>
        )}
        {entry.differences.length > 0 && entry.status === 'changed' && (
          <p className="muted glossary-import-diff">{t('import.differences', { fields: entry.differences.map((f) => t(`field.${f}`)).join(', ') })}</p>
        )}
        <div className="glossary-import-radios">
          {entry.choices.map((choice) => (
            <label key={choice}>
              <input type="radio" name={name} value={choice} checked={decision === choice} disabled={disabled} onChange={() => onDecide(entry.key, choice)} /> {t(`import.choice.${choice}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </li>
  );
}

function TermLine({ term }: { term: TermDraft }) {
  const { t } = useTranslation('glossary');
  const details = [term.pos ? t(`pos.${term.pos}`) : '', term.forbidden ? t('panel.forbidden') : '', term.note ?? ''].filter(Boolean).join(' · ');
  return (
    <span className="glossary-import-term">
      <span lang="id">{term.source}</span>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> {t('panel.means')} </span>
      <strong lang="en">{term.target}</strong>
      {details && <span className="muted"> ({details})</span>}
    </span>
  );
}

function kindText(t: (key: string, options?: Record<string, unknown>) => string, preview: ImportPreview, target: string): string {
  const version = preview.manifest?.version ?? '';
  const current = preview.pack?.version ?? '';
  return t(`import.kind.${preview.kind}`, { pack: target, version, current });
}
