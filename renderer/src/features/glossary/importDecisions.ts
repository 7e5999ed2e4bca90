import type { ImportPreview, MergeDecision, MergeStatus, PreviewEntry } from '../../../../glossary/merge';
import type { ImportDecisions } from '../../workers/glossaryProtocol';

/** The preview's entries grouped by status, in preview order. */
export function entriesByStatus(preview: ImportPreview): Record<MergeStatus, PreviewEntry[]> {
  const groups: Record<MergeStatus, PreviewEntry[]> = { new: [], identical: [], changed: [], conflict: [], removed: [] };
  for (const entry of preview.entries) groups[entry.status].push(entry);
  return groups;
}

/** "Apply to all": the decision for every entry that offers it (others keep theirs). */
export function setAll(decisions: ReadonlyMap<number, MergeDecision>, entries: readonly PreviewEntry[], decision: MergeDecision): Map<number, MergeDecision> {
  const next = new Map(decisions);
  for (const entry of entries) if (entry.choices.includes(decision)) next.set(entry.key, decision);
  return next;
}

/** The dialog's decisions as the worker takes them. */
export function toImportDecisions(byKey: ReadonlyMap<number, MergeDecision>, byStatus: Partial<Record<MergeStatus, MergeDecision>>): ImportDecisions {
  return { byKey: [...byKey], byStatus: { ...byStatus } };
}
