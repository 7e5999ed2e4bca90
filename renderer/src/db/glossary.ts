import { liveQuery } from 'dexie';
import { PadananError } from '../../../core/errors';
import type { GlossaryPack, GlossaryPackManifest, Term, TermDraft } from '../../../core/model';
import type { MergePlan } from '../../../glossary/merge';
import { STARTER_PACK_MANIFEST, loadStarterPack } from '../../../glossary/packs/starterPack';
import type { GlossaryPackFile } from '../../../glossary/formats/pack';
import { newId } from './ids';
import type { PadananDb } from './schema';
import { withStorageErrors } from './storageErrors';

/**
 * A project's glossary packs and their terms. Packs are ordered by `priority` (0 = highest, wins
 * when two packs disagree); only enabled packs are matched. Every write to a term also moves its
 * pack's `updatedAt`, so that watching the packs (watchGlossaryPacks) is enough to know when the
 * matcher must be rebuilt. Writes of more than one record run in one transaction.
 *
 * The project's own pack (terms the translator adds in the editor) has the id `own:<projectId>`;
 * it is created on demand at the highest priority.
 */

/** Id of the project's own pack. */
export function ownPackId(projectId: string): string {
  return `own:${projectId}`;
}

export function isOwnPack(pack: Pick<GlossaryPack, 'id' | 'projectId'>): boolean {
  return pack.id === ownPackId(pack.projectId);
}

/** The project's packs, highest priority first. */
export async function listPacks(db: PadananDb, projectId: string): Promise<GlossaryPack[]> {
  const packs = await db.glossaryPacks.where('projectId').equals(projectId).toArray();
  return packs.sort(byPriority);
}

/** Calls `listener` with the project's packs (highest priority first) now and whenever they or their terms change. */
export function watchGlossaryPacks(db: PadananDb, projectId: string, listener: (packs: GlossaryPack[]) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(() => listPacks(db, projectId)).subscribe({ next: listener, error: onError });
  return () => subscription.unsubscribe();
}

/** Terms of one pack, in insertion order. */
export function readPackTerms(db: PadananDb, packId: string): Promise<Term[]> {
  return db.terms.where('packId').equals(packId).toArray();
}

/** How many terms each pack holds, in the order given. */
export function countPackTerms(db: PadananDb, packIds: readonly string[]): Promise<number[]> {
  return Promise.all(packIds.map((id) => db.terms.where('packId').equals(id).count()));
}

/** One pack of the project with its terms, read together; packMissing when it is not the project's. */
export async function readPackOfProject(db: PadananDb, projectId: string, packId: string): Promise<{ pack: GlossaryPack; terms: Term[] }> {
  return db.transaction('r', db.glossaryPacks, db.terms, async () => {
    const pack = await db.glossaryPacks.get(packId);
    if (!pack || pack.projectId !== projectId) throw packMissing(packId);
    return { pack, terms: await readPackTerms(db, packId) };
  });
}

/** Some packs of the project in priority order with their terms, read together; packMissing for one that is not there. */
export async function readPacksOfProject(db: PadananDb, projectId: string, packIds: readonly string[]): Promise<{ packs: GlossaryPack[]; terms: Term[][] }> {
  return db.transaction('r', db.glossaryPacks, db.terms, async () => {
    const packs = (await listPacks(db, projectId)).filter((p) => packIds.includes(p.id));
    const missing = packIds.find((id) => !packs.some((p) => p.id === id));
    if (missing !== undefined) throw packMissing(missing);
    return { packs, terms: await Promise.all(packs.map((p) => readPackTerms(db, p.id))) };
  });
}

/** The enabled packs in priority order with their terms: what a matcher is built from. */
export async function readEnabledGlossary(db: PadananDb, projectId: string): Promise<{ packs: GlossaryPack[]; terms: Term[][] }> {
  return db.transaction('r', db.glossaryPacks, db.terms, async () => {
    const packs = (await listPacks(db, projectId)).filter((p) => p.enabled);
    const terms = await Promise.all(packs.map((p) => readPackTerms(db, p.id)));
    return { packs, terms };
  });
}

/**
 * Attaches Padanan's starter pack ("International news (id→en)") to a project, enabled, after the
 * project's other packs. Called by createProject inside its transaction.
 */
export async function attachStarterPack(db: PadananDb, projectId: string, now = Date.now()): Promise<GlossaryPack> {
  const starter = starterPack();
  return db.transaction('rw', db.glossaryPacks, db.terms, async () => {
    const packs = await listPacks(db, projectId);
    const pack: GlossaryPack = {
      id: newId(),
      projectId,
      name: starter.manifest.name,
      version: starter.manifest.version,
      author: starter.manifest.author,
      licence: starter.manifest.licence,
      enabled: true,
      priority: nextPriority(packs),
      origin: starter.manifest.id,
      importedAt: now,
      createdAt: now,
      updatedAt: now,
    };
    await db.glossaryPacks.add(pack);
    await db.terms.bulkAdd(starter.terms.map((t) => ({ ...t, packId: pack.id, updatedAt: now })));
    return pack;
  });
}

/** Whether the project has a copy of the starter pack (to offer adding it back). */
export async function hasStarterPack(db: PadananDb, projectId: string): Promise<boolean> {
  return (await listPacks(db, projectId)).some((p) => p.origin === STARTER_PACK_MANIFEST.id);
}

export async function setPackEnabled(db: PadananDb, packId: string, enabled: boolean): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', db.glossaryPacks, async () => {
      const pack = await mustGetPack(db, packId);
      await db.glossaryPacks.put({ ...pack, enabled, updatedAt: Date.now() });
    }),
  );
}

/** What a pack says about itself when it is published as a pack file. */
export type PackDetails = Pick<GlossaryPack, 'name' | 'version' | 'author' | 'licence'>;

/** Renames a pack and sets its published version, author and licence. */
export async function setPackDetails(db: PadananDb, packId: string, details: PackDetails): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', db.glossaryPacks, async () => {
      const pack = await mustGetPack(db, packId);
      const clean = { name: details.name.trim() || pack.name, version: details.version.trim() || pack.version, author: details.author.trim(), licence: details.licence.trim() };
      await db.glossaryPacks.put({ ...pack, ...clean, updatedAt: Date.now() });
    }),
  );
}

/** Moves a pack one place up (higher priority, -1) or down (+1); priorities are renumbered 0…n-1. */
export async function movePack(db: PadananDb, packId: string, direction: -1 | 1): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', db.glossaryPacks, async () => {
      const pack = await mustGetPack(db, packId);
      const packs = await listPacks(db, pack.projectId);
      const at = packs.findIndex((p) => p.id === packId);
      const to = at + direction;
      if (to < 0 || to >= packs.length) return;
      [packs[at], packs[to]] = [packs[to]!, packs[at]!];
      await renumber(db, packs, new Set([packId, packs[at]!.id]));
    }),
  );
}

/** Removes a pack and its terms. */
export async function deletePack(db: PadananDb, packId: string): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', db.glossaryPacks, db.terms, async () => {
      const pack = await mustGetPack(db, packId);
      await db.terms.where('packId').equals(packId).delete();
      await db.glossaryPacks.delete(packId);
      await renumber(db, (await listPacks(db, pack.projectId)), new Set());
    }),
  );
}

/**
 * Adds a term to a pack, by default the project's own pack, which is created (at the highest
 * priority, enabled) when the project does not have it yet.
 */
export async function addTerm(db: PadananDb, projectId: string, draft: TermDraft, packId = ownPackId(projectId)): Promise<Term> {
  const clean = checkTerm(draft);
  return withStorageErrors(() =>
    db.transaction('rw', db.glossaryPacks, db.terms, async () => {
      const now = Date.now();
      let pack = await db.glossaryPacks.get(packId);
      if (!pack) {
        if (packId !== ownPackId(projectId)) throw packMissing(packId);
        pack = await createOwnPack(db, projectId, now);
      }
      const term: Term = { ...clean, packId: pack.id, updatedAt: editTime(pack, now) };
      term.id = await db.terms.add(term);
      await db.glossaryPacks.put({ ...pack, updatedAt: now });
      return term;
    }),
  );
}

/** Replaces a term's fields (its pack stays). */
export async function updateTerm(db: PadananDb, id: number, draft: TermDraft): Promise<Term> {
  const clean = checkTerm(draft);
  return withStorageErrors(() =>
    db.transaction('rw', db.glossaryPacks, db.terms, async () => {
      const old = await db.terms.get(id);
      if (!old) throw termMissing(id);
      const pack = await mustGetPack(db, old.packId);
      const now = Date.now();
      const term: Term = { ...clean, id, packId: old.packId, updatedAt: editTime(pack, now) };
      await db.terms.put(term);
      await db.glossaryPacks.put({ ...pack, updatedAt: now });
      return term;
    }),
  );
}

export async function deleteTerm(db: PadananDb, id: number): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', db.glossaryPacks, db.terms, async () => {
      const old = await db.terms.get(id);
      if (!old) return;
      const pack = await mustGetPack(db, old.packId);
      await db.terms.delete(id);
      await db.glossaryPacks.put({ ...pack, updatedAt: Date.now() });
    }),
  );
}

/** Where an import goes: an existing pack of the project, or a new one described here. */
export type ImportTarget =
  | { packId: string }
  | { newPack: { name: string; manifest?: GlossaryPackManifest } };

/**
 * Applies a merge plan (glossary/merge.ts planMerge) in ONE transaction: a new pack or the
 * target pack's additions, replacements and removals, and on an update the pack's new version.
 * A plan that no longer fits the stored pack (a term it replaces or removes is gone or belongs to
 * another pack) fails as a whole: nothing changes.
 */
export async function applyGlossaryImport(db: PadananDb, projectId: string, plan: MergePlan, target: ImportTarget): Promise<GlossaryPack> {
  for (const term of plan.add) checkTerm(term);
  for (const { term } of plan.update) checkTerm(term);
  return withStorageErrors(() =>
    db.transaction('rw', db.glossaryPacks, db.terms, async () => {
      const now = Date.now();
      let pack: GlossaryPack;
      if ('newPack' in target) {
        const manifest = target.newPack.manifest;
        pack = {
          id: newId(),
          projectId,
          name: target.newPack.name.trim() || manifest?.name || 'Glossary',
          version: manifest?.version ?? '1.0.0',
          author: manifest?.author ?? '',
          licence: manifest?.licence ?? '',
          enabled: true,
          priority: nextPriority(await listPacks(db, projectId)),
          importedAt: now,
          createdAt: now,
          updatedAt: now,
        };
        if (manifest) pack.origin = manifest.id;
        if (plan.update.length || plan.remove.length) throw staleImport();
        await db.glossaryPacks.add(pack);
      } else {
        pack = await mustGetPack(db, target.packId);
        if (pack.projectId !== projectId) throw packMissing(target.packId);
        const touched = [...plan.update.map((u) => u.id), ...plan.remove];
        const stored = await db.terms.bulkGet(touched);
        if (stored.some((t) => !t || t.packId !== pack.id)) throw staleImport();
        pack = { ...pack, updatedAt: now };
        if (plan.kind === 'update' && plan.manifest) {
          pack.version = plan.manifest.version;
          pack.name = plan.manifest.name;
          pack.author = plan.manifest.author;
          pack.licence = plan.manifest.licence;
          pack.importedAt = now;
        }
        if (plan.update.length) {
          await db.terms.bulkPut(plan.update.map(({ id, term }) => ({ ...stripTerm(term), id, packId: pack.id, updatedAt: now })));
        }
        if (plan.remove.length) await db.terms.bulkDelete(plan.remove);
        await db.glossaryPacks.put(pack);
      }
      if (plan.add.length) await db.terms.bulkAdd(plan.add.map((t) => ({ ...stripTerm(t), packId: pack.id, updatedAt: now })));
      return pack;
    }),
  );
}

/** The fields a term carries in a glossary file, without storage fields. */
export function stripTerm(term: TermDraft | Term): TermDraft {
  const out: TermDraft = {
    source: term.source.trim(),
    target: term.target.trim(),
    forbidden: !!term.forbidden,
    caseSensitive: !!term.caseSensitive,
    matchMode: term.matchMode === 'exact' ? 'exact' : 'inflected',
  };
  if (term.pos) out.pos = term.pos;
  for (const field of ['note', 'definition', 'domain'] as const) {
    const value = term[field]?.trim();
    if (value) out[field] = value;
  }
  if (term.matchLexicalised) out.matchLexicalised = true;
  return out;
}

export function termMissing(id: number): PadananError {
  return new PadananError('glossaryApp.termMissing', 'The glossary entry no longer exists.', { id });
}

export function packMissing(id: string): PadananError {
  return new PadananError('glossaryApp.packMissing', 'The glossary pack no longer exists.', { id });
}

function staleImport(): PadananError {
  return new PadananError('glossaryApp.stale', 'The glossary changed while the import was being prepared. Nothing was imported; import the file again.');
}

let starterCache: GlossaryPackFile | undefined;

function starterPack(): GlossaryPackFile {
  starterCache ??= loadStarterPack();
  return starterCache;
}

function checkTerm(draft: TermDraft): TermDraft {
  const clean = stripTerm(draft);
  if (!clean.source) throw new PadananError('glossaryApp.sourceEmpty', 'The Indonesian term is empty.');
  if (!clean.target) throw new PadananError('glossaryApp.targetEmpty', 'The English equivalent is empty.');
  return clean;
}

async function createOwnPack(db: PadananDb, projectId: string, now: number): Promise<GlossaryPack> {
  const others = await listPacks(db, projectId);
  const pack: GlossaryPack = {
    id: ownPackId(projectId),
    projectId,
    name: 'Project glossary',
    version: '1.0.0',
    author: '',
    licence: '',
    enabled: true,
    priority: 0,
    createdAt: now,
    updatedAt: now,
  };
  await db.glossaryPacks.add(pack);
  await renumber(db, [pack, ...others], new Set(others.map((p) => p.id)));
  return pack;
}

/** Writes priorities 0…n-1 in the given order; `changed` packs get a new updatedAt. */
async function renumber(db: PadananDb, packs: GlossaryPack[], changed: ReadonlySet<string>): Promise<void> {
  const now = Date.now();
  const writes = packs
    .map((p, priority) => (p.priority === priority && !changed.has(p.id) ? undefined : { ...p, priority, updatedAt: now }))
    .filter((p): p is GlossaryPack => p !== undefined);
  if (writes.length) await db.glossaryPacks.bulkPut(writes);
}

/**
 * A user's edit must count as "edited after the import" (merge.ts keeps such entries on an
 * update), even within the millisecond of the import.
 */
function editTime(pack: GlossaryPack, now: number): number {
  return pack.importedAt !== undefined && now <= pack.importedAt ? pack.importedAt + 1 : now;
}

async function mustGetPack(db: PadananDb, packId: string): Promise<GlossaryPack> {
  const pack = await db.glossaryPacks.get(packId);
  if (!pack) throw packMissing(packId);
  return pack;
}

function nextPriority(packs: readonly GlossaryPack[]): number {
  return packs.reduce((max, p) => Math.max(max, p.priority + 1), 0);
}

function byPriority(a: GlossaryPack, b: GlossaryPack): number {
  return a.priority - b.priority || a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}
