import { describe, it, expect } from 'vitest';
import { resegment, createDefaultSegmenter, createSegmenter, defaultSrxDocument } from '../../../core/segment/index';
import { SegmentListBuilder } from '../../../core/formats/segmentBuilder';
import type { SegmentDraft } from '../../../core/model';
import type { Segmenter } from '../../../core/segment/index';

const PARAGRAPHS = ['Dr. Siti datang. Ia membawa buku. Ia pergi.', 'Harga naik. Ia pergi.', 'Judul tanpa titik'];

function segmentDoc(segmenter: Segmenter): SegmentDraft[] {
  const b = new SegmentListBuilder(segmenter, 0);
  PARAGRAPHS.forEach((p, i) => {
    b.addParagraph(p);
    if (i < PARAGRAPHS.length - 1) b.addGap('\n');
  });
  return b.segments;
}

describe('resegment', () => {
  it('keeps target, status, note and unitId of every segment whose source did not change', () => {
    const old = segmentDoc(createDefaultSegmenter()).map((s, i) => ({
      ...s,
      target: `T${i}`,
      status: 'translated' as const,
      note: i === 0 ? 'catatan' : '',
      unitId: `u${i}`,
    }));
    // New rules: "buku." no longer ends a sentence, so two sentences merge.
    const rules = defaultSrxDocument();
    rules.languageRules[0]!.rules.unshift({ break: false, before: '\\bbuku\\.', after: '\\s' });
    const fresh = segmentDoc(createSegmenter(rules));
    expect(fresh.map((s) => s.source)).toEqual(['Dr. Siti datang.', 'Ia membawa buku. Ia pergi.', 'Harga naik.', 'Ia pergi.', 'Judul tanpa titik']);
    const r = resegment(old, fresh, { nextUnitId: 100 });
    expect(r.segments.map((s) => [s.unitId, s.source, s.target, s.status])).toEqual([
      ['u0', 'Dr. Siti datang.', 'T0', 'translated'],
      ['100', 'Ia membawa buku. Ia pergi.', '', 'new'],
      ['u3', 'Harga naik.', 'T3', 'translated'],
      ['u4', 'Ia pergi.', 'T4', 'translated'],
      ['u5', 'Judul tanpa titik', 'T5', 'translated'],
    ]);
    expect(r.segments[0]!.note).toBe('catatan');
    expect(r.segments.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
    expect(r.nextUnitId).toBe(101);
    expect(r.kept).toBe(4);
    expect(r.lost.map((s) => s.unitId)).toEqual(['u1', 'u2']);
    // The same sentence in another paragraph ("Ia pergi.") keeps its own translation.
    expect(r.segments[3]!.target).toBe('T4');
  });

  it('gaps come from the new segmentation, so the document still rebuilds', () => {
    const old = segmentDoc(createDefaultSegmenter());
    const r = resegment(old, segmentDoc(createDefaultSegmenter()), { nextUnitId: 50 });
    expect(r.segments.map((s) => s.source + s.gapAfter).join('')).toBe(PARAGRAPHS.join('\n'));
    expect(r.kept).toBe(old.length);
    expect(r.lost).toEqual([]);
  });

  it('matches over the whole document when paragraphs changed, keeping order', () => {
    const old: SegmentDraft[] = ['A.', 'B.', 'A.'].map((source, i) => ({
      index: i,
      unitId: `u${i}`,
      paragraph: i,
      source,
      target: `t${i}`,
      status: 'draft',
      note: '',
      gapAfter: ' ',
      updatedAt: 0,
    }));
    const fresh = ['A.', 'A.', 'C.'].map((source, i) => ({ ...old[0]!, index: i, paragraph: 0, source, unitId: String(i + 1), target: '', status: 'new' as const }));
    const r = resegment(old, fresh, { nextUnitId: 7 });
    expect(r.segments.map((s) => s.unitId)).toEqual(['u0', 'u2', '7']);
    expect(r.lost.map((s) => s.unitId)).toEqual(['u1']);
  });
});
