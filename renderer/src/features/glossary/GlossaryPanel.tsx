import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment, TermDraft } from '../../../../core/model';
import { addTerm } from '../../db/glossary';
import { useServices } from '../../app/services';
import { useNotices } from '../../app/notices';
import { translateError } from '../../i18n/translateError';
import type { EditorHandle, EditorPanelProps } from '../editor/plugins';
import { GlossaryManager } from './GlossaryManager';
import { ADD_TERM_SHORTCUT, glossaryInsertKey, insertShortcut, isAddTermKey } from './glossaryKeys';
import { entryForNumber, panelEntries, type PanelEntry } from './glossaryMarks';
import { readTermSelection } from './termSelection';
import { TermDialog, blankTerm } from './TermDialog';
import { useGlossaryMatches } from './useGlossaryMatches';
import './glossary.css';

/**
 * The editor's glossary panel: the entries found in the segment being edited (source → English,
 * part of speech, note, how the match was made; forbidden ones marked), inserted with a click or
 * Alt+1…9. Ctrl+Shift+G adds a term from the selected source (and draft) text.
 */
export function GlossaryPanel({ context }: EditorPanelProps) {
  const { t } = useTranslation('glossary');
  const { db } = useServices();
  const notices = useNotices();
  const { editor, projectId } = context;
  const { matches, state } = useGlossaryMatches(db, projectId);
  const activeIndex = useSyncExternalStore(editor.subscribeActive, editor.activeIndex);
  const segment = useSegment(editor, activeIndex);
  const source = segment?.source;
  const [adding, setAdding] = useState<TermDraft>();
  const [managing, setManaging] = useState(false);

  const found = source !== undefined && matches && state.info ? matches.get(source) : undefined;
  const entries = useMemo(() => (found && source !== undefined ? panelEntries(source, found) : undefined), [found, source]);

  const insert = useCallback((target: string) => editor.insertText(target), [editor]);

  const openAdd = useCallback(() => {
    const selection = readTermSelection(document, editor.activeIndex());
    setAdding(blankTerm(selection.source, selection.target));
  }, [editor]);

  const latest = useRef(entries);
  latest.current = entries;
  const openAddRef = useRef(openAdd);
  openAddRef.current = openAdd;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Another dialog (the add dialog, the manager, an import preview) has the keyboard.
      if (document.querySelector('dialog[open]')) return;
      if (isAddTermKey(event)) {
        event.preventDefault();
        openAddRef.current();
        return;
      }
      const n = glossaryInsertKey(event);
      if (n === undefined) return;
      // The key is the glossary's even without such an entry, so it never types a character.
      event.preventDefault();
      const entry = latest.current && entryForNumber(latest.current, n);
      if (entry) insert(entry.match.term.target);
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [insert]);

  const save = async (term: TermDraft) => {
    const stored = await addTerm(db, projectId, term);
    setAdding(undefined);
    notices.showStatus(t('add.done', { source: stored.source, target: stored.target }));
    editor.focusSegment(editor.activeIndex());
  };

  return (
    <section className="glossary-panel" aria-label={t('panel.label')}>
      <div className="glossary-panel-head">
        <h3 className="glossary-panel-title">{t('panel.title')}</h3>
        <button type="button" className="button-small" aria-keyshortcuts={ADD_TERM_SHORTCUT} title={t('add.hint')} onClick={openAdd}>
          {t('add.button')}
        </button>
        <button type="button" className="button-small button-quiet" onClick={() => setManaging(true)}>
          {t('manager.open')}
        </button>
      </div>
      {state.error ? (
        <p className="glossary-note glossary-error">{translateError(t, state.error)}</p>
      ) : !state.info ? (
        <p className="glossary-note muted">{t('panel.loading')}</p>
      ) : (
        <Entries entries={entries} segmentNumber={activeIndex + 1} packs={state.info.packs} onInsert={insert} />
      )}
      <p className="glossary-note muted glossary-keys">{t('panel.keys')}</p>
      {adding && (
        <TermDialog title={t('add.title')} packName={t('ownPack')} initial={adding} onSave={save} onCancel={() => {
          setAdding(undefined);
          editor.focusSegment(editor.activeIndex());
        }} />
      )}
      {managing && <GlossaryManager projectId={projectId} onClose={() => setManaging(false)} />}
    </section>
  );
}

function Entries({ entries, segmentNumber, packs, onInsert }: { entries: PanelEntry[] | undefined; segmentNumber: number; packs: { id: string; name: string }[]; onInsert(target: string): void }) {
  const { t } = useTranslation('glossary');
  const listId = useId();
  if (entries === undefined) return <p className="glossary-note muted">{t('panel.searching')}</p>;
  return (
    <>
      <h4 className="glossary-subtitle" id={listId}>
        {t('panel.terms', { n: segmentNumber })}
      </h4>
      {entries.length === 0 ? (
        <p className="glossary-note muted">{t('panel.none')}</p>
      ) : (
        <ol className="glossary-entries" aria-labelledby={listId}>
          {entries.map((entry) => (
            <EntryItem key={entry.key} entry={entry} packName={packs[entry.match.packRank]?.name} onInsert={onInsert} />
          ))}
        </ol>
      )}
    </>
  );
}

function EntryItem({ entry, packName, onInsert }: { entry: PanelEntry; packName: string | undefined; onInsert(target: string): void }) {
  const { t } = useTranslation('glossary');
  const { term, how } = entry.match;
  const details = [term.pos ? t(`pos.${term.pos}`) : undefined, howLabel(t, how), packName].filter(Boolean).join(' · ');
  return (
    <li className={term.forbidden ? 'glossary-entry glossary-entry-forbidden' : 'glossary-entry'}>
      <div className="glossary-entry-head">
        {entry.number !== undefined ? (
          <span className="glossary-number" aria-hidden="true">
            {entry.number}
          </span>
        ) : (
          <span className="glossary-number glossary-number-none" aria-hidden="true" />
        )}
        <span className="glossary-entry-terms">
          <span lang="id" className="glossary-source">
            {entry.found}
          </span>
          {entry.found.toLocaleLowerCase('id') !== term.source.toLocaleLowerCase('id') && (
            <span className="glossary-lemma muted" lang="id">
              {' '}
              ({term.source})
            </span>
          )}
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> {t('panel.means')} </span>
          {term.forbidden ? (
            <>
              <strong className="glossary-forbidden-badge">{t('panel.forbidden')}</strong>{' '}
              <del lang="en" className="glossary-target">
                {term.target}
              </del>
            </>
          ) : (
            <strong lang="en" className="glossary-target">
              {term.target}
            </strong>
          )}
        </span>
        {entry.number !== undefined && (
          <button
            type="button"
            className="button-small glossary-insert"
            aria-label={t('panel.insert', { n: entry.number, target: term.target })}
            aria-keyshortcuts={insertShortcut(entry.number)}
            title={t('panel.insertHint', { n: entry.number })}
            onClick={() => onInsert(term.target)}
          >
            {t('panel.insertShort', { n: entry.number })}
          </button>
        )}
      </div>
      {details && <p className="glossary-entry-details">{details}</p>}
      {term.forbidden && <p className="glossary-entry-details glossary-forbidden-text">{t('panel.forbiddenHint', { target: term.target })}</p>}
      {term.note && <p className="glossary-entry-note">{term.note}</p>}
      {term.definition && <p className="glossary-entry-note muted">{term.definition}</p>}
    </li>
  );
}

/** "exact", or "inflected (meN- + -kan)". */
export function howLabel(t: (key: string, options?: Record<string, unknown>) => string, how: string): string {
  return how === 'exact' ? t('how.exact') : t('how.inflected', { how });
}

/** A segment of the open document, re-read when it changes. */
function useSegment(editor: EditorHandle, index: number): Segment | undefined {
  const subscribe = useCallback((listener: () => void) => editor.subscribeSegment(index, listener), [editor, index]);
  return useSyncExternalStore(subscribe, () => editor.getSegment(index));
}
