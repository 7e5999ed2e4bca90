import type { ImportPreview, MergeDecision, MergePlan, MergeStatus, PreviewEntry } from '../../../../glossary/merge';

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

/** Figures of an applied plan, for the status line. */
export function planFigures(plan: MergePlan): { added: number; replaced: number; removed: number; kept: number } {
  return { added: plan.add.length, replaced: plan.update.length, removed: plan.remove.length, kept: plan.kept };
}
