import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The launcher a user runs (`./bin/padanan …`), so the tests see exit codes and output as they do. */
export const PADANAN_BIN = join(REPO_ROOT, 'bin/padanan');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `cwd` with `input` on standard input (empty by default). */
export function runPadanan(args: readonly string[], options: { cwd: string; input?: string; timeout?: number }): CliRun {
  const run = spawnSync(PADANAN_BIN, args, { cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', timeout: options.timeout });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
