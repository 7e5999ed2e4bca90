import type { WorkPosition } from '../../../core/model';
import type { Location } from './navigation';

export interface StartupChecks {
  projectExists(id: string): Promise<boolean>;
  /** True when the document exists and belongs to the project. */
  documentExists(projectId: string, documentId: string): Promise<boolean>;
}

/**
 * Where the app opens: the saved work position, trimmed to what still exists (a deleted
 * document falls back to its project, a deleted project to the projects list).
 */
export async function startLocation(position: WorkPosition | undefined, checks: StartupChecks): Promise<Location> {
  if (!position || !position.projectId || !(await checks.projectExists(position.projectId))) return {};
  if (!position.documentId || !(await checks.documentExists(position.projectId, position.documentId))) {
    return { projectId: position.projectId };
  }
  return { projectId: position.projectId, documentId: position.documentId, segmentIndex: position.segmentIndex };
}
