import { describe, expect, it } from 'vitest';
import { freshDb } from './fixtures';
import { getSetting, loadPosition, savePosition, setSetting } from '../../../renderer/src/db/settings';
import { POSITION_SETTING, PadananDb } from '../../../renderer/src/db/schema';

describe('settings', () => {
  it('returns the fallback until set, then the stored value (any structured-clone value)', async () => {
    const db = freshDb();
    expect(await getSetting(db, 'ui.language', 'en')).toBe('en');
    await setSetting(db, 'ui.language', 'id');
    await setSetting(db, 'editor.fontSize', 17);
    await setSetting(db, 'recent', { ids: ['a', 'b'], at: 5 });
    await setSetting(db, 'flag', false);
    expect(await getSetting(db, 'ui.language', 'en')).toBe('id');
    expect(await getSetting(db, 'editor.fontSize', 14)).toBe(17);
    expect(await getSetting(db, 'recent', {})).toEqual({ ids: ['a', 'b'], at: 5 });
    expect(await getSetting(db, 'flag', true)).toBe(false);
    await setSetting(db, 'editor.fontSize', 12);
    expect(await getSetting(db, 'editor.fontSize', 14)).toBe(12);
  });

  it('survives closing and reopening the database', async () => {
    const db = freshDb();
    await setSetting(db, 'ui.language', 'id');
    await savePosition(db, { projectId: 'p', documentId: 'd', segmentIndex: 4321 });
    db.close();
    const reopened = new PadananDb(db.name);
    expect(await getSetting(reopened, 'ui.language', 'en')).toBe('id');
    expect(await loadPosition(reopened)).toEqual({ projectId: 'p', documentId: 'd', segmentIndex: 4321 });
    reopened.close();
  });
});

describe('work position', () => {
  it('round-trips, keeps only the position fields, and the last save wins', async () => {
    const db = freshDb();
    expect(await loadPosition(db)).toBeUndefined();
    await savePosition(db, { projectId: 'p1', documentId: 'd1', segmentIndex: 0 });
    await savePosition(db, { projectId: 'p1', documentId: 'd2', segmentIndex: 99_999, extra: 1 } as never);
    expect(await loadPosition(db)).toEqual({ projectId: 'p1', documentId: 'd2', segmentIndex: 99_999 });
  });

  it('ignores a malformed stored position', async () => {
    const db = freshDb();
    await setSetting(db, POSITION_SETTING, { projectId: 'p', documentId: 3, segmentIndex: 1 });
    expect(await loadPosition(db)).toBeUndefined();
    await setSetting(db, POSITION_SETTING, { projectId: 'p', documentId: 'd', segmentIndex: -1 });
    expect(await loadPosition(db)).toBeUndefined();
  });
});
