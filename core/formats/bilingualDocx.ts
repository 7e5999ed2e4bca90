import { PadananError } from '../errors';
import { SEGMENT_STATUSES, type InlineTag, type Segment, type SegmentStatus } from '../model';
import { escapeXmlText, parseXml, type XmlElement } from '../xml/index';
import { writeZip } from '../zip/index';
import { parseTagChar } from './inlineTags';
import { fromDisplay, toDisplay } from './tagDisplay';
import { openDocx, W_NS } from './docx/package';

/**
 * The bilingual review table: a Word document with one row per segment (segment id, Indonesian,
 * English, status, comment) that a reviewer edits in Word or LibreOffice, and the re-import of
 * their copy. Re-import is a pure function: it reads the table and returns, by segment id, what the
 * reviewer changed (targets, statuses, comments) plus a summary; it changes nothing itself, and
 * anything outside the English, status and comment columns is ignored.
 *
 * Inline tags appear as {1} … {/1} and {2/} placeholders, in their own character style.
 */
export type ReviewSegment = Pick<Segment, 'unitId' | 'source' | 'target' | 'status' | 'note'> & { tags?: InlineTag[] };

export interface ReviewLabels {
  title: string;
  id: string;
  source: string;
  target: string;
  status: string;
  comment: string;
  statuses: Record<SegmentStatus, string>;
}

export const ENGLISH_REVIEW_LABELS: ReviewLabels = {
  title: 'Bilingual review',
  id: 'ID',
  source: 'Indonesian',
  target: 'English',
  status: 'Status',
  comment: 'Comment',
  statuses: { new: 'new', draft: 'draft', translated: 'translated', reviewed: 'reviewed', final: 'final' },
};

export interface ReviewExportOptions {
  documentName: string;
  /** Written into the file so that re-import can tell when a review of another document is used. */
  documentId?: string;
  labels?: ReviewLabels;
}

export function exportReviewDocx(segments: readonly ReviewSegment[], options: ReviewExportOptions): Uint8Array {
  const labels = options.labels ?? ENGLISH_REVIEW_LABELS;
  const cellWidths = [900, 5300, 5300, 1300, 2598];
  const cell = (content: string, width: number, shade = '') =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${shade}"/>` : ''}</w:tcPr>${content}</w:tc>`;
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${[labels.id, labels.source, labels.target, labels.status, labels.comment]
    .map((l, i) => cell(`<w:p><w:r><w:rPr><w:b/></w:rPr>${textRuns(l)}</w:r></w:p>`, cellWidths[i]!, 'D9E2F3'))
    .join('')}</w:tr>`;
  const rows = segments.map((s) =>
    [
      '<w:tr><w:trPr><w:cantSplit/></w:trPr>',
      cell(`<w:p><w:r>${textRuns(s.unitId)}</w:r></w:p>`, cellWidths[0]!),
      cell(segmentParagraph(s.source, 'id-ID'), cellWidths[1]!, 'F2F2F2'),
      cell(segmentParagraph(s.target, 'en-US'), cellWidths[2]!),
      cell(`<w:p><w:r>${textRuns(labels.statuses[s.status])}</w:r></w:p>`, cellWidths[3]!),
      cell(segmentParagraph(s.note, 'en-US'), cellWidths[4]!),
      '</w:tr>',
    ].join(''),
  );
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NS}"><w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r>${textRuns(`${labels.title}: ${options.documentName}`)}</w:r></w:p><w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${cellWidths
    .map((w) => `<w:gridCol w:w="${w}"/>`)
    .join('')}</w:tblGrid>${header}${rows.join('')}</w:tbl><w:p/><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="720" w:right="720" w:bottom="720" w:left="720" w:header="360" w:footer="360" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const props = [
    ['PadananReview', '1'],
    ['PadananDocumentId', options.documentId ?? ''],
  ]
    .map(
      ([name, value], i) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${name}"><vt:lpwstr>${escapeXmlText(value!)}</vt:lpwstr></property>`,
    )
    .join('');
  const enc = (s: string) => new TextEncoder().encode(s);
  return writeZip([
    { name: '[Content_Types].xml', data: enc(CONTENT_TYPES) },
    { name: '_rels/.rels', data: enc(ROOT_RELS) },
    { name: 'word/document.xml', data: enc(document) },
    { name: 'word/_rels/document.xml.rels', data: enc(DOCUMENT_RELS) },
    { name: 'word/styles.xml', data: enc(STYLES) },
    {
      name: 'docProps/custom.xml',
      data: enc(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`,
      ),
    },
  ]);
}

export interface ReviewChange {
  unitId: string;
  /** The reviewer's English text (tags as tag characters), when it differs from the current target. */
  target?: string;
  status?: SegmentStatus;
  /** The comment cell, when it differs from the segment's note ('' when the reviewer cleared it). */
  comment?: string;
}

export interface ReviewSummary {
  /** Segment rows found in the table. */
  rows: number;
  targetsChanged: number;
  statusesChanged: number;
  commentsChanged: number;
  unchanged: number;
  /** Ids in the file that the document does not have (rows ignored). */
  unknownIds: string[];
  /** Ids that appear more than once (only the first row counts). */
  duplicateIds: string[];
  /** Status cells that are not a status (the status is left as it was). */
  invalidStatuses: { unitId: string; value: string }[];
  /** Changed targets whose tags no longer match the source's (kept, but worth a look). */
  tagWarnings: string[];
  /** Segments of the document that have no row in the file. */
  missingIds: string[];
}

export interface ReviewImport {
  changes: ReviewChange[];
  summary: ReviewSummary;
}

export interface ReviewImportOptions {
  fileName: string;
  /** When given, a review exported for another document is refused. */
  documentId?: string;
  labels?: ReviewLabels;
}

/** Reads a reviewed copy and returns what changed, by segment id; changes nothing. */
export function importReviewDocx(bytes: Uint8Array, segments: readonly ReviewSegment[], options: ReviewImportOptions): ReviewImport {
  const { fileName } = options;
  const pkg = openDocx(bytes, fileName);
  const notReview = (why: string): never => {
    throw new PadananError('review.notReview', `${fileName || 'The file'} is not a Padanan bilingual review table (${why}).`, {
      file: fileName,
      detail: why,
    });
  };
  if (options.documentId && pkg.zip.has('docProps/custom.xml')) {
    const custom = parseXml(pkg.zip.read('docProps/custom.xml'), { fileName: `${fileName} (docProps/custom.xml)` });
    const idProp = custom.children.find((c): c is XmlElement => typeof c !== 'string' && c.attrs.name === 'PadananDocumentId');
    const id = idProp ? textOf(idProp).trim() : '';
    if (id && id !== options.documentId) {
      throw new PadananError('review.otherDocument', `${fileName || 'The file'} is the review of another document.`, { file: fileName });
    }
  }
  const root = parseXml(pkg.zip.read(pkg.parts[0]!.name), { fileName: `${fileName} (${pkg.parts[0]!.name})` });
  const table = findReviewTable(root);
  if (!table) notReview('no table with the columns ID, Indonesian, English, Status, Comment');

  const byId = new Map(segments.map((s) => [s.unitId, s]));
  const statusByLabel = statusLookup(options.labels);
  const seen = new Set<string>();
  const changes: ReviewChange[] = [];
  const summary: ReviewSummary = {
    rows: 0,
    targetsChanged: 0,
    statusesChanged: 0,
    commentsChanged: 0,
    unchanged: 0,
    unknownIds: [],
    duplicateIds: [],
    invalidStatuses: [],
    tagWarnings: [],
    missingIds: [],
  };
  for (const row of wChildren(table!, 'tr').slice(1)) {
    const cells = wChildren(row, 'tc').map(cellText);
    if (cells.length < 5) continue;
    const unitId = cells[0]!.trim();
    if (!unitId) continue;
    summary.rows++;
    const seg = byId.get(unitId);
    if (!seg) {
      summary.unknownIds.push(unitId);
      continue;
    }
    if (seen.has(unitId)) {
      summary.duplicateIds.push(unitId);
      continue;
    }
    seen.add(unitId);
    const change: ReviewChange = { unitId };
    const target = placeholdersToTags(cells[2]!, seg.tags);
    if (target !== seg.target) {
      change.target = target;
      summary.targetsChanged++;
      if (!sameTags(target, seg.source)) summary.tagWarnings.push(unitId);
    }
    const statusCell = cells[3]!.trim();
    const status = statusByLabel.get(statusCell.toLowerCase());
    if (!status) {
      if (statusCell) summary.invalidStatuses.push({ unitId, value: statusCell });
    } else if (status !== seg.status) {
      change.status = status;
      summary.statusesChanged++;
    }
    const comment = cells[4]!.trim();
    if (comment !== seg.note.trim()) {
      change.comment = comment;
      summary.commentsChanged++;
    }
    if (Object.keys(change).length > 1) changes.push(change);
    else summary.unchanged++;
  }
  if (summary.rows === 0 && segments.length > 0) notReview('the table has no segment rows');
  summary.missingIds = segments.filter((s) => !seen.has(s.unitId)).map((s) => s.unitId);
  return { changes, summary };
}

/** Segment text with tags as {1}, {/1} and {1/} (the one display form: tagDisplay.ts). */
export function tagsToPlaceholders(text: string): string {
  return toDisplay(text);
}

/** Placeholders back to tag characters; only tags the segment has are recognised. */
export function placeholdersToTags(text: string, tags: readonly InlineTag[] | undefined): string {
  return fromDisplay(text, tags);
}

function sameTags(a: string, b: string): boolean {
  const tagsOf = (s: string) =>
    [...s]
      .filter((c) => parseTagChar(c.charCodeAt(0)))
      .sort()
      .join('');
  return tagsOf(a) === tagsOf(b);
}

function statusLookup(labels: ReviewLabels | undefined): Map<string, SegmentStatus> {
  const map = new Map<string, SegmentStatus>();
  const indonesian: Record<SegmentStatus, string[]> = {
    new: ['baru'],
    draft: ['draf', 'konsep'],
    translated: ['diterjemahkan', 'terjemahan'],
    reviewed: ['ditinjau', 'diperiksa'],
    final: ['final', 'akhir'],
  };
  for (const s of SEGMENT_STATUSES) {
    map.set(s, s);
    map.set(ENGLISH_REVIEW_LABELS.statuses[s].toLowerCase(), s);
    for (const alias of indonesian[s]) map.set(alias, s);
    if (labels) map.set(labels.statuses[s].toLowerCase(), s);
  }
  return map;
}

function findReviewTable(root: XmlElement): XmlElement | undefined {
  const tables: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.uri === W_NS && c.local === 'tbl') tables.push(c);
      else walk(c);
    }
  };
  walk(root);
  return tables.find((t) => {
    const first = wChildren(t, 'tr')[0];
    const cells = first ? wChildren(first, 'tc') : [];
    return cells.length >= 5 && cellText(cells[0]!).trim().toUpperCase() === 'ID';
  });
}

function wChildren(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c === 'string' || c.uri !== W_NS) continue;
    if (c.local === local) out.push(c);
    // Rows and cells inside content controls or custom XML still count.
    else if (c.local === 'sdt' || c.local === 'sdtContent' || c.local === 'customXml') out.push(...wChildren(c, local));
  }
  return out;
}

/** A cell's text as the reviewer sees it: paragraphs joined by line breaks, deleted text left out. */
function cellText(tc: XmlElement): string {
  const paragraphs: string[] = [];
  const walk = (el: XmlElement, into: { text: string }) => {
    for (const c of el.children) {
      if (typeof c === 'string' || c.uri !== W_NS) continue;
      switch (c.local) {
        case 't':
          into.text += textOf(c);
          break;
        case 'tab':
          into.text += '\t';
          break;
        case 'br':
        case 'cr':
          into.text += '\n';
          break;
        case 'noBreakHyphen':
          into.text += '\u2011';
          break;
        case 'del':
        case 'moveFrom':
        case 'delText':
        case 'instrText':
        case 'rPr':
        case 'pPr':
          break;
        case 'p': {
          const p = { text: '' };
          walk(c, p);
          paragraphs.push(p.text);
          break;
        }
        default:
          walk(c, into);
      }
    }
  };
  walk(tc, { text: '' });
  return paragraphs.join('\n');
}

function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

/** One cell paragraph: text runs, tags as placeholders in the "Padanan tag" style. */
function segmentParagraph(text: string, lang: string): string {
  const rPr = `<w:rPr><w:lang w:val="${lang}"/></w:rPr>`;
  let out = '<w:p>';
  let run = '';
  const flush = () => {
    if (run) out += `<w:r>${rPr}${textRuns(run)}</w:r>`;
    run = '';
  };
  for (const ch of text) {
    const t = parseTagChar(ch.charCodeAt(0));
    if (!t) {
      run += ch;
      continue;
    }
    flush();
    out += `<w:r><w:rPr><w:rStyle w:val="PadananTag"/></w:rPr>${textRuns(tagsToPlaceholders(ch))}</w:r>`;
  }
  flush();
  return `${out}</w:p>`;
}

/** Run content for plain text: tabs and line breaks as elements. */
function textRuns(text: string): string {
  return text
    .split(/(\t|\r\n|\n|\r)/)
    .map((part) =>
      part === '\t' ? '<w:tab/>' : /^[\r\n]+$/.test(part) ? '<w:br/>' : part ? `<w:t xml:space="preserve">${escapeXmlText(part, 'replace')}</w:t>` : '',
    )
    .join('');
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/><w:sz w:val="20"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="200"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="character" w:styleId="PadananTag"><w:name w:val="Padanan tag"/><w:rPr><w:color w:val="C00000"/><w:shd w:val="clear" w:color="auto" w:fill="FDE9E7"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>`;
