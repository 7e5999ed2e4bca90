import type { TmKeyLike } from '../tm/tmKeys';

export type TagKeyCommand = 'insertTag' | 'copySource';

/**
 * Ctrl+, (⌘+, on macOS) inserts the next source tag missing from the translation; Ctrl+Alt+Insert
 * copies the source into it, tags and all. Clear of the editor's Ctrl+Enter / Ctrl+↑↓, the TM's
 * Ctrl+Alt+1…3, the glossary's Alt+1…9, splitting's Alt+Shift+S/J, the native menu's Ctrl+N,
 * Ctrl+O, Ctrl+Shift+E and F7, the clipboard's Ctrl+Insert / Shift+Insert, and of Ctrl+Alt+T (a
 * terminal on many Linux desktops). Read by physical key; AltGr combinations are left alone.
 */
export function tagKeyCommand(event: TmKeyLike): TagKeyCommand | undefined {
  if (event.isComposing || event.shiftKey) return undefined;
  if (event.getModifierState?.('AltGraph')) return undefined;
  const command = event.ctrlKey || event.metaKey;
  if (!command) return undefined;
  if (event.code === 'Comma' && !event.altKey) return 'insertTag';
  if (event.code === 'Insert' && event.altKey && event.ctrlKey && !event.metaKey) return 'copySource';
  return undefined;
}

/** The keys as aria-keyshortcuts spells them. */
export const TAG_KEY_SHORTCUTS: Record<TagKeyCommand, string> = { insertTag: 'Control+,', copySource: 'Control+Alt+Insert' };
