import {
  TAG_CLOSE_BASE,
  TAG_MAX_PER_SEGMENT,
  TAG_OPEN_BASE,
  TAG_STANDALONE_BASE,
  type InlineTag,
  type InlineTagKind,
} from '../../../../core/model';
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

/** The inline tag a private-use character stands for, if it is one. */
export function decodeTagChar(char: string): { kind: InlineTagKind; n: number } | undefined {
  const code = char.charCodeAt(0);
  if (code >= TAG_OPEN_BASE && code < TAG_OPEN_BASE + TAG_MAX_PER_SEGMENT) return { kind: 'open', n: code - TAG_OPEN_BASE };
  if (code >= TAG_CLOSE_BASE && code < TAG_CLOSE_BASE + TAG_MAX_PER_SEGMENT) return { kind: 'close', n: code - TAG_CLOSE_BASE };
  if (code >= TAG_STANDALONE_BASE && code < TAG_STANDALONE_BASE + TAG_MAX_PER_SEGMENT) return { kind: 'standalone', n: code - TAG_STANDALONE_BASE };
  return undefined;
}

/**
 * Compact placeholder text for a tag: {1} … {/1} for a pair, {2/} for a standalone code, numbered
 * as core numbers tags (from 1) — the same tokens as in the translation box and the review table.
 */
export function tagLabel(kind: InlineTagKind, n: number): string {
  return tagToken(kind, n);
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
    const tag = decodeTagChar(char);
    if (!tag) {
      plain += char;
      continue;
    }
    if (plain) pieces.push({ kind: 'text', text: plain });
    plain = '';
    const type = tags.find((t) => t.n === tag.n && (t.kind === tag.kind || (t.kind === 'open' && tag.kind === 'close')))?.type ?? '';
    pieces.push({ kind: 'tag', tagKind: tag.kind, n: tag.n, type, label: tagLabel(tag.kind, tag.n) });
  }
  if (plain || pieces.length === 0) pieces.push({ kind: 'text', text: plain });
  return pieces;
}
