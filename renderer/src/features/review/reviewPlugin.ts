import type { EditorPlugin } from '../editor/plugins';
import { CommentsPanel } from './CommentsPanel';

/** Review comments in the editor: a side panel for the active segment's note and comment history. */
export const reviewPlugin: EditorPlugin = { id: 'review', SidePanel: CommentsPanel };
