import type { ScrollAlign } from './editorController';

export interface RevealTarget {
  /** Scrolls so that row `index` is where `align` says, from the rows' current (estimated or measured) heights. */
  scrollToIndex(index: number, align: ScrollAlign): void;
  /** The grid's scrolling element. */
  body(): HTMLElement | null;
  /** True once the row shows its segment (not the loading placeholder), i.e. its final height can be measured. */
  isLoaded(index: number): boolean;
}

/** Frames in a row the target must stay in view (loaded and measured) before the reveal ends. */
const SETTLED_FRAMES = 3;
const GIVE_UP_MS = 4_000;

/**
 * Brings a row into view exactly, however far it is. A virtualised grid only knows the heights of
 * rows it has rendered; the others are estimates, so a first scroll to a far row lands only roughly
 * (and the rows around it still show "Loading…" at another height). This scrolls, waits a frame for
 * the rows to render, load and be measured, and scrolls again until the row stays fully in view.
 * The user's own scrolling (wheel, touch, a press on the scrollbar) ends it. Returns a cancel function.
 */
export function revealRow(target: RevealTarget, index: number, align: ScrollAlign): () => void {
  let frame: number | undefined;
  let settled = 0;
  const deadline = performance.now() + GIVE_UP_MS;
  const body = target.body();

  const stop = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
    body?.removeEventListener('wheel', stop);
    body?.removeEventListener('touchstart', stop);
    body?.removeEventListener('mousedown', onMouseDown);
  };
  // A press on the scrollbar (not on a row) is the user taking over the scrolling.
  const onMouseDown = (event: MouseEvent) => {
    if (event.target === body) stop();
  };
  const step = () => {
    frame = undefined;
    const current = target.body();
    if (!current) return stop();
    const row = current.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (row && target.isLoaded(index) && fullyInView(row, current)) {
      if (++settled >= SETTLED_FRAMES) return stop();
    } else {
      settled = 0;
      target.scrollToIndex(index, align === 'center' ? 'center' : 'auto');
    }
    if (performance.now() > deadline) return stop();
    frame = requestAnimationFrame(step);
  };

  body?.addEventListener('wheel', stop, { passive: true });
  body?.addEventListener('touchstart', stop, { passive: true });
  body?.addEventListener('mousedown', onMouseDown);
  target.scrollToIndex(index, align);
  frame = requestAnimationFrame(step);
  return stop;
}

/** The row lies inside the scroll area (a row taller than it counts when its top is shown). */
function fullyInView(row: HTMLElement, body: HTMLElement): boolean {
  const r = row.getBoundingClientRect();
  const b = body.getBoundingClientRect();
  const top = b.top + body.clientTop;
  const bottom = top + body.clientHeight;
  if (r.height > body.clientHeight) return Math.abs(r.top - top) <= 1;
  return r.top >= top - 1 && r.bottom <= bottom + 1;
}
