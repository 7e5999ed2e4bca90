/** Editor font size in CSS pixels: a few fixed steps so that "smaller" and "larger" feel even. */
export const FONT_SIZES = [12, 13, 14, 15, 16, 18, 20, 22, 24, 28, 32] as const;
export const DEFAULT_FONT_SIZE = 16;
export const FONT_SIZE_SETTING = 'editorFontSize';
export const FONT_SIZE_STORAGE_KEY = 'padanan.editorFontSize';

/** The nearest allowed size for any stored value (a hand-edited or older setting). */
export function normalizeFontSize(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return DEFAULT_FONT_SIZE;
  return FONT_SIZES.reduce((best, size) => (Math.abs(size - n) < Math.abs(best - n) ? size : best), DEFAULT_FONT_SIZE);
}

/** One step smaller (-1) or larger (+1); stays at the ends. */
export function stepFontSize(current: number, direction: -1 | 1): number {
  const at = FONT_SIZES.indexOf(normalizeFontSize(current) as (typeof FONT_SIZES)[number]);
  const next = Math.min(FONT_SIZES.length - 1, Math.max(0, at + direction));
  return FONT_SIZES[next]!;
}

export function canStep(current: number, direction: -1 | 1): boolean {
  return stepFontSize(current, direction) !== normalizeFontSize(current);
}
