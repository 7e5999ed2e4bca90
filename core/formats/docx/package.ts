import { PadananError } from '../../errors';
import { childElements, parseXml } from '../../xml/index';
import { openZip, type ZipArchive } from '../../zip/index';

/** WordprocessingML main namespace. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_REL_BASE = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

export type DocxPartRole = 'document' | 'footnotes' | 'endnotes' | 'header' | 'footer';

export interface DocxPart {
  name: string;
  role: DocxPartRole;
}

export interface DocxPackage {
  zip: ZipArchive;
  /** Parts with translatable paragraphs, in reading order: body, footnotes, endnotes, headers, footers. */
  parts: DocxPart[];
}

/** Opens a .docx file and finds its text parts; a ZIP that is not a Word document is refused. */
export function openDocx(bytes: Uint8Array, fileName: string): DocxPackage {
  const zip = openZip(bytes, { fileName });
  const notDocx = (why: string): never => {
    throw new PadananError('docx.notDocx', `${fileName || 'The file'} is not a Word document (${why}).`, { file: fileName, detail: why });
  };
  if (!zip.has('[Content_Types].xml')) notDocx('no [Content_Types].xml');
  if (!zip.has('_rels/.rels')) notDocx('no package relationships');
  const rootRels = readRels(zip, '_rels/.rels', '', fileName);
  const main = rootRels.find((r) => r.type === 'officeDocument');
  if (!main || !zip.has(main.target)) notDocx('no main document part');
  const mainName = main!.target;
  const rels = readRels(zip, relsNameOf(mainName), dirOf(mainName), fileName);
  const parts: DocxPart[] = [{ name: mainName, role: 'document' }];
  for (const role of ['footnotes', 'endnotes', 'header', 'footer'] as const) {
    for (const r of rels) if (r.type === role && zip.has(r.target) && !parts.some((p) => p.name === r.target)) parts.push({ name: r.target, role });
  }
  return { zip, parts };
}

interface Relationship {
  id: string;
  /** Last path segment of the relationship type URI ('officeDocument', 'header', …). */
  type: string;
  /** Resolved part name inside the package (no leading slash). */
  target: string;
}

function readRels(zip: ZipArchive, name: string, baseDir: string, fileName: string): Relationship[] {
  if (!zip.has(name)) return [];
  const root = parseXml(zip.read(name), { fileName: `${fileName} (${name})` });
  const out: Relationship[] = [];
  for (const rel of childElements(root, 'Relationship')) {
    if (rel.attrs.TargetMode === 'External') continue;
    const type = rel.attrs.Type ?? '';
    if (!type.startsWith(REL_BASE) && !type.startsWith(STRICT_REL_BASE)) continue;
    out.push({ id: rel.attrs.Id ?? '', type: type.slice(type.lastIndexOf('/') + 1), target: resolvePart(baseDir, rel.attrs.Target ?? '') });
  }
  return out;
}

function resolvePart(baseDir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : baseDir + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

function dirOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

function relsNameOf(part: string): string {
  const dir = dirOf(part);
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}
