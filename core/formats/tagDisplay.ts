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

/** The display form of a text and where each of its characters begins in it. */
export interface DisplayMap {
  display: string;
  /**
   * starts[i]: offset in `display` where text character i begins; starts[text.length] is
   * display.length. A character whose display is longer than one (a tag token, an escaped brace)
   * is one unit: nothing may be typed or deleted inside it.
   */
  starts: number[];
}

export function displayMap(text: string, tags?: readonly InlineTag[]): DisplayMap {
  const escaped = tags ? escapedBraces(text, knownTagChars(tags)) : undefined;
  const starts: number[] = new Array<number>(text.length + 1);
  let display = '';
  for (let i = 0; i < text.length; i++) {
    starts[i] = display.length;
    const tag = parseTagChar(text.charCodeAt(i));
    if (tag) display += tagToken(tag.kind, tag.n);
    else if (escaped?.has(i)) display += `{${DISPLAY_ESCAPE}`;
    else display += text[i]!;
  }
  starts[text.length] = display.length;
  return { display, starts };
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

function escapedBraces(text: string, known: ReadonlySet<string>): Set<number> | undefined {
  const found = literalTokens(text, known);
  return found.length ? new Set(found.map((t) => t.start)) : undefined;
}
