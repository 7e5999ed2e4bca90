import { readFile, writeFile, rename } from 'node:fs/promises';
import { PadananError } from '../core/errors';

/** What a command may do to the outside world; tests and main() provide it. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file, or standard input for "-". */
  read(path: string): Promise<Uint8Array>;
  /** Writes a file atomically (temp file + rename), so a failed run leaves nothing half-written. */
  write(path: string, bytes: Uint8Array): Promise<void>;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Returns the exit status (0 ok, 1 findings); throws UsageError or PadananError for status 2. */
  run(args: string[], io: CliIo): Promise<number>;
}

export class UsageError extends Error {}

export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  async read(path) {
    if (path === '-') return readStdin();
    try {
      return new Uint8Array(await readFile(path));
    } catch (error) {
      throw new PadananError('file.unreadable', `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`, { file: path });
    }
  },
  async write(path, bytes) {
    const temp = `${path}.padanan-${process.pid}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, path);
  },
};

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
