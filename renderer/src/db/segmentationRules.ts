import { SOURCE_LANG, type Project } from '../../../core/model';
import {
  INDONESIAN_SRX,
  createDefaultSegmenter,
  createSegmenter,
  defaultSrxDocument,
  parseSrx,
  serializeSrx,
  withNoBreakAbbreviation,
  type Segmenter,
  type SrxDocument,
} from '../../../core/segment/index';
import type { PadananDb } from './schema';
import { projectMissing, withStorageErrors } from './storageErrors';

/**
 * A project's segmentation rules, without a schema change: the SRX text of custom rules lives in
 * `settings` under `segmentation:<projectId>`, and `Project.segmentationRules` names what is in
 * force — 'default' (Padanan's Indonesian rules, nothing stored) or that settings key. Both are
 * written in one transaction. Rules are checked completely (every regex translated and compiled)
 * before anything is written, so bad rules never replace the ones in force.
 */
export const DEFAULT_SEGMENTATION_RULES = 'default';

/** What is stored in `settings` for a project with custom rules. */
export interface StoredSegmentationRules {
  /** SRX 2.0 as Padanan writes it (serializeSrx of the checked rules): valid against srx20.xsd. */
  srx: string;
  /** The file the rules were imported from; '' when they are Padanan's rules plus added abbreviations. */
  fileName: string;
  /** Abbreviations added from the editor ("don't split after this"), in the order added. */
  abbreviations: string[];
  updatedAt: number;
}

export interface SegmentationRulesInForce {
  kind: 'default' | 'custom';
  fileName: string;
  abbreviations: string[];
  /** The SRX text of custom rules; undefined for the default rules (every segmenter has them built in). */
  srx: string | undefined;
  updatedAt?: number;
}

export function segmentationRulesKey(projectId: string): string {
  return `segmentation:${projectId}`;
}

/** The rules new documents of the project are segmented with. */
export async function loadSegmentationRules(db: PadananDb, projectId: string): Promise<SegmentationRulesInForce> {
  return db.transaction('r', [db.projects, db.settings], async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw projectMissing(projectId);
    return rulesOf(project, await readStored(db, project));
  });
}

/**
 * Makes the SRX file the project's rules. The file is parsed and every rule compiled first: an
 * invalid file throws the core's PadananError (`segment.srx.*`, naming the rule) and nothing changes.
 */
export async function importSegmentationRules(
  db: PadananDb,
  projectId: string,
  fileName: string,
  content: string | Uint8Array,
): Promise<SegmentationRulesInForce> {
  const doc = parseSrx(content, fileName);
  const srx = checkedSrx(doc);
  return storeCustom(db, projectId, () => ({ srx, fileName, abbreviations: [], updatedAt: Date.now() }));
}

/** Back to Padanan's default Indonesian rules (the stored custom rules are removed). */
export async function restoreDefaultSegmentationRules(db: PadananDb, projectId: string): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', [db.projects, db.settings], async () => {
      const project = await db.projects.get(projectId);
      if (!project) throw projectMissing(projectId);
      await db.settings.delete(segmentationRulesKey(projectId));
      await db.projects.put({ ...project, segmentationRules: DEFAULT_SEGMENTATION_RULES, updatedAt: Date.now() });
    }),
  );
}

/**
 * "Don't split after this": adds a no-break rule for `abbreviation` (e.g. "Kapt.") to the rules in
 * force, which become custom rules if they were the default ones. Adding one twice changes nothing.
 */
export async function addNoBreakAbbreviation(db: PadananDb, projectId: string, abbreviation: string): Promise<SegmentationRulesInForce> {
  const word = abbreviation.trim();
  return storeCustom(db, projectId, (current) => {
    const base = current ? parseSrx(current.srx, current.fileName || 'SRX rules') : defaultSrxDocument();
    const srx = checkedSrx(withNoBreakAbbreviation(base, word, SOURCE_LANG));
    const abbreviations = current?.abbreviations ?? [];
    return {
      srx,
      fileName: current?.fileName ?? '',
      abbreviations: abbreviations.includes(word) ? abbreviations : [...abbreviations, word],
      updatedAt: Date.now(),
    };
  });
}

/** A segmenter for the rules (the shared default one for the default rules). */
export function segmenterFor(rules: Pick<SegmentationRulesInForce, 'srx'>): Segmenter {
  return rules.srx === undefined ? createDefaultSegmenter() : createSegmenter(rules.srx, { language: SOURCE_LANG });
}

/** The SRX file to export: Padanan's documented default file, or the custom rules as stored. */
export function exportableSrx(rules: Pick<SegmentationRulesInForce, 'srx'>): string {
  return rules.srx ?? INDONESIAN_SRX;
}

/** The last word of a segment's source, the likely abbreviation ("… kata Kapt." → "Kapt."). */
export function lastWord(source: string): string {
  const words = source.trim().split(/\s+/);
  // Quotes and brackets around it are not part of the abbreviation.
  return (words[words.length - 1] ?? '').replace(/^[“"‘'(\[]+/u, '').replace(/[”"’')\]]+$/u, '');
}

function checkedSrx(doc: SrxDocument): string {
  const srx = serializeSrx(doc);
  // Compiles every rule for Indonesian (and refuses rules that do not apply to it at all).
  createSegmenter(srx, { language: SOURCE_LANG });
  return srx;
}

async function storeCustom(
  db: PadananDb,
  projectId: string,
  make: (current: StoredSegmentationRules | undefined) => StoredSegmentationRules,
): Promise<SegmentationRulesInForce> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.projects, db.settings], async () => {
      const project = await db.projects.get(projectId);
      if (!project) throw projectMissing(projectId);
      const next = make(await readStored(db, project));
      const key = segmentationRulesKey(projectId);
      await db.settings.put({ key, value: next });
      const updated: Project = { ...project, segmentationRules: key, updatedAt: next.updatedAt };
      await db.projects.put(updated);
      return rulesOf(updated, next);
    }),
  );
}

async function readStored(db: PadananDb, project: Project): Promise<StoredSegmentationRules | undefined> {
  if (project.segmentationRules === DEFAULT_SEGMENTATION_RULES) return undefined;
  const row = await db.settings.get(project.segmentationRules);
  return isStoredRules(row?.value) ? row.value : undefined;
}

function rulesOf(project: Project, stored: StoredSegmentationRules | undefined): SegmentationRulesInForce {
  if (!stored || project.segmentationRules === DEFAULT_SEGMENTATION_RULES) {
    return { kind: 'default', fileName: '', abbreviations: [], srx: undefined };
  }
  return { kind: 'custom', fileName: stored.fileName, abbreviations: [...stored.abbreviations], srx: stored.srx, updatedAt: stored.updatedAt };
}

function isStoredRules(value: unknown): value is StoredSegmentationRules {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<StoredSegmentationRules>;
  return typeof v.srx === 'string' && typeof v.fileName === 'string' && Array.isArray(v.abbreviations) && typeof v.updatedAt === 'number';
}
