import type { PadananDb } from '../../db/schema';
import { GlossaryMatches } from './glossaryMatches';

/**
 * One glossary matcher per open project, shared by the editor's marks and its glossary panel.
 * The editor remounts per document; the worker and its index stay while the project is open and
 * a short while after, so that switching documents does not rebuild a large glossary.
 */
interface Entry {
  matches: GlossaryMatches;
  users: number;
  closeTimer?: ReturnType<typeof setTimeout>;
}

const entries = new Map<string, Entry>();
const KEEP_MS = 30_000;

export function acquireGlossaryMatches(db: PadananDb, projectId: string): { matches: GlossaryMatches; release(): void } {
  const key = `${db.name}\u0000${projectId}`;
  // One project's glossary at a time: another project's idle worker goes now.
  for (const [other, entry] of entries) {
    if (other !== key && entry.users === 0) close(other, entry);
  }
  let entry = entries.get(key);
  if (!entry) {
    entry = { matches: new GlossaryMatches(db, projectId), users: 0 };
    entries.set(key, entry);
  }
  const current = entry;
  if (current.closeTimer !== undefined) clearTimeout(current.closeTimer);
  current.closeTimer = undefined;
  current.users++;
  let released = false;
  return {
    matches: current.matches,
    release() {
      if (released) return;
      released = true;
      if (--current.users === 0) current.closeTimer = setTimeout(() => close(key, current), KEEP_MS);
    },
  };
}

function close(key: string, entry: Entry): void {
  if (entry.closeTimer !== undefined) clearTimeout(entry.closeTimer);
  entry.matches.dispose();
  entries.delete(key);
}
