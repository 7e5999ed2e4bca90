import type { GlossaryPack } from '../../../../core/model';
import { PACK_EXTENSION, type GlossaryFormat } from '../../../../glossary/formats/index';
import { ownPackId, type ImportTarget, type PackDetails } from '../../db/glossary';
import type { PadananDb } from '../../db/schema';
import type { ApplyResult, GlossaryFileInfo, ImportDecisions, PreviewView } from '../../workers/glossaryProtocol';
import { GlossaryWorkerClient } from '../../workers/glossaryWorker';

/** Extensions the "Import glossary" file picker offers. */
export const GLOSSARY_IMPORT_EXTENSIONS = ['tbx', 'tsv', 'txt', 'utf8', 'tab', 'csv', 'json'];

export const EXPORT_FORMATS: readonly GlossaryFormat[] = ['tbx', 'tsv', 'csv', 'pack'];

/**
 * One glossary import, in a worker (a large file must not freeze the window): the file is read,
 * compared with the chosen pack (the worker keeps the parsed file and the full comparison while
 * the preview dialog is open, so choosing another target pack only compares again), and the
 * user's decisions are applied there in one transaction (applyGlossaryImport). Cancelling
 * before apply stores nothing.
 */
export class GlossaryImportSession {
  private readonly client = new GlossaryWorkerClient();

  constructor(
    private readonly db: PadananDb,
    private readonly projectId: string,
  ) {}

  /** Reads and checks the file; rejects with a PadananError naming the line or element. */
  read(file: { name: string; bytes: Uint8Array }): Promise<GlossaryFileInfo> {
    const bytes = file.bytes.slice();
    return this.client.call({ type: 'read', fileName: file.name, bytes }, [bytes.buffer]);
  }

  /** Compares the file with a pack of the project (undefined: it becomes a new pack). */
  preview(targetPackId: string | undefined): Promise<PreviewView> {
    const call: { type: 'preview'; dbName: string; projectId: string; targetPackId?: string } = { type: 'preview', dbName: this.db.name, projectId: this.projectId };
    if (targetPackId !== undefined) call.targetPackId = targetPackId;
    return this.client.call(call);
  }

  /** Applies the last preview with these decisions: all of it, or (on failure) nothing. */
  apply(decisions: ImportDecisions, target: ImportTarget): Promise<ApplyResult> {
    return this.client.call({ type: 'apply', dbName: this.db.name, projectId: this.projectId, decisions, target });
  }

  dispose(): void {
    this.client.dispose();
  }
}

/**
 * Where an import goes unless the user says otherwise: a pack file goes into the project's copy
 * of the same pack (so a newer version updates it), else into a new pack; a TSV, CSV or TBX file
 * goes into the project's own pack when there is one (its conflicts with the user's entries are
 * then shown), else into a new pack. undefined = a new pack.
 */
export function defaultImportTarget(info: Pick<GlossaryFileInfo, 'format' | 'manifest'>, packs: readonly GlossaryPack[], projectId: string): string | undefined {
  if (info.manifest) {
    const id = info.manifest.id;
    return packs.find((p) => p.origin === id)?.id ?? packs.find((p) => `padanan:${p.id}` === id)?.id;
  }
  return packs.find((p) => p.id === ownPackId(projectId))?.id;
}

/** The name of a new pack made from a file: its pack name or TBX title, else the file name without extension. */
export function newPackName(info: Pick<GlossaryFileInfo, 'fileName' | 'manifest' | 'title'>): string {
  const fromFile = info.fileName.replace(/^.*[\\/]/, '').replace(/\.padanan-pack\.json$/i, '').replace(/\.[^.]+$/, '');
  return (info.manifest?.name ?? info.title ?? fromFile).trim() || fromFile || 'Glossary';
}

/** Writes packs of the project as a glossary file, in a worker. */
export async function exportGlossaryFile(db: PadananDb, projectId: string, packIds: string[], format: GlossaryFormat, name: string, details?: PackDetails): Promise<Uint8Array> {
  const client = new GlossaryWorkerClient();
  try {
    return await client.call(details ? { type: 'export', dbName: db.name, projectId, packIds, format, name, details } : { type: 'export', dbName: db.name, projectId, packIds, format, name });
  } finally {
    client.dispose();
  }
}

/** "International news (id→en)" + tbx → "International news (id→en).tbx"; characters no file system takes are replaced. */
export function glossaryFileName(name: string, format: GlossaryFormat): string {
  const stem = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'glossary';
  return `${stem}${format === 'pack' ? PACK_EXTENSION : `.${format}`}`;
}

/** Extensions of a format, for the save dialog's filter. */
export function formatExtensions(format: GlossaryFormat): string[] {
  return format === 'pack' ? ['json'] : [format];
}
