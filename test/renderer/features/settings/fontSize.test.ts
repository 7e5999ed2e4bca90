import { describe, expect, it } from 'vitest';
import { canStep, DEFAULT_FONT_SIZE, FONT_SIZES, normalizeFontSize, stepFontSize } from '../../../../renderer/src/features/settings/fontSize';

describe('editor font size', () => {
  it('steps through the fixed sizes and stops at the ends', () => {
    expect(stepFontSize(16, 1)).toBe(18);
    expect(stepFontSize(16, -1)).toBe(15);
    expect(stepFontSize(FONT_SIZES[0], -1)).toBe(FONT_SIZES[0]);
    expect(stepFontSize(FONT_SIZES.at(-1)!, 1)).toBe(FONT_SIZES.at(-1));
    expect(canStep(FONT_SIZES[0], -1)).toBe(false);
    expect(canStep(16, 1)).toBe(true);
  });

  it('normalises stored values (numbers, strings, junk)', () => {
    expect(normalizeFontSize(17)).toBe(16);
    expect(normalizeFontSize('20')).toBe(20);
    expect(normalizeFontSize(1000)).toBe(FONT_SIZES.at(-1));
    expect(normalizeFontSize(null)).toBe(DEFAULT_FONT_SIZE);
    expect(normalizeFontSize('big')).toBe(DEFAULT_FONT_SIZE);
  });
});
