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
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let previousEnd = -1;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const value = m[0];
    const start = m.index;
    const isWord = m[1] !== undefined;
    tokens.push({
      start,
      end: start + value.length,
      text: value,
      lower: value.toLowerCase(),
      isWord,
      spaced: previousEnd >= 0 && start !== previousEnd,
    });
    previousEnd = start + value.length;
  }
  return tokens;
}

const TOKEN = /([\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*)|[^\s\uE000-\uE2FF]/gu;
