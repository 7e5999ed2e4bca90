/**
 * Translation memory at scale.
 * 1. Node: the core indexes over generated Indonesian-like units (Zipf vocabulary, test/bench/
 *    tmCorpus.ts): build time, heap, lookup p50/p95, agreement with an exhaustive scan, and the
 *    persisted (compact) index's size and load time.
 * 2. Chromium (the real app path): builds test/bench/tm-page (real db/tm.ts, the TMX import worker
 *    and the TM worker) with Vite, serves it on loopback and drives /usr/bin/chromium: a TMX import
 *    through the worker with the browser's resident memory sampled; N units in IndexedDB; the TM
 *    worker's first load (index built from the units and persisted), its load after a browser
 *    restart (from the persisted index), lookups and concordance through the worker.
 * Usage: npx tsx test/bench/tm.bench.ts [units=1000000] [--browser-units=N] [--tmx-units=N] [--no-browser]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuzzyIndex } from '../../core/tm/fuzzyIndex';
import { CompactIndex, CompactIndexBuilder } from '../../core/tm/compactIndex';
import { TmIndex, TmIndexBuilder } from '../../core/tm/tmIndex';
import { fuzzyScore } from '../../core/tm/similarity';
import { corpusQuery, corpusRandom, corpusUnit } from './tmCorpus';
import { startStaticServer, type StaticServer } from '../../scripts/serve-web.mjs';
import { buildBenchPage } from './benchPage';
import type {} from './tm-page/main';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const UNITS = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const BROWSER_UNITS = Number(option('browser-units') ?? UNITS);
const TMX_UNITS = Number(option('tmx-units') ?? 100_000);
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'tm-page');

async function main(): Promise<number> {
  nodeFigures();
  if (args.includes('--no-browser')) return 0;
  if (!existsSync(CHROMIUM)) {
    console.log(`tm (Chromium): skipped, ${CHROMIUM} is not installed (apt-get install chromium).`);
    return 0;
  }
  return browserFigures();
}

function nodeFigures(): void {
  const texts: string[] = [];
  for (let i = 0; i < UNITS; i++) texts.push(corpusUnit(i).source);
  const heap0 = process.memoryUsage().heapUsed;
  let t0 = performance.now();
  const fuzzy = new FuzzyIndex<number>();
  texts.forEach((t, i) => fuzzy.add(t, i));
  const fuzzyMs = performance.now() - t0;
  const fuzzyHeap = process.memoryUsage().heapUsed - heap0;
  const queries = Array.from({ length: 500 }, (_, q) => {
    const random = corpusRandom(q + 1);
    return corpusQuery(Math.floor(random() * UNITS), q);
  });
  const time = (search: (q: string) => unknown[]) => {
    const times: number[] = [];
    let hits = 0;
    for (const q of queries) {
      const s = performance.now();
      if (search(q).length) hits++;
      times.push(performance.now() - s);
    }
    return { times, hits };
  };
  const f = time((q) => fuzzy.search(q, { minScore: 75, limit: 5 }));
  console.log(`tm (Node): ${UNITS.toLocaleString('en')} units — FuzzyIndex built in ${s(fuzzyMs)}, heap +${mb(fuzzyHeap)}`);
  console.log(`tm (Node): FuzzyIndex lookup (min 75) p50 ${ms(pct(f.times, 0.5))}, p95 ${ms(pct(f.times, 0.95))} ${verdict(pct(f.times, 0.95), 15)}, ${f.hits}/500 matched`);

  const targets: string[] = [];
  for (let i = 0; i < UNITS; i++) targets.push(corpusUnit(i).target);
  t0 = performance.now();
  const builder = new TmIndexBuilder();
  for (let i = 0; i < UNITS; i++) builder.add({ id: i + 1, source: texts[i]!, target: targets[i]! });
  const snapshot = builder.build();
  const buildMs = performance.now() - t0;
  const bytes = snapshotBytes(snapshot);
  t0 = performance.now();
  const copy = structuredClone(snapshot);
  const cloneMs = performance.now() - t0;
  t0 = performance.now();
  const index = new TmIndex(copy);
  const openMs = performance.now() - t0;
  const c = time((q) => index.fuzzy(q, { minScore: 75, limit: 5 }));
  console.log(
    `tm (Node): persisted index (sources + target tokens) built in ${s(buildMs)}, ${mb(bytes)}; structured clone ${ms(cloneMs)}, opened in ${ms(openMs)}`,
  );
  console.log(`tm (Node): persisted-index lookup (min 75) p50 ${ms(pct(c.times, 0.5))}, p95 ${ms(pct(c.times, 0.95))} ${verdict(pct(c.times, 0.95), 15)}, ${c.hits}/500 matched`);

  // Exhaustive agreement on a smaller memory (an exhaustive scan of a million units takes minutes).
  const small = Math.min(UNITS, 50_000);
  const compact = new CompactIndexBuilder();
  for (let i = 0; i < small; i++) compact.add(texts[i]!);
  const built: CompactIndex = compact.build();
  let agree = 0;
  let asked = 0;
  for (let q = 0; q < 40; q++) {
    const query = corpusQuery(Math.floor(corpusRandom(1000 + q)() * small), 1000 + q);
    const exhaustive = texts.slice(0, small).reduce((best, t) => Math.max(best, fuzzyScore(query, t)), 0);
    if (exhaustive < 75) continue;
    asked++;
    if ((built.search(query, { minScore: 75, limit: 1 })[0]?.score ?? 0) === exhaustive) agree++;
  }
  console.log(`tm (Node): best score equals an exhaustive scan's for ${agree}/${asked} queries over ${small.toLocaleString('en')} units`);
}

async function browserFigures(): Promise<number> {
  const { chromium } = await import('playwright-core');
  const outDir = await mkdtemp(join(tmpdir(), 'padanan-tm-bench-'));
  const profile = await mkdtemp(join(tmpdir(), 'padanan-tm-profile-'));
  let server: StaticServer | undefined;
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
  try {
    await buildBenchPage(PAGE_DIR, outDir);
    const started = await startStaticServer({ root: outDir });
    server = started;
    const launch = async () => {
      context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      page.on('console', (m) => m.type() === 'error' && console.error(`page console: ${m.text()}`));
      await page.goto(started.url);
      await page.waitForFunction(() => typeof window.tmBench === 'object', undefined, { timeout: 30_000 });
      return page;
    };
    let page = await launch();
    await page.evaluate(() => window.tmBench.reset());
    console.log(`tm (Chromium ${await page.evaluate(() => /Chrome\/(\d+)/.exec(navigator.userAgent)?.[1] ?? '?')}):`);

    // 1. TMX import through the worker, resident memory sampled.
    const file = await page.evaluate((n) => window.tmBench.prepareTmx(0, n), TMX_UNITS);
    const rss = sampleRss(profile);
    const imp = await page.evaluate(() => window.tmBench.importTmx());
    const mem = rss.stop();
    console.log(
      `TMX import: ${TMX_UNITS.toLocaleString('en')} units (${file.megabytes.toFixed(0)} MB file, generated on the page in ${s(file.generateMs)}) stored in ${s(imp.importMs)} ` +
        `(${Math.round((imp.stored * 1000) / imp.importMs).toLocaleString('en')} units/s, ${imp.progressEvents} progress updates, ${imp.duplicates} duplicates)`,
    );
    console.log(
      `TMX import memory (all Chromium processes, file included): RSS ${mb(mem.first)} before, ${mb(mem.at(0.1))} at 10%, ${mb(mem.at(0.5))} at 50%, ${mb(mem.at(0.9))} at 90%, peak ${mb(mem.peak)}, ${mb(mem.atEnd)} after`,
    );
    await page.evaluate((n) => window.tmBench.prepareTmx(0, n), Math.min(TMX_UNITS, 20_000));
    const again = await page.evaluate(() => window.tmBench.importTmx());
    console.log(`TMX re-import of ${Math.min(TMX_UNITS, 20_000).toLocaleString('en')} known units into ${TMX_UNITS.toLocaleString('en')}: ${again.stored} stored, ${again.duplicates.toLocaleString('en')} duplicates skipped in ${s(again.importMs)}`);

    // 2. The rest of the units straight into IndexedDB.
    if (BROWSER_UNITS > TMX_UNITS) {
      const stored = await page.evaluate(([from, n]) => window.tmBench.storeUnits(from, n), [TMX_UNITS, BROWSER_UNITS - TMX_UNITS] as const);
      console.log(`stored ${(BROWSER_UNITS - TMX_UNITS).toLocaleString('en')} more units directly (bulkAdd, 5k per transaction) in ${s(stored.ms)}`);
    }
    const total = Math.max(BROWSER_UNITS, TMX_UNITS);

    // 3. First load: no persisted index yet, the worker reads the units and builds it.
    const read = await page.evaluate(() => window.tmBench.readAllUnits());
    console.log(`reading all ${read.units.toLocaleString('en')} units from IndexedDB on the page (20k per read): ${s(read.ms)}`);
    const first = await page.evaluate(() => window.tmBench.openIndex());
    console.log(`TM worker first open (${first.info.from}): ${first.info.units.toLocaleString('en')} units searchable after ${s(first.ms)}${first.info.rebuilding ? ', rebuilding in the background' : ''}`);
    const persisted = await page.evaluate(([n, timeout]) => window.tmBench.waitForPersistedIndex(n, timeout), [total, 600_000] as const);
    const indexBytes = await page.evaluate(() => window.tmBench.persistedIndexBytes());
    console.log(`index built from IndexedDB and persisted ${persisted.found ? `after a further ${s(persisted.ms)}` : 'NOT within 10 minutes'} (${mb(indexBytes)})`);

    // 4. Cold start: browser restarted, the worker loads the persisted index (three times).
    const colds: number[] = [];
    for (let run = 0; run < 3; run++) {
      await context!.close();
      context = undefined;
      page = await launch();
      const cold = await page.evaluate(() => window.tmBench.openIndex());
      colds.push(cold.ms);
      console.log(
        `TM worker open after a browser restart (${cold.info.from}): ${cold.info.units.toLocaleString('en')} units in ${ms(cold.ms)} ${verdict(cold.ms, 1000)} (worker start + index read; service ${ms(cold.info.loadMs)})`,
      );
    }
    const warm = await page.evaluate(() => window.tmBench.openIndex());
    console.log(`TM worker reopened (page warm): ${ms(warm.ms)}`);

    // 5. Lookups and concordance through the worker.
    await page.evaluate(() => window.tmBench.lookups(20, 1000, 99));
    const look = await page.evaluate((n) => window.tmBench.lookups(500, n, 7), total);
    console.log(
      `fuzzy lookup through the worker (min 50, 3 best, targets read from IndexedDB): p50 ${ms(pct(look.times, 0.5))}, p95 ${ms(pct(look.times, 0.95))} ${verdict(pct(look.times, 0.95), 15)}, max ${ms(Math.max(...look.times))}; ${look.matched}/500 matched, ${look.selfFound}/500 found the unit they were made from`,
    );
    const conc = await page.evaluate(() => window.tmBench.concordance(['kata1a', 'yang', 'kata2 kata', 'EN KATA3', 'tidak ada sama sekali']));
    console.log(`concordance (20 results) through the worker: ${conc.times.map((t, i) => `${ms(t)} (${conc.hits[i]} hits)`).join(', ')}`);
    return 0;
  } catch (error) {
    console.error('tm bench failed:', error);
    return 1;
  } finally {
    await context?.close().catch(() => {});
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

/** Samples the resident memory of every Chromium process using `profile`, every 250 ms. */
function sampleRss(profile: string) {
  const samples: number[] = [];
  const read = () => {
    let total = 0;
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!cmdline.includes(profile) && !isChildOf(pid, profile)) continue;
        const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        total += Number(rss ?? 0) * 1024;
      } catch {
        // The process ended between the listing and the read.
      }
    }
    samples.push(total);
  };
  read();
  const timer = setInterval(read, 250);
  return {
    stop() {
      clearInterval(timer);
      read();
      return {
        first: samples[0]!,
        peak: Math.max(...samples),
        at: (fraction: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * fraction))]!,
        atEnd: samples.at(-1)!,
      };
    },
  };
}

/** Chromium's renderer and utility processes do not repeat the profile path: follow the parent chain. */
function isChildOf(pid: string, profile: string): boolean {
  let current = pid;
  for (let depth = 0; depth < 4; depth++) {
    const parent = /PPid:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, 'utf8'))?.[1];
    if (!parent || parent === '0' || parent === '1') return false;
    try {
      if (readFileSync(`/proc/${parent}/cmdline`, 'utf8').includes(profile)) return true;
    } catch {
      return false;
    }
    current = parent;
  }
  return false;
}

function snapshotBytes(snapshot: ReturnType<TmIndexBuilder['build']>): number {
  const size = (d: typeof snapshot.source) =>
    d.text.byteLength + d.textOffsets.byteLength + d.textLengths.byteLength + d.tokenCounts.byteLength + d.vocabulary.length * 2 + d.vocabularyOffsets.byteLength + d.postingCounts.byteLength + d.postingOffsets.byteLength + d.postings.byteLength;
  return snapshot.unitIds.byteLength + size(snapshot.source) + size(snapshot.target);
}

function pct(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
const s = (value: number) => `${(value / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
function verdict(value: number, target: number): string {
  const unit = target >= 1000 ? `${target / 1000} s` : `${target} ms`;
  return value <= target ? `(target ≤ ${unit}: ok)` : `(target ≤ ${unit}: MISSED)`;
}

process.exit(await main());
