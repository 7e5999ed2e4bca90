import { TAG_CHAR_RANGE } from '../../core/formats/inlineTags';

/** A word or a single punctuation character of a segment or of a glossary entry. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** Whether whitespace (or an inline tag) separates this token from the previous one. */
  spaced: boolean;
}

/**
 * Words are runs of letters, digits and marks, with inner apostrophes (Jum'at); every other
 * visible character is a token of its own, so a hyphen splits negara-negara into three tokens and
 * "Utara-Rusia" still ends a match on Utara. Whitespace and inline-tag placeholders separate tokens.
 * (One regular expression is faster here than a hand-written character loop: measured 2×.)
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Lower-casing the whole text once is cheaper than per token, when it keeps every index.
  const lowerText = text.toLowerCase();
  const sameLength = lowerText.length === text.length;
  TOKEN.lastIndex = 0;
  let previousEnd = -1;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const value = m[0];
    const start = m.index;
    const end = start + value.length;
    tokens.push({
      start,
      end,
      text: value,
      lower: sameLength ? lowerText.slice(start, end) : value.toLowerCase(),
      isWord: m[1] !== undefined,
      spaced: previousEnd >= 0 && start !== previousEnd,
    });
    previousEnd = end;
  }
  return tokens;
}

const TOKEN = new RegExp(`([\\p{L}\\p{N}\\p{M}]+(?:['’][\\p{L}\\p{N}\\p{M}]+)*)|[^\\s${TAG_CHAR_RANGE}]`, 'gu');
