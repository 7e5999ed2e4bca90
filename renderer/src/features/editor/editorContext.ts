import { createContext, useContext } from 'react';
import type { EditorController } from './editorController';
import type { SourceMarker } from './plugins';

export interface EditorContextValue {
  controller: EditorController;
  /** Combined marks of every plugin, or undefined when no plugin marks sources. */
  marker: SourceMarker | undefined;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditorContext(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditorContext() outside the editor');
  return value;
}
