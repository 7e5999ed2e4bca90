import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SegmentDraft } from '../../../core/model';
import { parseTagChar, tagChar } from '../../../core/formats/inlineTags';
import type { WritableSegment } from '../../../core/formats/types';
import type { Segmenter } from '../../../core/segment/index';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const VALIDATE = resolve(ROOT, '../shared/validators/validate.sh');

export const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, path)));
export const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

/** XLIFF import does not re-segment; a one-sentence-per-paragraph stand-in keeps these tests independent of the SRX engine. */
export const wholeParagraphs: Segmenter = {
  segmentParagraph: (p) => {
    const lead = /^\s*/.exec(p)![0];
    const trail = /\s*$/.exec(p.slice(lead.length))![0];
    const body = p.slice(lead.length, p.length - trail.length);
    return body ? { segments: [body], gaps: [lead, trail] } : { segments: [], gaps: [p] };
  },
};

export type Validation = { ok: true } | { ok: false; output: string } | { skipped: string };

/** Runs ../shared/validators/validate.sh; skipped (with the reason) when ../shared or the tools are absent. */
export function validate(format: 'xliff12' | 'xliff2' | 'tmx', bytes: Uint8Array): Validation {
  if (!existsSync(VALIDATE)) return { skipped: `${VALIDATE} not found (no ../shared beside the project)` };
  const dir = mkdtempSync(join(tmpdir(), 'padanan-validate-'));
  try {
    const file = join(dir, format === 'tmx' ? 'out.tmx' : 'out.xlf');
    writeFileSync(file, bytes);
    const run = spawnSync(VALIDATE, [format, file], { encoding: 'utf8' });
    if (run.status === 0) return { ok: true };
    if (run.status === 2) return { skipped: `validate.sh could not run: ${run.stderr.trim()}` };
    return { ok: false, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Asserts validity, or logs why validation was skipped. Returns false when skipped. */
export function expectValid(format: 'xliff12' | 'xliff2' | 'tmx', bytes: Uint8Array, what: string): boolean {
  const result = validate(format, bytes);
  if ('skipped' in result) {
    console.log(`schema validation of ${what} skipped: ${result.skipped}`);
    return false;
  }
  if (!result.ok) throw new Error(`${what} is not valid ${format}:\n${result.output}\n--- file ---\n${utf8(bytes)}`);
  return true;
}

/** Segment text with tags shown as {1}…{/1} and {2/}. */
export function showTags(text: string): string {
  let out = '';
  for (const ch of text) {
    const tag = parseTagChar(ch.charCodeAt(0));
    if (!tag) out += ch;
    else out += tag.kind === 'open' ? `{${tag.n}}` : tag.kind === 'close' ? `{/${tag.n}}` : `{${tag.n}/}`;
  }
  return out;
}

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

