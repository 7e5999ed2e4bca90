import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

type Tree = { [key: string]: string | Tree };
function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

describe('errors.segment.json', () => {
  const sources = readdirSync(ROOT + 'core/segment')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(`${ROOT}core/segment/${f}`, 'utf8'))
    .join('\n');
  const codes = [...new Set([...sources.matchAll(/PadananError\(\s*'(segment\.[\w.]+)'/g)].map((m) => m[1]!))];

  it('finds the codes the segmentation core throws', () => {
    expect(codes).toContain('segment.srx.regex');
    expect(codes.length).toBeGreaterThan(10);
  });

  for (const lang of ['en', 'id']) {
    it(`translates every code in ${lang}, and each translation uses only known parameters`, () => {
      const tree = JSON.parse(readFileSync(`${ROOT}renderer/src/i18n/${lang}/errors.segment.json`, 'utf8')) as Tree;
      for (const code of codes) {
        const text = lookup(tree, code);
        expect(text, `${lang}: ${code}`).toBeTypeOf('string');
        for (const [, param] of text!.matchAll(/\{\{(\w+)\}\}/g)) {
          expect(['file', 'detail', 'root', 'version', 'element', 'position', 'pattern', 'languagerule', 'part', 'language', 'abbreviation', 'segment', 'other', 'offset']).toContain(param);
        }
      }
    });
  }
});
