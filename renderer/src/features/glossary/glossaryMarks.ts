import type { Term } from '../../../../core/model';
import type { TermMatch } from '../../../../glossary/match/index';
import type { SourceMark } from '../editor/plugins';

export const MARK_CLASS = 'glossary-mark';
export const FORBIDDEN_MARK_CLASS = 'glossary-mark glossary-mark-forbidden';

/**
 * The source highlights of a segment's matches: one mark per matched span whose title is the
 * English equivalent (several entries on one span — homographs — are joined with " / "). A
 * forbidden entry's title says so (`forbidden(target)`), and a span with only forbidden entries
 * is styled apart.
 */
export function glossaryMarks(matches: readonly TermMatch[], forbidden: (target: string) => string): SourceMark[] {
  const marks: SourceMark[] = [];
  let i = 0;
  while (i < matches.length) {
    const first = matches[i]!;
    const terms: Term[] = [];
    let j = i;
    for (; j < matches.length && matches[j]!.start === first.start && matches[j]!.end === first.end; j++) terms.push(matches[j]!.term);
    const titles = unique(terms.map((t) => (t.forbidden ? forbidden(t.target) : t.target)));
    marks.push({
      start: first.start,
      end: first.end,
      title: titles.join(' / '),
      className: terms.every((t) => t.forbidden) ? FORBIDDEN_MARK_CLASS : MARK_CLASS,
    });
    i = j;
  }
  return marks;
}

/** A glossary entry found in the current segment, as the panel lists it. */
export interface PanelEntry {
  key: string;
  match: TermMatch;
  /** The text of the segment that matched. */
  found: string;
  /** 1…9 for the entries that Alt+1…9 inserts (not forbidden ones); undefined beyond 9. */
  number?: number;
}

/**
 * The panel's list: every match in text order, the same entry once (the first place it occurs).
 * Insertable entries are numbered 1…9 in that order; forbidden ones get no number, since their
 * English is what must not be written.
 */
export function panelEntries(source: string, matches: readonly TermMatch[]): PanelEntry[] {
  const seen = new Set<string>();
  const entries: PanelEntry[] = [];
  let n = 0;
  for (const match of matches) {
    const id = termKey(match.term);
    if (seen.has(id)) continue;
    seen.add(id);
    const entry: PanelEntry = { key: `${id}@${match.start}`, match, found: source.slice(match.start, match.end) };
    if (!match.term.forbidden && n < 9) entry.number = ++n;
    entries.push(entry);
  }
  return entries;
}

/** The entry Alt+`n` inserts. */
export function entryForNumber(entries: readonly PanelEntry[], n: number): PanelEntry | undefined {
  return entries.find((e) => e.number === n);
}

function termKey(term: Term): string {
  return term.id !== undefined ? `${term.packId}#${term.id}` : `${term.packId}#${term.source}\u0000${term.target}`;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
