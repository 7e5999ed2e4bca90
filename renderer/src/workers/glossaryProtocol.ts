import { PadananError } from '../../../core/errors';
import type { GlossaryPackManifest } from '../../../core/model';
import type { GlossaryFormat } from '../../../glossary/formats/index';
import type { TermMatch } from '../../../glossary/match/index';
import type { ImportPreview } from '../../../glossary/merge';
import type { SerializedError } from './parseProtocol';

/**
 * Messages between the UI thread and glossary.worker.ts. One worker per open project matches
 * segments (load, match); a short-lived one per glossary import or export reads, previews and
 * writes files (read, preview, export). Both open the database themselves, so 50,000 terms
 * never cross the thread boundary. Errors cross as plain data (see parseProtocol.ts).
 */
export type GlossaryCall =
  | { type: 'load'; dbName: string; projectId: string }
  | { type: 'match'; texts: string[] }
  | { type: 'read'; fileName: string; bytes: Uint8Array }
  | { type: 'preview'; dbName: string; projectId: string; targetPackId?: string }
  | { type: 'export'; dbName: string; projectId: string; packIds: string[]; format: GlossaryFormat; name: string };

export interface GlossaryLoadInfo {
  /** Increases with every load; match results carry the generation that made them. */
  generation: number;
  /** The enabled packs matched, highest priority first (a match's packRank indexes this list). */
  packs: { id: string; name: string }[];
  termCount: number;
  /** Reading the terms and building the index, in ms. */
  loadMs: number;
}

export interface GlossaryFileInfo {
  format: GlossaryFormat;
  fileName: string;
  termCount: number;
  manifest?: GlossaryPackManifest;
  title?: string;
}

/** What each call resolves with. */
export interface GlossaryResults {
  load: GlossaryLoadInfo;
  match: { generation: number; results: TermMatch[][] };
  read: GlossaryFileInfo;
  preview: ImportPreview;
  export: Uint8Array;
}

export type GlossaryRequest = GlossaryCall & { id: number };

export type GlossaryResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

export function isGlossaryResponse(value: unknown): value is GlossaryResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { id?: unknown; ok?: unknown; error?: { code?: unknown } };
  return typeof v.id === 'number' && (v.ok === true || (v.ok === false && typeof v.error?.code === 'string'));
}

/** An unexpected failure of a glossary worker (a bug, the worker dying). */
export function glossaryWorkerFailed(detail: string): PadananError {
  return new PadananError('glossaryApp.workerFailed', `The glossary stopped working (${detail}).`, { detail });
}
