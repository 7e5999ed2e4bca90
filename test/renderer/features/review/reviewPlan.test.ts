import { describe, expect, it } from 'vitest';
import { exportReviewDocx } from '../../../../core/formats/bilingualDocx';
import { tagChar } from '../../../../core/formats/inlineTags';
import type { Segment } from '../../../../core/model';
import { prepareReview } from '../../../../renderer/src/features/review/reviewPlan';
import { DEFAULT_REVIEWER, reviewerName } from '../../../../renderer/src/features/review/reviewAuthor';
import { editReviewDocx } from './reviewerEdits';

const O = (n: number) => tagChar('open', n);
const C = (n: number) => tagChar('close', n);

function segment(index: number, fields: Partial<Segment>): Segment {
  return {
    documentId: 'doc-1',
    index,
    unitId: String(index + 1),
    paragraph: index,
    source: `Kalimat ${index + 1}.`,
    target: '',
    status: 'new',
    note: '',
    gapAfter: '\n',
    updatedAt: 1,
    ...fields,
  };
}

const SEGMENTS: Segment[] = [
  segment(0, { source: 'Korut menolak.', target: 'North Korea refused.', status: 'translated' }),
  segment(1, { source: 'Gedung Putih diam.' }),
  segment(2, { source: 'Kim Jong Un', target: 'Kim Jong Un', status: 'translated', locked: true }),
  segment(3, {
    source: `Kata ${O(1)}penting${C(1)} di sini.`,
    target: `The ${O(1)}important${C(1)} word here.`,
    status: 'draft',
    tags: [
      { n: 1, kind: 'open', type: 'b' },
      { n: 1, kind: 'close', type: 'b' },
    ],
  }),
  segment(4, { source: 'Kremlin setuju.', target: 'The Kremlin agreed.', status: 'reviewed', note: 'From the agency: keep "Kremlin".' }),
];

const exported = () => exportReviewDocx(SEGMENTS, { documentName: 'berita.docx', documentId: 'doc-1' });

describe('prepareReview', () => {
  it('finds nothing to do in an untouched table', () => {
    const plan = prepareReview(exported(), 'berita.review.docx', 'doc-1', SEGMENTS);
    expect(plan.updates).toEqual([]);
    expect(plan.found).toMatchObject({ rows: 5, unchanged: 5, unknownIds: [], missingIds: [] });
    expect(plan.reviewer).toBe(DEFAULT_REVIEWER);
  });

  it('plans the reviewer’s targets, statuses and comments by segment id', () => {
    const reviewed = editReviewDocx(
      exported(),
      [
        { id: '1', english: 'North Korea said no.', status: 'reviewed' },
        { id: '2', english: 'The White House was silent.' }, // new + text -> draft
        { id: '3', english: 'Kim Jong-un' }, // locked: kept
        { id: '4', english: 'The word {1}important{/1} here.', comment: 'Reordered.' },
        { id: '5', comment: '' }, // the agency's note removed
      ],
      { savedBy: 'Siti Rahma' },
    );
    const plan = prepareReview(reviewed, 'berita.review.docx', 'doc-1', SEGMENTS);
    expect(plan.reviewer).toBe('Siti Rahma');
    expect(plan.updates).toEqual([
      { unitId: '1', target: 'North Korea said no.', status: 'reviewed' },
      { unitId: '2', target: 'The White House was silent.', status: 'draft' },
      { unitId: '4', target: `The word ${O(1)}important${C(1)} here.`, note: 'Reordered.' },
      { unitId: '5', note: '' },
    ]);
    expect([plan.targets, plan.statuses, plan.comments]).toEqual([3, 2, 2]);
    expect(plan.lockedIgnored).toEqual(['3']);
    expect(plan.tagWarnings).toEqual([]);
    expect(plan.rows.map((r) => r.n)).toEqual([1, 2, 4, 5]);
    expect(plan.rows[0]).toMatchObject({ target: { before: 'North Korea refused.', after: 'North Korea said no.' }, status: { before: 'translated', after: 'reviewed' } });
    expect(plan.rows[3]).toMatchObject({ comment: { before: 'From the agency: keep "Kremlin".', after: '' } });
  });

  it('reports unknown ids, bad statuses and broken tags, and reads Indonesian status names', () => {
    const reviewed = editReviewDocx(exported(), [
      { id: '1', status: 'ditinjau' },
      { id: '2', status: 'hampir selesai' },
      { id: '4', english: 'The important word here.' }, // the reviewer deleted the tags
    ]);
    // A row for a segment this document does not have.
    const plan = prepareReview(reviewed, 'berita.review.docx', 'doc-1', [...SEGMENTS.slice(0, 4), segment(5, { unitId: '6' })]);
    expect(plan.updates).toEqual([
      { unitId: '1', status: 'reviewed' },
      { unitId: '4', target: 'The important word here.' },
    ]);
    expect(plan.found.unknownIds).toEqual(['5']);
    expect(plan.found.missingIds).toEqual(['6']);
    expect(plan.found.invalidStatuses).toEqual([{ unitId: '2', value: 'hampir selesai' }]);
    expect(plan.tagWarnings).toEqual([4]);
  });

  it('refuses a file that is not a review table, or the review of another document', () => {
    expect(() => prepareReview(exported(), 'x.docx', 'doc-2', SEGMENTS)).toThrow(/another document/);
    expect(() => prepareReview(new TextEncoder().encode('not a zip'), 'x.docx', 'doc-1', SEGMENTS)).toThrow();
  });
});

describe('reviewerName', () => {
  it('takes the name the word processor saved, else "reviewer"', () => {
    expect(reviewerName(editReviewDocx(exported(), [], { savedBy: '  Budi   Santoso ' }))).toBe('Budi Santoso');
    expect(reviewerName(editReviewDocx(exported(), [], { savedBy: '' }))).toBe(DEFAULT_REVIEWER);
    expect(reviewerName(exported())).toBe(DEFAULT_REVIEWER);
    expect(reviewerName(new Uint8Array([1, 2, 3]))).toBe(DEFAULT_REVIEWER);
  });
});
