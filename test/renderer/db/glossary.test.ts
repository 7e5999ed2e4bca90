import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from './fixtures';
import { isPadananError } from '../../../core/errors';
import type { TermDraft } from '../../../core/model';
import { createPack } from '../../../glossary/formats/pack';
import { planMerge, previewImport } from '../../../glossary/merge';
import { STARTER_PACK_MANIFEST, loadStarterPack } from '../../../glossary/packs/starterPack';
import {
  addTerm,
  applyGlossaryImport,
  attachStarterPack,
  deletePack,
  deleteTerm,
  hasStarterPack,
  listPacks,
  movePack,
  ownPackId,
  readEnabledGlossary,
  readPackTerms,
  setPackEnabled,
  updateTerm,
  watchGlossaryPacks,
} from '../../../renderer/src/db/glossary';
import { createProject, deleteProject } from '../../../renderer/src/db/projects';
import type { PadananDb } from '../../../renderer/src/db/schema';

afterEach(() => {
  vi.restoreAllMocks();
});

const term = (source: string, target: string, extra: Partial<TermDraft> = {}): TermDraft => ({
  source,
  target,
  forbidden: false,
  caseSensitive: false,
  matchMode: 'inflected',
  ...extra,
});

const PACK_INPUT = { id: 'org.example.ekonomi', name: 'Ekonomi', version: '1.0.0', author: 'Ana', licence: 'CC0-1.0', sourceLang: 'id', targetLang: 'en' };

async function snapshot(db: PadananDb) {
  return { packs: await db.glossaryPacks.toArray(), terms: await db.terms.toArray() };
}

describe('glossary storage', () => {
  it('attaches the starter pack, enabled, to every new project', async () => {
    const db = freshDb();
    const project = await createProject(db, 'Berita');
    const packs = await listPacks(db, project.id);
    expect(packs).toHaveLength(1);
    const [starter] = packs;
    expect(starter).toMatchObject({ name: 'International news (id→en)', enabled: true, priority: 0, origin: STARTER_PACK_MANIFEST.id, version: '1.0.0' });
    const terms = await readPackTerms(db, starter!.id);
    expect(terms.length).toBe(loadStarterPack().terms.length);
    expect(terms.length).toBeGreaterThanOrEqual(200);
    expect(terms.find((t) => t.source === 'Korut')?.target).toBe('North Korea');
    expect(terms.find((t) => t.source === 'Gedung Putih')?.target).toBe('White House');
    expect(await hasStarterPack(db, project.id)).toBe(true);
    // Each project has its own copy; deleting one project leaves the other's.
    const other = await createProject(db, 'Lain');
    await deleteProject(db, project.id);
    expect(await db.glossaryPacks.count()).toBe(1);
    expect((await readEnabledGlossary(db, other.id)).terms[0]!.length).toBe(terms.length);
  });

  it('adds terms to the project’s own pack, created on demand at the highest priority', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const added = await addTerm(db, project.id, term('  pasar induk ', ' wholesale market ', { note: '  ' }));
    expect(added).toMatchObject({ packId: ownPackId(project.id), source: 'pasar induk', target: 'wholesale market' });
    expect(added.note).toBeUndefined();
    const packs = await listPacks(db, project.id);
    expect(packs.map((p) => [p.id, p.priority])).toEqual([
      [ownPackId(project.id), 0],
      [packs[1]!.id, 1],
    ]);
    await addTerm(db, project.id, term('banjir bandang', 'flash flood'));
    expect(await readPackTerms(db, ownPackId(project.id))).toHaveLength(2);
    expect(await listPacks(db, project.id)).toHaveLength(2);

    const empty = await addTerm(db, project.id, term('kosong', ' ')).catch((e: unknown) => e);
    expect(isPadananError(empty) && empty.code).toBe('glossaryApp.targetEmpty');
    const missing = await addTerm(db, project.id, term('a', 'b'), 'no-such-pack').catch((e: unknown) => e);
    expect(isPadananError(missing) && missing.code).toBe('glossaryApp.packMissing');
  });

  it('enables, disables and reorders packs; the matcher sees enabled packs in priority order', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    await addTerm(db, project.id, term('Korut', 'DPRK'));
    const other = await applyGlossaryImport(db, project.id, planMerge(previewImport({ terms: [term('rudal', 'missile')] })), { newPack: { name: 'Militer' } });
    const names = async () => (await listPacks(db, project.id)).map((p) => `${p.name}:${p.priority}:${p.enabled ? 'on' : 'off'}`);
    expect(await names()).toEqual(['Project glossary:0:on', 'International news (id→en):1:on', 'Militer:2:on']);

    await movePack(db, other.id, -1);
    expect(await names()).toEqual(['Project glossary:0:on', 'Militer:1:on', 'International news (id→en):2:on']);
    await movePack(db, other.id, -1);
    await movePack(db, other.id, -1); // already first: nothing happens
    expect(await names()).toEqual(['Militer:0:on', 'Project glossary:1:on', 'International news (id→en):2:on']);

    const starter = (await listPacks(db, project.id)).find((p) => p.origin === STARTER_PACK_MANIFEST.id)!;
    await setPackEnabled(db, starter.id, false);
    const enabled = await readEnabledGlossary(db, project.id);
    expect(enabled.packs.map((p) => p.name)).toEqual(['Militer', 'Project glossary']);
    expect(enabled.terms.map((list) => list.map((t) => t.source))).toEqual([['rudal'], ['Korut']]);

    await deletePack(db, other.id);
    expect(await names()).toEqual(['Project glossary:0:on', 'International news (id→en):1:off']);
    expect(await readPackTerms(db, other.id)).toEqual([]);
  });

  it('tells watchers when a pack or one of its terms changes', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const seen: string[] = [];
    const stop = watchGlossaryPacks(
      db,
      project.id,
      (packs) => seen.push(packs.map((p) => `${p.name}@${p.updatedAt}`).join(',')),
      (error) => {
        throw error;
      },
    );
    const settle = async (n: number) => {
      for (let i = 0; i < 200 && seen.length < n; i++) await new Promise((r) => setTimeout(r, 5));
    };
    await settle(1);
    const added = await addTerm(db, project.id, term('a', 'b'));
    await settle(2);
    await new Promise((r) => setTimeout(r, 5));
    await updateTerm(db, added.id!, term('a', 'c'));
    await settle(3);
    stop();
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('edits and deletes terms; an edit counts as later than the pack’s import', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const [starter] = await listPacks(db, project.id);
    const korut = (await readPackTerms(db, starter!.id)).find((t) => t.source === 'Korut')!;
    const edited = await updateTerm(db, korut.id!, { ...term('Korut', 'DPRK'), forbidden: true, pos: 'properNoun' });
    expect(edited).toMatchObject({ id: korut.id, packId: starter!.id, target: 'DPRK', forbidden: true });
    expect(edited.updatedAt!).toBeGreaterThan(starter!.importedAt!);
    expect((await db.terms.get(korut.id!))!.target).toBe('DPRK');
    await deleteTerm(db, korut.id!);
    expect(await db.terms.get(korut.id!)).toBeUndefined();
    const gone = await updateTerm(db, korut.id!, term('x', 'y')).catch((e: unknown) => e);
    expect(isPadananError(gone) && gone.code).toBe('glossaryApp.termMissing');
  });

  it('merges a TSV into the own pack with the user’s conflict decisions, in one transaction', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    await addTerm(db, project.id, term('pasar induk', 'wholesale market'));
    await addTerm(db, project.id, term('meninjau', 'to review'));
    const own = ownPackId(project.id);
    const incoming = [term('pasar induk', 'central market'), term('meninjau', 'to inspect'), term('banjir', 'flood')];
    const preview = previewImport({ terms: incoming }, { pack: (await db.glossaryPacks.get(own))!, terms: await readPackTerms(db, own) });
    expect(preview.kind).toBe('merge');
    expect(preview.counts).toMatchObject({ new: 1, conflict: 2 });
    const [pasar, meninjau] = preview.entries.filter((e) => e.status === 'conflict');
    const plan = planMerge(preview, new Map([
      [pasar!.key, 'theirs'],
      [meninjau!.key, 'both'],
    ]));
    const pack = await applyGlossaryImport(db, project.id, plan, { packId: own });
    expect(pack.id).toBe(own);
    const targets = (await readPackTerms(db, own)).map((t) => `${t.source}=${t.target}`).sort();
    expect(targets).toEqual(['banjir=flood', 'meninjau=to inspect', 'meninjau=to review', 'pasar induk=central market']);
  });

  it('changes nothing when the merge fails part-way or no longer fits the pack', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    await addTerm(db, project.id, term('pasar induk', 'wholesale market'));
    const own = ownPackId(project.id);
    const local = await readPackTerms(db, own);
    const preview = previewImport({ terms: [term('pasar induk', 'central market'), term('banjir', 'flood')] }, { pack: (await db.glossaryPacks.get(own))!, terms: local });
    const plan = planMerge(preview, { [preview.entries.find((e) => e.status === 'conflict')!.key]: 'theirs' });
    const before = await snapshot(db);

    // The replacement is written, then adding fails: the replacement is undone too.
    vi.spyOn(db.terms, 'bulkAdd').mockImplementationOnce(() => Promise.reject(new Error('disk failed')) as never);
    await expect(applyGlossaryImport(db, project.id, plan, { packId: own })).rejects.toThrow('disk failed');
    expect(await snapshot(db)).toEqual(before);

    // A term the plan replaces was deleted meanwhile: refused, nothing written.
    await deleteTerm(db, local[0]!.id!);
    const after = await snapshot(db);
    const stale = await applyGlossaryImport(db, project.id, plan, { packId: own }).catch((e: unknown) => e);
    expect(isPadananError(stale) && stale.code).toBe('glossaryApp.stale');
    expect(await snapshot(db)).toEqual(after);

    // An invalid entry is refused before anything is written.
    const bad = { ...planMerge(previewImport({ terms: [term('a', 'b')] })), add: [term('a', '')] };
    const refused = await applyGlossaryImport(db, project.id, bad, { newPack: { name: 'X' } }).catch((e: unknown) => e);
    expect(isPadananError(refused) && refused.code).toBe('glossaryApp.targetEmpty');
    expect(await snapshot(db)).toEqual(after);
  });

  it('imports a pack file as a new pack, then updates it from a newer version without losing the user’s edits', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const v1 = createPack(PACK_INPUT, [term('inflasi', 'inflation'), term('suku bunga', 'interest rate'), term('neraca', 'balance sheet'), term('resesi', 'recession')]);
    const created = await applyGlossaryImport(db, project.id, planMerge(previewImport(v1)), { newPack: { name: 'Ekonomi', manifest: v1.manifest } });
    expect(created).toMatchObject({ name: 'Ekonomi', version: '1.0.0', origin: PACK_INPUT.id, enabled: true, priority: 1 });
    expect(await readPackTerms(db, created.id)).toHaveLength(4);

    // The user corrects one entry after the import.
    const neraca = (await readPackTerms(db, created.id)).find((t) => t.source === 'neraca')!;
    await updateTerm(db, neraca.id!, term('neraca', 'balance'));

    // Version 1.1: suku bunga and neraca retranslated, resesi dropped, deflasi new.
    const v2 = createPack({ ...PACK_INPUT, version: '1.1.0' }, [term('inflasi', 'inflation'), term('suku bunga', 'interest rates'), term('neraca', 'statement of financial position'), term('deflasi', 'deflation')]);
    const pack = (await db.glossaryPacks.get(created.id))!;
    const preview = previewImport(v2, { pack, terms: await readPackTerms(db, pack.id) }, { importedAt: pack.importedAt! });
    expect(preview.kind).toBe('update');
    expect(preview.counts).toEqual({ new: 1, identical: 1, changed: 0, conflict: 2, removed: 1 });
    const byKey = (source: string) => preview.entries.find((e) => (e.incoming ?? e.local)!.source === source)!;
    // Untouched entries follow the publisher; the user's edit stays theirs; dropped ones are kept unless removed.
    expect(byKey('suku bunga').defaultDecision).toBe('theirs');
    expect(byKey('neraca').defaultDecision).toBe('mine');
    expect(byKey('resesi').defaultDecision).toBe('keep');
    const plan = planMerge(preview, { [byKey('resesi').key]: 'remove' });
    const updated = await applyGlossaryImport(db, project.id, plan, { packId: pack.id });
    expect(updated).toMatchObject({ version: '1.1.0', origin: PACK_INPUT.id });
    expect(updated.importedAt!).toBeGreaterThanOrEqual(pack.importedAt!);
    const targets = (await readPackTerms(db, pack.id)).map((t) => `${t.source}=${t.target}`).sort();
    expect(targets).toEqual(['deflasi=deflation', 'inflasi=inflation', 'neraca=balance', 'suku bunga=interest rates']);
  });

  it('can attach the starter pack again after it was deleted', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const [starter] = await listPacks(db, project.id);
    await deletePack(db, starter!.id);
    expect(await hasStarterPack(db, project.id)).toBe(false);
    await attachStarterPack(db, project.id);
    expect(await hasStarterPack(db, project.id)).toBe(true);
  });
});
