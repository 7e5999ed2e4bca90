import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, exportBilingualCsv, parseCsv } from '../../../core/formats/csv';
import { reviewSegments } from './bilingualDocxSegments';
import { expectGolden } from './docGolden';

describe('bilingual CSV', () => {
  const bytes = exportBilingualCsv(reviewSegments);

  it('matches the golden file: UTF-8 with BOM, CRLF, RFC 4180 quoting, tags as placeholders', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expectGolden(join(import.meta.dirname, '../../fixtures/csv/review.expected.csv'), bytes);
  });

  it('parses back to the same fields', () => {
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows[0]).toEqual(['id', 'source', 'target', 'status', 'note']);
    expect(rows).toHaveLength(reviewSegments.length + 1);
    expect(rows[2]).toEqual([
      '2',
      '{1}Bisnis.com, JAKARTA{/1} - Negosiasi senjata antara Rusia dan Korea Utara mengalami kemajuan.{2/}',
      '{1}Bisnis.com, JAKARTA{/1} - Arms talks between Russia and North Korea are progressing.{2/}',
      'translated',
      'Cek istilah "Korut".',
    ]);
    expect(rows[4]![1]).toBe('Baris satu\nbaris dua\tdengan tab.');
  });

  it('guards spreadsheet formulas unless asked not to', () => {
    expect(csvField('=SUM(A1) bukan rumus.')).toBe("'=SUM(A1) bukan rumus.");
    expect(csvField('=1', false)).toBe('=1');
    expect(csvField('-5 derajat')).toBe('-5 derajat');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
  });
});
