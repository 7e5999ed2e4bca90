import { describe, expect, it } from 'vitest';
import { progressOf } from '../../../renderer/src/db/progress';
import { emptyStats, moveInStats, statsOf } from '../../../renderer/src/db/stats';

describe('progressOf', () => {
  it('counts translated, reviewed and final as done, every status in the totals', () => {
    const stats = emptyStats();
    stats.new = { segments: 5, words: 50 };
    stats.draft = { segments: 2, words: 12 };
    stats.translated = { segments: 3, words: 30 };
    stats.reviewed = { segments: 1, words: 4 };
    stats.final = { segments: 4, words: 40 };
    expect(progressOf({ stats })).toEqual({ segmentsDone: 8, segmentsTotal: 15, wordsDone: 74, wordsTotal: 136 });
  });

  it('is zero for an empty document', () => {
    expect(progressOf({ stats: emptyStats() })).toEqual({ segmentsDone: 0, segmentsTotal: 0, wordsDone: 0, wordsTotal: 0 });
  });
});

describe('stats helpers', () => {
  it('statsOf counts source words per status (tags are not words)', () => {
    const stats = statsOf([
      { source: 'Negara-negara anggota sepakat.', status: 'new' },
      { source: 'Harga naik 1.000,5 persen \ue000hari\ue100 ini.', status: 'final' },
    ]);
    expect(stats.new).toEqual({ segments: 1, words: 3 });
    expect(stats.final).toEqual({ segments: 1, words: 6 });
    expect(stats.draft).toEqual({ segments: 0, words: 0 });
  });

  it('moveInStats returns a new object and leaves the input alone', () => {
    const before = statsOf([{ source: 'Satu dua tiga.', status: 'new' }]);
    const copy = structuredClone(before);
    const after = moveInStats(before, 'new', 'translated', 3);
    expect(before).toEqual(copy);
    expect(after.new).toEqual({ segments: 0, words: 0 });
    expect(after.translated).toEqual({ segments: 1, words: 3 });
    expect(moveInStats(before, 'new', 'new', 3)).toBe(before);
  });
});
