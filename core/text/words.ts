import { TAG_OPEN_BASE, TAG_STANDALONE_BASE, TAG_MAX_PER_SEGMENT } from '../model';

const TAG_CHARS = new RegExp(
  `[\\u${TAG_OPEN_BASE.toString(16)}-\\u${(TAG_STANDALONE_BASE + TAG_MAX_PER_SEGMENT - 1).toString(16)}]`,
  'gu',
);
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
