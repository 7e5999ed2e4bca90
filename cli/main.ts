import { commands } from './commands/index';
import { nodeIo, UsageError, type CliIo } from './io';
import { isPadananError } from '../core/errors';

/** Runs one CLI invocation; returns the exit status. Errors go to stderr with status 2. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`padanan: unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`padanan ${name}: ${error.message}\nusage: ${command.usage}\n`);
    else if (isPadananError(error)) io.stderr(`padanan ${name}: ${error.message}\n`);
    else io.stderr(`padanan ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

/** Each command's usage (alternatives on lines of their own), its summary indented below. */
function helpText(): string {
  const entry = (c: (typeof commands)[number]) =>
    `${c.usage
      .split(' | ')
      .map((form) => `  ${form}`)
      .join('\n')}\n      ${c.summary}`;
  return `usage:\n${commands.map(entry).join('\n')}\n`;
}

const isEntry = process.argv[1]?.endsWith('cli/main.ts');
if (isEntry) {
  runCli(process.argv.slice(2), nodeIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`padanan: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
