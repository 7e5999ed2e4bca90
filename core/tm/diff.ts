import { diffWords } from 'diff';

/**
 * What a translator needs to see in a fuzzy match: where the memory's source differs from the
 * segment being translated. Words only in the memory's source are `removed` (the segment does
 * not have them), words only in the current source are `added` (the match lacks them).
 */
export interface SourceDiffPart {
  text: string;
  kind: 'same' | 'removed' | 'added';
}

/** Beyond this many edits the texts share too little for a diff to help: shown as plain text. */
const MAX_EDITS = 400;

export function diffSources(tmSource: string, currentSource: string): SourceDiffPart[] {
  if (tmSource === currentSource) return [{ text: tmSource, kind: 'same' }];
  const changes = diffWords(tmSource, currentSource, { ignoreCase: false, maxEditLength: MAX_EDITS });
  if (!changes) return [{ text: tmSource, kind: 'same' }];
  const parts: SourceDiffPart[] = [];
  for (const change of changes) {
    const kind: SourceDiffPart['kind'] = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += change.value;
    else if (change.value) parts.push({ text: change.value, kind });
  }
  return parts;
}
