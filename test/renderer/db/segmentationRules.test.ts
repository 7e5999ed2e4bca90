import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDb } from './fixtures';
import { runValidator, validatorMissing } from '../../support/validator';
import { isPadananError } from '../../../core/errors';
import { INDONESIAN_SRX, parseSrx } from '../../../core/segment/index';
import { createProject, deleteProject } from '../../../renderer/src/db/projects';
import {
  addNoBreakAbbreviation,
  DEFAULT_SEGMENTATION_RULES,
  exportableSrx,
  importSegmentationRules,
  lastWord,
  loadSegmentationRules,
  restoreDefaultSegmentationRules,
  segmentationRulesKey,
  segmenterFor,
} from '../../../renderer/src/db/segmentationRules';
import { handleParseRequest } from '../../../renderer/src/workers/parseProtocol';

const SRX_FIXTURES = new URL('../../fixtures/segmentation/srx/', import.meta.url).pathname;
const E2E_FIXTURES = new URL('../../fixtures/e2e/', import.meta.url).pathname;
const MEETING = 'Rapat dipimpin Dirut. Ahmad Santoso di Jakarta. Semua direktur hadir; dua komisaris berhalangan.';

const fixture = (dir: string, name: string) => new Uint8Array(readFileSync(join(dir, name)));

async function setup() {
  const db = freshDb();
  const project = await createProject(db, 'Rapat');
  return { db, project };
}

describe('project segmentation rules', () => {
  it('are Padanan’s default rules until others are chosen', async () => {
    const { db, project } = await setup();
    expect(project.segmentationRules).toBe(DEFAULT_SEGMENTATION_RULES);
    const rules = await loadSegmentationRules(db, project.id);
    expect(rules).toEqual({ kind: 'default', fileName: '', abbreviations: [], srx: undefined });
    expect(exportableSrx(rules)).toBe(INDONESIAN_SRX);
    expect(segmenterFor(rules).segmentParagraph(MEETING).segments).toEqual([
      'Rapat dipimpin Dirut.',
      'Ahmad Santoso di Jakarta.',
      'Semua direktur hadir; dua komisaris berhalangan.',
    ]);
  });

  it('imports an SRX file, stored in settings and named by the project', async () => {
    const { db, project } = await setup();
    const rules = await importSegmentationRules(db, project.id, 'aturan-rapat.srx', fixture(E2E_FIXTURES, 'aturan-rapat.srx'));
    expect(rules).toMatchObject({ kind: 'custom', fileName: 'aturan-rapat.srx', abbreviations: [] });
    expect((await db.projects.get(project.id))!.segmentationRules).toBe(segmentationRulesKey(project.id));
    expect(await db.settings.get(segmentationRulesKey(project.id))).toBeDefined();
    expect(await loadSegmentationRules(db, project.id)).toEqual(rules);
    expect(segmenterFor(rules).segmentParagraph(MEETING).segments).toEqual([
      'Rapat dipimpin Dirut. Ahmad Santoso di Jakarta.',
      'Semua direktur hadir;',
      'dua komisaris berhalangan.',
    ]);
    // A third-party file with Java regex features, upper-case language patterns and cascade.
    const java = await importSegmentationRules(db, project.id, 'java-features.srx', fixture(SRX_FIXTURES, 'java-features.srx'));
    expect(java.fileName).toBe('java-features.srx');
  });

  for (const [file, code, params] of [
    ['bad-regex.srx', 'segment.srx.regex', { languagerule: 'Indonesian', position: 2, part: 'beforebreak' }],
    ['not-xml.srx', 'segment.srx.notXml', {}],
    ['wrong-root.srx', 'segment.srx.wrongRoot', {}],
    ['unknown-languagerule.srx', 'segment.srx.unknownLanguageRule', {}],
    ['no-languagerule.srx', 'segment.srx.noLanguageRule', {}],
  ] as const) {
    it(`refuses ${file} (${code}) and keeps the rules in force`, async () => {
      const { db, project } = await setup();
      const current = await importSegmentationRules(db, project.id, 'aturan-rapat.srx', fixture(E2E_FIXTURES, 'aturan-rapat.srx'));
      const settingsBefore = await db.settings.toArray();
      const error = await importSegmentationRules(db, project.id, file, fixture(SRX_FIXTURES, file)).catch((e: unknown) => e);
      expect(isPadananError(error) && error.code).toBe(code);
      if (isPadananError(error)) {
        expect(error.params).toMatchObject({ file, ...params });
        expect(error.message).toContain(file);
      }
      expect(await loadSegmentationRules(db, project.id)).toEqual(current);
      expect(await db.settings.toArray()).toEqual(settingsBefore);
    });
  }

  it('refuses rules that have nothing for Indonesian', async () => {
    const { db, project } = await setup();
    const englishOnly = new TextDecoder()
      .decode(fixture(E2E_FIXTURES, 'aturan-rapat.srx'))
      .replace('languagepattern="id.*"', 'languagepattern="en.*"');
    const error = await importSegmentationRules(db, project.id, 'english.srx', englishOnly).catch((e: unknown) => e);
    expect(isPadananError(error) && error.code).toBe('segment.srx.noLanguage');
    expect((await loadSegmentationRules(db, project.id)).kind).toBe('default');
  });

  it('"don’t split after this" adds a no-break abbreviation to the rules in force, once', async () => {
    const { db, project } = await setup();
    expect(lastWord('Rapat dipimpin Dirut.')).toBe('Dirut.');
    expect(lastWord('“Kami dipimpin Kapt.”')).toBe('Kapt.');
    expect(lastWord('Hadir pula istri beliau (Ny.)')).toBe('Ny.');
    let rules = await addNoBreakAbbreviation(db, project.id, ' Dirut. ');
    expect(rules).toMatchObject({ kind: 'custom', fileName: '', abbreviations: ['Dirut.'] });
    expect(segmenterFor(rules).segmentParagraph(MEETING).segments).toEqual([
      'Rapat dipimpin Dirut. Ahmad Santoso di Jakarta.',
      'Semua direktur hadir; dua komisaris berhalangan.',
    ]);
    rules = await addNoBreakAbbreviation(db, project.id, 'Dirut.');
    expect(rules.abbreviations).toEqual(['Dirut.']);
    expect(parseSrx(rules.srx!).languageRules.flatMap((l) => l.rules).filter((r) => r.before.includes('Dirut'))).toHaveLength(1);
    rules = await addNoBreakAbbreviation(db, project.id, 'Kadis.');
    expect(rules.abbreviations).toEqual(['Dirut.', 'Kadis.']);

    // Added to imported rules, they keep the file's name.
    await importSegmentationRules(db, project.id, 'aturan-rapat.srx', fixture(E2E_FIXTURES, 'aturan-rapat.srx'));
    rules = await addNoBreakAbbreviation(db, project.id, 'Kadis.');
    expect(rules).toMatchObject({ fileName: 'aturan-rapat.srx', abbreviations: ['Kadis.'] });
    expect(segmenterFor(rules).segmentParagraph('Dipimpin Kadis. Budi. Ya.').segments).toEqual(['Dipimpin Kadis. Budi.', 'Ya.']);

    const before = await loadSegmentationRules(db, project.id);
    const error = await addNoBreakAbbreviation(db, project.id, 'dua kata').catch((e: unknown) => e);
    expect(isPadananError(error) && error.code).toBe('segment.abbreviation.invalid');
    expect(await loadSegmentationRules(db, project.id)).toEqual(before);
  });

  it('goes back to the default rules, and is removed with its project', async () => {
    const { db, project } = await setup();
    await addNoBreakAbbreviation(db, project.id, 'Dirut.');
    await restoreDefaultSegmentationRules(db, project.id);
    expect((await loadSegmentationRules(db, project.id)).kind).toBe('default');
    expect((await db.projects.get(project.id))!.segmentationRules).toBe(DEFAULT_SEGMENTATION_RULES);
    expect(await db.settings.get(segmentationRulesKey(project.id))).toBeUndefined();

    await addNoBreakAbbreviation(db, project.id, 'Dirut.');
    await deleteProject(db, project.id);
    expect(await db.settings.get(segmentationRulesKey(project.id))).toBeUndefined();
    await expect(loadSegmentationRules(db, project.id)).rejects.toMatchObject({ code: 'storage.projectMissing' });
  });

  it('exports SRX 2.0 that Padanan reads back the same and that is valid against srx20.xsd', async () => {
    const { db, project } = await setup();
    await importSegmentationRules(db, project.id, 'java-features.srx', fixture(SRX_FIXTURES, 'java-features.srx'));
    const rules = await addNoBreakAbbreviation(db, project.id, 'a/n.');
    const text = exportableSrx(rules);
    expect(parseSrx(text)).toEqual(parseSrx(rules.srx!));
    expect(text).toContain('<srx xmlns="http://www.lisa.org/srx20" version="2.0">');
    if (validatorMissing('the XSD check')) return;
    const result = runValidator('srx', { name: 'rules.srx', bytes: text });
    if (result.status === 2) {
      console.log(`skipped the XSD check: validate.sh could not run (${result.stderr.trim()})`);
      return;
    }
    expect(result.status, result.stderr).toBe(0);
  });
});

describe('import worker with project rules', () => {
  it('segments with the SRX it is given, and with the default rules without one', () => {
    const bytes = new TextEncoder().encode(`${MEETING}\n`);
    const custom = handleParseRequest({ name: 'rapat.txt', bytes, srx: new TextDecoder().decode(fixture(E2E_FIXTURES, 'aturan-rapat.srx')) });
    expect(custom.ok && custom.document.segments.map((s) => s.source)).toEqual([
      'Rapat dipimpin Dirut. Ahmad Santoso di Jakarta.',
      'Semua direktur hadir;',
      'dua komisaris berhalangan.',
    ]);
    const standard = handleParseRequest({ name: 'rapat.txt', bytes });
    expect(standard.ok && standard.document.segments).toHaveLength(3);
    const broken = handleParseRequest({ name: 'rapat.txt', bytes, srx: '<srx/>' });
    expect(!broken.ok && broken.error.code).toMatch(/^segment\.srx\./);
  });
});
