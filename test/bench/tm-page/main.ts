/**
 * The TM bench page: the real renderer/src/db/tm.ts, the real TMX import worker and the real TM
 * worker, in Chromium. tm.bench.ts calls window.tmBench.* through Playwright and prints figures.
 */
import { tmxParts } from '../../../core/formats/tmx';
import type { TmUnit } from '../../../core/model';
import { openPadananDb } from '../../../renderer/src/db/database';
import { createProject } from '../../../renderer/src/db/projects';
import { readTmIndex, readTmUnitsAfter } from '../../../renderer/src/db/tm';
import { importTmxInWorker } from '../../../renderer/src/workers/tmImport';
import { TmIndexClient } from '../../../renderer/src/workers/tmIndex';
import type { TmLoadInfo } from '../../../renderer/src/workers/tmIndexService';
import { corpusQuery, corpusRandom, corpusUnit } from '../tmCorpus';

const DB_NAME = 'padanan-tm-bench';
const PROJECT_KEY = 'tm-bench-project';
let db = openPadananDb(DB_NAME);
let client: TmIndexClient | undefined;
let prepared: Uint8Array | undefined;

export interface TmxImportFigures {
  importMs: number;
  stored: number;
  duplicates: number;
  progressEvents: number;
}

export interface TmBench {
  reset(): Promise<void>;
  /** Generates a TMX file of units [from, from+count), kept for importTmx(). */
  prepareTmx(from: number, count: number): Promise<{ megabytes: number; generateMs: number }>;
  /** Imports the prepared file through the import worker (the bytes are transferred to it). */
  importTmx(): Promise<TmxImportFigures>;
  /** Writes units [from, from+count) straight into tmUnits, 5,000 per transaction. */
  storeUnits(from: number, count: number): Promise<{ ms: number }>;
  /** Starts the TM worker for the project: time until it answers (worker start + index load). */
  openIndex(): Promise<{ ms: number; info: TmLoadInfo }>;
  /** Waits until the persisted index covers `units` units. */
  waitForPersistedIndex(units: number, timeoutMs: number): Promise<{ ms: number; found: boolean }>;
  /** Fuzzy lookups of one-word variants of stored units, through the worker (targets read from storage). */
  lookups(count: number, among: number, seed: number): Promise<{ times: number[]; matched: number; selfFound: number }>;
  concordance(queries: string[]): Promise<{ times: number[]; hits: number[] }>;
  persistedIndexBytes(): Promise<number>;
  /** Reads every unit in pages of 20,000 (what a first open does before building), timed. */
  readAllUnits(): Promise<{ ms: number; units: number }>;
}

declare global {
  interface Window {
    tmBench: TmBench;
  }
}

async function projectId(): Promise<string> {
  const known = localStorage.getItem(PROJECT_KEY);
  if (known && (await db.projects.get(known))) return known;
  const project = await createProject(db, 'TM bench');
  localStorage.setItem(PROJECT_KEY, project.id);
  return project.id;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

window.tmBench = {
  async reset() {
    client?.dispose();
    client = undefined;
    db.close();
    await openPadananDb(DB_NAME).delete();
    db = openPadananDb(DB_NAME);
    localStorage.removeItem(PROJECT_KEY);
  },

  async prepareTmx(from, count) {
    const started = performance.now();
    const encoder = new TextEncoder();
    const units = (function* () {
      for (let i = from; i < from + count; i++) yield corpusUnit(i);
    })();
    prepared = concat([...tmxParts(units)].map((part) => encoder.encode(part)));
    return { megabytes: prepared.length / 2 ** 20, generateMs: performance.now() - started };
  },

  async importTmx() {
    const project = await projectId();
    const bytes = prepared;
    if (!bytes) throw new Error('prepareTmx() first');
    prepared = undefined;
    let progressEvents = 0;
    const t0 = performance.now();
    const handle = importTmxInWorker({ dbName: DB_NAME, projectId: project, file: { name: 'bench.tmx', bytes } }, () => progressEvents++);
    const result = await handle.result;
    return { importMs: performance.now() - t0, stored: result.stored, duplicates: result.duplicates, progressEvents };
  },

  async storeUnits(from, count) {
    const project = await projectId();
    const t0 = performance.now();
    for (let at = from; at < from + count; at += 5000) {
      const batch: TmUnit[] = [];
      for (let i = at; i < Math.min(from + count, at + 5000); i++) batch.push({ projectId: project, ...corpusUnit(i), origin: 'tmx', createdAt: 1 });
      await db.tmUnits.bulkAdd(batch);
    }
    return { ms: performance.now() - t0 };
  },

  async openIndex() {
    const project = await projectId();
    client?.dispose();
    const t0 = performance.now();
    client = new TmIndexClient(DB_NAME, project);
    const info = await client.ready;
    return { ms: performance.now() - t0, info };
  },

  async waitForPersistedIndex(units, timeoutMs) {
    const project = await projectId();
    const t0 = performance.now();
    while (performance.now() - t0 < timeoutMs) {
      const record = await readTmIndex(db, project);
      if (record && record.snapshot.unitIds.length >= units) return { ms: performance.now() - t0, found: true };
      await new Promise((r) => setTimeout(r, 500));
    }
    return { ms: performance.now() - t0, found: false };
  },

  async lookups(count, among, seed) {
    if (!client) throw new Error('openIndex() first');
    const random = corpusRandom(seed);
    const times: number[] = [];
    let matched = 0;
    let selfFound = 0;
    for (let q = 0; q < count; q++) {
      const of = Math.floor(random() * among);
      const query = corpusQuery(of, seed + q);
      const t0 = performance.now();
      const matches = await client.lookup(query, { minScore: 50, limit: 3 });
      times.push(performance.now() - t0);
      if (matches.length) matched++;
      if (matches.some((m) => m.source === corpusUnit(of).source)) selfFound++;
    }
    return { times, matched, selfFound };
  },

  async concordance(queries) {
    if (!client) throw new Error('openIndex() first');
    const times: number[] = [];
    const hits: number[] = [];
    for (const query of queries) {
      const t0 = performance.now();
      hits.push((await client.concordance(query, 20)).length);
      times.push(performance.now() - t0);
    }
    return { times, hits };
  },

  async readAllUnits() {
    const t0 = performance.now();
    let units = 0;
    for (let after = 0; ; ) {
      const page = await readTmUnitsAfter(db, after, 20_000);
      if (page.length === 0) break;
      units += page.length;
      after = page.at(-1)!.id!;
    }
    return { ms: performance.now() - t0, units };
  },

  async persistedIndexBytes() {
    const record = await readTmIndex(db, await projectId());
    if (!record) return 0;
    const { snapshot } = record;
    const size = (d: typeof snapshot.source) =>
      d.text.byteLength + d.textOffsets.byteLength + d.textLengths.byteLength + d.tokenCounts.byteLength + d.vocabulary.length * 2 + d.vocabularyOffsets.byteLength + d.postingCounts.byteLength + d.postingOffsets.byteLength + d.postings.byteLength;
    return snapshot.unitIds.byteLength + size(snapshot.source) + size(snapshot.target);
  },
};
