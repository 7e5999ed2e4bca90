import { tmImportLockName } from './tmProtocol';

/**
 * Whether the import is still being written: its worker holds a Web Lock named after it for as
 * long as it runs, and the browser releases the lock when the worker or the window goes away.
 * Without the Web Locks API nothing can be known, so every import counts as alive.
 */
export async function isTmImportAlive(importId: string, locks: LockManager | undefined = globalThis.navigator?.locks): Promise<boolean> {
  if (!locks) return true;
  const { held = [] } = await locks.query();
  return held.some((lock) => lock.name === tmImportLockName(importId));
}
