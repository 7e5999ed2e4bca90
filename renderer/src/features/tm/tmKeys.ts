/** What tmInsertKey reads of a keyboard event. */
export interface TmKeyLike {
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
  getModifierState?(key: string): boolean;
}

/** How many matches have a key. */
export const TM_KEYED_MATCHES = 3;

/**
 * Ctrl+Alt+1…3 inserts TM match 1…3. Chosen to stay clear of the editor's Ctrl+Enter / Ctrl+↑↓
 * and the glossary's Alt+1…9. Read by physical key (`code`), so it works on any layout; but
 * AltGr — which Windows reports as Ctrl+Alt — is left alone, because AltGr+digit types
 * characters (², ³, {, [) on many European keyboards.
 */
export function tmInsertKey(event: TmKeyLike): number | undefined {
  if (event.isComposing || !event.ctrlKey || !event.altKey || event.shiftKey || event.metaKey) return undefined;
  if (event.getModifierState?.('AltGraph')) return undefined;
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n <= TM_KEYED_MATCHES ? n - 1 : undefined;
}
