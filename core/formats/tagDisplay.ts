import { TAG_MAX_PER_SEGMENT, type InlineTag, type InlineTagKind } from '../model';
import { parseTagChar, tagChar } from './inlineTags';

/**
 * The readable form of tagged segment text, the one place that spells it: {1} … {/1} for a pair,
 * {2/} for a standalone code, numbered as core numbers tags (from 1). The editor's translation box,
 * the source placeholders, the bilingual review table and the CSV export all show tags this way,
 * so a translator or reviewer sees the same token everywhere.
 *
 * Only tokens that name a tag of the segment are tags; any other text that merely looks like one
 * ({9} in a segment without tag 9, {01}, {/1/}) is ordinary text. When a segment's text really
 * contains such literal text for one of its own tags, `toDisplay(text, tags)` writes an invisible
 * WORD JOINER after its brace, so that `fromDisplay` gives back exactly the text it was given.
 */

/** Marks a literal "{" that would otherwise read as a tag token (invisible in the editor). */
export const DISPLAY_ESCAPE = '\u2060';

/** The token of one tag: {1}, {/1} or {1/}. */
export function tagToken(kind: InlineTagKind, n: number): string {
  return kind === 'open' ? `{${n}}` : kind === 'close' ? `{/${n}}` : `{${n}/}`;
}

/**
 * Segment text with tag characters shown as tokens. With `tags`, literal text that would read as
 * one of those tags is escaped (see above); without, nothing is escaped (for output meant for
 * people only, like the review table).
 */
export function toDisplay(text: string, tags?: readonly InlineTag[]): string {
  return displayMap(text, tags).display;
}

/** Tokens of the segment's own tags back to tag characters; everything else stays as it is. */
export function fromDisplay(display: string, tags: readonly InlineTag[] | undefined): string {
  return parseDisplay(display, knownTagChars(tags), () => true);
}

/** The display form of a text and where each of its characters is in it. */
export interface DisplayMap {
  display: string;
  /**
   * Offset in `display` where text character i begins (`start(text.length)` is display.length). A
   * character shown by more than one (a tag token, an escaped brace) is one unit: nothing may be
   * typed or deleted inside it.
   */
  start(i: number): number;
  /** The text character whose display contains `offset` (text.length at the very end). */
  unitAt(offset: number): number;
}

/**
 * Only the characters shown wider than one are stored (their text index, display start and
 * width), so a keystroke in a long segment costs a few native scans, not a loop in script.
 */
export function displayMap(text: string, tags?: readonly InlineTag[]): DisplayMap {
  const at: number[] = [];
  const shown: string[] = [];
  TAG_CHARS.lastIndex = 0;
  for (let m = TAG_CHARS.exec(text); m; m = TAG_CHARS.exec(text)) {
    const tag = parseTagChar(m[0].charCodeAt(0))!;
    at.push(m.index);
    shown.push(tagToken(tag.kind, tag.n));
  }
  if (tags && text.includes('{')) {
    const escapes = literalTokens(text, knownTagChars(tags));
    if (escapes.length) mergeEscapes(at, shown, escapes.map((t) => t.start));
  }
  if (at.length === 0) return { display: text, start: (i) => i, unitAt: (offset) => Math.min(Math.max(0, offset), text.length) };

  const displayAt: number[] = new Array<number>(at.length);
  let display = '';
  let from = 0;
  for (let k = 0; k < at.length; k++) {
    display += text.slice(from, at[k]);
    displayAt[k] = display.length;
    display += shown[k];
    from = at[k]! + 1;
  }
  display += text.slice(from);
  const widthOf = (k: number) => shown[k]!.length;
  return {
    display,
    start(i) {
      // The last wide unit before character i shifts it.
      const k = lastAtMost(at, i - 1);
      return k < 0 ? i : displayAt[k]! + widthOf(k) + (i - at[k]! - 1);
    },
    unitAt(offset) {
      const k = lastAtMost(displayAt, offset);
      if (k < 0) return Math.max(0, offset);
      const end = displayAt[k]! + widthOf(k);
      if (offset < end) return at[k]!;
      return Math.min(text.length, at[k]! + 1 + (offset - end));
    },
  };
}

const TAG_CHARS = /[\ue000-\ue2ff]/g;

/** Index of the last element of the ascending `list` that is <= value, or -1. */
function lastAtMost(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Adds escaped braces (shown as "{" + escape) to the sorted tag positions. */
function mergeEscapes(at: number[], shown: string[], braces: readonly number[]): void {
  const all = [...at.map((i, k) => ({ i, s: shown[k]! })), ...braces.map((i) => ({ i, s: `{${DISPLAY_ESCAPE}` }))].sort((a, b) => a.i - b.i);
  at.length = 0;
  shown.length = 0;
  for (const u of all) {
    at.push(u.i);
    shown.push(u.s);
  }
}

/** The tag characters a segment's tags stand for. */
export function knownTagChars(tags: readonly InlineTag[] | undefined): Set<string> {
  const known = new Set<string>();
  for (const t of tags ?? []) {
    known.add(tagChar(t.kind, t.n));
    // A pair's metadata may be stored on its open half only.
    if (t.kind === 'open') known.add(tagChar('close', t.n));
  }
  return known;
}

/**
 * Matches a token-shaped piece of text: brace, escapes, optional slash, a number written without
 * leading zeros, optional slash, brace.
 */
const TOKEN = /\{(\u2060*)(\/?)(0|[1-9]\d{0,2})(\/?)\}/g;

/** The tag character a token-shaped match names, if its shape is a tag's (not {/1/}, not 999). */
export function tokenChar(closeSlash: string, number: string, standaloneSlash: string): string | undefined {
  if (closeSlash && standaloneSlash) return undefined;
  const n = Number(number);
  if (n >= TAG_MAX_PER_SEGMENT) return undefined;
  return tagChar(closeSlash ? 'close' : standaloneSlash ? 'standalone' : 'open', n);
}

/**
 * Display text to segment text: a token becomes its tag character when the tag is `known` and
 * `take(char)` agrees (the editor refuses a second copy of a tag); an escaped token loses one
 * escape; anything else is kept as typed.
 */
export function parseDisplay(display: string, known: ReadonlySet<string>, take: (char: string) => boolean): string {
  if (known.size === 0 || !display.includes('{')) return display;
  return display.replace(TOKEN, (match, escapes: string, close: string, number: string, standalone: string) => {
    const char = tokenChar(close, number, standalone);
    if (!char || !known.has(char)) return match;
    if (escapes.length > 0) return `{${escapes.slice(1)}${close}${number}${standalone}}`;
    return take(char) ? char : match;
  });
}

/** Literal token-shaped text for one of the `known` tags, found in segment text. */
export function literalTokens(text: string, known: ReadonlySet<string>): { start: number; end: number; char: string; escapes: number }[] {
  const out: { start: number; end: number; char: string; escapes: number }[] = [];
  if (known.size === 0 || !text.includes('{')) return out;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const char = tokenChar(m[2]!, m[3]!, m[4]!);
    if (char && known.has(char)) out.push({ start: m.index, end: m.index + m[0].length, char, escapes: m[1]!.length });
  }
  return out;
}
