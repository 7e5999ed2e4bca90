import type { CliCommand, CliIo } from '../io';
import { UsageError } from '../io';
import { parseArgs, stringOption } from '../args';
import { readDocumentFile } from '../readDocument';
import { loadTmIndex, pretranslate } from './pretranslate';
import type { ImportedDocument } from '../../core/formats/types';
import type { SegmentDraft } from '../../core/model';
import { exportXliff } from '../../core/formats/xliffCommonCodec';
import type { GlossaryEntry } from '../../core/formats/xliff2';
import { readGlossary } from '../../glossary/formats/index';
import { createGlossaryMatcher } from '../../glossary/match/matcher';
import { exportTmxFromSegments } from '../../core/formats/tmx';
import { exportReviewDocx } from '../../core/formats/bilingualDocx';
import { exportBilingualCsv } from '../../core/formats/csv';
import { documentCodecs } from '../../core/formats/registry';
import { stripTags } from '../../core/formats/inlineTags';

/** What an output format gets: the imported document, its segments (TM-filled when --tm was given). */
export interface ConvertInput {
  /** Path of the source file as given. */
  source: string;
  /** File name without directories, used inside outputs (XLIFF original, TMX context). */
  name: string;
  doc: ImportedDocument;
  segments: SegmentDraft[];
  /** Path of the --glossary file, when given (formats that use one read it through io). */
  glossary?: string;
  io: CliIo;
}

export interface ConvertTarget {
  /** One line for the usage text. */
  summary: string;
  /** Whether the output makes use of --glossary (otherwise a given glossary is reported as unused). */
  usesGlossary?: boolean;
  convert(input: ConvertInput): Uint8Array | Promise<Uint8Array>;
}

/**
 * `padanan convert --to F`: one entry per output format. Other formats (docx-bilingual, txt, docx,
 * csv …) are added here by their owners.
 */
export const convertTargets: Record<string, ConvertTarget> = {
  xliff12: {
    summary: 'XLIFF 1.2 (an XLIFF 1.2 source is handed back as itself)',
    convert: ({ doc, segments, name }) => exportXliff({ name, format: doc.format, skeleton: doc.skeleton }, segments, '1.2'),
  },
  xliff21: {
    summary: 'XLIFF 2.1 (an XLIFF 2.x source is handed back as itself); --glossary adds matched terms (Glossary module)',
    usesGlossary: true,
    convert: async ({ doc, segments, name, glossary, io }) => {
      const entries = glossary ? await glossaryEntries(glossary, io) : undefined;
      return exportXliff({ name, format: doc.format, skeleton: doc.skeleton }, segments, '2.1', { glossary: entries });
    },
  },
  tmx: {
    summary: 'TMX 1.4b of the confirmed (translated, reviewed, final) segments',
    convert: ({ segments, name }) => exportTmxFromSegments(segments, { documentName: name }),
  },
  'docx-bilingual': {
    summary: 'bilingual review table in Word (segment id, Indonesian, English, status, comment)',
    convert: ({ segments, name }) => exportReviewDocx(segments, { documentName: name }),
  },
  csv: {
    summary: 'bilingual CSV (id, source, target, status, note), UTF-8 with BOM',
    convert: ({ segments }) => exportBilingualCsv(segments),
  },
  txt: {
    summary: 'the English text (untranslated segments keep their source)',
    convert: ({ doc, segments }) => {
      if (doc.format === 'txt') return sameFormat(doc, segments);
      let text = '';
      for (const s of segments) text += stripTags(s.target || s.source) + s.gapAfter;
      return new TextEncoder().encode(text);
    },
  },
  docx: { summary: 'the English document, from a .docx source', convert: ({ doc, segments }) => sameFormat(doc, segments, 'docx') },
  md: { summary: 'the English document, from a Markdown source', convert: ({ doc, segments }) => sameFormat(doc, segments, 'md') },
  html: { summary: 'the English document, from an HTML source', convert: ({ doc, segments }) => sameFormat(doc, segments, 'html') },
};

/** Terms of a glossary file found in each segment (inflected forms included), for the XLIFF 2 Glossary module. */
async function glossaryEntries(path: string, io: CliIo): Promise<(segment: { source: string }) => GlossaryEntry[]> {
  const file = readGlossary(await io.read(path), path);
  const matcher = createGlossaryMatcher([file.terms.map((t) => ({ ...t, packId: path }))]);
  const origin = path.split(/[\\/]/).pop()!;
  return (segment) => {
    const seen = new Set<string>();
    const out: GlossaryEntry[] = [];
    for (const m of matcher.match(segment.source)) {
      const term = m.term.source;
      const key = `${term}\u0000${m.term.target}`;
      if (seen.has(key) || m.term.forbidden) continue;
      seen.add(key);
      out.push({ term, translation: m.term.target, definition: m.term.note || undefined, origin });
    }
    return out;
  };
}

/** The English document in the source's own format. */
function sameFormat(doc: ImportedDocument, segments: SegmentDraft[], format: string = doc.format): Uint8Array {
  if (doc.format !== format) throw new UsageError(`--to ${format} needs a ${format} source (this one is ${doc.format})`);
  const codec = documentCodecs.find((c) => c.format === doc.format);
  if (!codec) throw new UsageError(`cannot write ${doc.format} documents`);
  return codec.writeTranslation(doc.skeleton, segments);
}

export const convertCommand: CliCommand = {
  name: 'convert',
  usage: 'padanan convert SOURCE --to F -o OUT [--glossary G] [--tm TMX]',
  summary: 'convert a document to XLIFF 1.2/2.1, TMX and other outputs (F: see --to)',
  async run(args, io) {
    const parsed = parseArgs(args, ['to', 'o', 'output', 'glossary', 'tm']);
    if (parsed.positional.length !== 1) throw new UsageError('give exactly one SOURCE');
    const source = parsed.positional[0]!;
    const to = stringOption(parsed, 'to');
    const out = stringOption(parsed, 'o') ?? stringOption(parsed, 'output');
    const names = Object.keys(convertTargets).join(' | ');
    if (!to) throw new UsageError(`--to is required (${names})`);
    const target = convertTargets[to];
    if (!target) throw new UsageError(`unknown output format "${to}" (${names})`);
    if (!out) throw new UsageError('-o OUT is required');

    const glossary = stringOption(parsed, 'glossary');
    if (glossary && !target.usesGlossary) io.stderr(`padanan convert: note: --to ${to} does not use a glossary; ${glossary} is ignored\n`);
    const doc = await readDocumentFile(source, io);
    let segments = doc.segments;
    const tmPath = stringOption(parsed, 'tm');
    if (tmPath) segments = pretranslate(segments, await loadTmIndex(tmPath, io), 100).segments;
    const name = source === '-' ? 'stdin' : source.split(/[\\/]/).pop()!;
    const bytes = await target.convert({ source, name, doc, segments, glossary, io });
    await io.write(out, bytes);
    io.stdout(`${source} → ${out} (${to}, ${segments.length} segments)\n`);
    return 0;
  },
};
