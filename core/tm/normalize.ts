import { TAG_OPEN_BASE, TAG_STANDALONE_BASE, TAG_MAX_PER_SEGMENT } from '../model';

const TAGS = new RegExp(
  `[\\u${TAG_OPEN_BASE.toString(16)}-\\u${(TAG_STANDALONE_BASE + TAG_MAX_PER_SEGMENT - 1).toString(16)}]`,
  'gu',
);
const TOKEN = /[\p{L}\p{N}]+/gu;

/** The text a fuzzy score is computed on: inline tags dropped, whitespace collapsed. */
export function normalizeForMatching(text: string): string {
  return text.replace(TAGS, '').replace(/\s+/g, ' ').trim();
}

/** Lower-cased word tokens, used to find candidates; repetitions kept. */
export function matchTokens(text: string): string[] {
  return tokensOfNormalized(normalizeForMatching(text));
}

/** matchTokens for a text already passed through normalizeForMatching. */
export function tokensOfNormalized(normalized: string): string[] {
  return normalized.toLowerCase().match(TOKEN) ?? [];
}
