import { describe, expect, it } from 'vitest';
// First: installs fake-indexeddb before Dexie is loaded.
import { freshDb } from '../db/fixtures';
import { isPadananError } from '../../../core/errors';
import type { TermDraft } from '../../../core/model';
import { readGlossary } from '../../../glossary/formats/index';
import { createPack, writePack } from '../../../glossary/formats/pack';
import { planMerge, previewImport } from '../../../glossary/merge';
import { GlossaryMatches } from '../../../renderer/src/features/glossary/glossaryMatches';
import { addTerm, applyGlossaryImport, listPacks, ownPackId, setPackEnabled } from '../../../renderer/src/db/glossary';
import { openPadananDb } from '../../../renderer/src/db/database';
import { createProject } from '../../../renderer/src/db/projects';
import { serializeError } from '../../../renderer/src/workers/parseProtocol';
import { GlossaryService, exportManifest, listedPart } from '../../../renderer/src/workers/glossaryService';
import { GlossaryWorkerClient, type GlossaryWorker } from '../../../renderer/src/workers/glossaryWorker';
import type { GlossaryRequest } from '../../../renderer/src/workers/glossaryProtocol';
import type { RpcResponse } from '../../../renderer/src/workers/workerRpc';

const term = (source: string, target: string): TermDraft => ({ source, target, forbidden: false, caseSensitive: false, matchMode: 'inflected' });
const bytes = (text: string) => new TextEncoder().encode(text);

/** Runs what glossary.worker.ts runs, in this thread, with messages structured-cloned both ways. */
class FakeGlossaryWorker implements GlossaryWorker {
  onmessage: GlossaryWorker['onmessage'] = null;
  onerror: GlossaryWorker['onerror'] = null;
  terminated = false;
  readonly calls: string[] = [];
  private readonly service = new GlossaryService(openPadananDb);

  postMessage(message: GlossaryRequest): void {
    const request = structuredClone(message);
    this.calls.push(request.type);
    const reply = (response: RpcResponse) => setTimeout(() => this.onmessage?.({ data: structuredClone(response) } as MessageEvent<unknown>), 0);
    this.service.handle(request).then(
      (value) => reply({ id: request.id, ok: true, value }),
      (error) => reply({ id: request.id, ok: false, error: serializeError(error) }),
    );
  }

  terminate(): void {
    this.terminated = true;
  }
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('glossary worker service', () => {
  it('builds the matcher from the enabled packs in priority order and matches segments', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const service = new GlossaryService(() => db);
    const info = await service.handle({ type: 'load', dbName: db.name, projectId: project.id });
    expect(info.generation).toBe(1);
    expect(info.packs.map((p) => p.name)).toEqual(['International news (id→en)']);
    expect(info.termCount).toBeGreaterThanOrEqual(200);
    const { generation, results } = await service.handle({ type: 'match', texts: ['Korut diam saja.', 'Juru bicara Gedung Putih hadir.', ''] });
    expect(generation).toBe(1);
    expect(results[0]!.map((m) => [m.start, m.end, m.term.target, m.how])).toEqual([[0, 5, 'North Korea', 'exact']]);
    expect(results[1]!.map((m) => m.term.target)).toEqual(['spokesperson', 'White House']);
    expect(results[2]).toEqual([]);

    // The own pack outranks the starter pack on the same span.
    await addTerm(db, project.id, term('Korut', 'DPRK'));
    const again = await service.handle({ type: 'load', dbName: db.name, projectId: project.id });
    expect(again.generation).toBe(2);
    expect(again.packs.map((p) => p.name)).toEqual(['Project glossary', 'International news (id→en)']);
    const [korut] = (await service.handle({ type: 'match', texts: ['Korut diam.'] })).results[0]!;
    expect([korut!.term.target, korut!.packRank]).toEqual(['DPRK', 0]);
  });

  it('reads a file, previews it against a pack, and refuses a malformed one naming the line', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    await addTerm(db, project.id, term('pasar induk', 'wholesale market'));
    const service = new GlossaryService(() => db);
    const info = await service.handle({ type: 'read', fileName: 'rekan.tsv', bytes: bytes('pasar induk\tcentral market\nbanjir\tflood\nbanjir\tflood\n') });
    expect(info).toEqual({ format: 'tsv', fileName: 'rekan.tsv', termCount: 3 });
    const preview = await service.handle({ type: 'preview', dbName: db.name, projectId: project.id, targetPackId: ownPackId(project.id) });
    expect(preview.kind).toBe('merge');
    expect(preview.counts).toMatchObject({ new: 1, conflict: 1 });
    expect(preview.duplicatesInFile).toBe(1);
    const fresh = await service.handle({ type: 'preview', dbName: db.name, projectId: project.id });
    expect(fresh.kind).toBe('create');

    const error = await service.handle({ type: 'read', fileName: 'rusak.tsv', bytes: bytes('a\tb\nc\td\te\tf\n') }).catch((e: unknown) => e);
    expect(isPadananError(error) && [error.code, error.params.line]).toEqual(['glossary.columns', 2]);
    // The failed read leaves no file behind to import by mistake.
    await expect(service.handle({ type: 'preview', dbName: db.name, projectId: project.id })).rejects.toMatchObject({ code: 'glossaryApp.workerFailed' });

    // Another project's pack is not a target.
    await service.handle({ type: 'read', fileName: 'rekan.tsv', bytes: bytes('banjir\tflood\n') });
    await expect(service.handle({ type: 'preview', dbName: db.name, projectId: 'another', targetPackId: ownPackId(project.id) })).rejects.toMatchObject({
      code: 'glossaryApp.packMissing',
    });
  });

  it('exports packs as TBX, TSV, CSV and a pack file that read back the same', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    await addTerm(db, project.id, { ...term('Korut', 'DPRK'), forbidden: true, pos: 'properNoun', note: 'avoid' });
    await addTerm(db, project.id, term('pasar induk', 'wholesale market'));
    const service = new GlossaryService(() => db);
    const own = ownPackId(project.id);
    for (const format of ['tbx', 'tsv', 'csv', 'pack'] as const) {
      const file = await service.handle({ type: 'export', dbName: db.name, projectId: project.id, packIds: [own], format, name: 'Glosarium saya' });
      const back = readGlossary(file, `x.${format === 'pack' ? 'padanan-pack.json' : format}`);
      expect(back.terms.map((t) => `${t.source}=${t.target}`), format).toEqual(['Korut=DPRK', 'pasar induk=wholesale market']);
      if (format !== 'tsv' && format !== 'csv') expect(back.terms[0]!.forbidden, format).toBe(true);
      if (format === 'pack') expect(back.manifest).toMatchObject({ id: `padanan:${own}`, name: 'Glosarium saya', termCount: 2, licence: 'unspecified' });
    }
    // All enabled packs together, in priority order.
    const packs = await listPacks(db, project.id);
    const all = await service.handle({ type: 'export', dbName: db.name, projectId: project.id, packIds: packs.map((p) => p.id), format: 'tsv', name: 'Semua' });
    const lines = new TextDecoder().decode(all).trim().split('\n');
    expect(lines[0]).toBe('Korut\tDPRK\tavoid');
    expect(lines.length).toBeGreaterThan(200);
    await expect(service.handle({ type: 'export', dbName: db.name, projectId: project.id, packIds: ['nope'], format: 'tbx', name: 'x' })).rejects.toMatchObject({
      code: 'glossaryApp.packMissing',
    });
  });

  it('keeps a published pack’s identity in its export manifest', () => {
    const base = { projectId: 'p', enabled: true, priority: 0, createdAt: 1, updatedAt: 1 };
    expect(exportManifest([{ ...base, id: 'x', name: 'Ekonomi', version: '1.2.0', author: 'Ana', licence: 'CC0-1.0', origin: 'org.example.ekonomi' }], 'p', 'Ekonomi')).toMatchObject({
      id: 'org.example.ekonomi',
      version: '1.2.0',
      licence: 'CC0-1.0',
    });
    expect(exportManifest([], 'p', ' ')).toMatchObject({ id: 'padanan-project:p', name: 'Glossary', version: '1.0.0' });
  });
});

describe('glossary matches for the editor', () => {
  it('answers sources in batches, and rebuilds when a pack is disabled or a term added', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const workers: FakeGlossaryWorker[] = [];
    const matches = new GlossaryMatches(db, project.id, () => {
      const worker = new FakeGlossaryWorker();
      workers.push(worker);
      return worker;
    });
    try {
      let heard = 0;
      matches.subscribe(() => heard++);
      expect(matches.get('Korut diam saja.')).toBeUndefined();
      expect(matches.get('Gedung Putih hadir.')).toBeUndefined();
      await until(() => matches.get('Korut diam saja.') !== undefined, 'the first answers');
      expect(matches.get('Korut diam saja.')!.map((m) => m.term.target)).toEqual(['North Korea']);
      expect(matches.get('Gedung Putih hadir.')!.map((m) => m.term.target)).toEqual(['White House']);
      // Both sources went in one message.
      expect(workers[0]!.calls.filter((c) => c === 'match')).toHaveLength(1);
      expect(heard).toBeGreaterThan(0);

      const [starter] = await listPacks(db, project.id);
      await setPackEnabled(db, starter!.id, false);
      await until(() => matches.getState().info?.termCount === 0, 'the rebuild without the starter pack');
      await until(() => matches.get('Korut diam saja.')?.length === 0, 'the new answer');

      await addTerm(db, project.id, term('diam', 'silent'));
      await until(() => matches.getState().info?.termCount === 1, 'the rebuild with the new term');
      expect(await matches.match('Korut diam saja.')).toMatchObject([{ start: 6, end: 10, term: { target: 'silent' } }]);
      expect(workers).toHaveLength(1);
    } finally {
      matches.dispose();
    }
    expect(workers[0]!.terminated).toBe(true);
  });

  it('rejects every call once the worker has failed', async () => {
    const client = new GlossaryWorkerClient(() => ({
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => this.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent), 0);
      },
      terminate() {},
    }));
    await expect(client.call({ type: 'match', texts: ['a'] })).rejects.toMatchObject({ code: 'glossaryApp.workerFailed', params: { detail: 'out of memory' } });
    await expect(client.call({ type: 'match', texts: ['b'] })).rejects.toMatchObject({ code: 'glossaryApp.workerFailed' });
  });

  it('applies the previewed import with per-entry and for-all decisions, then pages through the pack', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    await addTerm(db, project.id, term('a1', 'x'));
    await addTerm(db, project.id, term('a2', 'x'));
    await addTerm(db, project.id, term('a3', 'x'));
    const service = new GlossaryService(() => db);
    await service.handle({ type: 'read', fileName: 'b.tsv', bytes: bytes('a1\ty\na2\ty\na3\ty\nbaru\tnew\n') });
    const own = ownPackId(project.id);
    const preview = await service.handle({ type: 'preview', dbName: db.name, projectId: project.id, targetPackId: own });
    const a2 = preview.entries.find((e) => e.incoming?.source === 'a2')!;
    // "Take theirs for all", then "keep both" for a2.
    const result = await service.handle({
      type: 'apply',
      dbName: db.name,
      projectId: project.id,
      decisions: { byKey: [[a2.key, 'both']], byStatus: { conflict: 'theirs' } },
      target: { packId: own },
    });
    expect(result).toMatchObject({ added: 2, replaced: 2, removed: 0, kept: 1, pack: { id: own } });
    // A preview is applied once.
    await expect(service.handle({ type: 'apply', dbName: db.name, projectId: project.id, decisions: { byKey: [], byStatus: {} }, target: { packId: own } })).rejects.toMatchObject({
      code: 'glossaryApp.workerFailed',
    });

    const pack = (await db.glossaryPacks.get(own))!;
    const page = await service.handle({ type: 'browse', dbName: db.name, packId: own, version: pack.updatedAt, query: '', offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.terms.map((t) => `${t.source}=${t.target}`)).toEqual(['a2=x', 'a3=y']);
    const found = await service.handle({ type: 'browse', dbName: db.name, packId: own, version: pack.updatedAt, query: 'A2', offset: 0, limit: 10 });
    expect(found.terms.map((t) => `${t.source}=${t.target}`)).toEqual(['a2=x', 'a2=y']);
  });

  it('lists at most a bounded number of entries of each status, keeping the counts', () => {
    const incoming = Array.from({ length: 1200 }, (_, i) => term(`k${i}`, `t${i}`));
    const preview = previewImport({ terms: incoming });
    const view = listedPart(preview);
    expect(view.counts.new).toBe(1200);
    expect(view.entries).toHaveLength(500);
    expect(listedPart(preview, 2000).entries).toHaveLength(1200);
  });

  it('imports a published pack through the worker and the one-transaction apply', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const service = new GlossaryService(() => db);
    const pack = createPack({ id: 'org.example.x', name: 'X', version: '2.0.0', author: '', licence: 'CC0-1.0', sourceLang: 'id', targetLang: 'en' }, [term('rudal', 'missile')]);
    const info = await service.handle({ type: 'read', fileName: 'x.padanan-pack.json', bytes: writePack(pack) });
    expect(info.manifest?.id).toBe('org.example.x');
    const preview = await service.handle({ type: 'preview', dbName: db.name, projectId: project.id });
    const stored = await applyGlossaryImport(db, project.id, planMerge(preview), { newPack: { name: 'X', manifest: info.manifest! } });
    expect(stored).toMatchObject({ origin: 'org.example.x', version: '2.0.0' });
  });
});
