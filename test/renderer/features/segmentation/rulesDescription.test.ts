import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/i18n';
import { describeRules } from '../../../../renderer/src/features/segmentation/rulesDescription';

describe('describeRules', () => {
  it('names the rules in force in English and Indonesian', () => {
    const en = createI18n('en').getFixedT('en', 'segmentation');
    const id = createI18n('id').getFixedT('id', 'segmentation');
    expect(describeRules(en, { kind: 'default', fileName: '', abbreviations: [] })).toBe('Padanan’s Indonesian rules (default)');
    expect(describeRules(en, { kind: 'custom', fileName: '', abbreviations: ['Dirut.'] })).toBe('Padanan’s Indonesian rules + 1 added abbreviation (Dirut.)');
    expect(describeRules(en, { kind: 'custom', fileName: 'omegat.srx', abbreviations: [] })).toBe('“omegat.srx”');
    expect(describeRules(en, { kind: 'custom', fileName: 'omegat.srx', abbreviations: ['Dirut.', 'Kadis.'] })).toBe('“omegat.srx” + 2 added abbreviations (Dirut., Kadis.)');
    expect(describeRules(id, { kind: 'custom', fileName: '', abbreviations: ['Dirut.', 'Kadis.'] })).toBe('Aturan bahasa Indonesia Padanan + 2 singkatan tambahan (Dirut., Kadis.)');
  });
});
