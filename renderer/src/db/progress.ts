import { CONFIRMED_STATUSES, SEGMENT_STATUSES, type ProjectDocument } from '../../../core/model';

export interface Progress {
  segmentsDone: number;
  segmentsTotal: number;
  wordsDone: number;
  wordsTotal: number;
}

/** Progress figures from the counters kept with every segment write: no table is read. */
export function progressOf(doc: Pick<ProjectDocument, 'stats'>): Progress {
  const progress: Progress = { segmentsDone: 0, segmentsTotal: 0, wordsDone: 0, wordsTotal: 0 };
  for (const status of SEGMENT_STATUSES) {
    const { segments, words } = doc.stats[status];
    progress.segmentsTotal += segments;
    progress.wordsTotal += words;
    if (CONFIRMED_STATUSES.includes(status)) {
      progress.segmentsDone += segments;
      progress.wordsDone += words;
    }
  }
  return progress;
}
