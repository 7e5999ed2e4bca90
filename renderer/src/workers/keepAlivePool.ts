/**
 * Worker-backed services kept per open project (the glossary matcher, the TM index), shared by
 * everything that uses them. The editor remounts per document; a service stays while someone holds
 * it and KEEP_MS after the last release, so that switching documents does not rebuild a large
 * index. One project at a time: acquiring one disposes another project's idle service at once.
 */
export interface KeepAlivePool<T extends { dispose(): void }> {
  /** The service under `key`, created when there is none; call release() when done with it. */
  acquire(key: string, create: () => T): { value: T; release(): void };
  /** The service under `key` if one is alive (held or kept). */
  get(key: string): T | undefined;
}

export const KEEP_MS = 30_000;

interface Entry<T> {
  value: T;
  users: number;
  closeTimer?: ReturnType<typeof setTimeout>;
}

export function createKeepAlivePool<T extends { dispose(): void }>(keepMs = KEEP_MS): KeepAlivePool<T> {
  const entries = new Map<string, Entry<T>>();
  const close = (key: string, entry: Entry<T>) => {
    if (entry.closeTimer !== undefined) clearTimeout(entry.closeTimer);
    entry.value.dispose();
    entries.delete(key);
  };
  return {
    acquire(key, create) {
      for (const [other, entry] of entries) {
        if (other !== key && entry.users === 0) close(other, entry);
      }
      let entry = entries.get(key);
      if (!entry) {
        entry = { value: create(), users: 0 };
        entries.set(key, entry);
      }
      const current = entry;
      if (current.closeTimer !== undefined) clearTimeout(current.closeTimer);
      current.closeTimer = undefined;
      current.users++;
      let released = false;
      return {
        value: current.value,
        release() {
          if (released) return;
          released = true;
          if (--current.users === 0) current.closeTimer = setTimeout(() => close(key, current), keepMs);
        },
      };
    },
    get: (key) => entries.get(key)?.value,
  };
}

/** The pool key of a project in a database. */
export function projectKey(dbName: string, projectId: string): string {
  return `${dbName}\u0000${projectId}`;
}
