import type { PadananDb } from '../../db/schema';
import { createKeepAlivePool, projectKey } from '../../workers/keepAlivePool';
import { GlossaryMatches } from './glossaryMatches';

/** One glossary matcher per open project, shared by the editor's marks and its glossary panel. */
const pool = createKeepAlivePool<GlossaryMatches>();

export function acquireGlossaryMatches(db: PadananDb, projectId: string): { matches: GlossaryMatches; release(): void } {
  const { value, release } = pool.acquire(projectKey(db.name, projectId), () => new GlossaryMatches(db, projectId));
  return { matches: value, release };
}
