/**
 * Document codecs at scale: import and export time of a 10,000-paragraph DOCX (bold, italic, links,
 * footnote references, a table) and of a large Markdown file, plus the bilingual review table.
 * Uses Padanan's default Indonesian segmenter. Run: npx tsx test/bench/formats-docs.bench.ts
 * ("input" is the uncompressed size of the text the parser reads.)
 */
import { docxCodec } from '../../core/formats/docx';
import { mdCodec } from '../../core/formats/md';
import { htmlCodec } from '../../core/formats/html';
import { exportReviewDocx, importReviewDocx } from '../../core/formats/bilingualDocx';
import { createDefaultSegmenter } from '../../core/segment/index';
import type { DocumentCodec } from '../../core/formats/types';
import { openZip } from '../../core/zip/index';
import { buildDocx, para } from '../core/formats/docxFixture';

const PARAGRAPHS = 10_000;
const segmenter = createDefaultSegmenter();
const sentences = [
  'Negosiasi senjata antara Rusia dan Korea Utara (Korut) secara aktif mengalami kemajuan, kata seorang pejabat AS pada Selasa (5/9/2023).',
  'Kim Jong-un akan menanggung konsekuensi jika memasok senjata ke Rusia.',
  'Kremlin mengatakan bahwa mereka tidak mengatakan apa pun tentang pernyataan itu.',
];

function time<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

function bench(label: string, codec: DocumentCodec, bytes: Uint8Array, fileName: string, unpacked = bytes.length): void {
  const imported = time(() => codec.read(bytes, { fileName, segmenter }));
  const segments = imported.value.segments.map((s) => ({ ...s, target: `EN ${s.source}` }));
  const exported = time(() => codec.writeTranslation(imported.value.skeleton, segments));
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(
    `${label.padEnd(34)} ${String(segments.length).padStart(6)} segments  input ${mb(unpacked).padStart(5)} MB  ` +
      `import ${imported.ms.toFixed(0).padStart(5)} ms  export ${exported.ms.toFixed(0).padStart(5)} ms  output ${mb(exported.value.length)} MB`,
  );
}

const body: string[] = [];
for (let i = 0; i < PARAGRAPHS; i++) {
  if (i % 50 === 0) body.push(para([`Bagian ${i / 50 + 1}`], '<w:pStyle w:val="Heading1"/>'));
  else if (i % 7 === 0)
    body.push(
      `<w:p><w:r><w:t xml:space="preserve">${sentences[0]} </w:t></w:r><w:hyperlink r:id="rIdLink1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Bisnis.com</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> melaporkan.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
    );
  else body.push(para([sentences[i % 3]!, ' ', ['Korea Utara', '<w:b/>'], ' dan ', ['Rusia', '<w:i/>'], '. ', sentences[(i + 1) % 3]!]));
}
const docx = buildDocx({
  body: body.join(''),
  footnotes: `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Sumber: Channel News Asia.</w:t></w:r></w:p></w:footnote>`,
});
const docxXml = openZip(docx).entries.reduce((n, e) => n + e.size, 0);
bench(`DOCX, ${PARAGRAPHS.toLocaleString('en')} paragraphs`, docxCodec, docx, 'besar.docx', docxXml);

const md: string[] = ['---\njudul: Uji\n---\n'];
for (let i = 0; i < PARAGRAPHS; i++) {
  if (i % 50 === 0) md.push(`## Bagian ${i / 50 + 1}\n`);
  else if (i % 10 === 0) md.push(`> ${sentences[0]}\n> ${sentences[1]}\n`);
  else if (i % 10 === 5) md.push(`- ${sentences[2]} **tebal** dan [tautan](https://contoh.id/${i}).\n- ${sentences[1]}\n`);
  else md.push(`${sentences[i % 3]} *Korea Utara* dan \`kode\`. ${sentences[(i + 1) % 3]}\n`);
}
const mdBytes = new TextEncoder().encode(md.join('\n'));
bench(`Markdown, ${PARAGRAPHS.toLocaleString('en')} blocks`, mdCodec, mdBytes, 'besar.md');

const html = `<!DOCTYPE html><html lang="id"><body>${Array.from({ length: PARAGRAPHS }, (_, i) => `<p>${sentences[i % 3]} <b>Korea Utara</b> dan <a href="/x${i}" title="Tautan">Rusia</a>. ${sentences[(i + 1) % 3]}</p>`).join('\n')}</body></html>`;
bench(`HTML, ${PARAGRAPHS.toLocaleString('en')} paragraphs`, htmlCodec, new TextEncoder().encode(html), 'besar.html');

const reviewSegments = docxCodec.read(docx, { fileName: 'besar.docx', segmenter }).segments.map((s) => ({ ...s, target: `EN ${s.source}` }));
const review = time(() => exportReviewDocx(reviewSegments, { documentName: 'besar.docx' }));
const reviewXml = openZip(review.value).entries.reduce((n, e) => n + e.size, 0);
const reimport = time(() => importReviewDocx(review.value, reviewSegments, { fileName: 'review.docx' }));
console.log(
  `${'Bilingual review table'.padEnd(34)} ${String(reviewSegments.length).padStart(6)} rows  ${(reviewXml / 1024 / 1024).toFixed(1)} MB XML  export ${review.ms.toFixed(0)} ms, re-import ${reimport.ms.toFixed(0)} ms (${reimport.value.changes.length} changes)`,
);
console.log(`peak RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
