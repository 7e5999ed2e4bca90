import { ENGLISH_REVIEW_LABELS, exportReviewDocx, type ReviewLabels } from '../../../../core/formats/bilingualDocx';
import { exportBilingualCsv } from '../../../../core/formats/csv';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../../../core/model';
import type { Exporter } from './exporters';
import { derivedFileName } from './fileNames';

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * "Bilingual review (DOCX)": the review table (segment id, Indonesian, English, status, comment)
 * written by core's `exportReviewDocx`, headed in the interface language. The document's id goes
 * into the file so that "Import review" refuses a review of another document.
 */
export const reviewDocxExporter: Exporter = {
  id: 'review-docx',
  labelKey: 'files:export.reviewDocx',
  extensions: ['docx'],
  available: () => true,
  build: (doc, segments, context) => ({
    fileName: derivedFileName(doc.name, 'docx', 'review'),
    bytes: exportReviewDocx(segments, { documentName: doc.name, documentId: doc.id, labels: context?.reviewLabels ?? ENGLISH_REVIEW_LABELS }),
    mediaType: DOCX_MEDIA_TYPE,
  }),
};

/** "Bilingual table (CSV)": id, source, target, status, note; UTF-8 with BOM for spreadsheets. */
export const bilingualCsvExporter: Exporter = {
  id: 'bilingual-csv',
  labelKey: 'files:export.bilingualCsv',
  extensions: ['csv'],
  available: () => true,
  build: (doc, segments) => ({ fileName: derivedFileName(doc.name, 'csv'), bytes: exportBilingualCsv(segments), mediaType: 'text/csv' }),
};

/**
 * Column headings and status names of the review table in the interface language. The ID heading
 * stays "ID" (re-import finds the table by it); the status names must be ones re-import accepts
 * (English ones, the Indonesian names core knows, or the labels passed to it).
 */
export function reviewLabels(context: { translate?: (key: string) => string } | undefined): ReviewLabels {
  const t = context?.translate;
  if (!t) return ENGLISH_REVIEW_LABELS;
  const statuses = {} as Record<SegmentStatus, string>;
  for (const s of SEGMENT_STATUSES) statuses[s] = t(`files:review.table.status.${s}`);
  return {
    title: t('files:review.table.title'),
    id: ENGLISH_REVIEW_LABELS.id,
    source: t('files:review.table.source'),
    target: t('files:review.table.target'),
    status: t('files:review.table.statusHeading'),
    comment: t('files:review.table.comment'),
    statuses,
  };
}
