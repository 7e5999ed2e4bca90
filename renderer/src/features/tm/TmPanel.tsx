import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isConfirmed, type Segment } from '../../../../core/model';
import { diffSources } from '../../../../core/tm/diff';
import { insertableTarget } from '../../../../core/tm/insertable';
import type { TmMatch } from '../../workers/tmIndexService';
import type { EditorHandle, EditorPanelProps } from '../editor/plugins';
import { useServices } from '../../app/services';
import { translateError } from '../../i18n/translateError';
import { Concordance } from './Concordance';
import { SourceDiff, TmText } from './TmText';
import { TM_KEYED_MATCHES, tmInsertKey } from './tmKeys';
import { useTmClient } from './useTmClient';
import './tm.css';

/** Matches below this score are not offered. */
export const TM_MIN_SCORE = 50;

/**
 * The editor's TM panel: the best matches for the segment being edited (score, the memory's
 * source with its differences from this one, the translation), inserted with a click or
 * Ctrl+Alt+1…3, and a concordance search. Segments confirmed here go into the worker's index.
 */
export function TmPanel({ context }: EditorPanelProps) {
  const { t } = useTranslation('tm');
  const { db } = useServices();
  const { editor, projectId } = context;
  const tm = useTmClient(db.name, projectId);
  const client = tm?.client;
  const activeIndex = useSyncExternalStore(editor.subscribeActive, editor.activeIndex);
  const segment = useSegment(editor, activeIndex);
  const source = segment?.source;
  const [found, setFound] = useState<{ source: string; matches: TmMatch[] }>();
  const [lookupError, setLookupError] = useState<unknown>();
  const [version, setVersion] = useState(0);

  // New units in the index (a confirmed segment, a finished import): look the segment up again.
  useEffect(() => client?.onChange(() => setVersion((v) => v + 1)), [client]);
  useConfirmedSegmentsToIndex(editor, client);

  const ready = tm?.info !== undefined;
  useEffect(() => {
    if (!client || !ready || source === undefined) return;
    let live = true;
    client.lookup(source, { minScore: TM_MIN_SCORE, limit: TM_KEYED_MATCHES }).then(
      (matches) => {
        if (!live) return;
        setLookupError(undefined);
        setFound({ source, matches });
      },
      (error) => live && setLookupError(error),
    );
    return () => {
      live = false;
    };
  }, [client, ready, source, version]);

  const matches = found && found.source === source ? found.matches : undefined;
  const insert = useCallback(
    (target: string) => {
      const current = editor.getSegment(editor.activeIndex());
      if (current) editor.insertText(insertableTarget(target, current.source));
    },
    [editor],
  );

  const latest = useRef(matches);
  latest.current = matches;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const n = tmInsertKey(event);
      if (n === undefined) return;
      const match = latest.current?.[n];
      // The key is the TM's even when there is no such match, so it never types into the textbox.
      event.preventDefault();
      if (match) insert(match.target);
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [insert]);

  const error = tm?.error ?? lookupError;
  return (
    <section className="tm-panel" aria-label={t('panel.label')}>
      <h3 className="tm-panel-title">
        {t('panel.title')}
      </h3>
      {error ? (
        <p className="tm-note tm-error">{translateError(t, error)}</p>
      ) : !ready ? (
        <p className="tm-note muted">{t('panel.loading')}</p>
      ) : (
        <Matches matches={matches} source={source} segmentNumber={activeIndex + 1} onInsert={insert} />
      )}
      {client && ready && <Concordance client={client} onInsert={insert} />}
    </section>
  );
}

function Matches({ matches, source, segmentNumber, onInsert }: { matches: TmMatch[] | undefined; source: string | undefined; segmentNumber: number; onInsert(target: string): void }) {
  const { t } = useTranslation('tm');
  const listId = useId();
  if (matches === undefined || source === undefined) return <p className="tm-note muted">{t('panel.searching')}</p>;
  return (
    <>
      <h4 className="tm-subtitle" id={listId}>
        {t('panel.matches', { n: segmentNumber })}
      </h4>
      {matches.length === 0 ? (
        <p className="tm-note muted">{t('panel.none', { min: TM_MIN_SCORE })}</p>
      ) : (
        <ol className="tm-matches" aria-labelledby={listId}>
          {matches.map((match, i) => (
            <MatchItem key={match.id} match={match} n={i + 1} source={source} onInsert={onInsert} />
          ))}
        </ol>
      )}
    </>
  );
}

function MatchItem({ match, n, source, onInsert }: { match: TmMatch; n: number; source: string; onInsert(target: string): void }) {
  const { t } = useTranslation('tm');
  const parts = useMemo(() => diffSources(match.source, source), [match.source, source]);
  const band = match.score === 100 ? 'exact' : match.score >= 85 ? 'high' : match.score >= 70 ? 'mid' : 'low';
  return (
    <li className="tm-match">
      <div className="tm-match-head">
        <span className={`tm-score tm-score-${band}`}>{t('panel.score', { score: match.score })}</span>
        <span className="tm-origin">{t(`origin.${match.origin}`, { defaultValue: match.origin })}</span>
        <button type="button" className="button-small tm-insert" aria-label={t('panel.insert', { n })} title={t('panel.insertHint', { n })} onClick={() => onInsert(match.target)}>
          {t('panel.insertShort', { n })}
        </button>
      </div>
      <p className="tm-source" lang="id">
        <SourceDiff parts={parts} />
      </p>
      <p className="tm-target" lang="en">
        <TmText text={match.target} />
      </p>
    </li>
  );
}

/** A segment of the open document, re-read when it changes (loaded, typed into, confirmed). */
function useSegment(editor: EditorHandle, index: number): Segment | undefined {
  const subscribe = useCallback((listener: () => void) => editor.subscribeSegment(index, listener), [editor, index]);
  return useSyncExternalStore(subscribe, () => editor.getSegment(index));
}

/**
 * Watches the active segment and the one before it (Ctrl+Enter moves on before the status is
 * stored) and tells the worker when one becomes confirmed: storage has then upserted its TM unit.
 */
function useConfirmedSegmentsToIndex(editor: EditorHandle, client: { sync(source: string): Promise<number> } | undefined): void {
  useEffect(() => {
    if (!client) return;
    const watched = new Map<number, { status: Segment['status'] | undefined; unsubscribe(): void }>();
    const watch = (index: number) => {
      if (watched.has(index)) return;
      const entry = {
        status: editor.getSegment(index)?.status,
        unsubscribe: editor.subscribeSegment(index, () => {
          const segment = editor.getSegment(index);
          if (!segment) return;
          // Editing a confirmed segment makes it a draft, so a new translation always passes here.
          const becameConfirmed = segment.status !== entry.status && isConfirmed(segment.status) && segment.target.trim() !== '';
          entry.status = segment.status;
          if (becameConfirmed) client.sync(segment.source).catch((error) => console.error('Padanan could not index a confirmed segment', error));
        }),
      };
      watched.set(index, entry);
      // Keep the active segment and the two before it.
      for (const [i, e] of watched) {
        if (watched.size <= 3) break;
        e.unsubscribe();
        watched.delete(i);
      }
    };
    watch(editor.activeIndex());
    const stop = editor.subscribeActive(() => watch(editor.activeIndex()));
    return () => {
      stop();
      watched.forEach((e) => e.unsubscribe());
    };
  }, [editor, client]);
}
