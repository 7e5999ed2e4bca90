import { describe, expect, it } from 'vitest';
import { freshDb } from './fixtures';
import { SEGMENT_BLOCK_SIZE } from '../../../renderer/src/db/schema';

/**
 * v1 as shipped. Published versions are append-only: if this test fails because a v1 store
 * changed, add a version 2 instead (with an upgrade and a migration test).
 */
const V1 = {
  projects: 'id, updatedAt',
  documents: 'id, projectId',
  documentSkeletons: 'documentId',
  segmentBlocks: '[documentId+block]',
  revisions: '++id, [documentId+unitId], at',
  comments: '++id, [documentId+unitId]',
  glossaryPacks: 'id, projectId',
  terms: '++id, packId',
  tmUnits: '++id, projectId, [projectId+source]',
  settings: 'key',
};

/** v2 added tables only (TMX imports and the persisted TM index); the v1 stores are unchanged. */
const V2 = { ...V1, tmImports: 'id, projectId', tmIndexes: 'projectId' };

describe('PadananDb schema v1', () => {
  it('declares exactly the v1 tables, keys and indexes (plus the tables v2 added)', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(2);
    const declared = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]),
    );
    expect(declared).toEqual(V2);
    db.close();
  });

  it('creates the same object stores and indexes in IndexedDB itself', async () => {
    const db = freshDb();
    await db.open();
    const idb = db.backendDB();
    expect([...idb.objectStoreNames].sort()).toEqual(Object.keys(V2).sort());
    const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
    const blocks = tx.objectStore('segmentBlocks');
    expect(blocks.keyPath).toEqual(['documentId', 'block']);
    const revisions = tx.objectStore('revisions');
    expect(revisions.autoIncrement).toBe(true);
    expect(revisions.index('[documentId+unitId]').keyPath).toEqual(['documentId', 'unitId']);
    expect(tx.objectStore('tmUnits').index('[projectId+source]').keyPath).toEqual(['projectId', 'source']);
    expect([...tx.objectStore('documents').indexNames]).toEqual(['projectId']);
    db.close();
  });

  it('keeps 100 segments per block (window and bench figures depend on it)', () => {
    expect(SEGMENT_BLOCK_SIZE).toBe(100);
  });
});
