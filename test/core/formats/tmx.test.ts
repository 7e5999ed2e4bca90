import { describe, it, expect } from 'vitest';
import { exportTmx, exportTmxFromSegments, parseTmxDate, readTmx, tmxDate, type TmxUnit } from '../../../core/formats/tmx';
import { PadananError } from '../../../core/errors';
import { tagChar } from '../../../core/formats/inlineTags';
import { bytesOf, expectValid, fixture, sampleDocument, utf8 } from './xliffHelpers';

const O = (n: number) => tagChar('open', n);
const C = (n: number) => tagChar('close', n);

async function readAll(bytes: Uint8Array, chunkSize = 4096, options = {}): Promise<{ units: TmxUnit[]; skipped: number }> {
  const units: TmxUnit[] = [];
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const summary = await readTmx(chunks, (u) => void units.push(u), options);
  return { units, skipped: summary.skipped };
}

describe('TMX import', () => {
  it('pairs Indonesian and English by primary subtag and flattens inline codes', async () => {
    const { units, skipped } = await readAll(fixture('tmx/foreign.tmx'), 7);
    expect(skipped).toBe(1);
    expect(units).toEqual([
      {
        source: 'Korut & Rusia perkuat kerja sama militer.',
        target: 'North Korea & Russia strengthen military cooperation.',
        tuid: 'a1',
        createdAt: Date.UTC(2023, 8, 5, 10, 15, 0),
        changedAt: Date.UTC(2023, 8, 6, 8, 0, 0),
        note: 'Checked.',
        context: 'berita.html',
      },
      { source: 'Klik di sini sekarang.', target: 'Click here now <&> .', tuid: 'a2' },
      { source: 'Bahasa Inggris dulu, lalu Indonesia.', target: 'English first, then Indonesian.' },
    ]);
  });

  it('waits for an asynchronous consumer and reports progress', async () => {
    const seen: string[] = [];
    const progress: number[] = [];
    const bytes = fixture('tmx/foreign.tmx');
    const chunks = (async function* () {
      for (let i = 0; i < bytes.length; i += 100) yield bytes.subarray(i, i + 100);
    })();
    await readTmx(
      chunks,
      async (u) => {
        await new Promise((r) => setTimeout(r, 1));
        seen.push(u.source);
      },
      { onProgress: (b) => void progress.push(b) },
    );
    expect(seen).toHaveLength(3);
    expect(progress[progress.length - 1]).toBe(bytes.length);
  });

  it('refuses hostile XML, non-TMX files and truncated files', async () => {
    const code = async (text: string) => {
      try {
        await readAll(bytesOf(text));
      } catch (error) {
        return (error as PadananError).code;
      }
      return 'accepted';
    };
    const lol = '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><tmx version="1.4"><body><tu><tuv xml:lang="id"><seg>&b;</seg></tuv></tu></body></tmx>';
    expect(await code(lol)).toBe('xml.doctype');
    expect(await code('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx><body>&x;</body></tmx>')).toBe('xml.doctype');
    expect(await code('<xliff version="1.2"/>')).toBe('tmx.notTmx');
    expect(await code('<tmx version="1.4"><header/><body><tu><tuv xml:lang="id"><seg>Teks')).toBe('xml.malformed');
    expect(await code('<tmx version="1.4"><body><tu><tuv xml:lang="de"><seg>a</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu></body></tmx>')).toBe('tmx.noLanguages');
  });
});

describe('TMX export', () => {
  it('exports confirmed segments only, valid against tmx14.dtd, and reads them back', async () => {
    const segments = sampleDocument();
    const out = exportTmxFromSegments(segments, { documentName: 'berita.docx', now: Date.UTC(2024, 0, 2, 3, 4, 5), updatedAt: () => Date.UTC(2024, 0, 1) });
    expectValid('tmx', out, 'TMX export');
    const text = utf8(out);
    expect(text).toContain('<header creationtool="Padanan" creationtoolversion="0.1.0" datatype="plaintext" segtype="sentence" adminlang="en" srclang="id" o-tmf="Padanan" creationdate="20240102T030405Z"/>');
    expect(text).toContain('<tuv xml:lang="id"><seg>Korut dan <bpt i="1" x="1" type="b"/>Rusia<ept i="1"/> sepakat <bpt i="2" x="2" type="link"/>bekerja sama<ept i="2"/>.<ph x="3" type="br"/></seg></tuv>');
    const { units } = await readAll(out);
    // translated, reviewed and final; draft, new and locked segments are not in a memory.
    expect(units.map((u) => [u.tuid, u.source, u.target])).toEqual([
      ['1', 'Korut dan Rusia sepakat bekerja sama.', 'North Korea and Russia agreed to cooperate.'],
      ['7', 'Selasa (5/9/2023).', 'Tuesday (Sept. 5, 2023).'],
      ['8', 'Rp1,5 triliun & <lebih>.', 'Rp1.5 trillion & <more>.'],
    ]);
    expect(units[2]!.note).toBe('Numbers "checked"\nline two');
    expect(units[0]!.context).toBe('berita.docx');
    expect(units[0]!.createdAt).toBe(Date.UTC(2024, 0, 1));
  });

  it('writes unbalanced tags as isolated codes and stays valid', async () => {
    const out = exportTmx([{ source: `a ${O(1)}b${C(1)}`, target: `${C(1)}x${O(1)} y`, tags: [{ n: 1, kind: 'open', type: 'b' }, { n: 1, kind: 'close', type: 'b' }] }]);
    expectValid('tmx', out, 'TMX with isolated codes');
    expect(utf8(out)).toContain('<seg><it pos="end" x="1" type="b"/>x<it pos="begin" x="1" type="b"/> y</seg>');
    expect((await readAll(out)).units[0]).toEqual({ source: 'a b', target: 'x y' });
  });

  it('formats and parses TMX dates', () => {
    expect(tmxDate(Date.UTC(2023, 8, 5, 7, 8, 9))).toBe('20230905T070809Z');
    expect(parseTmxDate('20230905T070809Z')).toBe(Date.UTC(2023, 8, 5, 7, 8, 9));
    expect(parseTmxDate('2023-09-05')).toBeUndefined();
  });
});
