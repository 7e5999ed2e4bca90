import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The schema validator of ../shared (`validate.sh FORMAT FILE`: exit 0 valid, 1 invalid, 2 a tool
 * is missing). A user's clone has no ../shared beside it: tests then skip, saying why.
 */
export const VALIDATE = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/validators/validate.sh');

export interface ValidatorRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** True (after logging why `what` is not checked) when ../shared or one of `tools` is absent. */
export function validatorMissing(what: string, tools: readonly string[] = []): boolean {
  if (!existsSync(VALIDATE)) {
    console.log(`${what} skipped: ${VALIDATE} not found (no ../shared beside this clone)`);
    return true;
  }
  const missing = tools.find((tool) => spawnSync(tool, ['--version']).error);
  if (missing) {
    console.log(`${what} skipped: ${missing} is not installed`);
    return true;
  }
  return false;
}

/** Runs validate.sh on a file, or on bytes written to a temporary file called `name`. */
export function runValidator(format: string, input: string | { name: string; bytes: Uint8Array | string }): ValidatorRun {
  if (typeof input === 'string') {
    const run = spawnSync(VALIDATE, [format, input], { encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }
  const dir = mkdtempSync(join(tmpdir(), 'padanan-validate-'));
  try {
    const file = join(dir, input.name);
    writeFileSync(file, input.bytes);
    return runValidator(format, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type Validation = { ok: true } | { ok: false; output: string } | { skipped: string };

/** Validates bytes; skipped (with the reason) when ../shared or the tools are absent. */
export function validate(format: 'xliff12' | 'xliff2' | 'tmx', bytes: Uint8Array): Validation {
  if (!existsSync(VALIDATE)) return { skipped: `${VALIDATE} not found (no ../shared beside the project)` };
  const run = runValidator(format, { name: format === 'tmx' ? 'out.tmx' : 'out.xlf', bytes });
  if (run.status === 0) return { ok: true };
  if (run.status === 2) return { skipped: `validate.sh could not run: ${run.stderr.trim()}` };
  return { ok: false, output: `${run.stdout}\n${run.stderr}` };
}

/** Asserts validity, or logs why validation was skipped. Returns false when skipped. */
export function expectValid(format: 'xliff12' | 'xliff2' | 'tmx', bytes: Uint8Array, what: string): boolean {
  const result = validate(format, bytes);
  if ('skipped' in result) {
    console.log(`schema validation of ${what} skipped: ${result.skipped}`);
    return false;
  }
  if (!result.ok) throw new Error(`${what} is not valid ${format}:\n${result.output}\n--- file ---\n${new TextDecoder().decode(bytes)}`);
  return true;
}
