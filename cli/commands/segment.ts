import type { CliCommand } from '../io';
import { UsageError } from '../io';
import { parseArgs, stringOption } from '../args';
import { decodeText } from '../../core/text/decode';
import { createDefaultSegmenter } from '../../core/segment/index';

export const segmentCommand: CliCommand = {
  name: 'segment',
  usage: 'padanan segment [--lang id] [FILE|-]',
  summary: 'one segment per line on stdout',
  async run(args, io) {
    const parsed = parseArgs(args, ['lang']);
    const lang = stringOption(parsed, 'lang') ?? 'id';
    if (lang !== 'id') throw new UsageError(`unsupported language "${lang}" (only "id")`);
    if (parsed.positional.length > 1) throw new UsageError('give at most one FILE');
    const file = parsed.positional[0] ?? '-';
    const { text } = decodeText(await io.read(file), file === '-' ? 'standard input' : file);
    const segmenter = createDefaultSegmenter();
    const lines: string[] = [];
    for (const paragraph of text.split(/\r\n|\n|\r/)) {
      for (const segment of segmenter.segmentParagraph(paragraph).segments) lines.push(segment.replace(/\s+/g, ' '));
    }
    io.stdout(lines.map((l) => l + '\n').join(''));
    return 0;
  },
};
