import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { INDONESIAN_SRX } from '../../../core/segment/index';
import { runValidator, validatorMissing } from '../../support/validator';
import { SRX_PATH, MODULE_PATH, embeddedModuleText } from './embedSrx';

describe('core/segment/rules/indonesian.srx', () => {
  it('is embedded unchanged in indonesianSrx.ts (regenerate: npx tsx test/core/segment/embedSrx.ts)', () => {
    const srx = readFileSync(SRX_PATH, 'utf8');
    expect(INDONESIAN_SRX).toBe(srx);
    expect(readFileSync(MODULE_PATH, 'utf8')).toBe(embeddedModuleText(srx));
  });

  it('is valid against srx20.xsd', () => {
    if (validatorMissing('srx20.xsd check', ['xmllint'])) return;
    const result = runValidator('srx', SRX_PATH);
    expect(result.stderr + result.stdout).toContain('valid');
    expect(result.status).toBe(0);
  });

  it('uses only regex syntax that Java and .NET tools also read (no possessive quantifiers, \\h, \\Q)', () => {
    const patterns = [...INDONESIAN_SRX.matchAll(/<(?:before|after)break>([^<]*)<\//g)].map((m) => m[1]!);
    expect(patterns.length).toBeGreaterThan(20);
    for (const p of patterns) {
      expect(p).not.toMatch(/[*+?}]\+|\(\?>|\\[hQEvRXz]/);
    }
  });
});
