import type { ReviewSegment } from '../../../core/formats/bilingualDocx';
import { TAG_CLOSE_BASE, TAG_OPEN_BASE, TAG_STANDALONE_BASE } from '../../../core/model';

const o = (n: number) => String.fromCharCode(TAG_OPEN_BASE + n);
const c = (n: number) => String.fromCharCode(TAG_CLOSE_BASE + n);
const x = (n: number) => String.fromCharCode(TAG_STANDALONE_BASE + n);

/** The segments the review fixtures were exported from. */
export const reviewSegments: ReviewSegment[] = [
  { unitId: '1', source: 'AS memperingatkan Kim Jong-un', target: 'US warns Kim Jong-un', status: 'translated', note: '' },
  {
    unitId: '2',
    source: `${o(1)}Bisnis.com, JAKARTA${c(1)} - Negosiasi senjata antara Rusia dan Korea Utara mengalami kemajuan.${x(2)}`,
    target: `${o(1)}Bisnis.com, JAKARTA${c(1)} - Arms talks between Russia and North Korea are progressing.${x(2)}`,
    status: 'translated',
    note: 'Cek istilah "Korut".',
    tags: [
      { n: 1, kind: 'open', type: 'b', data: { rPr: '<w:rPr><w:b/></w:rPr>' } },
      { n: 1, kind: 'close', type: 'b', data: { rPr: '<w:rPr><w:b/></w:rPr>' } },
      { n: 2, kind: 'standalone', type: 'fn', data: { xml: '<w:r><w:footnoteReference w:id="1"/></w:r>' } },
    ],
  },
  { unitId: '3', source: 'Kremlin mengatakan "tidak ada komentar", & itu saja.', target: '', status: 'new', note: '' },
  { unitId: '4', source: 'Baris satu\nbaris dua\tdengan tab.', target: 'Line one\nline two\twith a tab.', status: 'draft', note: '' },
  { unitId: '7', source: '=SUM(A1) bukan rumus.', target: '', status: 'new', note: '' },
];
