import { describe, expect, it } from 'vitest';
import { openZip, writeZip } from '../../../core/zip/index';
import { errorOf } from '../../support/errors';
import { rawZip } from './rawZip';

const text = (s: string) => new TextEncoder().encode(s);

describe('core/zip', () => {
  it('writes and reads back entries in order, deterministically', () => {
    const entries = [
      { name: '[Content_Types].xml', data: text('<Types/>') },
      { name: 'word/document.xml', data: text('<w:document>'.repeat(1000)) },
      { name: 'word/media/image1.png', data: new Uint8Array([137, 80, 78, 71]), store: true },
    ];
    const zip = writeZip(entries);
    expect(Buffer.from(writeZip(entries)).equals(Buffer.from(zip))).toBe(true);
    const archive = openZip(zip, { fileName: 'a.docx' });
    expect(archive.names()).toEqual(entries.map((e) => e.name));
    expect(archive.readText('word/document.xml')).toBe('<w:document>'.repeat(1000));
    expect([...archive.read('word/media/image1.png')]).toEqual([137, 80, 78, 71]);
    expect(archive.entries[2]!.method).toBe(0);
    expect(errorOf(() => archive.read('word/missing.xml')).code).toBe('zip.missing');
  });

  it('refuses a file that is not a ZIP', () => {
    const e = errorOf(() => openZip(text('Ini bukan arsip ZIP, hanya teks biasa.'), { fileName: 'berita.docx' }));
    expect(e.code).toBe('zip.notZip');
    expect(e.message).toMatch(/berita\.docx is not a ZIP package/);
    expect(errorOf(() => openZip(new Uint8Array(0))).code).toBe('zip.notZip');
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expect(errorOf(() => openZip(junk)).code).toBe('zip.notZip');
  });

  it('refuses a truncated archive', () => {
    const zip = writeZip([{ name: 'word/document.xml', data: text('<w:p>teks</w:p>'.repeat(5000)) }]);
    for (const cut of [Math.floor(zip.length / 2), zip.length - 10, 40]) {
      const e = errorOf(() => {
        const a = openZip(zip.subarray(0, cut), { fileName: 'potong.docx' });
        a.read('word/document.xml');
      });
      expect(e.code).toBe('zip.corrupt');
    }
  });

  it('refuses a zip bomb by its declared compression ratio before inflating it', () => {
    // 200 MB of zeros deflate to about 200 KB: build the entry's headers by hand instead.
    const data = new Uint8Array(4 * 1024 * 1024);
    const bomb = rawZip([{ name: 'word/document.xml', data, declaredSize: data.length }]);
    const started = performance.now();
    const e = errorOf(() => openZip(bomb, { fileName: 'bom.docx' }));
    expect(e.code).toBe('zip.bomb');
    expect(e.message).toMatch(/compressed \d+ to 1/);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('stops inflating an entry that expands beyond the size it declares', () => {
    const data = new Uint8Array(8 * 1024 * 1024);
    const liar = rawZip([{ name: 'word/document.xml', data, declaredSize: 1000 }]);
    const archive = openZip(liar);
    const e = errorOf(() => archive.read('word/document.xml'));
    expect(e.code).toBe('zip.bomb');
    expect(e.message).toMatch(/beyond the size it declares/);
  });

  it('caps entry count, entry size and total size', () => {
    const many = rawZip(Array.from({ length: 20 }, (_, i) => ({ name: `f${i}.xml`, data: text('x') })));
    expect(errorOf(() => openZip(many, { limits: { maxEntries: 10 } })).code).toBe('zip.bomb');
    const big = rawZip([{ name: 'a.xml', data: text('y'.repeat(5000)) }]);
    expect(errorOf(() => openZip(big, { limits: { maxEntrySize: 4000 } })).code).toBe('zip.bomb');
    const two = rawZip([
      { name: 'a.xml', data: text('y'.repeat(3000)) },
      { name: 'b.xml', data: text('z'.repeat(3000)) },
    ]);
    expect(errorOf(() => openZip(two, { limits: { maxTotalSize: 5000 } })).code).toBe('zip.bomb');
  });

  it('refuses entry names that escape the archive', () => {
    for (const name of ['../../etc/passwd', 'word/../../x.xml', '/abs/path.xml', 'C:/Windows/x.xml', 'word\\document.xml', 'a\0b']) {
      const e = errorOf(() => openZip(rawZip([{ name, data: text('x') }])));
      expect(e.code, name).toBe('zip.unsafeName');
    }
  });

  it('refuses damaged, duplicated, encrypted and unknown-method entries', () => {
    expect(errorOf(() => openZip(rawZip([{ name: 'a.xml', data: text('abc'), crc: 1234 }])).read('a.xml')).code).toBe('zip.corrupt');
    const dup = rawZip([
      { name: 'a.xml', data: text('1') },
      { name: 'a.xml', data: text('2') },
    ]);
    expect(errorOf(() => openZip(dup)).code).toBe('zip.corrupt');
    expect(errorOf(() => openZip(rawZip([{ name: 'a.xml', data: text('1'), flags: 0x801 }]))).code).toBe('zip.encrypted');
    expect(errorOf(() => openZip(rawZip([{ name: 'a.xml', data: text('1'), method: 12 }]))).code).toBe('zip.unsupported');
    const garbled = rawZip([{ name: 'a.xml', data: text('hello world hello world') }]);
    garbled[40] ^= 0xff;
    garbled[41] ^= 0xff;
    expect(errorOf(() => openZip(garbled).read('a.xml')).code).toBe('zip.corrupt');
  });
});
