import type { EditorPlugin } from '../editor/plugins';
import { TmPanel } from './TmPanel';

/** The translation memory's place in the editor: its side panel. */
export const tmPlugin: EditorPlugin = { id: 'tm', SidePanel: TmPanel };
