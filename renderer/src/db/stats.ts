import { SEGMENT_STATUSES, type DocumentStats, type Segment, type SegmentStatus } from '../../../core/model';
import { countWords } from '../../../core/text/words';

/** Words of a segment for progress: the Indonesian source words, as translators are billed. */
export function segmentWords(segment: Pick<Segment, 'source'>): number {
  return countWords(segment.source);
}

export function emptyStats(): DocumentStats {
  const stats = {} as DocumentStats;
  for (const status of SEGMENT_STATUSES) stats[status] = { segments: 0, words: 0 };
  return stats;
}

/** Recounts stats from segments (import, and the consistency tests). */
export function statsOf(segments: readonly Pick<Segment, 'source' | 'status'>[]): DocumentStats {
  const stats = emptyStats();
  for (const s of segments) {
    const entry = stats[s.status];
    entry.segments++;
    entry.words += segmentWords(s);
  }
  return stats;
}

/** Stats after one segment of `words` words moved from one status to another (a new object). */
export function moveInStats(stats: DocumentStats, from: SegmentStatus, to: SegmentStatus, words: number): DocumentStats {
  if (from === to) return stats;
  const next = { ...stats, [from]: { ...stats[from] }, [to]: { ...stats[to] } };
  next[from].segments--;
  next[from].words -= words;
  next[to].segments++;
  next[to].words += words;
  return next;
}
