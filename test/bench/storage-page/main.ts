/**
 * The storage bench page: real renderer/src/db modules and the real import worker, in Chromium.
 * storage.bench.ts calls window.storageBench.* through Playwright and prints the figures.
 */
import { isPadananError } from '../../../core/errors';
import type { ImportedDocument } from '../../../core/formats/types';
import type { SegmentDraft } from '../../../core/model';
import { openPadananDb } from '../../../renderer/src/db/database';
import { deleteDocument, getDocument, storeImportedDocument } from '../../../renderer/src/db/documents';
import { progressOf, type Progress } from '../../../renderer/src/db/progress';
import { createProject } from '../../../renderer/src/db/projects';
import { readAllSegments, readSegmentWindow, saveTarget, setSegmentStatus } from '../../../renderer/src/db/segments';
import { loadPosition, savePosition } from '../../../renderer/src/db/settings';
import { parseDocumentInWorker } from '../../../renderer/src/workers/parseDocument';
import { prng } from '../../support/prng';

const DB_NAME = 'padanan-storage-bench';
const db = openPadananDb(DB_NAME);

export interface ImportFigures {
  documentId: string;
  segmentCount: number;
  wordCount: number;
  megabytes: number;
  generateMs: number;
  parseMs: number;
  storeMs: number;
  progressCalls: number;
}

export interface FirstScreenFigures {
  /** From navigation start (page load included) to the first window read. */
  sinceNavigationMs: number;
  totalMs: number;
  openMs: number;
  documentMs: number;
  windowMs: number;
  rows: number;
  progress: Progress;
}

export interface StorageBench {
  reset(): Promise<void>;
  /** Generates an Indonesian-like .txt file, parses it in the worker (when `viaWorker`) and stores it. */
  importDocument(segments: number, viaWorker: boolean): Promise<ImportFigures>;
  /** After a page reload: open the database, restore the position, read the document and its first window. */
  firstScreen(): Promise<FirstScreenFigures>;
  windowReads(documentId: string, from: number, to: number, reads: number, size: number): Promise<number[]>;
  progressReads(documentId: string, reads: number): Promise<number[]>;
  keystrokes(documentId: string, firstSegment: number, count: number): Promise<number[]>;
  confirms(documentId: string, firstSegment: number, count: number): Promise<number[]>;
  /** Parses an empty and a binary file in the real worker: the codes that came back as PadananErrors. */
  workerErrors(): Promise<string[]>;
  /** Reads every segment (what export does), then deletes the document; both timed. */
  readAllThenDelete(documentId: string): Promise<{ readAllMs: number; segments: number; deleteMs: number }>;
}

declare global {
  interface Window {
    storageBench: StorageBench;
    /** Set when the page is opened with ?first-screen: the first screen measured right at load. */
    firstScreenAtLoad?: Promise<FirstScreenFigures>;
  }
}

const bench: StorageBench = {
  async reset() {
    db.close();
    await openPadananDb(DB_NAME).delete();
    await db.open();
  },

  async importDocument(segments, viaWorker) {
    const project = await createProject(db, `Bench ${segments}`);
    let t = performance.now();
    const text = generateText(segments, 20_240_905);
    const bytes = new TextEncoder().encode(text);
    const generateMs = performance.now() - t;
    t = performance.now();
    const imported = viaWorker ? await parseDocumentInWorker({ name: 'berita-besar.txt', bytes }) : parseOnThisThread(text);
    const parseMs = viaWorker ? performance.now() - t : 0;
    let progressCalls = 0;
    t = performance.now();
    const doc = await storeImportedDocument(db, project.id, 'berita-besar.txt', imported, () => progressCalls++);
    const storeMs = performance.now() - t;
    await savePosition(db, { projectId: project.id, documentId: doc.id, segmentIndex: 0 });
    return {
      documentId: doc.id,
      segmentCount: doc.segmentCount,
      wordCount: doc.wordCount,
      megabytes: bytes.length / 2 ** 20,
      generateMs,
      parseMs,
      storeMs,
      progressCalls,
    };
  },

  async firstScreen() {
    const t0 = performance.now();
    const fresh = openPadananDb(DB_NAME);
    await fresh.open();
    const t1 = performance.now();
    const position = await loadPosition(fresh);
    if (!position) throw new Error('no saved position');
    const doc = await getDocument(fresh, position.documentId);
    if (!doc) throw new Error('document missing');
    const progress = progressOf(doc);
    const t2 = performance.now();
    const rows = await readSegmentWindow(fresh, doc.id, position.segmentIndex, 200);
    const t3 = performance.now();
    fresh.close();
    return { sinceNavigationMs: t3, totalMs: t3 - t0, openMs: t1 - t0, documentMs: t2 - t1, windowMs: t3 - t2, rows: rows.length, progress };
  },

  async windowReads(documentId, from, to, reads, size) {
    const random = prng(from + 17);
    const times: number[] = [];
    for (let i = 0; i < reads; i++) {
      const start = from + Math.floor(random() * Math.max(1, to - from - size));
      const t = performance.now();
      const rows = await readSegmentWindow(db, documentId, start, size);
      times.push(performance.now() - t);
      if (rows.length !== size) throw new Error(`window at ${start} returned ${rows.length} rows`);
    }
    return times;
  },

  async progressReads(documentId, reads) {
    const times: number[] = [];
    for (let i = 0; i < reads; i++) {
      const t = performance.now();
      const doc = await getDocument(db, documentId);
      progressOf(doc!);
      times.push(performance.now() - t);
    }
    return times;
  },

  async keystrokes(documentId, firstSegment, count) {
    const typed = 'The regent said on Tuesday that the flood waters had receded, but residents should stay alert.';
    const times: number[] = [];
    let segment = firstSegment;
    let length = 0;
    for (let i = 0; i < count; i++) {
      if (length === typed.length) {
        segment++;
        length = 0;
      }
      length++;
      const t = performance.now();
      await saveTarget(db, documentId, segment, typed.slice(0, length));
      times.push(performance.now() - t);
    }
    return times;
  },

  async confirms(documentId, firstSegment, count) {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      await saveTarget(db, documentId, firstSegment + i, `Sentence ${firstSegment + i} in English.`);
      const t = performance.now();
      await setSegmentStatus(db, documentId, firstSegment + i, 'translated', 'bench');
      times.push(performance.now() - t);
    }
    return times;
  },

  async workerErrors() {
    const codes: string[] = [];
    for (const bytes of [new Uint8Array(), new Uint8Array([0x50, 0x4b, 0, 3, 0, 0])]) {
      const error = await parseDocumentInWorker({ name: 'bad.txt', bytes }).then(
        () => undefined,
        (e: unknown) => e,
      );
      codes.push(isPadananError(error) ? error.code : `not a PadananError: ${String(error)}`);
    }
    return codes;
  },

  async readAllThenDelete(documentId) {
    let t = performance.now();
    const all = await readAllSegments(db, documentId);
    const readAllMs = performance.now() - t;
    t = performance.now();
    await deleteDocument(db, documentId);
    return { readAllMs, segments: all.length, deleteMs: performance.now() - t };
  },
};

window.storageBench = bench;
if (new URLSearchParams(location.search).has('first-screen')) window.firstScreenAtLoad = bench.firstScreen();

/** Mirrors the txt codec's output without a worker (used for the 500k document to save time). */
function parseOnThisThread(text: string): ImportedDocument {
  const segments: SegmentDraft[] = [];
  let paragraph = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    const sentences = line.split(/(?<=\.) (?=\p{Lu})/u);
    for (const source of sentences) {
      const index = segments.length;
      segments.push({ index, unitId: String(index + 1), paragraph, source, target: '', status: 'new', note: '', gapAfter: ' ', updatedAt: 0 });
    }
    segments[segments.length - 1]!.gapAfter = '\n';
    paragraph++;
  }
  return { format: 'txt', skeleton: { kind: 'txt', leading: '', data: { encoding: 'utf-8', bom: false } }, segments };
}

const VOCABULARY = (
  'yang dan di ke dari untuk dengan pada ini itu dalam tidak akan juga oleh sebagai telah bahwa para atau ' +
  'pemerintah kabupaten menyatakan banjir melanda wilayah surut namun warga diminta tetap waspada terhadap ' +
  'kemungkinan hujan deras negara-negara anggota sepakat meningkatkan kerja sama ekonomi kawasan harga beras ' +
  'naik persen menurut data badan pusat statistik presiden meresmikan jembatan baru menghubungkan dua provinsi ' +
  'sekolah rumah sakit jalan raya petani nelayan pasar tradisional pedagang kecil menengah perusahaan tambang ' +
  'lingkungan hidup hutan lindung sungai laut pulau kota desa kecamatan kepala dinas kesehatan pendidikan ' +
  'menteri keuangan anggaran tahun depan rapat dewan perwakilan rakyat daerah gubernur bupati wali kota ' +
  'mengatakan menjelaskan menambahkan menurutnya sejumlah beberapa banyak sedikit besar kecil tinggi rendah'
).split(' ');
const NAMES = ['Jakarta', 'Surabaya', 'Indonesia', 'Kalimantan', 'Sulawesi', 'Bank Indonesia', 'Asia Tenggara', 'Bandung'];

/** Text whose every sentence the naive segmenter and the txt codec turn into exactly one segment. */
function generateText(sentences: number, seed: number): string {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const lines: string[] = [];
  let made = 0;
  while (made < sentences) {
    const inParagraph = Math.min(sentences - made, 1 + Math.floor(random() * 5));
    const paragraph: string[] = [];
    for (let s = 0; s < inParagraph; s++) {
      const words: string[] = [];
      const n = 6 + Math.floor(random() * 19);
      for (let w = 0; w < n; w++) {
        const r = w === 0 ? 1 : random();
        if (r < 0.06) words.push(pick(NAMES));
        else if (r < 0.08) words.push(`${1 + Math.floor(random() * 999)}.${String(Math.floor(random() * 1000)).padStart(3, '0')},5`);
        else if (r < 0.09) words.push(`(${1 + Math.floor(random() * 28)}/${1 + Math.floor(random() * 12)}/2023)`);
        else words.push(pick(VOCABULARY));
      }
      const sentence = words.join(' ');
      paragraph.push(sentence[0]!.toUpperCase() + sentence.slice(1) + '.');
    }
    made += inParagraph;
    lines.push(paragraph.join(' '));
  }
  return lines.join('\n') + '\n';
}
