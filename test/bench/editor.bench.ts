/**
 * The editor at scale, measured through the UI in real Chromium (the web build in dist-web/):
 * a generated 100,000-segment TXT is imported with the "Import document" button, then it prints
 *   - time from choosing the file to an editable "Translation of segment 1" box, and until the import
 *     is stored (every segment block in IndexedDB),
 *   - time from a reload to an editable first screen and to progress figures,
 *   - time to show segments after jumping to the middle and the end of the grid,
 *   - per keystroke: UI-thread cost (keydown until the input event's work and microtasks are done)
 *     and save latency (keydown until IndexedDB holds the new text), p50/p95.
 * Targets (product.md): import ≤ 10 s, editable first screen ≤ 1 s, keystroke ≤ 16 ms on the UI thread.
 * Usage: npx tsx test/bench/editor.bench.ts [segments=100000]   (after npm run build:web)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/serve-web.mjs';
import {
  checkPrerequisites,
  createProject,
  DIST_WEB,
  importButton,
  launchChromium,
  progressOf,
  translationBox,
  translationBoxes,
  waitForAppReady,
} from '../e2e/browser';

const SEGMENTS = Number(process.argv[2] ?? 100_000);
const KEYSTROKES = 40;

await main();

async function main(): Promise<void> {
  checkPrerequisites();
  const workDir = await mkdtemp(join(tmpdir(), 'padanan-editor-bench-'));
  const server = await startStaticServer({ root: DIST_WEB, port: 0 });
  const browser = await launchChromium();
  try {
    const file = join(workDir, `berita-${SEGMENTS}.txt`);
    const text = generateDocument(SEGMENTS);
    await writeFile(file, text);
    console.log(`document: ${SEGMENTS.toLocaleString('en')} segments, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(120_000);
    // tsx compiles this file with esbuild's keepNames, which wraps named functions in a __name()
    // helper; functions sent to page.evaluate need it in the page too.
    await context.addInitScript('globalThis.__name = globalThis.__name || ((target) => target);');
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForAppReady(page);
    await createProject(page, 'Bench');

    // --- import through the UI
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importButton(page).click()]);
    const importStart = Date.now();
    await chooser.setFiles(file);
    const editableMs = await timeUntil(() => isEditable(page, 1), importStart);
    report('import: first segment editable', editableMs, 'ms');
    const expectedBlocks = Math.ceil(SEGMENTS / 100);
    const storedMs = await timeUntil(
      async () => ((await segmentBlockCount(page)) ?? 0) >= expectedBlocks,
      importStart,
      180_000,
      500,
    );
    report(`import: all ${SEGMENTS.toLocaleString('en')} segments stored`, storedMs, 'ms', 10_000);

    // --- reopen
    const reloadStart = Date.now();
    await page.reload();
    const reopenMs = await timeUntil(async () => (await translationBoxes(page).count()) > 0 && isEditableFirstVisible(page), reloadStart, 60_000, 5);
    report('reload: editable first screen', reopenMs, 'ms', 1_000);
    const progressMs = await timeUntil(
      async () => {
        const bar = page.getByRole('progressbar').first();
        if ((await bar.count()) === 0) return false;
        const { max } = await progressOf(bar);
        return Number.isFinite(max) && max > 0;
      },
      reloadStart,
      30_000,
      5,
    ).catch(() => NaN);
    report('reload: progress bar shown', progressMs, 'ms');

    // --- jump through the virtualised grid
    for (const fraction of [0.5, 1]) {
      const jumpStart = Date.now();
      const scrolled = await scrollGrid(page, fraction);
      if (!scrolled) {
        console.log('grid jump: no scrollable grid container found, not measured');
        break;
      }
      const target = Math.floor(SEGMENTS * fraction * 0.98);
      const ms = await timeUntil(async () => (await highestVisibleSegment(page)) >= target, jumpStart, 30_000, 5).catch(() => NaN);
      report(`grid jump to ${fraction === 1 ? 'the end' : 'the middle'}: segments shown`, ms, 'ms');
    }
    await scrollGrid(page, 0);

    // --- keystrokes
    await translationBox(page, 1).waitFor({ state: 'visible' });
    await translationBox(page, 1).click();
    await installKeystrokeProbe(page);
    const documentId = await largestDocumentId(page);
    const uiCosts: number[] = [];
    const saveLatencies: number[] = [];
    let typed = await translationBox(page, 1).inputValue();
    const sentence = 'Floods submerged hundreds of houses in Bandung Regency.';
    for (let i = 0; i < KEYSTROKES; i++) {
      const char = sentence[i % sentence.length]!;
      typed += char;
      await page.keyboard.type(char);
      const uiCost = await page.evaluate(() => (window as unknown as ProbeWindow).__padananProbe.lastCost());
      if (uiCost !== null) uiCosts.push(uiCost);
      if (documentId !== undefined) {
        const latency = await page.evaluate(waitForStoredTarget, { documentId, expected: typed });
        if (latency !== null) saveLatencies.push(latency);
      }
    }
    reportPercentiles('keystroke: UI-thread cost', uiCosts, 16);
    if (documentId === undefined) console.log('keystroke: save latency not measurable (no documents store found)');
    else if (saveLatencies.length === 0) console.log('keystroke: save latency not measurable (segment 1 never appeared in segmentBlocks within 3 s)');
    else reportPercentiles('keystroke: save to IndexedDB', saveLatencies);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

interface ProbeWindow {
  __padananProbe: { lastCost(): Promise<number | null> };
}

/** Indonesian news-like prose, two sentences per paragraph, every sentence distinct. */
function generateDocument(segments: number): string {
  const subjects = ['Pemerintah daerah', 'Warga desa', 'Menteri keuangan', 'Polisi setempat', 'Para petani', 'Tim penyelamat', 'Dinas kesehatan', 'Pedagang pasar'];
  const verbs = ['membahas', 'memantau', 'melaporkan', 'menyalurkan', 'memperbaiki', 'mengumumkan', 'menolak', 'mendukung'];
  const objects = ['harga beras', 'bantuan banjir', 'jalan provinsi', 'jadwal vaksinasi', 'anggaran sekolah', 'pasokan listrik', 'hasil panen', 'izin usaha'];
  const places = ['di Bandung', 'di Surabaya', 'di Medan', 'di Makassar', 'di Denpasar', 'di Palembang', 'di Pontianak', 'di Ambon'];
  const paragraphs: string[] = [];
  for (let i = 0; i < segments; i += 2) {
    const sentence = (n: number) =>
      `${subjects[n % 8]} ${verbs[(n >> 3) % 8]} ${objects[(n >> 6) % 8]} ${places[(n >> 9) % 8]} pada pekan ke-${n + 1}.`;
    paragraphs.push(i + 1 < segments ? `${sentence(i)} ${sentence(i + 1)}` : sentence(i));
  }
  return paragraphs.join('\n\n') + '\n';
}

async function isEditable(page: Page, n: number): Promise<boolean> {
  const box = translationBox(page, n);
  return (await box.count()) > 0 && (await box.isVisible()) && (await box.isEditable());
}

async function isEditableFirstVisible(page: Page): Promise<boolean> {
  const first = translationBoxes(page).first();
  return (await first.isVisible()) && (await first.isEditable());
}

/** Polls every `stepMs` until `condition`; returns ms since `start` (epoch ms). */
async function timeUntil(condition: () => Promise<boolean>, start: number, timeoutMs = 120_000, stepMs = 10): Promise<number> {
  for (;;) {
    if (await condition()) return Date.now() - start;
    if (Date.now() - start > timeoutMs) throw new Error(`gave up after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

async function segmentBlockCount(page: Page): Promise<number | undefined> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase | undefined>((resolve) => {
      const request = indexedDB.open('padanan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
    });
    if (!db) return undefined;
    try {
      if (!db.objectStoreNames.contains('segmentBlocks')) return undefined;
      return await new Promise<number>((resolve, reject) => {
        const request = db.transaction('segmentBlocks').objectStore('segmentBlocks').count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  });
}

async function largestDocumentId(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('padanan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('documents')) return undefined;
      const docs = await new Promise<Array<{ id: string; segmentCount?: number }>>((resolve, reject) => {
        const request = db.transaction('documents').objectStore('documents').getAll();
        request.onsuccess = () => resolve(request.result as Array<{ id: string; segmentCount?: number }>);
        request.onerror = () => reject(request.error);
      });
      docs.sort((a, b) => (b.segmentCount ?? 0) - (a.segmentCount ?? 0));
      return docs[0]?.id;
    } finally {
      db.close();
    }
  });
}

/**
 * Runs in the page: polls segment 1's stored target until it equals `expected`; returns ms since
 * the last keydown, or null after 3 s. Each poll is a fresh read-only transaction on block 0.
 */
async function waitForStoredTarget({ documentId, expected }: { documentId: string; expected: string }): Promise<number | null> {
  const probe = (window as unknown as { __padananKeydownAt: number }).__padananKeydownAt;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('padanan');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const deadline = performance.now() + 3_000;
    while (performance.now() < deadline) {
      const block = await new Promise<{ segments?: Array<{ index: number; target: string }> } | undefined>((resolve, reject) => {
        const request = db.transaction('segmentBlocks').objectStore('segmentBlocks').get([documentId, 0]);
        request.onsuccess = () => resolve(request.result as { segments?: Array<{ index: number; target: string }> } | undefined);
        request.onerror = () => reject(request.error);
      });
      const first = block?.segments?.find((s) => s.index === 0);
      if (first?.target === expected) return performance.now() - probe;
      await new Promise((r) => setTimeout(r, 1));
    }
    return null;
  } finally {
    db.close();
  }
}

/**
 * Records the time from a keydown to the end of the task that handles it: the key's events
 * (keydown, beforeinput, input: the tag-safe translation box may edit the value itself, with no
 * native input event) and React's synchronous render all run before a message posted at keydown.
 */
async function installKeystrokeProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __padananKeydownAt: number; __padananProbe: { lastCost(): Promise<number | null> } };
    let last: number | null = null;
    w.__padananKeydownAt = 0;
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        w.__padananKeydownAt = start;
        last = null;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          last = performance.now() - start;
        };
        channel.port2.postMessage(0);
      },
      true,
    );
    // The message may still be queued when the test asks: wait for it (a key with no handler task gives null).
    w.__padananProbe = {
      lastCost: async () => {
        for (let tries = 0; last === null && tries < 20; tries++) await new Promise((r) => setTimeout(r, 5));
        return last;
      },
    };
  });
}

async function scrollGrid(page: Page, fraction: number): Promise<boolean> {
  return page.evaluate((f) => {
    const grid = document.querySelector('[role="grid"], [role="table"], table');
    const candidates: Element[] = [];
    for (let el: Element | null = grid; el; el = el.parentElement) candidates.push(el);
    if (grid) candidates.push(...Array.from(grid.querySelectorAll('*')).slice(0, 50));
    const scroller = candidates.find((el) => {
      const style = getComputedStyle(el);
      return el.scrollHeight > el.clientHeight + 10 && /(auto|scroll)/.test(style.overflowY);
    });
    if (!scroller) return false;
    scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * f;
    return true;
  }, fraction);
}

async function highestVisibleSegment(page: Page): Promise<number> {
  const names = await translationBoxes(page).evaluateAll((boxes) =>
    boxes.map((box) => {
      const labelledBy = box.getAttribute('aria-labelledby');
      if (labelledBy) return labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      const labels = (box as HTMLTextAreaElement).labels;
      return box.getAttribute('aria-label') ?? labels?.[0]?.textContent ?? '';
    }),
  );
  let highest = 0;
  for (const name of names) {
    const match = /(\d+)\s*$/.exec(name);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

function report(what: string, value: number, unit: string, target?: number): void {
  const verdict = target === undefined || !Number.isFinite(value) ? '' : value <= target ? `  (target ≤ ${target} ${unit}: ok)` : `  (target ≤ ${target} ${unit}: MISSED)`;
  console.log(`${what}: ${Number.isFinite(value) ? value.toFixed(0) : 'not measured'} ${unit}${verdict}`);
}

function reportPercentiles(what: string, samples: number[], target?: number): void {
  if (samples.length === 0) {
    console.log(`${what}: not measurable`);
    return;
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  const verdict = target === undefined ? '' : at(95) <= target ? `  (target p95 ≤ ${target} ms: ok)` : `  (target p95 ≤ ${target} ms: MISSED)`;
  console.log(`${what}: p50 ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms over ${samples.length} keystrokes${verdict}`);
}
