import type { TmKeyLike } from '../tm/tmKeys';

export type SegmentEditCommand = 'split' | 'join';

/**
 * Alt+Shift+S splits the current segment, Alt+Shift+J joins it with the next. Clear of the
 * editor's Ctrl+Enter / Ctrl+↑↓, the TM's Ctrl+Alt+1…3, the glossary's Alt+1…9, the native menu's
 * Ctrl+N, Ctrl+O, Ctrl+Shift+E, F7 and its Alt+letter mnemonics (which take no Shift), and of the
 * browser's reserved Ctrl+T / Ctrl+J. Read by physical key, so it works on any layout; AltGr
 * combinations are left alone.
 */
export function segmentEditCommand(event: TmKeyLike): SegmentEditCommand | undefined {
  if (event.isComposing || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return undefined;
  if (event.getModifierState?.('AltGraph')) return undefined;
  if (event.code === 'KeyS') return 'split';
  if (event.code === 'KeyJ') return 'join';
  return undefined;
}

/** The keys as aria-keyshortcuts spells them. */
export const SEGMENT_EDIT_SHORTCUTS: Record<SegmentEditCommand, string> = { split: 'Alt+Shift+S', join: 'Alt+Shift+J' };
