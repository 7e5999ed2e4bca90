import type { CliCommand } from '../io';
import { UsageError } from '../io';
import { parseArgs, stringOption } from '../args';
import { decodeText } from '../../core/text/decode';
import { createDefaultSegmenter, createSegmenter, parseSrx, type Segmenter } from '../../core/segment/index';

export const segmentCommand: CliCommand = {
  name: 'segment',
  usage: 'padanan segment [--lang id] [--srx FILE] [FILE|-]',
  summary: 'one segment per line on stdout (every line of the input is a paragraph)',
  async run(args, io) {
    const parsed = parseArgs(args, ['lang', 'srx']);
    const lang = stringOption(parsed, 'lang') ?? 'id';
    const srxFile = stringOption(parsed, 'srx');
    if (parsed.positional.length > 1) throw new UsageError('give at most one FILE');
    if (!srxFile && !/^(id|in|ind)([-_].*)?$/i.test(lang)) {
      throw new UsageError(`unsupported language "${lang}" (the built-in rules are for "id"; give --srx FILE for others)`);
    }
    let segmenter: Segmenter;
    if (srxFile) {
      const bytes = await io.read(srxFile);
      segmenter = createSegmenter(parseSrx(bytes, srxFile), { language: lang });
    } else {
      segmenter = createDefaultSegmenter();
    }
    const file = parsed.positional[0] ?? '-';
    const { text } = decodeText(await io.read(file), file === '-' ? 'standard input' : file);
    const lines: string[] = [];
    for (const paragraph of text.split(/\r\n|\n|\r/)) {
      for (const segment of segmenter.segmentParagraph(paragraph).segments) lines.push(segment.replace(/\s+/g, ' '));
    }
    io.stdout(lines.map((l) => l + '\n').join(''));
    return 0;
  },
};
