import { useEffect, useState, useSyncExternalStore } from 'react';
import type { PadananDb } from '../../db/schema';
import type { GlossaryMatches, GlossaryMatchState } from './glossaryMatches';
import { acquireGlossaryMatches } from './glossaryMatchRegistry';

const NO_STATE: GlossaryMatchState = { version: -1 };
const noSubscribe = () => () => {};

/** The project's shared glossary matches while the calling component is mounted, and their state. */
export function useGlossaryMatches(db: PadananDb, projectId: string): { matches?: GlossaryMatches; state: GlossaryMatchState } {
  const [matches, setMatches] = useState<GlossaryMatches>();
  useEffect(() => {
    const { matches: acquired, release } = acquireGlossaryMatches(db, projectId);
    setMatches(acquired);
    return () => {
      setMatches(undefined);
      release();
    };
  }, [db, projectId]);
  const state = useSyncExternalStore(matches?.subscribe ?? noSubscribe, matches?.getState ?? (() => NO_STATE));
  return matches ? { matches, state } : { state };
}
