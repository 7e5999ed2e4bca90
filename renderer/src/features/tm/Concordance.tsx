import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldForPhrase } from '../../../../core/tm/tmIndex';
import type { TmIndexClient } from '../../workers/tmIndex';
import type { TmMatch } from '../../workers/tmIndexService';
import { translateError } from '../../i18n/translateError';
import { TmText } from './TmText';

const RESULTS = 20;
const DELAY_MS = 250;

/** "Search translation memory": units whose Indonesian or English contains the words typed. */
export function Concordance({ client, onInsert }: { client: TmIndexClient; onInsert(target: string): void }) {
  const { t } = useTranslation('tm');
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; units: TmMatch[] } | { query: string; error: unknown }>();
  const resultsId = useId();
  const [version, setVersion] = useState(0);
  useEffect(() => client.onChange(() => setVersion((v) => v + 1)), [client]);

  useEffect(() => {
    const phrase = query.trim();
    if (foldForPhrase(phrase).length < 2) {
      setResult(undefined);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      client.concordance(phrase, RESULTS).then(
        (units) => live && setResult({ query: phrase, units }),
        (error) => live && setResult({ query: phrase, error }),
      );
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, query, version]);

  return (
    <div className="tm-concordance">
      <input
        type="search"
        className="tm-search"
        aria-label={t('panel.search')}
        aria-describedby={result ? resultsId : undefined}
        placeholder={t('panel.searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {result && (
        <div id={resultsId} aria-live="polite" className="tm-note">
          {'error' in result ? translateError(t, result.error) : result.units.length === 0 ? t('panel.noResults') : t('panel.results', { count: result.units.length })}
        </div>
      )}
      {result && 'units' in result && result.units.length > 0 && (
        <ol className="tm-results" aria-label={t('panel.resultsLabel', { query: result.query })}>
          {result.units.map((unit, i) => (
            <li key={unit.id} className="tm-result">
              <p className="tm-source" lang="id">
                <Highlighted text={unit.source} phrase={result.query} />
              </p>
              <p className="tm-target" lang="en">
                <Highlighted text={unit.target} phrase={result.query} />
              </p>
              <button type="button" className="button-small button-quiet tm-insert" aria-label={t('panel.insertResult', { n: i + 1 })} onClick={() => onInsert(unit.target)}>
                {t('panel.insertResultShort')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The text with the first occurrence of the phrase marked (case-insensitive, on the text as written). */
function Highlighted({ text, phrase }: { text: string; phrase: string }) {
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) return <TmText text={text} />;
  return (
    <>
      <TmText text={text.slice(0, at)} />
      <strong className="tm-hit">
        <TmText text={text.slice(at, at + phrase.length)} />
      </strong>
      <TmText text={text.slice(at + phrase.length)} />
    </>
  );
}
