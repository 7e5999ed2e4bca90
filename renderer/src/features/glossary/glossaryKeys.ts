import type { TmKeyLike } from '../tm/tmKeys';

/**
 * Alt+1…9 inserts glossary entry 1…9 of the current segment; Ctrl+Shift+G (⌘+Shift+G) adds a
 * term from the selection. Clear of the editor's Ctrl+Enter / Ctrl+↑↓, the TM's Ctrl+Alt+1…3,
 * segment split/join Alt+Shift+S/J, and the native menu's Ctrl+N, Ctrl+O, Ctrl+Shift+E, F7 and
 * Alt+letter mnemonics. Read by physical key (`code`), so they work on any layout; AltGr
 * combinations (which type characters on many keyboards) are left alone.
 */
export function glossaryInsertKey(event: TmKeyLike): number | undefined {
  if (event.isComposing || !event.altKey || event.ctrlKey || event.shiftKey || event.metaKey) return undefined;
  if (event.getModifierState?.('AltGraph')) return undefined;
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  return m ? Number(m[1]) : undefined;
}

export function isAddTermKey(event: TmKeyLike): boolean {
  if (event.isComposing || event.altKey || !event.shiftKey || !(event.ctrlKey || event.metaKey)) return false;
  if (event.getModifierState?.('AltGraph')) return false;
  return event.code === 'KeyG';
}

/** The keys as aria-keyshortcuts spells them. */
export const ADD_TERM_SHORTCUT = 'Control+Shift+G';
export function insertShortcut(n: number): string {
  return `Alt+${n}`;
}
