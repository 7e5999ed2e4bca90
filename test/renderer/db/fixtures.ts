import 'fake-indexeddb/auto';
import type { ImportedDocument } from '../../../core/formats/types';
import type { SegmentDraft, SegmentStatus } from '../../../core/model';
import { PadananDb } from '../../../renderer/src/db/schema';
import { prng } from '../../support/prng';

let counter = 0;

/** A fresh, empty database with a unique name (fake-indexeddb keeps databases per process). */
export function freshDb(): PadananDb {
  counter++;
  return new PadananDb(`padanan-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Deterministic PRNG so random edit sequences are reproducible. */
export { prng };

const WORDS =
  'pemerintah kabupaten menyatakan bahwa banjir yang melanda wilayah itu telah surut namun warga diminta tetap waspada terhadap kemungkinan hujan deras negara-negara anggota sepakat meningkatkan kerja sama ekonomi di kawasan Asia Tenggara'.split(
    ' ',
  );

/** An Indonesian-like sentence of 4–20 words. */
export function sentence(random: () => number): string {
  const n = 4 + Math.floor(random() * 17);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(random() * WORDS.length)]!);
  const text = words.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

/** A parsed document of `count` segments, all new unless `status` says otherwise. */
export function makeImported(count: number, seed = 1, status: (i: number) => SegmentStatus = () => 'new'): ImportedDocument {
  const random = prng(seed);
  const segments: SegmentDraft[] = [];
  for (let i = 0; i < count; i++) {
    const st = status(i);
    segments.push({
      index: i,
      unitId: String(i + 1),
      paragraph: Math.floor(i / 3),
      source: sentence(random),
      target: st === 'new' ? '' : `Translation ${i + 1}.`,
      status: st,
      note: '',
      gapAfter: i % 3 === 2 ? '\n' : ' ',
      updatedAt: 1,
    });
  }
  return { format: 'txt', skeleton: { kind: 'txt', leading: '', data: { encoding: 'utf-8', bom: false } }, segments };
}
