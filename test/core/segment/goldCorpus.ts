/**
 * Padanan's Indonesian segmentation gold corpus (test/fixtures/segmentation/gold/*.txt) and its
 * boundary metrics, shared by the F1 test and the benchmark. File format: one paragraph per block
 * (blocks separated by a blank line), one sentence per line, "#" lines are comments. A paragraph
 * is its sentences joined by one space.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Segmenter } from '../../../core/segment/index';

export const GOLD_DIR = fileURLToPath(new URL('../../fixtures/segmentation/gold/', import.meta.url));

export interface GoldParagraph {
  file: string;
  sentences: string[];
  text: string;
}

export function loadGold(dir = GOLD_DIR): GoldParagraph[] {
  const out: GoldParagraph[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const blocks = readFileSync(dir + file, 'utf8').split(/\n\s*\n/);
    for (const block of blocks) {
      const sentences = block
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .map((l) => l.trim())
        .filter(Boolean);
      if (sentences.length) out.push({ file, sentences, text: sentences.join(' ') });
    }
  }
  return out;
}

export interface BoundaryError {
  file: string;
  kind: 'false break' | 'missed break';
  /** The text around the boundary, with " | " where it is (or should be). */
  context: string;
  atAbbreviation: boolean;
}

export interface GoldScore {
  sentences: number;
  goldBoundaries: number;
  predictedBoundaries: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  errors: BoundaryError[];
}

/** A token such as "Dr." "dll." "S.H." "a.n." just before a position. */
const ABBREVIATION_BEFORE = /(?:^|[\s(])[\p{L}][\p{L}./]{0,7}\.["')\]]?\s*$/u;

export function scoreGold(segmenter: Segmenter, paragraphs: GoldParagraph[] = loadGold()): GoldScore {
  let gold = 0;
  let predicted = 0;
  let tp = 0;
  let sentences = 0;
  const errors: BoundaryError[] = [];
  for (const p of paragraphs) {
    sentences += p.sentences.length;
    const goldSet = new Set<number>();
    let offset = 0;
    p.sentences.forEach((s, i) => {
      if (i > 0) goldSet.add(offset);
      offset += s.length + 1;
    });
    const { segments, gaps } = segmenter.segmentParagraph(p.text);
    const predictedSet = new Set<number>();
    let pos = gaps[0]!.length;
    segments.forEach((s, i) => {
      if (i > 0) predictedSet.add(pos);
      pos += s.length + gaps[i + 1]!.length;
    });
    gold += goldSet.size;
    predicted += predictedSet.size;
    const context = (at: number): string => `${p.text.slice(Math.max(0, at - 40), at)} | ${p.text.slice(at, at + 30)}`;
    for (const b of predictedSet) {
      if (goldSet.has(b)) tp++;
      else errors.push({ file: p.file, kind: 'false break', context: context(b), atAbbreviation: ABBREVIATION_BEFORE.test(p.text.slice(0, b)) });
    }
    for (const b of goldSet) {
      if (!predictedSet.has(b)) errors.push({ file: p.file, kind: 'missed break', context: context(b), atAbbreviation: false });
    }
  }
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { sentences, goldBoundaries: gold, predictedBoundaries: predicted, truePositives: tp, precision, recall, f1, errors };
}
