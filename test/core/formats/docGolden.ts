import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { InlineTag, SegmentDraft } from '../../../core/model';
import { parseTagChar } from '../../../core/formats/inlineTags';
import type { Segmenter } from '../../../core/segment/index';

/**
 * Golden-file helpers shared by the document codec tests (Markdown, HTML, DOCX). Run with
 * UPDATE_GOLDEN=1 to (re)write the expected files after checking the change by eye.
 */
export function expectGolden(path: string, actual: string | Uint8Array): void {
  if (process.env.UPDATE_GOLDEN) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`Golden file ${path} is missing; run with UPDATE_GOLDEN=1 and review it.`);
  const expected = readFileSync(path);
  if (typeof actual === 'string') expect(actual).toBe(expected.toString('utf8'));
  else expect(Buffer.from(actual).equals(expected), `${path} differs`).toBe(true);
}

/** Segment text with tags shown as {1}…{/1} and {2/}, for readable goldens and assertions. */
export function showTags(text: string): string {
  let out = '';
  for (const ch of text) {
    const tag = parseTagChar(ch.charCodeAt(0));
    if (!tag) out += ch;
    else out += tag.kind === 'open' ? `{${tag.n}}` : tag.kind === 'close' ? `{/${tag.n}}` : `{${tag.n}/}`;
  }
  return out;
}

/** One line per segment: unit id, paragraph, source with visible tags; then the tag types. */
export function dumpSegments(segments: readonly SegmentDraft[]): string {
  return (
    segments
      .map((s) => {
        const tags = (s.tags ?? []).map((t: InlineTag) => `${t.kind === 'close' ? '/' : ''}${t.n}${t.kind === 'standalone' ? '/' : ''}=${t.type}`);
        return `${s.unitId}\tp${s.paragraph}\t${JSON.stringify(showTags(s.source))}${tags.length ? `\t[${tags.join(' ')}]` : ''}`;
      })
      .join('\n') + '\n'
  );
}

/** A stand-in translation that keeps every tag: letters upper-cased, "EN " in front. */
export function pseudoTranslate<T extends { source: string; target: string }>(segments: readonly T[]): T[] {
  return segments.map((s) => ({ ...s, target: `EN ${s.source.toUpperCase()}` }));
}

export const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

const ABBREVIATIONS = new Set('dr drs prof h hj bpk sdr yth pt cv tbk jl jln no tgl hlm dkk dll dsb dst'.split(' '));

/**
 * A small fixed sentence splitter for the codec goldens, so that they do not change when the real
 * Indonesian segmenter (core/segment) improves: ends at . ! ? before a capital, except after a
 * known abbreviation or a single letter.
 */
export const testSegmenter: Segmenter = {
  segmentParagraph(paragraph: string) {
    const segments: string[] = [];
    const lead = /^\s*/.exec(paragraph)![0];
    const gaps: string[] = [lead];
    let start = lead.length;
    const boundary = /([.!?…]+["'”’)\]\ue100-\ue1ff\ue200-\ue2ff]*)(\s+)(?=["'“‘(\[\ue000-\ue0ff]?\p{Lu})/gu;
    let m: RegExpExecArray | null;
    while ((m = boundary.exec(paragraph))) {
      const end = m.index + m[1]!.length;
      const word = /([\p{L}.]+)\.$/u.exec(paragraph.slice(start, m.index + 1))?.[1]?.toLowerCase();
      if (word && (ABBREVIATIONS.has(word) || word.length === 1)) continue;
      segments.push(paragraph.slice(start, end));
      gaps.push(m[2]!);
      start = end + m[2]!.length;
    }
    const rest = paragraph.slice(start);
    const trail = /\s*$/.exec(rest)![0];
    if (rest.length > trail.length) {
      segments.push(rest.slice(0, rest.length - trail.length));
      gaps.push(trail);
    } else gaps[gaps.length - 1] += rest;
    return { segments, gaps };
  },
};
