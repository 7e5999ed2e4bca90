/**
 * Storage at scale, measured in real Chromium: builds test/bench/storage-page (the real
 * renderer/src/db modules and import worker) with Vite, serves it on loopback, drives Debian
 * chromium with playwright-core and prints import, first-screen, window, progress and keystroke
 * figures for a generated Indonesian-like document, then the same store/progress figures at 500k.
 * Usage: npx tsx test/bench/storage.bench.ts [segments=100000]
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// The page's global window.storageBench declaration comes with this import.
import { startStaticServer, type StaticServer } from '../../scripts/serve-web.mjs';
import { buildBenchPage } from './benchPage';
import type {} from './storage-page/main';

const CHROMIUM = '/usr/bin/chromium';
const PAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'storage-page');
const SEGMENTS = Number(process.argv[2] ?? 100_000);
const LARGE = 500_000;
const LARGE_BUDGET_MS = 60_000;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    console.log(`storage: skipped, ${CHROMIUM} is not installed (apt-get install chromium).`);
    return 0;
  }
  const outDir = await mkdtemp(join(tmpdir(), 'padanan-storage-bench-'));
  const profile = await mkdtemp(join(tmpdir(), 'padanan-storage-profile-'));
  let server: StaticServer | undefined;
  let browser: BrowserContext | undefined;
  try {
    await buildBenchPage(PAGE_DIR, outDir);
    const started = await startStaticServer({ root: outDir });
    server = started;
    // A persistent profile, so that the browser can be restarted on the same IndexedDB (cold start).
    const launch = async (): Promise<Page> => {
      browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      const page = browser.pages()[0] ?? (await browser.newPage());
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      return page;
    };
    const restart = async (): Promise<Page> => {
      await browser?.close();
      browser = undefined;
      return launch();
    };
    const page = await launch();
    await open(page, started.url);
    await page.evaluate(() => window.storageBench.reset());
    await run(page, started.url, restart);
    return 0;
  } catch (error) {
    console.error('storage bench failed:', error);
    return 1;
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

async function run(page: Page, url: string, restart: () => Promise<Page>): Promise<void> {
  const n = SEGMENTS;
  console.log(`storage: Chromium ${await page.evaluate(() => /Chrome\/(\d+)/.exec(navigator.userAgent)?.[1] ?? '?')}, ${n.toLocaleString('en')} generated Indonesian-like segments`);

  const imp = await page.evaluate((count) => window.storageBench.importDocument(count, true), n);
  const importMs = imp.parseMs + imp.storeMs;
  console.log(
    `import: ${imp.segmentCount.toLocaleString('en')} segments, ${imp.wordCount.toLocaleString('en')} words, ${imp.megabytes.toFixed(1)} MB of text; ` +
      `parse in worker ${s(imp.parseMs)}, store ${s(imp.storeMs)} (${imp.progressCalls} progress updates), total ${s(importMs)} ${verdict(importMs, 10_000)}`,
  );

  const workerCodes = await page.evaluate(() => window.storageBench.workerErrors());
  console.log(`import worker errors (empty, binary file) arrive as PadananError: ${workerCodes.join(', ')}`);

  await page.goto(`${url}?first-screen`);
  const first = await page.evaluate(() => window.firstScreenAtLoad!);
  console.log(
    `first screen after a reload: ${ms(first.totalMs)} ${verdict(first.totalMs, 1000)} — open database ${ms(first.openMs)}, position + document + progress ${ms(first.documentMs)}, first 200-row window ${ms(first.windowMs)} (${first.rows} rows); ${ms(first.sinceNavigationMs)} from navigation`,
  );
  page = await restart();
  await page.goto(`${url}?first-screen`);
  const cold = await page.evaluate(() => window.firstScreenAtLoad!);
  console.log(
    `first screen after a browser restart: ${ms(cold.totalMs)} ${verdict(cold.totalMs, 1000)} — open database ${ms(cold.openMs)}, position + document + progress ${ms(cold.documentMs)}, first 200-row window ${ms(cold.windowMs)}; ${ms(cold.sinceNavigationMs)} from navigation`,
  );

  const regions: [string, number, number][] = [
    ['start', 0, Math.min(n, 5000)],
    ['middle', Math.max(0, Math.floor(n / 2) - 2500), Math.min(n, Math.floor(n / 2) + 2500)],
    ['end', Math.max(0, n - 5000), n],
  ];
  for (const [label, from, to] of regions) {
    const times = await page.evaluate(([d, a, b]) => window.storageBench.windowReads(d, a, b, 60, 200), [imp.documentId, from, to] as const);
    console.log(`200-row window at the ${label} (60 reads): p50 ${ms(pct(times, 0.5))}, p95 ${ms(pct(times, 0.95))} ${verdict(pct(times, 0.95), 16)}`);
  }

  const progress = await page.evaluate((d) => window.storageBench.progressReads(d, 50), imp.documentId);
  console.log(`progress figures (document record, 50 reads): first ${ms(progress[0]!)}, p50 ${ms(pct(progress, 0.5))}, p95 ${ms(pct(progress, 0.95))} ${verdict(pct(progress, 0.95), 50)} — ${first.progress.segmentsDone}/${first.progress.segmentsTotal} segments, ${first.progress.wordsDone}/${first.progress.wordsTotal} words`);

  const keys = await page.evaluate(([d, at]) => window.storageBench.keystrokes(d, at, 300), [imp.documentId, Math.floor(n / 2)] as const);
  console.log(`keystroke saveTarget (300 saves): p50 ${ms(pct(keys, 0.5))}, p95 ${ms(pct(keys, 0.95))}, max ${ms(Math.max(...keys))} ${verdict(pct(keys, 0.95), 16)}`);

  const confirms = await page.evaluate((d) => window.storageBench.confirms(d, 1000, 60), imp.documentId);
  console.log(`confirm setSegmentStatus + revision + TM upsert (60): p50 ${ms(pct(confirms, 0.5))}, p95 ${ms(pct(confirms, 0.95))}`);

  const end = await page.evaluate((d) => window.storageBench.readAllThenDelete(d), imp.documentId);
  console.log(`read all ${end.segments.toLocaleString('en')} segments (export): ${ms(end.readAllMs)}; delete the document (one transaction): ${ms(end.deleteMs)}`);

  const estimate = (imp.storeMs * LARGE) / n;
  if (estimate > LARGE_BUDGET_MS) {
    console.log(`500k: skipped, storing would take about ${s(estimate)} (budget ${s(LARGE_BUDGET_MS)}).`);
    return;
  }
  await page.goto(url);
  await ready(page);
  const big = await page.evaluate((count) => window.storageBench.importDocument(count, false), LARGE);
  console.log(`import 500k: ${big.segmentCount.toLocaleString('en')} segments (${big.megabytes.toFixed(0)} MB of text) stored in ${s(big.storeMs)} (parsed on the page, not timed)`);
  page = await restart();
  await page.goto(`${url}?first-screen`);
  const bigFirst = await page.evaluate(() => window.firstScreenAtLoad!);
  await ready(page);
  const bigProgress = await page.evaluate((d) => window.storageBench.progressReads(d, 50), big.documentId);
  console.log(
    `500k: first screen after a browser restart ${ms(bigFirst.totalMs)} ${verdict(bigFirst.totalMs, 1000)}; progress figures first ${ms(bigProgress[0]!)}, p50 ${ms(pct(bigProgress, 0.5))}, p95 ${ms(pct(bigProgress, 0.95))} ${verdict(pct(bigProgress, 0.95), 50)}`,
  );
  const bigEnd = await page.evaluate(([d, a, b]) => window.storageBench.windowReads(d, a, b, 60, 200), [big.documentId, LARGE - 5000, LARGE] as const);
  console.log(`500k: 200-row window at the end p50 ${ms(pct(bigEnd, 0.5))}, p95 ${ms(pct(bigEnd, 0.95))} ${verdict(pct(bigEnd, 0.95), 16)}`);
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await ready(page);
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.storageBench === 'object', undefined, { timeout: 30_000 });
}

function pct(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function s(value: number): string {
  return `${(value / 1000).toFixed(2)} s`;
}

function verdict(value: number, target: number): string {
  const unit = target >= 1000 ? `${target / 1000} s` : `${target} ms`;
  return value <= target ? `(target ≤ ${unit}: ok)` : `(target ≤ ${unit}: MISSED)`;
}

process.exit(await main());
