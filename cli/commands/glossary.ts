import type { CliCommand, CliIo } from '../io';
import { UsageError } from '../io';
import { parseArgs, stringOption, type ParsedArgs } from '../args';
import { PadananError } from '../../core/errors';
import { glossaryFormatOf, readGlossary, writeGlossary, type GlossaryFile } from '../../glossary/formats/index';
import type { PackManifestInput } from '../../glossary/formats/pack';

const USAGE =
  'padanan glossary convert IN OUT [--name N] [--id ID] [--pack-version V] [--author A] [--licence L] | padanan glossary validate FILE';

export const glossaryCommand: CliCommand = {
  name: 'glossary',
  usage: USAGE,
  summary: 'convert between .tsv, .csv, .tbx and .padanan-pack.json; validate a glossary file',
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'convert') return convert(rest, io);
    if (sub === 'validate') return validate(rest, io);
    throw new UsageError(sub ? `unknown subcommand "${sub}" (convert or validate)` : 'give a subcommand: convert or validate');
  },
};

async function convert(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ['name', 'id', 'pack-version', 'author', 'licence']);
  if (parsed.positional.length !== 2) throw new UsageError('give IN and OUT');
  const [input, output] = parsed.positional as [string, string];
  const format = glossaryFormatOf(output);
  if (!format) {
    throw new PadananError('glossary.unknownFormat', `${output}: unknown glossary format (use .tsv, .csv, .tbx or .padanan-pack.json).`, { file: output });
  }
  const glossary = await load(input, io);
  const title = stringOption(parsed, 'name') ?? glossary.title;
  const bytes = writeGlossary(glossary.terms, format, { pack: packManifest(parsed, glossary, input), ...(title ? { title } : {}) });
  await io.write(output, bytes);
  io.stderr(`${glossary.terms.length} terms written to ${output}\n`);
  return 0;
}

async function validate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, []);
  if (parsed.positional.length !== 1) throw new UsageError('give exactly one FILE');
  const file = parsed.positional[0]!;
  const glossary = await load(file, io);
  const m = glossary.manifest;
  const detail = m ? `pack "${m.name}" ${m.version} by ${m.author || 'unknown'} (${m.licence}), checksum ok` : glossary.format.toUpperCase();
  io.stdout(`${file}: valid, ${glossary.terms.length} terms; ${detail}\n`);
  return 0;
}

async function load(file: string, io: CliIo): Promise<GlossaryFile> {
  if (file !== '-' && !glossaryFormatOf(file)) {
    throw new PadananError('glossary.unknownFormat', `${file}: unknown glossary format (use .tsv, .csv, .tbx or .padanan-pack.json).`, { file });
  }
  return readGlossary(await io.read(file), file);
}

function packManifest(parsed: ParsedArgs, glossary: GlossaryFile, input: string): PackManifestInput {
  const base = input.replace(/^.*[\\/]/, '').replace(/\.(padanan-pack\.json|json|tsv|csv|tbx|txt|utf8|tab)$/i, '');
  const m = glossary.manifest;
  return {
    id: stringOption(parsed, 'id') ?? m?.id ?? (base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'glossary'),
    name: stringOption(parsed, 'name') ?? m?.name ?? glossary.title ?? base,
    version: stringOption(parsed, 'pack-version') ?? m?.version ?? '1.0.0',
    author: stringOption(parsed, 'author') ?? m?.author ?? '',
    licence: stringOption(parsed, 'licence') ?? m?.licence ?? 'unspecified',
    sourceLang: m?.sourceLang ?? 'id',
    targetLang: m?.targetLang ?? 'en',
  };
}
