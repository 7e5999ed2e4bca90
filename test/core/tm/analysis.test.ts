import { describe, expect, it } from 'vitest';
import { analyseSegments } from '../../../core/tm/analysis';
import { FuzzyIndex } from '../../../core/tm/fuzzyIndex';

describe('analyseSegments', () => {
  const sources = ['Harga beras naik tajam.', 'Cuaca cerah hari ini.', 'Harga beras naik tajam.', 'Harga beras turun tajam.'];

  it('counts segments, words and repetitions without a TM', () => {
    const a = analyseSegments(sources);
    expect(a.segments).toBe(4);
    expect(a.words).toBe(16);
    expect(a.repetitions).toEqual({ segments: 1, words: 4 });
    expect(a.bands.none).toEqual({ segments: 3, words: 12 });
  });

  it('bands unique segments by their best TM match', () => {
    const tm = new FuzzyIndex<string>();
    tm.add('Harga beras naik tajam.', 'Rice prices rose sharply.');
    tm.add('Cuaca cerah hari ini!', 'Sunny today!');
    const a = analyseSegments(sources, tm);
    expect(a.bands['100'].segments).toBe(1);
    expect(a.bands['95-99'].segments).toBe(1);
    expect(a.bands['75-84'].segments + a.bands['85-94'].segments).toBe(1);
    expect(a.bands.none.segments).toBe(0);
  });
});
