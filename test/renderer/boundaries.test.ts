import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/cli';
import { PadananDb } from '../../renderer/src/db/schema';

const RENDERER = join(REPO_ROOT, 'renderer/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('renderer boundaries', () => {
  it('touches Dexie only in renderer/src/db: no Dexie import and no table access elsewhere', () => {
    const tables = new PadananDb('boundaries-check').tables.map((t) => t.name);
    expect(tables).toContain('segmentBlocks');
    const tableAccess = new RegExp(`\\bdb\\.(${tables.join('|')}|transaction)\\b`);
    const offenders: string[] = [];
    for (const file of sources(RENDERER)) {
      const path = relative(RENDERER, file);
      if (path.startsWith('db/')) continue;
      const text = readFileSync(file, 'utf8');
      if (/from '(dexie|dexie-react-hooks)'/.test(text)) offenders.push(`${path}: imports Dexie`);
      if (tableAccess.test(text)) offenders.push(`${path}: ${tableAccess.exec(text)![0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
