import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const SOURCES = ['core/xml/reader.ts', 'core/xml/encoding.ts', 'core/xml/writer.ts', 'core/formats/xliffCommonCodec.ts', 'core/formats/xliff12.ts', 'core/formats/xliff2.ts', 'core/formats/xliffCommonInline.ts', 'core/formats/tmx.ts'];

function lookup(tree: Record<string, unknown>, code: string): unknown {
  return code.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe('translations of the XML error codes', () => {
  const codes = new Set<string>();
  for (const file of SOURCES) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/'((?:xml|xliff|tmx)\.[A-Za-z]+)'/g)) codes.add(m[1]!);
  }

  it('finds the codes', () => {
    expect([...codes]).toEqual(expect.arrayContaining(['xml.doctype', 'xml.entity', 'xml.malformed', 'xml.encoding', 'xml.tooLarge', 'xml.invalidChar', 'xliff.notXliff', 'tmx.notTmx']));
  });

  for (const lang of ['en', 'id']) {
    it(`has every code in ${lang}, with only the usual placeholders`, () => {
      const tree = JSON.parse(readFileSync(join(ROOT, `renderer/src/i18n/${lang}/errors.xml.json`), 'utf8')) as Record<string, unknown>;
      for (const code of codes) {
        const message = lookup(tree, code);
        expect(typeof message, `${lang}: ${code}`).toBe('string');
        for (const [, name] of (message as string).matchAll(/\{\{(\w+)\}\}/g)) {
          expect(['file', 'line', 'column', 'encoding', 'char', 'version', 'max', 'unit', 'detail', 'where'], `${lang}: ${code} uses {{${name}}}`).toContain(name);
        }
      }
    });
  }
});
