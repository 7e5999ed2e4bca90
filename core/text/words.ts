import { TAG_CHARS } from '../formats/inlineTags';

const WORD = /[\p{L}\p{N}]+(?:[-'’.,/][\p{L}\p{N}]+)*/gu;

/**
 * Counts words the way translators are billed: runs of letters and digits, with inner hyphens,
 * apostrophes and number separators kept inside one word (negara-negara, 1.000,5, 5/9/2023).
 * Inline tag placeholders are not words.
 */
export function countWords(text: string): number {
  const plain = text.replace(TAG_CHARS, ' ');
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(plain)) n++;
  return n;
}
