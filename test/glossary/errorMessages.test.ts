import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('glossary error messages', () => {
  it('has an English and an Indonesian text for every error code the glossary code throws', () => {
    const codes = new Set<string>();
    for (const file of [...sources(join(ROOT, 'glossary')), join(ROOT, 'cli/commands/glossary.ts')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'glossary\.([a-zA-Z]+)'/g)) codes.add(m[1]!);
    }
    expect(codes.size).toBeGreaterThan(10);
    for (const lang of ['en', 'id']) {
      const texts = JSON.parse(readFileSync(join(ROOT, `renderer/src/i18n/${lang}/errors.glossary.json`), 'utf8')).glossary as Record<string, string>;
      expect([...codes].filter((c) => !texts[c]), lang).toEqual([]);
    }
  });
});
