import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  parseSrx,
  serializeSrx,
  createSegmenter,
  createDefaultSegmenter,
  defaultSrxDocument,
  withNoBreakAbbreviation,
  languageRuleNamesFor,
  type Segmenter,
} from '../../../core/segment/index';
import { PadananError } from '../../../core/errors';
import { runValidator, validatorMissing } from '../../support/validator';

const FIXTURES = fileURLToPath(new URL('../../fixtures/segmentation/srx/', import.meta.url));
const fixture = (name: string): string => readFileSync(FIXTURES + name, 'utf8');

function srxError(input: string, fileName?: string): PadananError {
  try {
    parseSrx(input, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(PadananError);
    return error as PadananError;
  }
  throw new Error('parsed');
}

describe('parseSrx', () => {
  it('reads the header, language rules, rules and maps of the default Indonesian rules', () => {
    const doc = defaultSrxDocument();
    expect(doc.cascade).toBe(true);
    expect(doc.formatHandles).toEqual({ start: false, end: true, isolated: false });
    expect(doc.languageRules.map((l) => l.name)).toEqual(['Indonesian', 'Default']);
    expect(doc.languageRules[0]!.rules.length).toBeGreaterThan(10);
    expect(doc.mapRules.map((m) => m.ruleName)).toEqual(['Indonesian', 'Default']);
    expect(languageRuleNamesFor(doc, 'id')).toEqual(['Indonesian', 'Default']);
    expect(languageRuleNamesFor(doc, 'id-ID')).toEqual(['Indonesian', 'Default']);
    expect(languageRuleNamesFor(doc, 'en')).toEqual(['Default']);
  });

  it('keeps whitespace that is part of a pattern and reads bytes with an XML declaration', () => {
    const xml = fixture('java-features.srx').replace('<afterbreak>\\s</afterbreak>', '<afterbreak> </afterbreak>');
    const doc = parseSrx(new TextEncoder().encode(xml));
    expect(doc.languageRules[0]!.rules[1]!.after).toBe(' ');
    expect(doc.languageRules[1]!.rules[2]).toEqual({ break: true, before: '', after: '\\n' });
  });

  it('refuses text that is not XML', () => {
    const e = srxError(fixture('not-xml.srx'), 'not-xml.srx');
    expect(e.code).toBe('segment.srx.notXml');
    expect(e.params['file']).toBe('not-xml.srx');
  });

  it('refuses another kind of XML file, naming its root', () => {
    const e = srxError(fixture('wrong-root.srx'));
    expect(e.code).toBe('segment.srx.wrongRoot');
    expect(e.params['root']).toBe('tmx');
  });

  it('refuses an SRX 1.0 or versionless file', () => {
    expect(srxError(fixture('java-features.srx').replace('version="2.0"', 'version="1.0"')).code).toBe('segment.srx.version');
  });

  it('refuses a file without language rules, and a map naming a missing language rule', () => {
    expect(srxError(fixture('no-languagerule.srx')).code).toBe('segment.srx.noLanguageRule');
    const e = srxError(fixture('unknown-languagerule.srx'));
    expect(e.code).toBe('segment.srx.unknownLanguageRule');
    expect(e.params['languagerule']).toBe('Indonesia');
    expect(e.message).toContain('"Indonesia"');
  });

  it('refuses a regex that does not compile, naming its language rule, position and part', () => {
    const e = srxError(fixture('bad-regex.srx'), 'bad-regex.srx');
    expect(e.code).toBe('segment.srx.regex');
    expect(e.params).toMatchObject({ languagerule: 'Indonesian', position: 2, part: 'beforebreak', pattern: '\\b(Prof|Ir\\.' });
    expect(e.message).toMatch(/rule 2 of language rule "Indonesian" has a beforebreak pattern/);
  });

  it('refuses a DOCTYPE with entities (billion laughs) without expanding them', () => {
    const e = srxError(fixture('entity.srx'));
    expect(e.code).toBe('segment.srx.notXml');
    expect(e.message).toMatch(/DOCTYPE|entit/i);
  });

  it('refuses a language pattern that is not a regex', () => {
    const xml = fixture('java-features.srx').replace('languagepattern="EN.*"', 'languagepattern="EN[.*"');
    expect(srxError(xml).code).toBe('segment.srx.languagePattern');
  });

  it('a caller that catches the error keeps its current rules', () => {
    let segmenter: Segmenter = createDefaultSegmenter();
    try {
      segmenter = createSegmenter(fixture('bad-regex.srx'));
    } catch {
      // keep the current segmenter
    }
    expect(segmenter.segmentParagraph('Dr. Siti datang. Ia pergi.').segments).toEqual(['Dr. Siti datang.', 'Ia pergi.']);
  });
});

describe('serializeSrx and rule editing', () => {
  it('writes rules that read back to the same document', () => {
    const doc = defaultSrxDocument();
    expect(parseSrx(serializeSrx(doc))).toEqual(doc);
    const other = parseSrx(fixture('java-features.srx'));
    expect(parseSrx(serializeSrx(other))).toEqual(other);
  });

  it('writes SRX that validates against srx20.xsd', () => {
    if (validatorMissing('srx20.xsd check', ['xmllint'])) return;
    const result = runValidator('srx', { name: 'rules.srx', bytes: serializeSrx(withNoBreakAbbreviation(defaultSrxDocument(), 'Kapt.<&>')) });
    expect(result.stderr + result.stdout).toContain('valid');
    expect(result.status).toBe(0);
  });

  it('withNoBreakAbbreviation adds an exception that wins over every break rule', () => {
    const before = createSegmenter(defaultSrxDocument());
    expect(before.segmentParagraph('Ia bertemu Kapten Andi dari Kodim. Menurut dia aman.').segments).toHaveLength(2);
    const doc = withNoBreakAbbreviation(defaultSrxDocument(), 'Kodim.');
    const after = createSegmenter(doc);
    expect(after.segmentParagraph('Ia bertemu Kapten Andi dari Kodim. Menurut dia aman.').segments).toHaveLength(1);
    // Other words ending in the same letters are not affected.
    expect(after.segmentParagraph('Ia dari XKodim. Menurut dia aman.').segments).toHaveLength(2);
    // Adding it twice does not duplicate the rule.
    expect(withNoBreakAbbreviation(doc, 'Kodim.').languageRules[0]!.rules.length).toBe(doc.languageRules[0]!.rules.length);
    expect(() => withNoBreakAbbreviation(doc, 'dua kata')).toThrow(PadananError);
  });
});
