import { useCallback, useEffect, useRef, useState } from 'react';
import type { GlossaryPack, Term } from '../../../../core/model';
import type { GlossaryWorkerClient } from '../../workers/glossaryWorker';

/** Terms fetched per request. */
const PAGE = 200;

export interface TermPages {
  /** Terms of the pack matching the query; undefined until the first page arrives. */
  total: number | undefined;
  /** The term at a position of the filtered list, if its page is loaded. */
  get(index: number): Term | undefined;
  /** Loads the pages covering positions first…last (the rows on screen). */
  want(first: number, last: number): void;
}

/**
 * A pack's terms for a virtualised list, paged from the glossary worker: the UI thread never
 * holds (nor deserialises) 50,000 terms, only the few hundred around the rows on screen. The
 * pack's `updatedAt` is part of the key, so any edit re-reads; the previous pages stay on screen
 * until the new ones arrive.
 */
export function useTermPages(client: GlossaryWorkerClient | undefined, dbName: string, pack: Pick<GlossaryPack, 'id' | 'updatedAt'>, query: string, onError: (error: unknown) => void): TermPages {
  const key = `${pack.id}\u0000${pack.updatedAt}\u0000${query}`;
  const [state, setState] = useState<{ key: string; total: number; pages: Map<number, Term[]> }>();
  const requested = useRef(new Set<string>());
  const errorRef = useRef(onError);
  errorRef.current = onError;

  const load = useCallback(
    (page: number) => {
      if (!client) return;
      const id = `${key}\u0000${page}`;
      if (requested.current.has(id)) return;
      requested.current.add(id);
      client.call({ type: 'browse', dbName, packId: pack.id, version: pack.updatedAt, query, offset: page * PAGE, limit: PAGE }).then(
        (result) =>
          setState((current) => {
            const pages = current?.key === key ? new Map(current.pages) : new Map<number, Term[]>();
            pages.set(page, result.terms);
            return { key, total: result.total, pages };
          }),
        (error) => {
          requested.current.delete(id);
          errorRef.current(error);
        },
      );
    },
    [client, dbName, key, pack.id, pack.updatedAt, query],
  );

  useEffect(() => {
    requested.current.clear();
    load(0);
  }, [load]);

  const get = useCallback((index: number) => state?.pages.get(Math.floor(index / PAGE))?.[index % PAGE], [state]);
  const want = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(Math.max(0, first) / PAGE); page <= Math.floor(Math.max(0, last) / PAGE); page++) {
        if (state?.key !== key || !state.pages.has(page)) load(page);
      }
    },
    [key, load, state],
  );
  return { total: state?.total, get, want };
}
