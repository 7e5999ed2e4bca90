import { SOURCE_LANG, TARGET_LANG, type GlossaryPack, type Term } from '../../../core/model';
import { readGlossary, writeGlossary, type GlossaryFile, type GlossaryFormat, type PackManifestInput } from '../../../glossary/formats/index';
import { createGlossaryMatcher, type GlossaryMatcher } from '../../../glossary/match/index';
import { planMerge, previewImport, type ImportPreview, type MergeDecision, type MergeStatus } from '../../../glossary/merge';
import { applyGlossaryImport, readEnabledGlossary, readPackOfProject, readPacksOfProject, readPackTerms, stripTerm, type ImportTarget, type PackDetails } from '../db/glossary';
import type { PadananDb } from '../db/schema';
import { createTermSearch } from './glossaryTermSearch';
import {
  PREVIEW_LISTED,
  glossaryWorkerFailed,
  type ApplyResult,
  type BrowseResult,
  type GlossaryCall,
  type GlossaryFileInfo,
  type GlossaryLoadInfo,
  type GlossaryResults,
  type ImportDecisions,
  type PreviewView,
} from './glossaryProtocol';

/**
 * What glossary.worker.ts does, outside the worker plumbing (Node tests drive it with
 * fake-indexeddb): build the matcher of a project's enabled packs and match segments with it;
 * read a glossary file, preview its import into a pack, and write packs as glossary files.
 */
export class GlossaryService {
  private matcher: GlossaryMatcher = createGlossaryMatcher([]);
  private generation = 0;
  private file: GlossaryFile | undefined;
  private fileName = '';
  private preview: { projectId: string; value: ImportPreview } | undefined;
  private browsing: { packId: string; version: number; terms: Term[]; search: (query: string) => Term[]; query?: string; found?: Term[] } | undefined;
  private loads: Promise<unknown> = Promise.resolve();
  private readonly dbs = new Map<string, PadananDb>();

  constructor(private readonly openDb: (name: string) => PadananDb) {}

  handle<C extends GlossaryCall>(call: C): Promise<GlossaryResults[C['type']]> {
    return this.dispatch(call) as Promise<GlossaryResults[C['type']]>;
  }

  private async dispatch(call: GlossaryCall): Promise<unknown> {
    switch (call.type) {
      case 'load':
        return this.load(call.dbName, call.projectId);
      case 'match':
        return { generation: this.generation, results: call.texts.map((text) => this.matcher.match(text)) };
      case 'read':
        return this.read(call.fileName, call.bytes);
      case 'preview':
        return this.makePreview(call.dbName, call.projectId, call.targetPackId);
      case 'apply':
        return this.apply(call.dbName, call.projectId, call.decisions, call.target);
      case 'export':
        return this.export(call.dbName, call.projectId, call.packIds, call.format, call.name, call.details);
      case 'browse':
        return this.browse(call.dbName, call.packId, call.version, call.query, call.offset, call.limit);
    }
  }

  /** Loads run one after the other, so the newest call's view of storage is the one that stays. */
  private load(dbName: string, projectId: string): Promise<GlossaryLoadInfo> {
    const run = this.loads.then(async () => {
      const started = performance.now();
      const { packs, terms } = await readEnabledGlossary(this.db(dbName), projectId);
      this.matcher = createGlossaryMatcher(terms);
      this.generation++;
      return {
        generation: this.generation,
        packs: packs.map((p) => ({ id: p.id, name: p.name })),
        termCount: this.matcher.termCount,
        loadMs: Math.round(performance.now() - started),
      };
    });
    this.loads = run.catch(() => undefined);
    return run;
  }

  private read(fileName: string, bytes: Uint8Array): GlossaryFileInfo {
    this.file = undefined;
    this.preview = undefined;
    const file = readGlossary(bytes, fileName);
    this.file = file;
    this.fileName = fileName;
    const info: GlossaryFileInfo = { format: file.format, fileName, termCount: file.terms.length };
    if (file.manifest) info.manifest = file.manifest;
    if (file.title) info.title = file.title;
    return info;
  }

  /** Compares the file read last with a pack of the project (none: a new pack); lists a bounded part of it. */
  private async makePreview(dbName: string, projectId: string, targetPackId: string | undefined): Promise<PreviewView> {
    this.preview = undefined;
    const file = this.file;
    if (!file) throw glossaryWorkerFailed(`no glossary file was read before the preview of ${this.fileName || 'an import'}`);
    const incoming = file.manifest ? { terms: file.terms, manifest: file.manifest } : { terms: file.terms };
    let preview: ImportPreview;
    if (targetPackId === undefined) preview = previewImport(incoming);
    else {
      const { pack, terms } = await readPackOfProject(this.db(dbName), projectId, targetPackId);
      preview = previewImport(incoming, { pack, terms }, pack.importedAt === undefined ? {} : { importedAt: pack.importedAt });
    }
    this.preview = { projectId, value: preview };
    return listedPart(preview);
  }

  /** Applies the last preview with the user's decisions, in one transaction. */
  private async apply(dbName: string, projectId: string, decisions: ImportDecisions, target: ImportTarget): Promise<ApplyResult> {
    const preview = this.preview;
    if (!preview || preview.projectId !== projectId) throw glossaryWorkerFailed('no import preview to apply');
    const byKey = new Map(decisions.byKey);
    const chosen = new Map<number, MergeDecision>();
    for (const entry of preview.value.entries) {
      const decision = byKey.get(entry.key) ?? decisions.byStatus[entry.status];
      if (decision !== undefined && entry.choices.includes(decision)) chosen.set(entry.key, decision);
    }
    const plan = planMerge(preview.value, chosen);
    const pack = await applyGlossaryImport(this.db(dbName), projectId, plan, target);
    this.preview = undefined;
    return { pack, added: plan.add.length, replaced: plan.update.length, removed: plan.remove.length, kept: plan.kept };
  }

  /** A page of a pack's terms matching a query; the pack is read again when its version (updatedAt) changes. */
  private async browse(dbName: string, packId: string, version: number, query: string, offset: number, limit: number): Promise<BrowseResult> {
    let state = this.browsing;
    if (!state || state.packId !== packId || state.version !== version) {
      const terms = await readPackTerms(this.db(dbName), packId);
      state = this.browsing = { packId, version, terms, search: createTermSearch(terms) };
    }
    if (state.query !== query || !state.found) {
      state.query = query;
      state.found = state.search(query);
    }
    return { total: state.found.length, terms: state.found.slice(offset, offset + limit) };
  }

  /** Writes the packs' terms (in priority order) as one file. */
  private async export(dbName: string, projectId: string, packIds: string[], format: GlossaryFormat, name: string, details?: PackDetails): Promise<Uint8Array> {
    const { packs, terms } = await readPacksOfProject(this.db(dbName), projectId, packIds);
    return writeGlossary(terms.flat().map(stripTerm), format, { pack: exportManifest(packs, projectId, name, details), title: details?.name.trim() || name });
  }

  private db(name: string): PadananDb {
    let db = this.dbs.get(name);
    if (!db) this.dbs.set(name, (db = this.openDb(name)));
    return db;
  }
}

/**
 * The manifest of an exported pack. One pack keeps its published identity (so that importing the
 * file elsewhere, then a newer version of it, updates that copy); several packs become one new pack.
 */
export function exportManifest(packs: readonly GlossaryPack[], projectId: string, name: string, details?: PackDetails): PackManifestInput {
  const single = packs.length === 1 ? packs[0] : undefined;
  return {
    id: single ? (single.origin ?? `padanan:${single.id}`) : `padanan-project:${projectId}`,
    name: details?.name.trim() || name.trim() || single?.name || 'Glossary',
    version: details?.version.trim() || single?.version.trim() || '1.0.0',
    author: (details?.author ?? single?.author ?? '').trim(),
    licence: details?.licence.trim() || single?.licence.trim() || 'unspecified',
    sourceLang: SOURCE_LANG,
    targetLang: TARGET_LANG,
  };
}


/** The preview with at most PREVIEW_LISTED entries of each status (counts stay whole). */
export function listedPart(preview: ImportPreview, limit = PREVIEW_LISTED): PreviewView {
  const listed: Record<MergeStatus, number> = { new: 0, identical: 0, changed: 0, conflict: 0, removed: 0 };
  const entries = preview.entries.filter((e) => listed[e.status]++ < limit);
  return { ...preview, entries };
}
