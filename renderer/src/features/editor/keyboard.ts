/** Editor commands bound to keys inside a segment's textbox. */
export type SegmentKeyCommand = 'confirm' | 'next' | 'previous' | 'first' | 'last';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/**
 * Ctrl+Enter (⌘+Enter on macOS) confirms and moves on; Ctrl+↓ / Ctrl+↑ move between segments
 * without confirming; Ctrl+Home / Ctrl+End go to the first / last segment of the document (as in a
 * spreadsheet grid; a translation is a line or two, so its own start and end are a Home/End away).
 * Plain arrows, Home, End and Enter stay with the textbox (caret, new line).
 */
export function segmentKeyCommand(event: KeyLike): SegmentKeyCommand | undefined {
  if (event.isComposing) return undefined;
  const command = event.ctrlKey || event.metaKey;
  if (!command || event.altKey || event.shiftKey) return undefined;
  switch (event.key) {
    case 'Enter':
      return 'confirm';
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}
