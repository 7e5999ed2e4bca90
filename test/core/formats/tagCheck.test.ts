import { describe, expect, it } from 'vitest';
import { tagChar } from '../../../core/formats/inlineTags';
import { checkTags } from '../../../core/formats/tagCheck';

const open = (n: number) => tagChar('open', n);
const close = (n: number) => tagChar('close', n);
const alone = (n: number) => tagChar('standalone', n);

const SOURCE = `${open(1)}Bisnis.com${close(1)} kata pejabat ${open(2)}${open(3)}AS${close(3)}${close(2)}.${alone(4)}`;

describe('checkTags', () => {
  it('accepts a target with the source’s tags, pairs moved around as wholes', () => {
    expect(checkTags(SOURCE, SOURCE).ok).toBe(true);
    const reordered = `A ${open(2)}${open(3)}US${close(3)}${close(2)} official said ${open(1)}Bisnis.com${close(1)}.${alone(4)}`;
    expect(checkTags(SOURCE, reordered)).toEqual({ ok: true, missing: [], extra: [], misordered: [] });
    expect(checkTags('Tanpa kode.', 'No codes.').ok).toBe(true);
  });

  it('lists missing tags in source order', () => {
    const result = checkTags(SOURCE, `${open(1)}Bisnis.com${close(1)} said a US official.`);
    expect(result.ok).toBe(false);
    expect(result.missing).toEqual([
      { kind: 'open', n: 2 },
      { kind: 'open', n: 3 },
      { kind: 'close', n: 3 },
      { kind: 'close', n: 2 },
      { kind: 'standalone', n: 4 },
    ]);
    expect(result.extra).toEqual([]);
  });

  it('lists extra tags: unknown ones and second copies', () => {
    const result = checkTags(`${alone(4)}x`, `${alone(4)}x${alone(4)}${alone(7)}`);
    expect(result.extra).toEqual([
      { kind: 'standalone', n: 4 },
      { kind: 'standalone', n: 7 },
    ]);
    expect(result.missing).toEqual([]);
  });

  it('flags pairs closed before they open or crossing another pair', () => {
    expect(checkTags(`${open(1)}a${close(1)}`, `${close(1)}a${open(1)}`).misordered).toEqual([{ kind: 'open', n: 1 }]);
    const crossing = checkTags(`${open(1)}a${close(1)} ${open(2)}b${close(2)}`, `${open(1)}a ${open(2)}b${close(1)}${close(2)}`);
    expect(crossing.ok).toBe(false);
    expect(crossing.misordered.map((t) => t.n).sort()).toEqual([1, 2]);
    expect(crossing.missing).toEqual([]);
  });
});
