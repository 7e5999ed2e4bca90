import type { InlineTag, InlineTagKind } from '../../../../core/model';
import { parseTagChar } from '../../../../core/formats/inlineTags';
import { tagToken } from '../../../../core/formats/tagDisplay';
import type { SourceMark } from './plugins';

export type SourcePiece =
  | { kind: 'text'; text: string }
  | { kind: 'tag'; tagKind: InlineTagKind; n: number; type: string; label: string };

/** A run of pieces inside one mark (or outside any mark). */
export interface SourceRun {
  mark?: SourceMark;
  pieces: SourcePiece[];
}

/**
 * Splits a source text into runs for display: marks become runs (overlapping or out-of-range marks
 * are dropped, the earliest-starting, then longest, wins), and inline tag characters become tag
 * pieces so the translator sees compact placeholders instead of private-use glyphs.
 */
export function sourceRuns(text: string, marks: readonly SourceMark[] = [], tags: readonly InlineTag[] = []): SourceRun[] {
  const runs: SourceRun[] = [];
  let at = 0;
  for (const mark of usableMarks(text, marks)) {
    if (mark.start > at) runs.push({ pieces: splitTags(text.slice(at, mark.start), tags) });
    runs.push({ mark, pieces: splitTags(text.slice(mark.start, mark.end), tags) });
    at = mark.end;
  }
  if (at < text.length || runs.length === 0) runs.push({ pieces: splitTags(text.slice(at), tags) });
  return runs;
}

function usableMarks(text: string, marks: readonly SourceMark[]): SourceMark[] {
  const sorted = marks
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SourceMark[] = [];
  let end = 0;
  for (const mark of sorted) {
    if (mark.start < end) continue;
    out.push(mark);
    end = mark.end;
  }
  return out;
}

function splitTags(text: string, tags: readonly InlineTag[]): SourcePiece[] {
  const pieces: SourcePiece[] = [];
  let plain = '';
  for (const char of text) {
    const tag = parseTagChar(char.charCodeAt(0));
    if (!tag) {
      plain += char;
      continue;
    }
    if (plain) pieces.push({ kind: 'text', text: plain });
    plain = '';
    const type = tags.find((t) => t.n === tag.n && (t.kind === tag.kind || (t.kind === 'open' && tag.kind === 'close')))?.type ?? '';
    pieces.push({ kind: 'tag', tagKind: tag.kind, n: tag.n, type, label: tagToken(tag.kind, tag.n) });
  }
  if (plain || pieces.length === 0) pieces.push({ kind: 'text', text: plain });
  return pieces;
}
