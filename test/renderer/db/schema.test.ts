import { describe, expect, it } from 'vitest';
import { freshDb } from './fixtures';
import { declaredStores, SCHEMA_HISTORY } from './migrationHarness';
import { SEGMENT_BLOCK_SIZE } from '../../../renderer/src/db/schema';

/**
 * v2 as shipped (v1's stores plus the tables v2 added), frozen in migrationHarness.ts. Published
 * versions are append-only: if this test fails because a shipped store changed, add a new version
 * instead (with an upgrade and a migration test).
 */
const V2 = SCHEMA_HISTORY[2]!;

describe('PadananDb schema v1', () => {
  it('declares exactly the v1 tables, keys and indexes (plus the tables v2 added)', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(2);
    expect(declaredStores(db)).toEqual(V2);
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
