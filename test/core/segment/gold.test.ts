import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDefaultSegmenter } from '../../../core/segment/index';
import { loadGold, scoreGold } from './goldCorpus';

const SAMPLE = fileURLToPath(new URL('../../../../shared/samples/berita-korut-rusia.txt', import.meta.url));

describe('gold corpus (test/fixtures/segmentation/gold)', () => {
  const paragraphs = loadGold();
  const score = scoreGold(createDefaultSegmenter(), paragraphs);

  it('has at least 300 sentences in news, letters, business, academic, legal, encyclopedic and mixed prose', () => {
    expect(score.sentences).toBeGreaterThanOrEqual(300);
    expect(new Set(paragraphs.map((p) => p.file))).toEqual(
      new Set(['akademik.txt', 'berita.txt', 'campuran.txt', 'bisnis.txt', 'ensiklopedia.txt', 'hukum.txt', 'surat-resmi.txt']),
    );
  });

  it('boundary F1 ≥ 0.99', () => {
    console.log(
      `gold corpus: ${score.sentences} sentences, P=${score.precision.toFixed(4)} R=${score.recall.toFixed(4)} F1=${score.f1.toFixed(4)}`,
    );
    for (const e of score.errors) console.log(`  ${e.file} ${e.kind}: ${e.context}`);
    expect(score.f1).toBeGreaterThanOrEqual(0.99);
  });

  it('no false break at an abbreviation', () => {
    expect(score.errors.filter((e) => e.kind === 'false break' && e.atAbbreviation)).toEqual([]);
  });
});

describe('the reference article', () => {
  it('segments berita-korut-rusia.txt sensibly', () => {
    if (!existsSync(SAMPLE)) {
      console.log(`skipped: ${SAMPLE} is absent (no ../shared)`);
      return;
    }
    const segmenter = createDefaultSegmenter();
    const lines = readFileSync(SAMPLE, 'utf8').split(/\r?\n/);
    const segments = lines.flatMap((l) => segmenter.segmentParagraph(l).segments);
    // Every non-empty line is at least one segment; only the quoted two-sentence answer splits.
    expect(segments.length).toBe(lines.filter((l) => l.trim()).length + 1);
    expect(segments).toContain('Smallest Font Largest Font');
    expect(segments).toContain('Tidak ada yang perlu dikatakan."');
    expect(segments.find((s) => s.startsWith('Bisnis.com, JAKARTA'))).toMatch(/\(5\/9\/2023\) dan .* Ukraina\.$/);
    expect(segments.find((s) => s.startsWith('Melansir'))).toMatch(/Gedung Putih\.$/);
    for (const s of segments) expect(s).not.toMatch(/^\s|\s$/);
  });
});
