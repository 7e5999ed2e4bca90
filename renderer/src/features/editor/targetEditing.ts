import type { Segment } from '../../../../core/model';
import { fromDisplay, toDisplay } from '../../../../core/formats/tagDisplay';
import {
  applyDisplayEdit,
  copySource,
  insertNextTag,
  insertRaw,
  snapCaret,
  wholeTokenDeletion,
  type TargetState,
} from '../../../../core/formats/tagEdit';

/**
 * The translation box is a plain textarea showing the target's display form ({1} … {/1}, {2/});
 * these helpers keep it tag-safe (rules in core/formats/tagEdit.ts). Each takes the box as it is
 * now and the segment as stored, corrects the box in place when needed and returns the target
 * text to save. Kept apart from React so it can be tested without a DOM.
 */

/** The part of a textarea the helpers use. */
export interface TargetBox {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

type TargetSegment = Pick<Segment, 'source' | 'target' | 'tags'>;

/** What the box of a segment shows. */
export function targetDisplay(segment: Pick<Segment, 'target' | 'tags'>): string {
  return toDisplay(segment.target, segment.tags);
}

/**
 * After the browser changed the box (typing, paste, cut, drop, undo, Playwright's fill): the
 * target to save. When the rules changed the edit (half a token deleted, text typed inside one),
 * the box is rewritten and the caret put where the edit ended.
 */
export function readTargetInput(box: TargetBox, segment: TargetSegment): string {
  const state = applyDisplayEdit(segment.target, segment.tags, box.value, box.selectionEnd);
  if (box.value !== state.display) show(box, state);
  return state.raw;
}

/**
 * Before Backspace/Delete: when the key would take part of a token, select the whole token so the
 * browser deletes all of it (native undo keeps working). Returns whether the selection changed.
 */
export function widenDeletion(box: TargetBox, segment: TargetSegment, direction: 'backward' | 'forward'): boolean {
  const range = wholeTokenDeletion(segment.target, segment.tags, box.selectionStart, box.selectionEnd, direction);
  if (!range) return false;
  select(box, range.start, range.end);
  return true;
}

/**
 * A caret that landed inside a token moves to its edge (towards where it came from, so arrow keys
 * step over a token). Returns the caret now in the box.
 */
export function snapTargetCaret(box: TargetBox, segment: TargetSegment, previous: number | undefined): number {
  if (box.selectionStart !== box.selectionEnd) return box.selectionEnd;
  const caret = snapCaret(segment.target, segment.tags, box.selectionStart, previous);
  if (caret !== box.selectionStart) select(box, caret, caret);
  return caret;
}

/** "Insert next tag": the next source tag missing from the target; undefined when none is. */
export function insertNextTagInto(box: TargetBox, segment: TargetSegment): string | undefined {
  const state = insertNextTag(shownTarget(box, segment), segment.tags, segment.source, box.selectionStart, box.selectionEnd);
  if (!state) return undefined;
  show(box, state);
  return state.raw;
}

/** "Copy source to target": the source, tags and all, caret at the end. */
export function copySourceInto(box: TargetBox, segment: TargetSegment): string {
  const state = copySource(segment.source, segment.tags);
  show(box, state);
  return state.raw;
}

/** Segment text (tag characters allowed, e.g. a memory match) inserted at the selection. */
export function insertRawInto(box: TargetBox, segment: TargetSegment, text: string): string {
  const state = insertRaw(shownTarget(box, segment), segment.tags, text, box.selectionStart, box.selectionEnd);
  show(box, state);
  return state.raw;
}

/**
 * The target the box stands for: the stored one when the box shows it (always, in the app), else
 * what the box shows read back, so a command acts on what the translator sees.
 */
function shownTarget(box: TargetBox, segment: Pick<Segment, 'target' | 'tags'>): string {
  return box.value === targetDisplay(segment) ? segment.target : fromDisplay(box.value, segment.tags);
}

function show(box: TargetBox, state: TargetState): void {
  if (box.value !== state.display) box.value = state.display;
  select(box, state.caret, state.caret);
}

function select(box: TargetBox, start: number, end: number): void {
  const element = box as TargetBox & { setSelectionRange?: (start: number, end: number) => void };
  if (typeof element.setSelectionRange === 'function') element.setSelectionRange(start, end);
  else {
    box.selectionStart = start;
    box.selectionEnd = end;
  }
}
