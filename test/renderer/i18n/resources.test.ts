import { describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/src/i18n/resources';
import { flattenKeys } from '../../../renderer/src/i18n/buildResources';
import { UI_LANGUAGES } from '../../../renderer/src/i18n/languages';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Keys without plural suffixes: English has _one/_other, Indonesian only _other. */
function baseKeys(tree: Parameters<typeof flattenKeys>[0]): string[] {
  return [...new Set(flattenKeys(tree).map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();
}

describe('bundled translations', () => {
  it('has every interface language', () => {
    for (const { code } of UI_LANGUAGES) expect(Object.keys(resources)).toContain(code);
  });

  it('has the same namespaces in English and Indonesian', () => {
    expect(Object.keys(resources.id!).sort()).toEqual(Object.keys(resources.en!).sort());
    for (const ns of ['common', 'projects', 'editor', 'export', 'settings', 'errors']) expect(resources.en).toHaveProperty(ns);
  });

  it('has exactly the same keys in English and Indonesian in every namespace', () => {
    for (const ns of Object.keys(resources.en!)) {
      expect(baseKeys(resources.id![ns]!), `namespace ${ns}`).toEqual(baseKeys(resources.en![ns]!));
    }
  });

  it('uses only the _other plural form in Indonesian, and both forms in English', () => {
    for (const ns of Object.keys(resources.en!)) {
      const id = flattenKeys(resources.id![ns]!);
      expect(id.filter((k) => /_(zero|one|two|few|many)$/.test(k)), `namespace ${ns}`).toEqual([]);
      const en = flattenKeys(resources.en![ns]!);
      for (const key of en.filter((k) => k.endsWith('_one'))) expect(en).toContain(key.replace(/_one$/, '_other'));
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();
    const leaf = (tree: unknown, path: string): string | undefined =>
      path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree) as string | undefined;
    for (const ns of Object.keys(resources.en!)) {
      for (const key of flattenKeys(resources.id![ns]!)) {
        const en = leaf(resources.en![ns], key) ?? leaf(resources.en![ns], key.replace(/_other$/, '_one'));
        const id = leaf(resources.id![ns], key)!;
        // The count of a plural is implied by the form; only compare the other variables.
        const without = (list: (string | undefined)[]) => list.filter((v) => v !== 'count');
        expect(without(vars(id)), `${ns}:${key}`).toEqual(without(vars(en ?? '')));
      }
    }
  });

  it('merges every errors.<area>.json file into the errors namespace', () => {
    expect(resources.en!.errors).toHaveProperty('app.unexpected');
    expect(resources.en!.errors).toHaveProperty('file.empty');
    expect(resources.en!.errors).toHaveProperty('storage.quota');
    expect(resources.id!.errors).toHaveProperty('file.binary');
  });

  it('contains the names of the UI contract', () => {
    const en = resources.en!;
    expect(en.projects).toMatchObject({ import: { button: 'Import document', progress: 'Import progress' } });
    expect(en.editor).toMatchObject({
      segment: { translation: 'Translation of segment {{n}}', status: 'Status of segment {{n}}', confirm: 'Confirm segment' },
      progress: { label: 'Translation progress' },
    });
    expect(en.export).toMatchObject({ button: 'Export', formats: { englishTxt: 'English document (TXT)', englishMd: 'English document (Markdown)' } });
    expect(en.settings).toMatchObject({ language: { label: 'Interface language' }, font: { smaller: 'Smaller font', larger: 'Larger font' } });
  });
});
