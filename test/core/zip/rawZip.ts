import { deflateSync } from 'fflate';
import { Crc32 } from '../../../core/zip/crc32';

/** One entry of a hand-built archive; the overrides let a test lie in the headers. */
export interface RawEntry {
  name: string;
  data: Uint8Array;
  deflate?: boolean;
  declaredSize?: number;
  crc?: number;
  flags?: number;
  method?: number;
}

/** Builds a ZIP byte by byte, so tests can make archives no honest writer would produce. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const body = e.deflate === false ? e.data : deflateSync(e.data);
    const crc = new Crc32();
    crc.update(e.data);
    const method = e.method ?? (e.deflate === false ? 0 : 8);
    const size = e.declaredSize ?? e.data.length;
    const local = header(30, [
      [0, 4, 0x04034b50], [4, 2, 20], [6, 2, e.flags ?? 0x800], [8, 2, method], [14, 4, e.crc ?? crc.value],
      [18, 4, body.length], [22, 4, size], [26, 2, name.length],
    ]);
    const dir = header(46, [
      [0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], [8, 2, e.flags ?? 0x800], [10, 2, method], [16, 4, e.crc ?? crc.value],
      [20, 4, body.length], [24, 4, size], [28, 2, name.length], [42, 4, offset],
    ]);
    parts.push(local, name, body);
    central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = header(22, [[0, 4, 0x06054b50], [8, 2, entries.length], [10, 2, entries.length], [12, 4, dirSize], [16, 4, offset]]);
  return concat([...parts, ...central, end]);
}

function header(size: number, fields: [number, number, number][]): Uint8Array {
  const b = new Uint8Array(size);
  const v = new DataView(b.buffer);
  for (const [at, len, value] of fields) {
    if (len === 2) v.setUint16(at, value, true);
    else v.setUint32(at, value >>> 0, true);
  }
  return b;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
