import { describe, expect, it } from 'vitest';
import { buildResources, deepMerge, flattenKeys, parseResourcePath } from '../../../renderer/src/i18n/buildResources';

describe('parseResourcePath', () => {
  it('reads language and namespace from the file path', () => {
    expect(parseResourcePath('./en/editor.json')).toEqual({ language: 'en', namespace: 'editor' });
    expect(parseResourcePath('./id/common.json')).toEqual({ language: 'id', namespace: 'common' });
  });

  it('files errors.<area>.json under the errors namespace', () => {
    expect(parseResourcePath('./en/errors.storage.json')).toEqual({ language: 'en', namespace: 'errors' });
    expect(parseResourcePath('./id/errors.xml.json')).toEqual({ language: 'id', namespace: 'errors' });
  });

  it('ignores other dotted names and files outside a language folder', () => {
    expect(parseResourcePath('./en/editor.extra.json')).toBeUndefined();
    expect(parseResourcePath('./editor.json')).toBeUndefined();
  });
});

describe('deepMerge', () => {
  it('merges nested objects and lets the second win on leaves', () => {
    expect(deepMerge({ a: { x: '1', y: '2' }, b: 'b' }, { a: { y: 'Y', z: '3' }, c: 'c' })).toEqual({ a: { x: '1', y: 'Y', z: '3' }, b: 'b', c: 'c' });
  });

  it('does not modify its inputs', () => {
    const a = { n: { x: '1' } };
    deepMerge(a, { n: { y: '2' } });
    expect(a).toEqual({ n: { x: '1' } });
  });
});

describe('buildResources', () => {
  it('deep-merges every errors file of a language and keeps namespaces apart', () => {
    const resources = buildResources({
      './en/common.json': { default: { ok: 'OK' } },
      './en/errors.storage.json': { default: { storage: { quota: 'Full' } } },
      './en/errors.xml.json': { default: { xml: { entity: 'Entity' }, storage: { other: 'Other' } } },
      './id/common.json': { ok: 'Oke' },
    });
    expect(resources).toEqual({
      en: { common: { ok: 'OK' }, errors: { storage: { quota: 'Full', other: 'Other' }, xml: { entity: 'Entity' } } },
      id: { common: { ok: 'Oke' } },
    });
  });

  it('refuses a resource that is not an object of strings', () => {
    expect(() => buildResources({ './en/common.json': { default: { n: 1 } } })).toThrow(/common\.json/);
    expect(() => buildResources({ './en/common.json': { default: ['x'] } })).toThrow();
  });
});

describe('flattenKeys', () => {
  it('lists leaf paths, sorted', () => {
    expect(flattenKeys({ b: 'x', a: { d: 'y', c: 'z' } })).toEqual(['a.c', 'a.d', 'b']);
  });
});
