import { describe, expect, it } from 'vitest';
import { freshDb, makeImported, prng } from './fixtures';
import { isPadananError } from '../../../core/errors';
import { txtCodec } from '../../../core/formats/txt';
import { mdCodec } from '../../../core/formats/md';
import { htmlCodec } from '../../../core/formats/html';
import type { DocumentCodec } from '../../../core/formats/types';
import type { ProjectDocument, Segment } from '../../../core/model';
import { createDefaultSegmenter, createSegmenter, defaultSrxDocument, serializeSrx, withNoBreakAbbreviation } from '../../../core/segment/index';
import { createProject } from '../../../renderer/src/db/projects';
import { getDocument, storeImportedDocument } from '../../../renderer/src/db/documents';
import { readAllSegments, readRevisions, readSegmentWindow, saveTarget, setSegmentStatus } from '../../../renderer/src/db/segments';
import { joinWithNext, resegmentDocument, splitSegmentAt } from '../../../renderer/src/db/segmentEditing';
import { statsOf } from '../../../renderer/src/db/stats';
import { PadananDb } from '../../../renderer/src/db/schema';

const TEXT = [
  'Banjir merendam ratusan rumah di Kabupaten Bandung pada Senin (4/3/2024). Warga mulai mengungsi ke balai desa sejak pagi.',
  '',
  'Kepala BPBD Jawa Barat, Dr. Dani Ramdan, mengatakan ketinggian air mencapai 1,5 meter. Bantuan senilai Rp1,2 miliar sudah disalurkan.',
  '',
  'Rapat dipimpin Dirut. Ahmad Santoso di Jakarta. Semua direktur hadir; dua komisaris berhalangan.',
  'Pemerintah daerah meminta warga tetap waspada.',
  '',
].join('\r\n');

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function importText(text = TEXT, codec: DocumentCodec = txtCodec, name = 'berita.txt', db: PadananDb = freshDb()) {
  const project = await createProject(db, 'P');
  const imported = codec.read(encode(text), { fileName: name, segmenter: createDefaultSegmenter(), now: 1 });
  const doc = await storeImportedDocument(db, project.id, name, imported);
  return { db, doc, project, codec };
}

async function exported(db: PadananDb, doc: ProjectDocument, codec: DocumentCodec = txtCodec): Promise<string> {
  const current = (await getDocument(db, doc.id))!;
  return decode(codec.writeTranslation(current.skeleton, await readAllSegments(db, doc.id)));
}

/** Everything that must hold after any edit: exact counters, contiguous indices, unique ids, blocks of 100. */
async function expectConsistent(db: PadananDb, documentId: string): Promise<Segment[]> {
  const doc = (await getDocument(db, documentId))!;
  const segments = await readAllSegments(db, documentId);
  expect(doc.stats).toEqual(statsOf(segments));
  expect(doc.segmentCount).toBe(segments.length);
  expect(doc.wordCount).toBe(Object.values(doc.stats).reduce((n, s) => n + s.words, 0));
  expect(segments.map((s) => s.index)).toEqual(segments.map((_, i) => i));
  expect(new Set(segments.map((s) => s.unitId)).size).toBe(segments.length);
  for (const s of segments) {
    expect(s.documentId).toBe(documentId);
    expect(Number(s.unitId)).toBeLessThan(doc.nextUnitId);
  }
  const blocks = await db.segmentBlocks.where('[documentId+block]').between([documentId, 0], [documentId, Infinity]).toArray();
  blocks.forEach((b, i) => {
    expect(b.block).toBe(i);
    if (i < blocks.length - 1) expect(b.segments.length).toBe(100);
  });
  return segments;
}

async function snapshot(db: PadananDb, documentId: string) {
  return {
    doc: await db.documents.get(documentId),
    blocks: await db.segmentBlocks.toArray(),
    revisions: await db.revisions.toArray(),
    comments: await db.comments.toArray(),
  };
}

describe('splitSegmentAt', () => {
  it('splits at the caret, keeps the gap, gives the second part a new unitId and keeps the export exact', async () => {
    const { db, doc } = await importText();
    const before = await readAllSegments(db, doc.id);
    expect(before[0]!.source).toBe('Banjir merendam ratusan rumah di Kabupaten Bandung pada Senin (4/3/2024).');
    const at = before[0]!.source.indexOf(' pada');
    const result = await splitSegmentAt(db, doc.id, 0, at, { author: 'Ayu' });
    expect(result.segmentCount).toBe(before.length + 1);
    const after = await expectConsistent(db, doc.id);
    expect(after.map((s) => s.source).slice(0, 3)).toEqual([
      'Banjir merendam ratusan rumah di Kabupaten Bandung',
      'pada Senin (4/3/2024).',
      'Warga mulai mengungsi ke balai desa sejak pagi.',
    ]);
    expect(after[0]!.gapAfter).toBe(' ');
    expect(after[0]!.unitId).toBe(before[0]!.unitId);
    expect(after[1]!.unitId).toBe(String(doc.nextUnitId));
    expect(after[1]!.paragraph).toBe(before[0]!.paragraph);
    expect(after.slice(2).map((s) => s.unitId)).toEqual(before.slice(1).map((s) => s.unitId));
    expect((await getDocument(db, doc.id))!.nextUnitId).toBe(doc.nextUnitId + 1);
    expect(await exported(db, doc)).toBe(TEXT);
    // Both parts get a revision.
    expect((await readRevisions(db, doc.id, after[1]!.unitId)).map((r) => r.author)).toEqual(['Ayu']);
    expect(await readRevisions(db, doc.id, after[0]!.unitId)).toHaveLength(1);
  });

  it('survives closing and reopening the database', async () => {
    const { db, doc } = await importText();
    await splitSegmentAt(db, doc.id, 1, 6);
    const expected = await readAllSegments(db, doc.id);
    db.close();
    const reopened = new PadananDb(db.name);
    expect(await readAllSegments(reopened, doc.id)).toEqual(expected);
    expect(await exported(reopened, doc)).toBe(TEXT);
    reopened.close();
  });

  it('keeps the translation with the first part by default, or divides it where asked', async () => {
    const { db, doc } = await importText();
    await saveTarget(db, doc.id, 0, 'Floods submerged hundreds of houses in Bandung Regency on Monday.');
    await setSegmentStatus(db, doc.id, 0, 'translated', 'Ayu');
    const source = (await readSegmentWindow(db, doc.id, 0, 1))[0]!.source;
    await splitSegmentAt(db, doc.id, 0, source.indexOf(' pada'));
    let [a, b] = await readSegmentWindow(db, doc.id, 0, 2);
    expect([a!.target, a!.status, b!.target, b!.status]).toEqual(['Floods submerged hundreds of houses in Bandung Regency on Monday.', 'draft', '', 'new']);
    await expectConsistent(db, doc.id);

    await joinWithNext(db, doc.id, 0);
    const target = 'Floods submerged hundreds of houses in Bandung Regency on Monday.';
    await splitSegmentAt(db, doc.id, 0, source.indexOf(' pada'), { targetOffset: target.indexOf(' on Monday') });
    [a, b] = await readSegmentWindow(db, doc.id, 0, 2);
    expect([a!.target, a!.status, b!.target, b!.status]).toEqual(['Floods submerged hundreds of houses in Bandung Regency', 'draft', 'on Monday.', 'draft']);
    await expectConsistent(db, doc.id);
  });

  it('refuses a cut at the edge, a locked segment and a missing segment, changing nothing', async () => {
    const { db, doc } = await importText();
    const before = await snapshot(db, doc.id);
    for (const [index, offset, code] of [
      [0, 0, 'segment.split.offset'],
      [0, 1000, 'segment.split.offset'],
      [0, 1.5, 'segment.split.offset'],
      [99, 3, 'storage.segmentMissing'],
      [-1, 3, 'storage.segmentMissing'],
    ] as const) {
      const error = await splitSegmentAt(db, doc.id, index, offset).catch((e: unknown) => e);
      expect(isPadananError(error) && error.code, `${index}/${offset}`).toBe(code);
    }
    expect(await snapshot(db, doc.id)).toEqual(before);

    const locked = makeImported(3);
    locked.segments[1]!.locked = true;
    const project = await createProject(db, 'L');
    const lockedDoc = await storeImportedDocument(db, project.id, 'l.txt', locked);
    const error = await splitSegmentAt(db, lockedDoc.id, 1, 5).catch((e: unknown) => e);
    expect(isPadananError(error) && error.code).toBe('segment.locked');
  });

  it('is all-or-nothing: a failure after the blocks were written leaves the document as it was', async () => {
    const { db, doc } = await importText();
    const before = await snapshot(db, doc.id);
    const failRevision = () => {
      throw new Error('disk on fire');
    };
    db.revisions.hook('creating', failRevision);
    await expect(splitSegmentAt(db, doc.id, 0, 10)).rejects.toThrow('disk on fire');
    await expect(joinWithNext(db, doc.id, 0)).rejects.toThrow('disk on fire');
    db.revisions.hook('creating').unsubscribe(failRevision);
    expect(await snapshot(db, doc.id)).toEqual(before);
  });
});

describe('joinWithNext', () => {
  it('joins two sentences of a paragraph with the gap between them, sources and translations', async () => {
    const { db, doc } = await importText();
    await saveTarget(db, doc.id, 0, 'Floods hit Bandung.');
    await setSegmentStatus(db, doc.id, 0, 'reviewed', 'Ayu');
    await saveTarget(db, doc.id, 1, 'Residents fled.');
    await setSegmentStatus(db, doc.id, 1, 'translated', 'Ayu');
    await db.comments.add({ documentId: doc.id, unitId: '2', author: 'Budi', text: 'cek', at: 1 });
    const result = await joinWithNext(db, doc.id, 0, { author: 'Ayu' });
    const after = await expectConsistent(db, doc.id);
    expect(result.segmentCount).toBe(doc.segmentCount - 1);
    expect(after[0]).toMatchObject({
      unitId: '1',
      source: 'Banjir merendam ratusan rumah di Kabupaten Bandung pada Senin (4/3/2024). Warga mulai mengungsi ke balai desa sejak pagi.',
      target: 'Floods hit Bandung. Residents fled.',
      status: 'translated',
    });
    // The comment on the second segment now belongs to the joined one.
    expect((await db.comments.toArray()).map((c) => c.unitId)).toEqual(['1']);
    expect((await readRevisions(db, doc.id, '1')).at(-1)).toMatchObject({ author: 'Ayu', target: 'Floods hit Bandung. Residents fled.', status: 'translated' });
    expect(await exported(db, doc)).toBe(TEXT.replace(/^.*?\r\n/, 'Floods hit Bandung. Residents fled.\r\n'));
  });

  it('refuses to join across a paragraph break or after the last segment, changing nothing', async () => {
    const { db, doc } = await importText();
    const segments = await readAllSegments(db, doc.id);
    const lastOfParagraph = segments.findIndex((s, i) => segments[i + 1] && segments[i + 1]!.paragraph !== s.paragraph);
    const before = await snapshot(db, doc.id);
    const across = await joinWithNext(db, doc.id, lastOfParagraph).catch((e: unknown) => e);
    expect(isPadananError(across) && across.code).toBe('segment.join.paragraph');
    const last = await joinWithNext(db, doc.id, segments.length - 1).catch((e: unknown) => e);
    expect(isPadananError(last) && last.code).toBe('segmentation.join.last');
    expect(await snapshot(db, doc.id)).toEqual(before);
  });

  it('split then join gives back the original segments and text', async () => {
    const { db, doc } = await importText();
    const original = await readAllSegments(db, doc.id);
    await splitSegmentAt(db, doc.id, 2, 12);
    await joinWithNext(db, doc.id, 2);
    const back = await expectConsistent(db, doc.id);
    expect(back.map((s) => [s.source, s.gapAfter, s.unitId, s.paragraph])).toEqual(original.map((s) => [s.source, s.gapAfter, s.unitId, s.paragraph]));
    expect(await exported(db, doc)).toBe(TEXT);
  });
});

describe('split and join across storage blocks', () => {
  it('keeps 100-segment blocks, exact counters and the exported text through 300 random edits', async () => {
    const db = freshDb();
    const project = await createProject(db, 'P');
    const imported = makeImported(360, 7, (i) => (i % 5 === 0 ? 'translated' : i % 7 === 0 ? 'draft' : 'new'));
    const doc = await storeImportedDocument(db, project.id, 'big.txt', imported);
    const untranslated = (segments: Segment[]) => segments.map((s) => s.source + s.gapAfter).join('');
    expect(untranslated(await readAllSegments(db, doc.id))).toBe(imported.segments.map((s) => s.source + s.gapAfter).join(''));
    const random = prng(42);
    let splits = 0;
    let joins = 0;
    for (let step = 0; step < 300; step++) {
      const segments = await readAllSegments(db, doc.id);
      const index = Math.floor(random() * segments.length);
      const s = segments[index]!;
      if (random() < 0.5) {
        const spaces = [...s.source.matchAll(/ /g)].map((m) => m.index!);
        if (spaces.length === 0) continue;
        await splitSegmentAt(db, doc.id, index, spaces[Math.floor(random() * spaces.length)]!);
        splits++;
      } else if (segments[index + 1]?.paragraph === s.paragraph) {
        await joinWithNext(db, doc.id, index);
        joins++;
      }
      if (step % 50 === 0) await expectConsistent(db, doc.id);
    }
    const final = await expectConsistent(db, doc.id);
    expect(splits).toBeGreaterThan(100);
    expect(joins).toBeGreaterThan(50);
    expect(untranslated(final)).toBe(imported.segments.map((s) => s.source + s.gapAfter).join(''));
    // Windows read across the rewritten blocks agree with the whole document.
    expect(await readSegmentWindow(db, doc.id, 95, 10)).toEqual(final.slice(95, 105));
  });
});

describe('resegmentDocument', () => {
  const dirutRules = () => createSegmenter(serializeSrx(withNoBreakAbbreviation(defaultSrxDocument(), 'Dirut.')));
  const semicolonRules = () => {
    const doc = withNoBreakAbbreviation(defaultSrxDocument(), 'Dirut.');
    doc.languageRules[0]!.rules.unshift({ break: true, before: ';', after: '\\s' });
    return createSegmenter(doc);
  };

  it('re-segments with new rules, keeps unchanged segments and carries the others’ translations as drafts', async () => {
    const { db, doc } = await importText();
    const before = await readAllSegments(db, doc.id);
    const dirut = before.findIndex((s) => s.source === 'Rapat dipimpin Dirut.');
    expect(before[dirut + 1]!.source).toBe('Ahmad Santoso di Jakarta.');
    for (const s of before) {
      await saveTarget(db, doc.id, s.index, `EN ${s.index}`);
      await setSegmentStatus(db, doc.id, s.index, 'translated', 'Ayu');
    }
    await db.comments.add({ documentId: doc.id, unitId: before[dirut]!.unitId, author: 'Budi', text: 'cek', at: 1 });

    const translated = await readAllSegments(db, doc.id);
    const preview = await resegmentDocument(db, doc.id, semicolonRules(), { dryRun: true });
    expect(preview).toEqual({ before: before.length, after: before.length, kept: before.length - 3, carried: 2, lost: 0, changed: true });
    expect(await readAllSegments(db, doc.id)).toEqual(translated);

    const summary = await resegmentDocument(db, doc.id, semicolonRules(), { author: 'Ayu' });
    expect(summary).toEqual(preview);
    const after = await expectConsistent(db, doc.id);
    expect(after.slice(dirut, dirut + 3).map((s) => [s.source, s.target, s.status])).toEqual([
      ['Rapat dipimpin Dirut. Ahmad Santoso di Jakarta.', `EN ${dirut} EN ${dirut + 1}`, 'draft'],
      ['Semua direktur hadir;', `EN ${dirut + 2}`, 'draft'],
      ['dua komisaris berhalangan.', '', 'new'],
    ]);
    // The joined sentence keeps the first one's unit (and so its comment and history).
    expect(after[dirut]!.unitId).toBe(before[dirut]!.unitId);
    expect(after[dirut + 1]!.unitId).toBe(before[dirut + 2]!.unitId);
    expect(Number(after[dirut + 2]!.unitId)).toBeGreaterThanOrEqual(doc.nextUnitId);
    // Unchanged segments keep everything.
    for (const s of after.filter((x) => x.status === 'translated')) {
      const old = before.find((o) => o.unitId === s.unitId)!;
      expect([s.source, s.target]).toEqual([old.source, `EN ${old.index}`]);
    }
    expect((await readRevisions(db, doc.id, after[dirut]!.unitId)).at(-1)).toMatchObject({ status: 'draft', author: 'Ayu' });

    // Untranslated export is the original text, translated export has the carried translations.
    const untranslated = after.map((s) => ({ ...s, target: '' }));
    expect(decode(txtCodec.writeTranslation((await getDocument(db, doc.id))!.skeleton, untranslated))).toBe(TEXT);
  });

  it('writes nothing when the rules give the same segments, and refuses XLIFF documents', async () => {
    const { db, doc } = await importText();
    const before = await snapshot(db, doc.id);
    expect(await resegmentDocument(db, doc.id, createDefaultSegmenter())).toMatchObject({ changed: false, kept: before.doc!.segmentCount });
    expect(await snapshot(db, doc.id)).toEqual(before);

    const project = await createProject(db, 'X');
    const xliff = await storeImportedDocument(db, project.id, 'a.xlf', { ...makeImported(3), format: 'xliff12' });
    const error = await resegmentDocument(db, xliff.id, dirutRules()).catch((e: unknown) => e);
    expect(isPadananError(error) && error.code).toBe('segmentation.resegment.xliff');
  });

  it('re-segments a large document across blocks with exact counters', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Rapat ${i} dipimpin Dirut. Ahmad Santoso. Semua hadir; dua absen.`);
    const text = lines.join('\n') + '\n';
    const { db, doc } = await importText(text);
    expect(doc.segmentCount).toBe(1200);
    await saveTarget(db, doc.id, 1, 'Ahmad Santoso.');
    const summary = await resegmentDocument(db, doc.id, semicolonRules());
    expect(summary).toMatchObject({ before: 1200, after: 1200, changed: true, carried: 1, lost: 0 });
    const after = await expectConsistent(db, doc.id);
    expect(after.slice(0, 3).map((s) => s.source)).toEqual(['Rapat 0 dipimpin Dirut. Ahmad Santoso.', 'Semua hadir;', 'dua absen.']);
    expect(after[0]!.target).toBe('Ahmad Santoso.');
    expect(await exported(db, doc)).toBe(text.replace('Rapat 0 dipimpin Dirut. Ahmad Santoso.', 'Ahmad Santoso.'));
  });

  for (const [codec, name, text] of [
    [mdCodec, 'catatan.md', '# Rapat **Dirut.** Ahmad\n\nRapat dipimpin **Dirut. Ahmad** Santoso. Semua hadir; *dua komisaris* absen. Selesai.\n\n- Butir satu. Butir dua.\n'],
    [htmlCodec, 'berita.html', '<!doctype html><html lang="id"><body><p>Rapat dipimpin <b>Dirut. Ahmad</b> Santoso. Semua hadir; <i>dua</i> absen.</p><p>Selesai. Ya.</p></body></html>'],
  ] as const) {
    it(`re-segments ${codec.format} paragraphs with inline codes and still exports the same document`, async () => {
      const { db, doc } = await importText(text, codec, name);
      const before = await readAllSegments(db, doc.id);
      // Translated with their own source, so the writer renders every paragraph from the segments.
      for (const s of before) await saveTarget(db, doc.id, s.index, s.source);
      const exportBefore = await exported(db, doc, codec);
      const summary = await resegmentDocument(db, doc.id, semicolonRules());
      expect(summary.changed).toBe(true);
      const after = await expectConsistent(db, doc.id);
      expect(after.some((s) => s.source.includes('Dirut.') && s.source.includes('Santoso'))).toBe(true);
      // Carried drafts hold the old sources, so re-typing them as their new sources rebuilds the document.
      for (const s of after) await saveTarget(db, doc.id, s.index, s.source);
      expect(await exported(db, doc, codec)).toBe(exportBefore);
    });
  }
});
