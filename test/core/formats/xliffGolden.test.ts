import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { xliffCodec } from '../../../core/formats/xliffCommonCodec';
import { exportXliff12 } from '../../../core/formats/xliff12';
import { exportXliff21 } from '../../../core/formats/xliff2';
import { exportTmxFromSegments } from '../../../core/formats/tmx';
import { FIXTURES, essentials, expectValid, fixture, sampleDocument, utf8, wholeParagraphs } from './xliffHelpers';

/**
 * Golden outputs: what Padanan writes for the awkward fixtures, byte for byte, so that any change
 * in the writers shows up in review. UPDATE_GOLDEN=1 rewrites them (check the diff by eye).
 */
function golden(path: string, actual: Uint8Array): void {
  const file = join(FIXTURES, path);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 and review it`);
  expect(utf8(actual)).toBe(readFileSync(file, 'utf8'));
}

const read = (bytes: Uint8Array) => xliffCodec.read(bytes, { fileName: 'golden.xlf', segmenter: wholeParagraphs, now: 1 });

describe('golden XLIFF and TMX outputs', () => {
  const cases = [
    { name: 'agency-multi', segments: read(fixture('xliff12/agency-multi.xlf')).segments, format: 'xliff12' as const },
    { name: 'agency2', segments: read(fixture('xliff2/agency.xlf')).segments.map((s) => ({ ...s, source: s.source.replace('\u000b', ' '), target: s.target.replace('\u000b', ' ') })), format: 'xliff2' as const },
    { name: 'docx-like', segments: sampleDocument(), format: 'docx' as const },
  ];

  for (const c of cases) {
    it(`${c.name}: XLIFF 1.2, XLIFF 2.1 and TMX match their goldens, validate, and import back unchanged`, () => {
      const x12 = exportXliff12({ name: `${c.name}.src`, format: c.format }, c.segments);
      const x21 = exportXliff21({ name: `${c.name}.src`, format: c.format }, c.segments);
      const tmx = exportTmxFromSegments(c.segments, { documentName: `${c.name}.src`, now: Date.UTC(2024, 0, 1), updatedAt: () => Date.UTC(2023, 11, 31) });
      golden(`xliff12/golden/${c.name}.xlf`, x12);
      golden(`xliff2/golden/${c.name}.xlf`, x21);
      golden(`tmx/golden/${c.name}.tmx`, tmx);
      expectValid('xliff12', x12, `golden ${c.name} 1.2`);
      expectValid('xliff2', x21, `golden ${c.name} 2.1`);
      expectValid('tmx', tmx, `golden ${c.name} TMX`);
      expect(essentials(read(x12).segments)).toEqual(essentials(c.segments));
      expect(essentials(read(x21).segments)).toEqual(essentials(c.segments));
    });
  }
});
