/**
 * Runs every test/bench/*.bench.ts in turn, each in its own process (`npx tsx FILE`) so that one
 * bench's memory and timers cannot skew the next. Benches print their own figures; this only adds a
 * header per bench and, at the end, which ones failed. Usage: tsx test/bench/run.ts [FILTER ...]
 * (a bench runs when its file name contains any FILTER).
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(benchDir, '../..');
const filters = process.argv.slice(2).filter((arg) => arg !== '--');

const benches = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();

if (benches.length === 0) {
  console.error(`No bench matches ${filters.map((f) => `"${f}"`).join(', ') || 'test/bench/*.bench.ts'}.`);
  process.exit(2);
}

const results: Array<{ name: string; status: number | string; seconds: number }> = [];
for (const name of benches) {
  const file = relative(repoRoot, join(benchDir, name));
  console.log(`\n=== ${file} ${'='.repeat(Math.max(3, 72 - file.length))}`);
  const started = performance.now();
  const status = await run('npx', ['tsx', file]);
  const seconds = (performance.now() - started) / 1000;
  results.push({ name: file, status, seconds });
  console.log(`--- ${file}: ${status === 0 ? 'done' : `FAILED (${status})`} in ${seconds.toFixed(1)} s`);
}

console.log('\n=== Summary');
for (const { name, status, seconds } of results) {
  console.log(`${status === 0 ? 'ok    ' : 'FAILED'}  ${name}  (${seconds.toFixed(1)} s)`);
}
const failed = results.filter((r) => r.status !== 0);
if (failed.length > 0) {
  console.log(`${failed.length} of ${results.length} benches failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exitCode = 1;
} else {
  console.log(`${results.length} benches ran.`);
}

function run(command: string, args: string[]): Promise<number | string> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env: process.env });
    child.on('error', (error) => resolve(error.message));
    child.on('exit', (code, signal) => resolve(code ?? `signal ${signal}`));
  });
}
