/**
 * XML formats at scale (issue 5): a 100,000-segment XLIFF 1.2 and 2.1 export and import (target
 * ≤ 5 s each) and a 1,000,000-unit TMX streamed from disk (flat memory: peak RSS printed).
 * Run: npx tsx test/bench/formats-xml.bench.ts [segments] [tmxUnits]
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { exportXliff12 } from '../../core/formats/xliff12';
import { exportXliff21 } from '../../core/formats/xliff2';
import { xliffCodec } from '../../core/formats/xliffCommonCodec';
import { readTmx, tmxParts, type TmxUnitInput } from '../../core/formats/tmx';
import { tagChar } from '../../core/formats/inlineTags';
import type { SegmentStatus } from '../../core/model';
import type { WritableSegment } from '../../core/formats/types';

const SEGMENTS = Number(process.argv[2] ?? 100_000);
const TMX_UNITS = Number(process.argv[3] ?? 1_000_000);
const STATUSES: SegmentStatus[] = ['new', 'draft', 'translated', 'reviewed', 'final'];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Wall time against the target, plus CPU time: on a shared 2-core machine the wall figure moves with the load. */
function time<T>(label: string, fn: () => T, limit?: number): T {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = fn();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const verdict = limit ? (seconds <= limit ? `  (target ≤ ${limit} s: ok)` : `  (target ≤ ${limit} s: MISSED)`) : '';
  console.log(`${label.padEnd(44)} ${seconds.toFixed(2).padStart(6)} s wall, ${cpuSeconds.toFixed(2).padStart(5)} s CPU${verdict}`);
  return result;
}

function documentSegments(n: number): WritableSegment[] {
  const O = tagChar('open', 1);
  const C = tagChar('close', 1);
  const S = tagChar('standalone', 2);
  const out: WritableSegment[] = [];
  for (let i = 0; i < n; i++) {
    const tagged = i % 4 === 0;
    out.push({
      index: i,
      unitId: String(i + 1),
      paragraph: Math.floor(i / 3),
      source: tagged
        ? `Kalimat ${i}: Korut dan ${O}Rusia${C} sepakat memperkuat kerja sama militer & ekonomi.${S}`
        : `Kalimat ${i}: Pertemuan itu berlangsung di Vladivostok pada Selasa (5/9/2023) dengan nilai Rp1,5 triliun.`,
      target: i % 5 === 0 ? '' : tagged ? `Sentence ${i}: North Korea and ${O}Russia${C} agreed to strengthen military & economic cooperation.${S}` : `Sentence ${i}: The meeting took place in Vladivostok on Tuesday (Sept. 5, 2023), worth Rp1.5 trillion.`,
      status: i % 5 === 0 ? 'new' : STATUSES[i % 5]!,
      note: i % 50 === 0 ? `Note for segment ${i}` : '',
      gapAfter: i % 3 === 2 ? '\n' : ' ',
      tags: tagged ? [{ n: 1, kind: 'open', type: 'b' }, { n: 1, kind: 'close', type: 'b' }, { n: 2, kind: 'standalone', type: 'br' }] : undefined,
    });
  }
  return out;
}

const noSegmenter = { segmentParagraph: (p: string) => ({ segments: [p], gaps: ['', ''] }) };

console.log(`XLIFF with ${SEGMENTS.toLocaleString('en')} segments`);
const segments = documentSegments(SEGMENTS);
for (const [label, exporter] of [
  ['1.2', exportXliff12],
  ['2.1', exportXliff21],
] as const) {
  const bytes = time(`  export XLIFF ${label}`, () => exporter({ name: 'bench.txt', format: 'txt' }, segments), 5);
  const doc = time(`  import XLIFF ${label} (${mb(bytes.length)})`, () => xliffCodec.read(bytes, { fileName: 'bench.xlf', segmenter: noSegmenter, now: 1 }), 5);
  if (doc.segments.length !== SEGMENTS) throw new Error(`imported ${doc.segments.length} segments, expected ${SEGMENTS}`);
  const edited = doc.segments.map((s, i) => (i % 7 === 0 ? { ...s, target: `edited ${i}`, status: 'final' as const } : s));
  time(`  hand-back XLIFF ${label} (1 in 7 edited)`, () => xliffCodec.writeTranslation(doc.skeleton, edited), 5);
}

console.log(`\nTMX with ${TMX_UNITS.toLocaleString('en')} units, streamed from disk`);
const dir = mkdtempSync(join(tmpdir(), 'padanan-tmx-bench-'));
const file = join(dir, 'big.tmx');
try {
  {
    const start = performance.now();
    const stream = createWriteStream(file);
    function* units(): Generator<TmxUnitInput> {
      for (let i = 0; i < TMX_UNITS; i++) {
        yield {
          source: `Unit ${i}: Korut dan Rusia sepakat memperkuat kerja sama militer pada ${i % 28 + 1}/9/2023.`,
          target: `Unit ${i}: North Korea and Russia agreed to strengthen military cooperation on Sept. ${i % 28 + 1}, 2023.`,
          tuid: String(i),
          createdAt: Date.UTC(2023, 8, 5) + i * 1000,
        };
      }
    }
    for (const part of tmxParts(units())) {
      if (!stream.write(part)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');
    console.log(`  generated ${mb(statSync(file).size).padStart(8)} in ${((performance.now() - start) / 1000).toFixed(1)} s (not part of the figure)`);
  }
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  let count = 0;
  let checksum = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const summary = await readTmx(
    createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Uint8Array>,
    (unit) => {
      count++;
      checksum += unit.target.length;
      if (count % 20_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    },
    { fileName: file },
  );
  peak = Math.max(peak, process.memoryUsage().rss);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  if (summary.units !== TMX_UNITS || count !== TMX_UNITS) throw new Error(`read ${count} units, expected ${TMX_UNITS}`);
  console.log(`  streaming import                             ${seconds.toFixed(2).padStart(6)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU (${Math.round(TMX_UNITS / seconds).toLocaleString('en')} units/s, checksum ${checksum})`);
  console.log(`  RSS before import ${mb(baseline)}, peak during import ${mb(peak)} (growth ${mb(peak - baseline)}; the file is ${mb(statSync(file).size)})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
