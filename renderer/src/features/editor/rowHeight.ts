/**
 * First guess of a row's height before it is measured: two lines of text at the editor's font
 * size plus padding. Only unmeasured rows use it (the scrollbar's length, far-away rows).
 */
export function estimateRowHeight(fontSize: number): number {
  const line = Math.round(fontSize * 1.5);
  return line * 2 + 28;
}

/** Rows to render beyond the visible ones, and pages to read beyond them (a screen ahead). */
export const OVERSCAN_ROWS = 6;
export const PREFETCH_ROWS = 40;
