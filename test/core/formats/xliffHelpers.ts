import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SegmentDraft } from '../../../core/model';
import { tagChar } from '../../../core/formats/inlineTags';
import type { WritableSegment } from '../../../core/formats/types';
import type { Segmenter } from '../../../core/segment/index';
import { showTags } from './docGolden';

export { expectValid } from '../../support/validator';
export { bytesOf, showTags, utf8 } from './docGolden';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const FIXTURES = join(ROOT, 'test/fixtures');

export const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, path)));

/** XLIFF import does not re-segment; a one-sentence-per-paragraph stand-in keeps these tests independent of the SRX engine. */
export const wholeParagraphs: Segmenter = {
  segmentParagraph: (p) => {
    const lead = /^\s*/.exec(p)![0];
    const trail = /\s*$/.exec(p.slice(lead.length))![0];
    const body = p.slice(lead.length, p.length - trail.length);
    return body ? { segments: [body], gaps: [lead, trail] } : { segments: [], gaps: [p] };
  },
};

/** What a round trip must keep, in a comparable shape. */
export function essentials(segments: readonly Pick<SegmentDraft, 'unitId' | 'source' | 'target' | 'status' | 'note' | 'tags' | 'locked'>[]) {
  return segments.map((s) => ({
    unitId: s.unitId,
    source: showTags(s.source),
    target: showTags(s.target),
    status: s.status,
    note: s.note,
    locked: s.locked ?? false,
    tags: [...(s.tags ?? [])].sort((a, b) => a.n - b.n || a.kind.localeCompare(b.kind)).map((t) => ({ n: t.n, kind: t.kind, type: t.type })),
  }));
}

const O = (n: number) => tagChar('open', n);
const C = (n: number) => tagChar('close', n);
const S = (n: number) => tagChar('standalone', n);

/** A translated DOCX-like document: generic tag types, several paragraphs, all statuses. */
export function sampleDocument(): WritableSegment[] {
  const base = { gapAfter: ' ', note: '', locked: undefined };
  return [
    {
      ...base,
      index: 0,
      unitId: '1',
      paragraph: 0,
      source: `Korut dan ${O(1)}Rusia${C(1)} sepakat ${O(2)}bekerja sama${C(2)}.${S(3)}`,
      target: `North Korea and ${O(1)}Russia${C(1)} agreed to ${O(2)}cooperate${C(2)}.${S(3)}`,
      status: 'translated',
      note: 'Check "sepakat".',
      tags: [
        { n: 1, kind: 'open', type: 'b', data: { docx: '<w:b/>' } },
        { n: 1, kind: 'close', type: 'b' },
        { n: 2, kind: 'open', type: 'link', data: { href: 'https://example.id' } },
        { n: 2, kind: 'close', type: 'link' },
        { n: 3, kind: 'standalone', type: 'br' },
      ],
    },
    {
      ...base,
      index: 1,
      unitId: '2',
      paragraph: 0,
      source: `Kata ${O(4)}penting${C(4)} di sini.`,
      // The translator moved the close before the open: unbalanced, must still be valid.
      target: `The ${C(4)}important${O(4)} word here.`,
      status: 'draft',
      gapAfter: '\n',
      tags: [
        { n: 4, kind: 'open', type: 'strong' },
        { n: 4, kind: 'close', type: 'strong' },
      ],
    },
    { ...base, index: 2, unitId: '3', paragraph: 1, source: 'Kim Jong Un', target: '', status: 'new', locked: true, gapAfter: '\n' },
    { ...base, index: 3, unitId: '7', paragraph: 2, source: 'Selasa (5/9/2023).', target: 'Tuesday (Sept. 5, 2023).', status: 'reviewed' },
    { ...base, index: 4, unitId: '8', paragraph: 2, source: 'Rp1,5 triliun & <lebih>.', target: 'Rp1.5 trillion & <more>.', status: 'final', note: 'Numbers "checked"\nline two' },
  ];
}

