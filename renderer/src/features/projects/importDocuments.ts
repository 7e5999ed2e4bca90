import type { ImportedDocument } from '../../../../core/formats/types';
import type { ProjectDocument } from '../../../../core/model';
import type { PickedFile } from '../../platform/api';

export type ImportPhase = 'parsing' | 'storing';

export interface ImportProgress {
  fileName: string;
  phase: ImportPhase;
  /** Segments written so far and in all (storing phase only). */
  written: number;
  total: number;
  /** 1-based position of this file among the files being imported, and how many there are. */
  file: number;
  files: number;
}

export interface ImportSteps {
  parse(file: PickedFile): Promise<ImportedDocument>;
  store(projectId: string, name: string, imported: ImportedDocument, onProgress: (written: number, total: number) => void): Promise<ProjectDocument>;
}

export interface ImportOutcome {
  imported: ProjectDocument[];
  failures: { fileName: string; error: unknown }[];
}

/**
 * Imports files one after another: parse off the UI thread, then store in one transaction.
 * A file that fails leaves nothing behind (the store is all-or-nothing) and does not stop the others.
 */
export async function importFiles(
  steps: ImportSteps,
  projectId: string,
  files: readonly PickedFile[],
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { imported: [], failures: [] };
  for (const [i, file] of files.entries()) {
    const base = { fileName: file.name, file: i + 1, files: files.length };
    try {
      onProgress({ ...base, phase: 'parsing', written: 0, total: 0 });
      const imported = await steps.parse(file);
      onProgress({ ...base, phase: 'storing', written: 0, total: imported.segments.length });
      const doc = await steps.store(projectId, file.name, imported, (written, total) => onProgress({ ...base, phase: 'storing', written, total }));
      outcome.imported.push(doc);
    } catch (error) {
      outcome.failures.push({ fileName: file.name, error });
    }
  }
  return outcome;
}

/** "laporan-2024.final.txt" → "laporan-2024.final": a project name for a file dropped with no project open. */
export function projectNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  const name = (dot > 0 ? base.slice(0, dot) : base).trim();
  return name || base || 'Project';
}
