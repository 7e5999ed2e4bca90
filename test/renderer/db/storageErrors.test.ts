import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPadananError, PadananError } from '../../../core/errors';
import { toStorageError, withStorageErrors } from '../../../renderer/src/db/storageErrors';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('storage errors', () => {
  it('turns a quota error (direct or wrapped by Dexie) into storage.quota and leaves others alone', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    for (const error of [quota, wrapped]) {
      const mapped = toStorageError(error);
      expect(isPadananError(mapped) && mapped.code).toBe('storage.quota');
    }
    const other = new TypeError('x');
    expect(toStorageError(other)).toBe(other);
    const padanan = new PadananError('storage.projectMissing', 'gone');
    expect(toStorageError(padanan)).toBe(padanan);
    await expect(withStorageErrors(() => Promise.reject(wrapped))).rejects.toMatchObject({ code: 'storage.quota' });
    await expect(withStorageErrors(() => Promise.resolve(3))).resolves.toBe(3);
  });

  it('every code thrown by renderer/src/db and renderer/src/workers has an English and an Indonesian text with the same placeholders', () => {
    const codes = new Set<string>();
    for (const dir of ['renderer/src/db', 'renderer/src/workers']) {
      for (const file of readdirSync(join(root, dir))) {
        const text = readFileSync(join(root, dir, file), 'utf8');
        for (const m of text.matchAll(/PadananError\(\s*'([\w.]+)'/g)) codes.add(m[1]!);
      }
    }
    expect(codes.size).toBeGreaterThanOrEqual(8);
    // Every errors.<area>.json is merged into the errors namespace (see i18n/buildResources.ts).
    const load = (lang: string) => {
      const dir = join(root, `renderer/src/i18n/${lang}`);
      const table: Record<string, Record<string, string>> = {};
      for (const file of readdirSync(dir).filter((f) => /^errors\.[\w-]+\.json$/.test(f))) {
        const part = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, Record<string, string>>;
        for (const [group, keys] of Object.entries(part)) table[group] = { ...table[group], ...keys };
      }
      return table;
    };
    const en = load('en');
    const id = load('id');
    const lookup = (table: Record<string, Record<string, string>>, code: string) =>
      code.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), table) as string | undefined;
    const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const code of codes) {
      const english = lookup(en, code);
      const indonesian = lookup(id, code);
      expect(english, code).toBeTypeOf('string');
      expect(indonesian, code).toBeTypeOf('string');
      expect(placeholders(indonesian!), code).toEqual(placeholders(english!));
      expect(indonesian, code).not.toBe(english);
    }
  });
});
