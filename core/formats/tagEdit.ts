import type { InlineTag, InlineTagKind } from '../model';
import { parseTagChar, tagChar } from './inlineTags';
import { displayMap, knownTagChars, literalTokens, parseDisplay, type DisplayMap } from './tagDisplay';

/**
 * Editing tagged text in its display form (see tagDisplay.ts) without ever breaking a tag. A text
 * box shows the display form; after each change the box reports what it now shows, and
 * `applyDisplayEdit` turns that into segment text under these rules:
 * - an edit that removes part of a token (or of an escaped brace) removes all of it;
 * - text typed inside a token goes after it;
 * - a token that is typed or pasted becomes its tag only when the tag is the segment's and not
 *   already in the text; otherwise it stays literal text (so a tag is never duplicated);
 * - a pure deletion never creates a tag.
 * Moving a tag is cutting and pasting (or dragging) its whole token.
 */

/** What the box should show after an edit, and the segment text it stands for. */
export interface TargetState {
  raw: string;
  display: string;
  /** Caret offset in `display`. */
  caret: number;
}

/**
 * `prevRaw` is the segment text the box showed (as `displayMap(prevRaw, tags).display`); `next` is
 * what the box shows after the browser applied the edit; `caret` (optional) is where the caret is
 * now, which tells where the change was when the text around it repeats.
 */
export function applyDisplayEdit(prevRaw: string, tags: readonly InlineTag[] | undefined, next: string, caret?: number): TargetState {
  const map = displayMap(prevRaw, tags);
  const prev = map.display;
  if (next === prev) return { raw: prevRaw, display: prev, caret: clampCaret(caret, prev.length) };
  const { start, end, inserted } = changedRange(prev, next, caret);

  // Widen to whole units: a deletion that cuts a token takes all of it; an insertion inside goes after.
  const { rawStart, rawEnd } = rawRange(map, start, end);
  return splice(prevRaw, tags, rawStart, rawEnd, inserted);
}

/**
 * Replaces segment-text range [rawStart, rawEnd) with display text `inserted` under the rules
 * above; the caret ends after what was inserted.
 */
export function splice(raw: string, tags: readonly InlineTag[] | undefined, rawStart: number, rawEnd: number, inserted: string): TargetState {
  const before = raw.slice(0, rawStart);
  const after = raw.slice(rawEnd);
  const known = knownTagChars(tags);
  const present = tagCharsIn(before + after);
  const insertedRaw = parseDisplay(inserted, known, (char) => {
    if (present.has(char)) return false;
    present.add(char);
    return true;
  });
  let text = before + insertedRaw + after;
  let caret = before.length + insertedRaw.length;
  if (insertedRaw.length > 0) {
    // A token completed across the edit's edges ("{1" typed, then "}") becomes its tag too.
    const insStart = before.length;
    const insEnd = caret;
    const crossing = literalTokens(text, known).filter(
      (t) => t.escapes === 0 && t.start < insEnd && t.end > insStart && (t.start < insStart || t.end > insEnd),
    );
    for (const t of crossing.reverse()) {
      if (present.has(t.char)) continue;
      present.add(t.char);
      text = text.slice(0, t.start) + t.char + text.slice(t.end);
      if (t.end <= caret) caret -= t.end - t.start - 1;
      else if (t.start < caret) caret = t.start + 1;
    }
  }
  const map = displayMap(text, tags);
  return { raw: text, display: map.display, caret: map.start(caret) };
}

/**
 * Where a deletion key should act so that it takes whole tokens: for Backspace (`backward`) with
 * the caret right after or inside a token, or Delete (`forward`) right before or inside one, the
 * token's range; for a selection that cuts tokens, the selection widened over them. Undefined when
 * the browser's own deletion is already whole.
 */
export function wholeTokenDeletion(
  raw: string,
  tags: readonly InlineTag[] | undefined,
  selectionStart: number,
  selectionEnd: number,
  direction: 'backward' | 'forward',
): { start: number; end: number } | undefined {
  const map = displayMap(raw, tags);
  const length = map.display.length;
  const s = clampCaret(selectionStart, length);
  const e = Math.max(s, clampCaret(selectionEnd, length));
  if (s === e) {
    const probe = direction === 'backward' ? s - 1 : s;
    if (probe < 0 || probe >= length) return undefined;
    const unit = map.unitAt(probe);
    const range = { start: map.start(unit), end: map.start(unit + 1) };
    return range.end - range.start > 1 ? range : undefined;
  }
  const widened = widen(map, s, e);
  return widened.start === s && widened.end === e ? undefined : widened;
}

/**
 * A caret that landed inside a token (a click, an arrow key) moved to its edge: towards the side
 * it came from `previous`, so arrow keys step over a token as over one character.
 */
export function snapCaret(raw: string, tags: readonly InlineTag[] | undefined, caret: number, previous?: number): number {
  const map = displayMap(raw, tags);
  const c = clampCaret(caret, map.display.length);
  const unit = map.unitAt(c);
  const start = map.start(unit);
  if (start === c) return c;
  const end = map.start(unit + 1);
  if (previous !== undefined && previous <= start) return end;
  if (previous !== undefined && previous >= end) return start;
  return c - start <= end - c ? start : end;
}

/**
 * The first tag of the source, in source order, that the target lacks (counting repeats), or
 * undefined when the target has them all.
 */
export function nextMissingTag(source: string, target: string): { kind: InlineTagKind; n: number } | undefined {
  const have = new Map<string, number>();
  for (const ch of target.match(TAG_CHARS) ?? []) have.set(ch, (have.get(ch) ?? 0) + 1);
  for (const ch of source.match(TAG_CHARS) ?? []) {
    const count = have.get(ch) ?? 0;
    if (count > 0) have.set(ch, count - 1);
    else return parseTagChar(ch.charCodeAt(0));
  }
  return undefined;
}

/**
 * Inserts the next missing source tag. With text selected, an opening tag whose closing tag is
 * missing too wraps the selection in the pair; otherwise the selected text stays, an opening tag
 * goes before it and any other tag after it. Undefined when nothing is missing.
 */
export function insertNextTag(
  raw: string,
  tags: readonly InlineTag[] | undefined,
  source: string,
  selectionStart: number,
  selectionEnd: number,
): TargetState | undefined {
  const tag = nextMissingTag(source, raw);
  if (!tag) return undefined;
  const map = displayMap(raw, tags);
  const length = map.display.length;
  const { rawStart, rawEnd } = rawRange(map, clampCaret(selectionStart, length), clampCaret(Math.max(selectionStart, selectionEnd), length));
  const char = tagChar(tag.kind, tag.n);
  const close = tagChar('close', tag.n);
  let text: string;
  let caret: number;
  if (rawStart < rawEnd && tag.kind === 'open' && !raw.includes(close) && source.includes(close)) {
    text = raw.slice(0, rawStart) + char + raw.slice(rawStart, rawEnd) + close + raw.slice(rawEnd);
    caret = rawEnd + 2;
  } else {
    const at = tag.kind === 'open' ? rawStart : rawEnd;
    text = raw.slice(0, at) + char + raw.slice(at);
    caret = at + 1;
  }
  const after = displayMap(text, tags);
  return { raw: text, display: after.display, caret: after.start(caret) };
}

/** The source copied into the target, tags and all, with the caret at the end. */
export function copySource(source: string, tags: readonly InlineTag[] | undefined): TargetState {
  const map = displayMap(source, tags);
  return { raw: source, display: map.display, caret: map.display.length };
}

/**
 * Inserts segment text (e.g. a memory's translation, tag characters included) at the selection,
 * replacing it, under the same rules as typing.
 */
export function insertRaw(
  raw: string,
  tags: readonly InlineTag[] | undefined,
  text: string,
  selectionStart: number,
  selectionEnd: number,
): TargetState {
  const map = displayMap(raw, tags);
  const length = map.display.length;
  const { rawStart, rawEnd } = rawRange(map, clampCaret(selectionStart, length), clampCaret(Math.max(selectionStart, selectionEnd), length));
  return splice(raw, tags, rawStart, rawEnd, displayMap(text, tags).display);
}

/**
 * The text range a display range stands for, grown to whole units; an empty range inside a unit
 * moves after it.
 */
function rawRange(map: DisplayMap, start: number, end: number): { rawStart: number; rawEnd: number } {
  if (start === end) {
    const unit = map.unitAt(start);
    const at = map.start(unit) === start ? unit : unit + 1;
    return { rawStart: at, rawEnd: at };
  }
  const rawStart = map.unitAt(start);
  let rawEnd = map.unitAt(end);
  if (map.start(rawEnd) < end) rawEnd++;
  return { rawStart, rawEnd };
}

const TAG_CHARS = /[\ue000-\ue2ff]/g;

function tagCharsIn(text: string): Set<string> {
  return new Set(text.match(TAG_CHARS));
}

function widen(map: DisplayMap, start: number, end: number): { start: number; end: number } {
  if (start === end) return { start, end };
  const { rawStart, rawEnd } = rawRange(map, start, end);
  return { start: map.start(rawStart), end: map.start(rawEnd) };
}

/**
 * The replaced range of `prev` and the text that replaced it. The caret, when it fits, marks the
 * end of the inserted text; otherwise the longest common prefix, then suffix, decide.
 */
function changedRange(prev: string, next: string, caret: number | undefined): { start: number; end: number; inserted: string } {
  const max = Math.min(prev.length, next.length);
  let prefix = 0;
  while (prefix < max && prev.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max && prev.charCodeAt(prev.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)) suffix++;
  if (caret !== undefined && Number.isInteger(caret) && caret >= 0 && caret <= next.length) {
    const s = next.length - caret;
    if (s <= suffix && s <= prev.length) {
      const p = Math.min(prefix, caret, prev.length - s);
      return { start: p, end: prev.length - s, inserted: next.slice(p, caret) };
    }
  }
  suffix = Math.min(suffix, max - prefix);
  return { start: prefix, end: prev.length - suffix, inserted: next.slice(prefix, next.length - suffix) };
}

function clampCaret(caret: number | undefined, length: number): number {
  if (caret === undefined || !Number.isFinite(caret)) return length;
  return Math.max(0, Math.min(length, Math.floor(caret)));
}
