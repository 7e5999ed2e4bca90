import type { PartOfSpeech, Term } from '../../core/model';

/** Reads the inline gold markup of test/fixtures/glossary/match-gold.txt: [[surface|entry]] or [[surface]]. */
export interface GoldSpan {
  start: number;
  end: number;
  source: string;
}

export interface GoldSentence {
  line: number;
  text: string;
  spans: GoldSpan[];
}

export function parseGold(fixture: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  fixture.split('\n').forEach((raw, index) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    let text = '';
    const spans: GoldSpan[] = [];
    const markup = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;
    let last = 0;
    for (let m = markup.exec(raw); m; m = markup.exec(raw)) {
      text += raw.slice(last, m.index);
      const surface = m[1]!;
      spans.push({ start: text.length, end: text.length + surface.length, source: (m[2] ?? surface).toLowerCase() });
      text += surface;
      last = m.index + m[0].length;
    }
    text += raw.slice(last);
    out.push({ line: index + 1, text, spans });
  });
  return out;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/** Reads match-gold.terms.tsv: source, target, part of speech, flags (exact, case, lexicalised). */
export function parseGoldTerms(tsv: string, packId = 'gold'): Term[] {
  return tsv
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [source = '', target = '', pos, flags = ''] = l.split('\t');
      return {
        packId,
        source,
        target,
        pos: pos as PartOfSpeech,
        forbidden: false,
        caseSensitive: flags.includes('case'),
        matchMode: flags.includes('exact') ? 'exact' : 'inflected',
        matchLexicalised: flags.includes('lexicalised'),
      } satisfies Term;
    });
}
