import type { CliCommand } from '../io';
import { UsageError } from '../io';
import { parseArgs, stringOption } from '../args';
import { decodeText } from '../../core/text/decode';
import { readGlossary } from '../../glossary/formats/index';
import { createGlossaryMatcher } from '../../glossary/match/matcher';

export const termsCommand: CliCommand = {
  name: 'terms',
  usage: 'padanan terms --glossary G [FILE|-]',
  summary: 'glossary matches, one JSON object per line: {"start","end","source","target"}',
  async run(args, io) {
    const parsed = parseArgs(args, ['glossary']);
    const glossaryPath = stringOption(parsed, 'glossary');
    if (!glossaryPath) throw new UsageError('--glossary G is required');
    if (parsed.positional.length > 1) throw new UsageError('give at most one FILE');
    const file = parsed.positional[0] ?? '-';
    const glossary = readGlossary(await io.read(glossaryPath), glossaryPath);
    const { text } = decodeText(await io.read(file), file === '-' ? 'standard input' : file);
    const matcher = createGlossaryMatcher([glossary.terms.map((t) => ({ ...t, packId: glossaryPath }))]);
    const out: string[] = [];
    // Line by line, so that no entry spans a line break; offsets stay those of the whole input.
    const lineBreak = /\r\n|\n|\r/g;
    let offset = 0;
    for (;;) {
      const m = lineBreak.exec(text);
      const end = m ? m.index : text.length;
      for (const match of matcher.match(text.slice(offset, end))) {
        out.push(JSON.stringify({ start: offset + match.start, end: offset + match.end, source: match.term.source, target: match.term.target }));
      }
      if (!m) break;
      offset = m.index + m[0].length;
    }
    io.stdout(out.map((l) => `${l}\n`).join(''));
    return 0;
  },
};
