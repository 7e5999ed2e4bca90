import type { InlineTagKind } from '../model';
import { balancedPairs, tagSequence } from './inlineTags';

/** One tag, as its character encodes it. */
export interface TagRef {
  kind: InlineTagKind;
  n: number;
}

export interface TagCheck {
  /** True when the target has exactly the source's tags, every pair properly nested. */
  ok: boolean;
  /** Source tags the target lacks (in source order; a repeated tag counts each time). */
  missing: TagRef[];
  /** Target tags the source does not have, or has fewer times (in target order). */
  extra: TagRef[];
  /**
   * Pairs that are whole in the target but cannot be written back as a pair: the close comes
   * before the open, or the pair crosses another one. Pairs moved around as a whole are fine
   * (English word order differs from Indonesian).
   */
  misordered: TagRef[];
}

/**
 * Compares the inline tags of a translation with its source's. Pure, for the editor's row warning,
 * the review re-import and QA.
 */
export function checkTags(source: string, target: string): TagCheck {
  const sourceTags = tagSequence(source);
  const targetTags = tagSequence(target);
  const key = (t: TagRef) => `${t.kind}:${t.n}`;

  const available = new Map<string, number>();
  for (const t of sourceTags) available.set(key(t), (available.get(key(t)) ?? 0) + 1);
  const extra: TagRef[] = [];
  for (const t of targetTags) {
    const left = available.get(key(t)) ?? 0;
    if (left > 0) available.set(key(t), left - 1);
    else extra.push({ kind: t.kind, n: t.n });
  }
  const missing: TagRef[] = [];
  for (const t of sourceTags) {
    const left = available.get(key(t)) ?? 0;
    if (left > 0) {
      available.set(key(t), left - 1);
      missing.push({ kind: t.kind, n: t.n });
    }
  }

  const paired = balancedPairs(target);
  const closes = new Set<number>();
  for (const t of targetTags) if (t.kind === 'close') closes.add(t.n);
  const misordered: TagRef[] = [];
  for (const t of targetTags) {
    if (t.kind !== 'open' || !closes.has(t.n) || paired.has(t.n)) continue;
    if (misordered.some((m) => m.n === t.n)) continue;
    misordered.push({ kind: 'open', n: t.n });
  }
  return { ok: missing.length === 0 && extra.length === 0 && misordered.length === 0, missing, extra, misordered };
}
