import { zipSync, type Zippable } from 'fflate';

export interface ZipWriteEntry {
  name: string;
  data: Uint8Array;
  /** Store without compression (already-compressed media). */
  store?: boolean;
}

// A fixed timestamp keeps exports byte-for-byte reproducible (goldens, diffs between exports).
const FIXED_MTIME = new Date(Date.UTC(2020, 0, 1));

/** Writes entries, in the given order, into a ZIP archive. */
export function writeZip(entries: readonly ZipWriteEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const e of entries) files[e.name] = [e.data, { level: e.store ? 0 : 6, mtime: FIXED_MTIME }];
  return zipSync(files);
}
