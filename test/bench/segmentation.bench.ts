/**
 * Segmentation benchmark: throughput of the default Indonesian SRX rules (target ≥ 5 MB/s in Node)
 * on a few MB of text generated from the gold corpus, and the boundary F1 on that corpus.
 *   npx tsx test/bench/segmentation.bench.ts
 */
import { createDefaultSegmenter, createSegmenter, INDONESIAN_SRX } from '../../core/segment/index';
import { loadGold, scoreGold } from '../core/segment/goldCorpus';

const TARGET_BYTES = 4 * 1024 * 1024;

function generateParagraphs(): string[] {
  const sentences = loadGold().flatMap((p) => p.sentences);
  let seed = 42;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const count = 1 + rand(8);
    const p = Array.from({ length: count }, () => sentences[rand(sentences.length)]!).join(' ');
    paragraphs.push(p);
    bytes += Buffer.byteLength(p) + 1;
  }
  return paragraphs;
}

const t0 = performance.now();
createSegmenter(INDONESIAN_SRX);
const compileMs = performance.now() - t0;

const segmenter = createDefaultSegmenter();
const paragraphs = generateParagraphs();
const totalBytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p) + 1, 0);

function run(): { seconds: number; segments: number } {
  const start = performance.now();
  let segments = 0;
  for (const p of paragraphs) segments += segmenter.segmentParagraph(p).segments.length;
  return { seconds: (performance.now() - start) / 1000, segments };
}

run(); // warm-up (JIT, regex compilation)
const runs = [run(), run(), run()];
const best = Math.min(...runs.map((r) => r.seconds));
const median = runs.map((r) => r.seconds).sort((a, b) => a - b)[1]!;

const oneParagraph = paragraphs.join(' ');
const s1 = performance.now();
segmenter.segmentParagraph(oneParagraph);
const oneSeconds = (performance.now() - s1) / 1000;

const score = scoreGold(segmenter);
const mb = totalBytes / 1e6;
console.log(`compile default rules:       ${compileMs.toFixed(1)} ms`);
console.log(`text:                        ${mb.toFixed(2)} MB in ${paragraphs.length} paragraphs, ${runs[0]!.segments} segments`);
console.log(`throughput (paragraphs):     ${(mb / median).toFixed(1)} MB/s median, ${(mb / best).toFixed(1)} MB/s best (target ≥ 5 MB/s)`);
console.log(`throughput (one paragraph):  ${(mb / oneSeconds).toFixed(1)} MB/s`);
console.log(
  `gold corpus F1:              ${score.f1.toFixed(4)} (P=${score.precision.toFixed(4)}, R=${score.recall.toFixed(4)}, ${score.sentences} sentences, ${score.errors.length} boundary errors)`,
);
