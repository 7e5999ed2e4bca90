import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { GlossaryPack, Term, TermDraft } from '../../../../core/model';
import {
  addTerm,
  attachStarterPack,
  countPackTerms,
  deletePack,
  deleteTerm,
  hasStarterPack,
  listPacks,
  movePack,
  setPackEnabled,
  stripTerm,
  updateTerm,
} from '../../db/glossary';
import { useServices } from '../../app/services';
import { useNotices } from '../../app/notices';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { GlossaryWorkerClient } from '../../workers/glossaryWorker';
import { useTermPages } from './useTermPages';
import { TermDialog, blankTerm } from './TermDialog';
import { packLabel } from './packLabel';
import './glossary.css';
import { useModalDialog } from '../../app/useModalDialog';

const ROW_HEIGHT = 44;

/**
 * The project's glossary: its packs (enabled or not, in priority order, deletable) and a
 * searchable, virtualised list of one pack's terms with add, edit and delete. Modal; Escape or
 * "Close" closes it. Every change is stored at once.
 */
export function GlossaryManager({ projectId, onClose }: { projectId: string; onClose(): void }) {
  const { t } = useTranslation('glossary');
  const { db } = useServices();
  const { dialogRef, cancelRef: closeRef } = useModalDialog();
  const titleId = useId();
  const data = useLiveQuery(async () => {
    const packs = await listPacks(db, projectId);
    const counts = await countPackTerms(db, packs.map((p) => p.id));
    return { packs, counts, starter: await hasStarterPack(db, projectId) };
  }, [db, projectId]);
  const [selected, setSelected] = useState<string>();
  // Browsing a pack pages through it in a worker, alive while the manager is open.
  const [client, setClient] = useState<GlossaryWorkerClient>();
  useEffect(() => {
    const created = new GlossaryWorkerClient();
    setClient(created);
    return () => created.dispose();
  }, []);
  const packs = data?.packs;
  const current = packs?.find((p) => p.id === selected) ?? packs?.[0];

  return (
    <dialog
      ref={dialogRef}
      className="dialog glossary-manager"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="glossary-manager-head">
        <h2 id={titleId} className="dialog-title">
          {t('manager.title')}
        </h2>
        <button type="button" ref={closeRef} onClick={onClose}>
          {t('manager.close')}
        </button>
      </div>
      {!data || !packs ? (
        <p className="muted">{t('common:loading')}</p>
      ) : (
        <>
          <PackList projectId={projectId} packs={packs} counts={data.counts} hasStarter={data.starter} />
          {current ? (
            <TermBrowser
              key={current.id}
              client={client}
              packs={packs}
              pack={current}
              termCount={data.counts[packs.indexOf(current)] ?? 0}
              onSelectPack={setSelected}
              projectId={projectId}
            />
          ) : (
            <p className="muted">{t('manager.noPacks')}</p>
          )}
        </>
      )}
    </dialog>
  );
}

function PackList({ projectId, packs, counts, hasStarter }: { projectId: string; packs: GlossaryPack[]; counts: number[]; hasStarter: boolean }) {
  const { t, i18n } = useTranslation('glossary');
  const { db } = useServices();
  const notices = useNotices();
  const [deleting, setDeleting] = useState<GlossaryPack>();
  // The checkbox follows the click at once; storage (observed live) catches up a moment later.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  useEffect(() => setToggled(new Map()), [packs]);
  const headingId = useId();
  const number = new Intl.NumberFormat(i18n.language);
  const run = (work: Promise<unknown>) => void work.catch(notices.showError);
  const toggle = (pack: GlossaryPack, enabled: boolean) => {
    setToggled((current) => new Map(current).set(pack.id, enabled));
    run(setPackEnabled(db, pack.id, enabled).catch((error: unknown) => {
      setToggled(new Map());
      throw error;
    }));
  };

  return (
    <section className="glossary-packs" aria-labelledby={headingId}>
      <h3 id={headingId} className="glossary-section-title">
        {t('manager.packs')}
      </h3>
      <p className="muted glossary-hint">{t('manager.packsHint')}</p>
      <ol className="glossary-pack-list">
        {packs.map((pack, i) => {
          const name = packLabel(t, pack);
          return (
            <li key={pack.id} className={pack.enabled ? 'glossary-pack' : 'glossary-pack glossary-pack-disabled'}>
              <label className="glossary-pack-name">
                <input type="checkbox" checked={toggled.get(pack.id) ?? pack.enabled} aria-label={t('manager.enable', { name })} onChange={(e) => toggle(pack, e.target.checked)} />
                <span>{name}</span>
              </label>
              <span className="glossary-pack-meta muted">
                {t('manager.packMeta', { version: pack.version, count: counts[i] ?? 0, formatted: number.format(counts[i] ?? 0), priority: i + 1 })}
              </span>
              <span className="glossary-pack-actions">
                <button type="button" className="button-small" disabled={i === 0} aria-label={t('manager.moveUp', { name })} title={t('manager.moveUp', { name })} onClick={() => run(movePack(db, pack.id, -1))}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="button-small"
                  disabled={i === packs.length - 1}
                  aria-label={t('manager.moveDown', { name })}
                  title={t('manager.moveDown', { name })}
                  onClick={() => run(movePack(db, pack.id, 1))}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button type="button" className="button-small button-quiet" aria-label={t('manager.deletePack', { name })} title={t('manager.deletePack', { name })} onClick={() => setDeleting(pack)}>
                  <span aria-hidden="true">×</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {!hasStarter && (
        <button type="button" className="button-small" onClick={() => run(attachStarterPack(db, projectId))}>
          {t('manager.addStarter')}
        </button>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('manager.deletePackTitle', { name: packLabel(t, deleting) })}
          body={t('manager.deletePackBody')}
          confirmLabel={t('manager.delete')}
          danger
          onConfirm={() => {
            const pack = deleting;
            setDeleting(undefined);
            run(deletePack(db, pack.id));
          }}
          onCancel={() => setDeleting(undefined)}
        />
      )}
    </section>
  );
}

function TermBrowser({
  client,
  projectId,
  packs,
  pack,
  termCount,
  onSelectPack,
}: {
  client: GlossaryWorkerClient | undefined;
  /** All terms of the pack (the list shows those matching the search). */
  termCount: number;
  projectId: string;
  packs: GlossaryPack[];
  pack: GlossaryPack;
  onSelectPack(id: string): void;
}) {
  const { t, i18n } = useTranslation('glossary');
  const { db } = useServices();
  const notices = useNotices();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const pages = useTermPages(client, db.name, pack, deferred.trim(), notices.showError);
  const [editing, setEditing] = useState<{ term?: Term; draft: TermDraft }>();
  const [deleting, setDeleting] = useState<Term>();
  const scrollRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const packSelectId = useId();
  const searchId = useId();
  const number = new Intl.NumberFormat(i18n.language);
  const name = packLabel(t, pack);
  const total = pages.total ?? 0;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { want } = pages;
  useEffect(() => want(first, last), [want, first, last]);

  const save = async (draft: TermDraft) => {
    if (editing?.term?.id !== undefined) await updateTerm(db, editing.term.id, draft);
    else await addTerm(db, projectId, draft, pack.id);
    setEditing(undefined);
    notices.showStatus(t('manager.saved', { source: draft.source.trim() }));
  };

  return (
    <section className="glossary-terms" aria-labelledby={headingId}>
      <h3 id={headingId} className="glossary-section-title">
        {t('manager.terms')}
      </h3>
      <div className="glossary-terms-toolbar">
        <label htmlFor={packSelectId}>{t('manager.pack')}</label>
        <select id={packSelectId} value={pack.id} onChange={(e) => onSelectPack(e.target.value)}>
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {packLabel(t, p)}
            </option>
          ))}
        </select>
        <label htmlFor={searchId} className="visually-hidden">
          {t('manager.search')}
        </label>
        <input id={searchId} type="search" placeholder={t('manager.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="button" className="button-small" onClick={() => setEditing({ draft: blankTerm() })}>
          {t('manager.addTerm')}
        </button>
      </div>
      <p className="muted glossary-hint" aria-live="polite">
        {pages.total === undefined
          ? t('common:loading')
          : deferred.trim()
            ? t('manager.found', { count: total, formatted: number.format(total), total: number.format(termCount) })
            : t('manager.count', { count: total, formatted: number.format(total) })}
      </p>
      <div className="glossary-term-scroll" ref={scrollRef}>
        <div role="list" aria-label={t('manager.termList', { name })} className="glossary-term-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const term = pages.get(item.index);
            if (!term) {
              return (
                <div key={`loading-${item.index}`} role="listitem" className="glossary-term-row muted" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
                  {t('common:loading')}
                </div>
              );
            }
            return (
              <div
                key={term.id ?? item.index}
                role="listitem"
                className={term.forbidden ? 'glossary-term-row glossary-entry-forbidden' : 'glossary-term-row'}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                <span className="glossary-term-text">
                  <span lang="id" className="glossary-source">
                    {term.source}
                  </span>
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden"> {t('panel.means')} </span>
                  {term.forbidden ? (
                    <>
                      <strong className="glossary-forbidden-badge">{t('panel.forbidden')}</strong> <del lang="en">{term.target}</del>
                    </>
                  ) : (
                    <span lang="en" className="glossary-target">
                      {term.target}
                    </span>
                  )}
                  <span className="glossary-term-meta muted">
                    {[term.pos ? t(`pos.${term.pos}`) : '', term.matchMode === 'exact' ? t('matchMode.exactShort') : '', term.caseSensitive ? t('term.caseShort') : '', term.note ?? '']
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
                <button type="button" className="button-small" aria-label={t('manager.edit', { source: term.source })} onClick={() => setEditing({ term, draft: stripTerm(term) })}>
                  {t('manager.editShort')}
                </button>
                <button type="button" className="button-small button-quiet" aria-label={t('manager.deleteTerm', { source: term.source })} title={t('manager.deleteTerm', { source: term.source })} onClick={() => setDeleting(term)}>
                  <span aria-hidden="true">×</span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      {editing && (
        <TermDialog
          title={editing.term ? t('manager.editTitle', { source: editing.term.source }) : t('manager.addTitle')}
          packName={name}
          initial={editing.draft}
          onSave={save}
          onCancel={() => setEditing(undefined)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('manager.deleteTermTitle', { source: deleting.source, target: deleting.target })}
          body={t('manager.deleteTermBody', { pack: name })}
          confirmLabel={t('manager.delete')}
          danger
          onConfirm={() => {
            const term = deleting;
            setDeleting(undefined);
            if (term.id !== undefined) {
              deleteTerm(db, term.id).then(() => notices.showStatus(t('manager.deleted', { source: term.source })), notices.showError);
            }
          }}
          onCancel={() => setDeleting(undefined)}
        />
      )}
    </section>
  );
}
