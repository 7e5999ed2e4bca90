/**
 * What the translator selected for a new glossary term: text selected in a segment's source
 * (the document selection, inside a source cell), and text selected in the active segment's draft
 * (a textarea keeps its selection after it loses focus, so both can be selected at once: first
 * the English in the draft, then the Indonesian in the source).
 */
export function readTermSelection(doc: Document, activeIndex: number): { source: string; target: string } {
  return { source: selectedSource(doc), target: selectedDraft(doc, activeIndex) };
}

/** Selected text inside source cells (`.cell-source`), spaces collapsed; '' when there is none. */
export function selectedSource(doc: Document): string {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  if (!insideSource(selection.anchorNode) || !insideSource(selection.focusNode)) return '';
  return cleanSelection(selection.toString());
}

/** The selected part of the active segment's draft; '' when nothing is selected there. */
export function selectedDraft(doc: Document, activeIndex: number): string {
  const box = doc.querySelector<HTMLTextAreaElement>(`[role="row"][data-index="${activeIndex}"] textarea`);
  if (!box || box.selectionStart === box.selectionEnd) return '';
  return cleanSelection(box.value.slice(box.selectionStart, box.selectionEnd));
}

/** Trims, collapses white space and drops inline tags (characters or their ⟨1⟩ labels) and the surrounding punctuation a word selection drags along. */
export function cleanSelection(text: string): string {
  return text
    .replace(/[\ue000-\ue2ff]|⟨\d+⟩?|\d+⟩/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'“”‘’«»([{]+|[\s"'“”‘’«»)\]},.;:!?]+$/gu, '');
}

function insideSource(node: Node | null): boolean {
  const element = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return !!element?.closest('.cell-source');
}
