import { describe, expect, it } from 'vitest';
import type { GlossaryPack, GlossaryPackManifest, Term, TermDraft } from '../../core/model';
import { compareVersions, planMerge, previewImport } from '../../glossary/merge';

const draft = (source: string, target: string, extra: Partial<TermDraft> = {}): TermDraft => ({ source, target, forbidden: false, caseSensitive: false, matchMode: 'inflected', ...extra });
let nextId = 1;
const stored = (source: string, target: string, extra: Partial<Term> = {}): Term => ({ id: nextId++, packId: 'local', ...draft(source, target), updatedAt: 100, ...extra });
const manifest = (version: string): GlossaryPackManifest => ({
  id: 'org.example.news',
  name: 'News',
  version,
  author: 'A',
  licence: 'CC0-1.0',
  sourceLang: 'id',
  targetLang: 'en',
  termCount: 0,
  created: '2026-01-01',
  checksum: 'sha256:x',
});
const pack = (extra: Partial<GlossaryPack> = {}): GlossaryPack => ({
  id: 'local',
  projectId: 'p1',
  name: 'Mine',
  version: '1.0.0',
  author: 'me',
  licence: '',
  enabled: true,
  priority: 0,
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

describe('import preview', () => {
  const locals = [stored('Korut', 'North Korea'), stored('juru bicara', 'spokesman'), stored('pasok', 'supply', { note: 'mine' }), stored('AS', 'US')];

  it('classifies entries as new, identical, changed and conflicting', () => {
    const incoming = [
      draft('korut', 'North Korea'),
      draft('Juru  bicara', 'spokesperson'),
      draft('pasok', 'supply', { note: 'theirs', pos: 'verb' }),
      draft('Kremlin', 'Kremlin'),
      draft('Kremlin', 'Kremlin'),
    ];
    const preview = previewImport({ terms: incoming }, { pack: pack(), terms: locals });
    expect(preview.kind).toBe('merge');
    expect(preview.entries.map((e) => e.status)).toEqual(['changed', 'conflict', 'changed', 'new']);
    expect(preview.counts).toEqual({ new: 1, identical: 0, changed: 2, conflict: 1, removed: 0 });
    expect(preview.duplicatesInFile).toBe(1);
    expect(preview.entries[0]!.differences).toEqual(['source']);
    expect(preview.entries[2]!.differences).toEqual(['pos', 'note']);
    expect(preview.entries[1]!.local?.target).toBe('spokesman');
    // Into the user's own glossary nothing local is replaced unless the user says so.
    expect(preview.entries.map((e) => e.defaultDecision)).toEqual(['mine', 'mine', 'mine', 'add']);
    const identical = previewImport({ terms: [draft('AS', 'US')] }, { terms: locals });
    expect(identical.entries[0]!.status).toBe('identical');
  });

  it('plans keep mine, take theirs and keep both', () => {
    const incoming = [draft('juru bicara', 'spokesperson'), draft('pasok', 'supply', { note: 'theirs' }), draft('Korut', 'DPRK'), draft('Kremlin', 'Kremlin')];
    const preview = previewImport({ terms: incoming }, { pack: pack(), terms: locals });
    const plan = planMerge(preview, { 0: 'theirs', 1: 'mine', 2: 'both' });
    expect(plan.update).toEqual([{ id: locals[1]!.id, term: incoming[0] }]);
    expect(plan.add).toEqual([incoming[2], incoming[3]]);
    expect(plan.remove).toEqual([]);
    expect(plan.kept).toBe(2);
    expect(() => planMerge(preview, { 3: 'theirs' })).toThrow(/not possible/);
  });

  it('creates a new pack when there is no target', () => {
    const preview = previewImport({ terms: [draft('a', 'b')], manifest: manifest('1.0.0') });
    expect(preview.kind).toBe('create');
    expect(planMerge(preview)).toMatchObject({ kind: 'create', add: [draft('a', 'b')], manifest: manifest('1.0.0') });
  });

  it('updates a pack from a newer version of itself without losing local edits', () => {
    const installed = pack({ origin: 'org.example.news', version: '1.0.0' });
    const importedAt = 500;
    const terms = [
      stored('Korut', 'N. Korea', { updatedAt: 400 }), // published, untouched
      stored('Kremlin', 'the Kremlin', { updatedAt: 900 }), // published, edited by the user later
      stored('dropped', 'gone', { updatedAt: 400 }), // published, dropped by 1.1.0
      stored('mine', 'my own', { updatedAt: 800 }), // added by the user
    ];
    const next = [draft('Korut', 'North Korea'), draft('Kremlin', 'Kremlin'), draft('Gedung Putih', 'White House')];
    const preview = previewImport({ terms: next, manifest: manifest('1.1.0') }, { pack: installed, terms }, { importedAt });
    expect(preview.kind).toBe('update');
    expect(preview.entries.map((e) => [e.status, e.defaultDecision])).toEqual([
      ['conflict', 'theirs'],
      ['conflict', 'mine'],
      ['new', 'add'],
      ['removed', 'keep'],
    ]);
    const plan = planMerge(preview);
    expect(plan.update.map((u) => u.id)).toEqual([terms[0]!.id]);
    expect(plan.add.map((t) => t.source)).toEqual(['Gedung Putih']);
    expect(plan.remove).toEqual([]);
    expect(plan.manifest?.version).toBe('1.1.0');
    // Removing what the publisher dropped needs an explicit decision.
    expect(planMerge(preview, { 3: 'remove' }).remove).toEqual([terms[2]!.id]);
  });

  it('recognises a re-import and a downgrade of the same pack', () => {
    const installed = pack({ origin: 'org.example.news', version: '1.1.0' });
    expect(previewImport({ terms: [], manifest: manifest('1.1.0') }, { pack: installed, terms: [] }).kind).toBe('reimport');
    expect(previewImport({ terms: [], manifest: manifest('1.0.9') }, { pack: installed, terms: [] }).kind).toBe('downgrade');
    expect(previewImport({ terms: [], manifest: { ...manifest('9.0.0'), id: 'other' } }, { pack: installed, terms: [] }).kind).toBe('merge');
  });

  it('orders versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.2')).toBe(1);
    expect(compareVersions('2.0', '2.0.0')).toBe(0);
    expect(compareVersions('1.0.0', '1.0.1')).toBe(-1);
  });
});
