import { TAG_OPEN_BASE, TAG_STANDALONE_BASE, TAG_MAX_PER_SEGMENT } from '../model';

const TAGS = new RegExp(
  `[\\u${TAG_OPEN_BASE.toString(16)}-\\u${(TAG_STANDALONE_BASE + TAG_MAX_PER_SEGMENT - 1).toString(16)}]`,
  'gu',
);
const TOKEN = /[\p{L}\p{N}]+/gu;

/** The text a fuzzy score is computed on: inline tags dropped, whitespace collapsed. */
export function normalizeForMatching(text: string): string {
  // Most texts need no change; one pass over them is several times cheaper than the regexes
  // (which matters when a worker indexes a million units).
  if (isNormalized(text)) return text;
  return text.replace(TAGS, '').replace(/\s+/g, ' ').trim();
}

function isNormalized(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c >= 0x1680) {
      // Control characters, NBSP and the other Unicode spaces, and everything from U+1680 (where
      // the remaining spaces, the line separators and the inline-tag characters lie): the slow path.
      return false;
    } else previousSpace = false;
  }
  return !previousSpace || text.length === 0;
}

/** Lower-cased word tokens, used to find candidates; repetitions kept. */
export function matchTokens(text: string): string[] {
  return tokensOfNormalized(normalizeForMatching(text));
}

/** matchTokens for a text already passed through normalizeForMatching. */
export function tokensOfNormalized(normalized: string): string[] {
  return normalized.toLowerCase().match(TOKEN) ?? [];
}
