import {
  TAG_CLOSE_BASE,
  TAG_MAX_PER_SEGMENT,
  TAG_OPEN_BASE,
  TAG_STANDALONE_BASE,
  type InlineTag,
  type InlineTagKind,
} from '../model';

/**
 * Helpers for the private-use characters that stand for inline codes in segment text (see
 * core/model.ts): one character per tag, `Segment.tags` holds one entry per character.
 */

export function tagChar(kind: InlineTagKind, n: number): string {
  const base = kind === 'open' ? TAG_OPEN_BASE : kind === 'close' ? TAG_CLOSE_BASE : TAG_STANDALONE_BASE;
  return String.fromCharCode(base + n);
}

/** Kind and number of a tag character (given as a char code), or undefined for ordinary text. */
export function parseTagChar(code: number): { kind: InlineTagKind; n: number } | undefined {
  if (code >= TAG_OPEN_BASE && code < TAG_OPEN_BASE + TAG_MAX_PER_SEGMENT) return { kind: 'open', n: code - TAG_OPEN_BASE };
  if (code >= TAG_CLOSE_BASE && code < TAG_CLOSE_BASE + TAG_MAX_PER_SEGMENT) return { kind: 'close', n: code - TAG_CLOSE_BASE };
  if (code >= TAG_STANDALONE_BASE && code < TAG_STANDALONE_BASE + TAG_MAX_PER_SEGMENT) return { kind: 'standalone', n: code - TAG_STANDALONE_BASE };
  return undefined;
}

export function isTagCode(code: number): boolean {
  return code >= TAG_OPEN_BASE && code < TAG_STANDALONE_BASE + TAG_MAX_PER_SEGMENT;
}

/** The range of every tag character (open, close, standalone), for building character classes. */
export const TAG_CHAR_RANGE = `\\u${TAG_OPEN_BASE.toString(16)}-\\u${(TAG_STANDALONE_BASE + TAG_MAX_PER_SEGMENT - 1).toString(16)}`;

/**
 * Matches every tag character. Global: `replace` and `match` reset it themselves; code that calls
 * `exec` or `test` sets `lastIndex` to 0 before and after.
 */
export const TAG_CHARS = new RegExp(`[${TAG_CHAR_RANGE}]`, 'g');

/** The text without its tag characters (for word counts, TM, fuzzy matching). */
export function stripTags(text: string): string {
  return text.replace(TAG_CHARS, '');
}

export function hasTags(text: string): boolean {
  TAG_CHARS.lastIndex = 0;
  const found = TAG_CHARS.test(text);
  TAG_CHARS.lastIndex = 0;
  return found;
}

/** Map from tag character to its metadata. */
export function tagsByChar(tags: readonly InlineTag[] | undefined): Map<string, InlineTag> {
  const map = new Map<string, InlineTag>();
  for (const t of tags ?? []) map.set(tagChar(t.kind, t.n), t);
  return map;
}

/** Tag characters in order of appearance. */
export function tagSequence(text: string): { kind: InlineTagKind; n: number; index: number }[] {
  const out: { kind: InlineTagKind; n: number; index: number }[] = [];
  // A native scan: the editor checks a segment's tags on every keystroke.
  TAG_CHARS.lastIndex = 0;
  for (let m = TAG_CHARS.exec(text); m; m = TAG_CHARS.exec(text)) out.push({ ...parseTagChar(m[0].charCodeAt(0))!, index: m.index });
  TAG_CHARS.lastIndex = 0;
  return out;
}

/**
 * Which open/close characters in a text form properly nested pairs. Anything else (a half of a
 * pair, a close before its open, crossing pairs) is "unbalanced" and must be written in a form
 * that does not need its partner.
 */
export function balancedPairs(text: string): Set<number> {
  const stack: number[] = [];
  const opened = new Set<number>();
  const paired = new Set<number>();
  for (const t of tagSequence(text)) {
    if (t.kind === 'open') {
      stack.push(t.n);
      opened.add(t.n);
    } else if (t.kind === 'close' && stack[stack.length - 1] === t.n) {
      stack.pop();
      paired.add(t.n);
    } else if (t.kind === 'close' && opened.has(t.n)) {
      // Crossing: the pairs opened after this one cannot be balanced either.
      const at = stack.lastIndexOf(t.n);
      if (at >= 0) stack.splice(at, stack.length - at);
    }
  }
  return paired;
}
