import type { CliCommand, CliIo } from '../io';
import { UsageError } from '../io';
import { parseArgs, stringOption } from '../args';
import { readDocumentFile } from '../readDocument';
import { loadTmx } from '../loadTmx';
import { xliffCodec } from '../../core/formats/xliffCommonCodec';
import { FuzzyIndex } from '../../core/tm/fuzzyIndex';
import type { SegmentDraft } from '../../core/model';

export const pretranslateCommand: CliCommand = {
  name: 'pretranslate',
  usage: 'padanan pretranslate IN.xlf --tm TMX [--min 75] -o OUT.xlf',
  summary: 'fill empty XLIFF targets from a TMX (exact and fuzzy matches)',
  async run(args, io) {
    const parsed = parseArgs(args, ['tm', 'min', 'o', 'output']);
    if (parsed.positional.length !== 1) throw new UsageError('give exactly one IN.xlf');
    const input = parsed.positional[0]!;
    const tmPath = stringOption(parsed, 'tm');
    const out = stringOption(parsed, 'o') ?? stringOption(parsed, 'output');
    if (!tmPath) throw new UsageError('--tm TMX is required');
    if (!out) throw new UsageError('-o OUT.xlf is required');
    const minText = stringOption(parsed, 'min') ?? '75';
    const min = Number(minText);
    if (!/^\d+$/.test(minText) || min < 1 || min > 100) throw new UsageError(`--min must be a whole number from 1 to 100, not "${minText}"`);

    const doc = await readDocumentFile(input, io);
    if (doc.format !== 'xliff12' && doc.format !== 'xliff2') throw new UsageError(`${input} is not an XLIFF file`);
    const index = await loadTmIndex(tmPath, io);
    const result = pretranslate(doc.segments, index, min);
    await io.write(out, xliffCodec.writeTranslation(doc.skeleton, result.segments));
    io.stdout(`pretranslated ${result.exact + result.fuzzy} of ${doc.segments.length} segments (${result.exact} exact, ${result.fuzzy} fuzzy ≥ ${min}%) → ${out}\n`);
    return 0;
  },
};

export async function loadTmIndex(path: string, io: CliIo): Promise<FuzzyIndex<string>> {
  const index = new FuzzyIndex<string>();
  for (const unit of await loadTmx(path, io)) index.add(unit.source, unit.target);
  return index;
}

/**
 * Fills empty, unlocked targets with the best TM match scoring at least `min`: exact matches
 * become "translated", fuzzy ones "draft" for the translator to check.
 */
export function pretranslate(segments: readonly SegmentDraft[], index: FuzzyIndex<string>, min: number): { segments: SegmentDraft[]; exact: number; fuzzy: number } {
  let exact = 0;
  let fuzzy = 0;
  const out = segments.map((s) => {
    if (s.locked || s.target.trim() !== '') return s;
    const [best] = index.search(s.source, { minScore: min, limit: 1 });
    if (!best) return s;
    if (best.score === 100) exact++;
    else fuzzy++;
    return { ...s, target: best.payload, status: best.score === 100 ? ('translated' as const) : ('draft' as const) };
  });
  return { segments: out, exact, fuzzy };
}
