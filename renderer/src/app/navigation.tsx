import { createContext, useContext } from 'react';

/** Where the user is. The editor's segment is tracked by the editor itself and saved as WorkPosition. */
export interface Location {
  projectId?: string;
  documentId?: string;
  /** Segment to scroll to and focus when the document opens. */
  segmentIndex?: number;
  /** Put the caret in the new-project name field (native menu "New project"). */
  focusNewProject?: boolean;
}

export interface Navigation {
  location: Location;
  goHome(options?: { focusNewProject?: boolean }): void;
  openProject(projectId: string): void;
  openDocument(projectId: string, documentId: string, segmentIndex?: number): void;
  closeDocument(): void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation() outside the app shell');
  return navigation;
}
