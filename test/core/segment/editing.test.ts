import { describe, it, expect } from 'vitest';
import { splitSegment, joinSegments } from '../../../core/segment/index';
import { PadananError } from '../../../core/errors';
import type { SegmentDraft } from '../../../core/model';

function segment(over: Partial<SegmentDraft> = {}): SegmentDraft {
  return {
    index: 3,
    unitId: '4',
    paragraph: 1,
    source: 'Dr. Siti datang.  Ia pergi.',
    target: 'Dr. Siti came. She left.',
    status: 'translated',
    note: 'cek nama',
    gapAfter: '\n',
    updatedAt: 1,
    ...over,
  };
}

function code(error: () => unknown): string {
  try {
    error();
  } catch (e) {
    expect(e).toBeInstanceOf(PadananError);
    return (e as PadananError).code;
  }
  throw new Error('no error');
}

describe('splitSegment', () => {
  it('cuts at the offset; whitespace at the cut becomes the gap; the source rebuilds exactly', () => {
    const s = segment();
    const [a, b] = splitSegment(s, 17, { unitId: '9', now: 5 });
    expect(a).toMatchObject({ index: 3, unitId: '4', source: 'Dr. Siti datang.', gapAfter: '  ', target: s.target, status: 'draft', note: 'cek nama' });
    expect(b).toMatchObject({ index: 4, unitId: '9', paragraph: 1, source: 'Ia pergi.', gapAfter: '\n', target: '', status: 'new', note: '' });
    expect(a.source + a.gapAfter + b.source + b.gapAfter).toBe(s.source + s.gapAfter);
    expect(a.updatedAt).toBe(5);
  });

  it('works at any offset inside the whitespace', () => {
    const s = segment();
    for (const offset of [16, 17, 18]) {
      const [a, b] = splitSegment(s, offset, { unitId: '9' });
      expect([a.source, a.gapAfter, b.source]).toEqual(['Dr. Siti datang.', '  ', 'Ia pergi.']);
    }
  });

  it('an untranslated segment stays new', () => {
    expect(splitSegment(segment({ target: '', status: 'new' }), 17, { unitId: '9' })[0].status).toBe('new');
  });

  it('refuses a cut that leaves an empty part, splits a surrogate pair, or is out of range', () => {
    expect(code(() => splitSegment(segment(), 0, { unitId: '9' }))).toBe('segment.split.offset');
    expect(code(() => splitSegment(segment({ source: 'Ia.  ' }), 3, { unitId: '9' }))).toBe('segment.split.offset');
    expect(code(() => splitSegment(segment({ source: 'a😀b' }), 2, { unitId: '9' }))).toBe('segment.split.offset');
    expect(code(() => splitSegment(segment(), 1.5, { unitId: '9' }))).toBe('segment.split.offset');
    expect(code(() => splitSegment(segment({ locked: true }), 5, { unitId: '9' }))).toBe('segment.locked');
  });

  it('sends each inline code to its side and refuses to separate a pair', () => {
    const s = segment({
      source: '\ue000Satu\ue100. \ue201Dua.',
      tags: [
        { n: 0, kind: 'open', type: 'b' },
        { n: 1, kind: 'standalone', type: 'br' },
      ],
    });
    const [a, b] = splitSegment(s, 8, { unitId: '9' });
    expect(a.tags).toEqual([{ n: 0, kind: 'open', type: 'b' }]);
    expect(b.tags).toEqual([{ n: 1, kind: 'standalone', type: 'br' }]);
    expect(code(() => splitSegment(s, 3, { unitId: '9' }))).toBe('segment.split.insideTag');
    expect('tags' in splitSegment(segment(), 17, { unitId: '9' })[1]).toBe(false);
  });
});

describe('joinSegments', () => {
  it('joins with the gap between, keeps the first unitId and the last gap; split then join is identity', () => {
    const s = segment({ target: '', status: 'new', note: '' });
    const [a, b] = splitSegment(s, 17, { unitId: '9', now: 1 });
    const j = joinSegments(a, b, { now: 1 });
    expect(j).toEqual(s);
  });

  it('joins the translations with the same gap and takes the less advanced status', () => {
    const a = segment({ source: 'Satu.', target: 'One.', status: 'reviewed', gapAfter: ' ', note: 'x' });
    const b = segment({ index: 4, unitId: '5', source: 'Dua.', target: 'Two.', status: 'translated', gapAfter: '\n', note: 'y' });
    const j = joinSegments(a, b);
    expect(j).toMatchObject({ unitId: '4', index: 3, source: 'Satu. Dua.', target: 'One. Two.', status: 'translated', gapAfter: '\n', note: 'x\ny' });
  });

  it('half a translation gives a draft; none gives new', () => {
    const a = segment({ source: 'Satu.', target: 'One.', status: 'final', gapAfter: ' ' });
    const b = segment({ index: 4, unitId: '5', source: 'Dua.', target: '', status: 'new' });
    expect(joinSegments(a, b)).toMatchObject({ target: 'One.', status: 'draft' });
    expect(joinSegments({ ...a, target: '', status: 'new' }, b)).toMatchObject({ target: '', status: 'new' });
  });

  it('renumbers the second segment’s inline codes when numbers clash', () => {
    const a = segment({ source: '\ue000Satu\ue100.', target: '\ue000One\ue100.', gapAfter: ' ', tags: [{ n: 0, kind: 'open', type: 'b' }] });
    const b = segment({
      index: 4,
      unitId: '5',
      source: '\ue000Dua\ue100.',
      target: '\ue000Two\ue100.',
      tags: [{ n: 0, kind: 'open', type: 'i' }],
    });
    const j = joinSegments(a, b);
    expect(j.source).toBe('\ue000Satu\ue100. \ue001Dua\ue101.');
    expect(j.target).toBe('\ue000One\ue100. \ue001Two\ue101.');
    expect(j.tags).toEqual([
      { n: 0, kind: 'open', type: 'b' },
      { n: 1, kind: 'open', type: 'i' },
    ]);
  });

  it('refuses segments that are not adjacent, cross a paragraph break, or are locked', () => {
    const a = segment();
    expect(code(() => joinSegments(a, segment({ index: 5 })))).toBe('segment.join.notAdjacent');
    expect(code(() => joinSegments(a, segment({ index: 4, paragraph: 2 })))).toBe('segment.join.paragraph');
    expect(code(() => joinSegments(a, segment({ index: 4, locked: true })))).toBe('segment.locked');
  });
});
