import { useCallback, useState } from 'react';
import { readMirror, writeMirror } from '../settings/preferences';

export const SIDE_PANEL_STORAGE_KEY = 'padanan.sidePanelOpen';
/** Below this window width the side panel starts hidden, so the source and translation columns stay readable. */
export const SIDE_PANEL_AUTO_OPEN_MIN_WIDTH = 1200;

/**
 * Whether the editor's side panel (glossary, memory, comments) is shown. The translator's last
 * choice is remembered on this device; without one, it opens only on a wide enough window.
 */
export function useSidePanelOpen(): [boolean, () => void] {
  const [open, setOpen] = useState(() => initialSidePanelOpen(readMirror(SIDE_PANEL_STORAGE_KEY), window.innerWidth));
  const toggle = useCallback(() => {
    setOpen((current) => {
      writeMirror(SIDE_PANEL_STORAGE_KEY, current ? '0' : '1');
      return !current;
    });
  }, []);
  return [open, toggle];
}

export function initialSidePanelOpen(stored: string | null, windowWidth: number): boolean {
  if (stored === '1') return true;
  if (stored === '0') return false;
  return windowWidth >= SIDE_PANEL_AUTO_OPEN_MIN_WIDTH;
}
