import type { CliCommand } from '../io';
import { parseArgs } from '../args';
import { decodeText } from '../../core/text/decode';
import { stem } from '../../core/lang/id/morphology/stem';

export const stemCommand: CliCommand = {
  name: 'stem',
  usage: 'padanan stem [WORD ...]',
  summary: 'the root of each Indonesian word, one per line (words from stdin when none given)',
  async run(args, io) {
    const parsed = parseArgs(args, []);
    let words = parsed.positional;
    if (!words.length) {
      const bytes = await io.read('-');
      words = bytes.length ? decodeText(bytes, 'standard input').text.split(/\s+/) : [];
    }
    const out: string[] = [];
    for (const word of words) {
      // Punctuation around a word ("memasok," or «Korut») is not part of it.
      const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (bare) out.push(stem(bare));
    }
    io.stdout(out.map((w) => `${w}\n`).join(''));
    return 0;
  },
};
