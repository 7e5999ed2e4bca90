/**
 * Names of exported files, derived from the document's name so that an output sits beside its
 * source in a file listing and never overwrites it.
 */

/** "C:\\docs\\berita.final.docx" → "berita.final"; a name without a stem → "document". */
export function fileStem(documentName: string): string {
  const base = baseName(documentName);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base) || 'document';
}

/** "berita.txt" → "berita.en.txt": the translation, marked with its language. */
export function exportFileName(documentName: string, extension: string, suffix = 'en'): string {
  return `${fileStem(documentName)}.${suffix}.${extension}`;
}

/**
 * A bilingual or derived output: "artikel.docx" → "artikel.xlf", with a suffix "artikel.review.docx".
 * When that would be the document's own name (an XLIFF exported as XLIFF), the language goes in
 * too ("artikel.en.xlf").
 */
export function derivedFileName(documentName: string, extension: string, suffix?: string): string {
  const name = `${fileStem(documentName)}${suffix ? `.${suffix}` : ''}.${extension}`;
  return name.toLowerCase() === baseName(documentName).toLowerCase() ? exportFileName(documentName, extension) : name;
}

function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}
