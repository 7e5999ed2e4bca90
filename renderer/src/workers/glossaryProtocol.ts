import { PadananError } from '../../../core/errors';
import type { GlossaryPack, GlossaryPackManifest, Term } from '../../../core/model';
import type { GlossaryFormat } from '../../../glossary/formats/index';
import type { TermMatch } from '../../../glossary/match/index';
import type { ImportPreview, MergeDecision, MergeStatus } from '../../../glossary/merge';
import type { ImportTarget, PackDetails } from '../db/glossary';

/**
 * Messages between the UI thread and glossary.worker.ts. One worker per open project matches
 * segments (load, match); a short-lived one per glossary import reads, previews and applies a
 * file (read, preview, apply), per export writes one (export), and per open glossary manager
 * pages through a pack's terms (browse). They open the database themselves, so 50,000 terms
 * never cross the thread boundary (deserialising them costs the UI thread hundreds of ms).
 * Errors cross as plain data (see parseProtocol.ts).
 */
export type GlossaryCall =
  | { type: 'load'; dbName: string; projectId: string }
  | { type: 'match'; texts: string[] }
  | { type: 'read'; fileName: string; bytes: Uint8Array }
  | { type: 'preview'; dbName: string; projectId: string; targetPackId?: string }
  | { type: 'apply'; dbName: string; projectId: string; decisions: ImportDecisions; target: ImportTarget }
  | { type: 'export'; dbName: string; projectId: string; packIds: string[]; format: GlossaryFormat; name: string; details?: PackDetails }
  | { type: 'browse'; dbName: string; packId: string; version: number; query: string; offset: number; limit: number };

/**
 * The user's decisions on a preview: per entry (by key), and "for all" per status, which also
 * covers entries the preview did not list; a per-entry decision wins.
 */
export interface ImportDecisions {
  byKey: [number, MergeDecision][];
  byStatus: Partial<Record<MergeStatus, MergeDecision>>;
}

/**
 * A preview as the dialog sees it: every count, but at most PREVIEW_LISTED entries of each
 * status (a 50,000-entry pack is not listed entry by entry).
 */
export type PreviewView = ImportPreview;

/** Entries of each status sent to the preview dialog. */
export const PREVIEW_LISTED = 500;

export interface ApplyResult {
  pack: GlossaryPack;
  added: number;
  replaced: number;
  removed: number;
  kept: number;
}

export interface BrowseResult {
  /** Terms of the pack that match the query. */
  total: number;
  terms: Term[];
}

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
  preview: PreviewView;
  apply: ApplyResult;
  export: Uint8Array;
  browse: BrowseResult;
}

export type GlossaryRequest = GlossaryCall & { id: number };

/** An unexpected failure of a glossary worker (a bug, the worker dying). */
export function glossaryWorkerFailed(detail: string): PadananError {
  return new PadananError('glossaryApp.workerFailed', `The glossary stopped working (${detail}).`, { detail });
}
