import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openPadananDb } from '../../../renderer/src/db/database';
import { DATABASE_NAME, PadananDb } from '../../../renderer/src/db/schema';
import { createProject, listProjects } from '../../../renderer/src/db/projects';

describe('openPadananDb', () => {
  it('opens the app database by default, or a named one, and data persists across opens', async () => {
    expect(openPadananDb().name).toBe(DATABASE_NAME);
    const name = `padanan-open-${Math.random().toString(36).slice(2)}`;
    const db = openPadananDb(name);
    expect(db).toBeInstanceOf(PadananDb);
    await createProject(db, 'Tetap');
    db.close();
    const again = openPadananDb(name);
    expect((await listProjects(again)).map((p) => p.name)).toEqual(['Tetap']);
    again.close();
  });
});
