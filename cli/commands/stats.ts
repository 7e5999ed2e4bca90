import type { CliCommand } from '../io';
import { UsageError } from '../io';
import { parseArgs, stringOption } from '../args';
import { readDocumentFile } from '../readDocument';
import { analyseSegments, MATCH_BANDS, type DocumentAnalysis } from '../../core/tm/analysis';
import { FuzzyIndex } from '../../core/tm/fuzzyIndex';
import { loadTmx } from '../loadTmx';

export const statsCommand: CliCommand = {
  name: 'stats',
  usage: 'padanan stats [--tm TMX] [--json] FILE',
  summary: 'segments, words, repetitions, TM match bands',
  async run(args, io) {
    const parsed = parseArgs(args, ['tm'], ['json']);
    if (parsed.positional.length !== 1) throw new UsageError('give exactly one FILE');
    const file = parsed.positional[0]!;
    const imported = await readDocumentFile(file, io);
    const tmPath = stringOption(parsed, 'tm');
    let tm: FuzzyIndex<unknown> | undefined;
    if (tmPath) {
      tm = new FuzzyIndex<unknown>();
      for (const unit of await loadTmx(tmPath, io)) tm.add(unit.source, unit.target);
    }
    const analysis = analyseSegments(
      imported.segments.map((s) => s.source),
      tm,
    );
    io.stdout(parsed.options.has('json') ? JSON.stringify(analysis) + '\n' : formatAnalysis(file, analysis, tm !== undefined));
    return 0;
  },
};

function formatAnalysis(file: string, a: DocumentAnalysis, withTm: boolean): string {
  const rows: [string, number, number][] = [['Repetitions', a.repetitions.segments, a.repetitions.words]];
  for (const band of MATCH_BANDS) {
    const label = band.id === 'none' ? 'No match' : band.id === '100' ? '100%' : `${band.id}%`;
    rows.push([label, a.bands[band.id].segments, a.bands[band.id].words]);
  }
  const lines = [
    `File:        ${file}`,
    `Segments:    ${a.segments}`,
    `Words:       ${a.words}`,
    `Characters:  ${a.characters}`,
    '',
    `${withTm ? 'TM analysis' : 'Analysis (no TM given)'}:`,
    `  ${'band'.padEnd(12)} ${'segments'.padStart(9)} ${'words'.padStart(9)}`,
    ...rows.map(([label, s, w]) => `  ${label.padEnd(12)} ${String(s).padStart(9)} ${String(w).padStart(9)}`),
  ];
  return lines.join('\n') + '\n';
}
