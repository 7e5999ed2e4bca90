import { writeZip } from '../../../core/zip/index';

/**
 * Builds small but complete Word documents from WordprocessingML strings, the way Word lays them
 * out: content types, relationships, styles (Heading 1, Hyperlink), numbering for a bulleted list,
 * footnotes, a header and a footer.
 */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxFixtureParts {
  body: string;
  footnotes?: string;
  header?: string;
  footer?: string;
  /** Replaces the whole word/document.xml (for hostile inputs). */
  documentXml?: string;
}

const enc = (s: string) => new TextEncoder().encode(s);

export function buildDocx(parts: DocxFixtureParts): Uint8Array {
  const footnotes =
    parts.footnotes !== undefined
      ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="${W}" xmlns:r="${R}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${parts.footnotes}</w:footnotes>`
      : undefined;
  const sectPr = `<w:sectPr>${parts.header ? '<w:headerReference w:type="default" r:id="rIdHeader"/>' : ''}${parts.footer ? '<w:footerReference w:type="default" r:id="rIdFooter"/>' : ''}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`;
  const document =
    parts.documentXml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>${parts.body}${sectPr}</w:body></w:document>`;
  const rels = [
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdNumbering" Type="${REL}/numbering" Target="numbering.xml"/>`,
    `<Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/>`,
    `<Relationship Id="rIdLink1" Type="${REL}/hyperlink" Target="https://www.bisnis.com/" TargetMode="External"/>`,
    footnotes ? `<Relationship Id="rIdFootnotes" Type="${REL}/footnotes" Target="footnotes.xml"/>` : '',
    parts.header ? `<Relationship Id="rIdHeader" Type="${REL}/header" Target="header1.xml"/>` : '',
    parts.footer ? `<Relationship Id="rIdFooter" Type="${REL}/footer" Target="footer1.xml"/>` : '',
  ].join('');
  const overrides = [
    ['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
    ['/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'],
    ['/word/numbering.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'],
    ['/word/settings.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml'],
    ...(footnotes ? [['/word/footnotes.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml']] : []),
    ...(parts.header ? [['/word/header1.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml']] : []),
    ...(parts.footer ? [['/word/footer1.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml']] : []),
  ]
    .map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`)
    .join('');
  const entries = [
    {
      name: '[Content_Types].xml',
      text: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
    },
    {
      name: '_rels/.rels',
      text: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    { name: 'word/document.xml', text: document },
    {
      name: 'word/_rels/document.xml.rels',
      text: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    },
    { name: 'word/styles.xml', text: STYLES },
    { name: 'word/numbering.xml', text: NUMBERING },
    {
      name: 'word/settings.xml',
      text: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/><w:themeFontLang w:val="id-ID"/></w:settings>`,
    },
    ...(footnotes ? [{ name: 'word/footnotes.xml', text: footnotes }] : []),
    ...(parts.header ? [{ name: 'word/header1.xml', text: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W}" xmlns:r="${R}">${parts.header}</w:hdr>` }] : []),
    ...(parts.footer ? [{ name: 'word/footer1.xml', text: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="${W}" xmlns:r="${R}">${parts.footer}</w:ftr>` }] : []),
  ];
  return writeZip(entries.map((e) => ({ name: e.name, data: enc(e.text) })));
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="id-ID" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

/** A paragraph of plain runs: each item is [text, rPr?]. */
export function para(runs: (string | [string, string])[], pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs.map((r) => (typeof r === 'string' ? run(r) : run(r[0], r[1]))).join('')}</w:p>`;
}

export function run(text: string, rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r>`;
}

/** The sample news article as a realistic document: heading, formatted runs, link, list, table, footnote, header, footer. */
export function beritaDocx(): Uint8Array {
  const lang = '<w:lang w:val="id-ID"/>';
  const body = [
    `<w:p w:rsidR="00A1" w:rsidRDefault="00A1"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="0" w:name="_Toc1"/><w:r><w:t>AS memperingatkan Kim Jong-un soal senjata untuk Rusia</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`,
    `<w:p><w:r><w:rPr><w:b/>${lang}</w:rPr><w:t>Bisnis.com, JAKARTA</w:t></w:r><w:r><w:rPr>${lang}</w:rPr><w:t xml:space="preserve"> - Negosiasi senjata antara Rusia dan Korea Utara (Korut) secara aktif mengalami kemajuan, kata seorang pejabat </w:t></w:r><w:hyperlink r:id="rIdLink1" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>${lang}</w:rPr><w:t>Amerika Serikat</w:t></w:r></w:hyperlink><w:r><w:rPr>${lang}</w:rPr><w:t xml:space="preserve"> (AS) pada Selasa (5/9/2023).</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:rPr>${lang}</w:rPr><w:t xml:space="preserve"> Kim Jong-un akan menanggung </w:t></w:r><w:r><w:rPr><w:i/>${lang}</w:rPr><w:t>konsekuensi</w:t></w:r><w:r><w:rPr>${lang}</w:rPr><w:t>.</w:t></w:r></w:p>`,
    `<w:p><w:r><w:t xml:space="preserve">Kremlin mengatakan mereka </w:t></w:r><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>tidak mengatakan apa pun. Sama sekali tidak.</w:t></w:r><w:r><w:t xml:space="preserve"> Dr. Peskov menolak</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:tab/><w:t>berkomentar.</w:t></w:r><w:proofErr w:type="spellEnd"/></w:p>`,
    para(['Rusia mencari amunisi.'], '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
    para(['Korea Utara memasok ', ['senjata', '<w:b/><w:i/>'], '.'], '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>` +
      `<w:tr><w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${para([['Negara', '<w:b/>']])}</w:tc><w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${para([['Pemimpin', '<w:b/>']])}</w:tc></w:tr>` +
      `<w:tr><w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${para(['Korea Utara'])}</w:tc><w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${para(['Kim Jong-un'])}</w:tc></w:tr></w:tbl>`,
    `<w:p/>`,
    `<w:p><w:r><w:t xml:space="preserve">Baris satu</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>baris dua &amp; &lt;tiga&gt;.</w:t></w:r></w:p>`,
  ].join('');
  return buildDocx({
    body,
    footnotes: `<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Sumber: Channel News Asia, Rabu (6/9/2023).</w:t></w:r></w:p></w:footnote>`,
    header: para(['Berita Internasional']),
    footer: `<w:p><w:r><w:t xml:space="preserve">Halaman </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
  });
}
