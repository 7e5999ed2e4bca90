import { Inflate } from 'fflate';
import { PadananError } from '../errors';
import { Crc32 } from './crc32';

/**
 * Hardened ZIP reading for DOCX and other packaged formats. The central directory is parsed here
 * (not trusted to a library) so that an archive is refused before anything is inflated when it has
 * too many entries, unsafe names (absolute, `..`, backslashes, NUL), encrypted entries, unknown
 * compression, or declared sizes and compression ratios beyond the caps. While an entry is inflated
 * the real output is counted and the inflation stops as soon as it passes the declared size or the
 * caps: an archive that lies about its sizes is a zip bomb too. CRC-32 is checked.
 *
 * Error codes: zip.notZip, zip.corrupt, zip.bomb, zip.unsafeName, zip.encrypted, zip.unsupported,
 * zip.missing (see renderer/src/i18n/<lang>/errors.docs.json).
 */
export interface ZipLimits {
  maxEntries: number;
  /** Largest uncompressed size of one entry, in bytes. */
  maxEntrySize: number;
  /** Largest uncompressed size of all entries read, in bytes. */
  maxTotalSize: number;
  /** Largest uncompressed/compressed ratio, checked for entries bigger than `ratioFloor`. */
  maxRatio: number;
  ratioFloor: number;
}

export const ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntries: 10_000,
  maxEntrySize: 256 * 1024 * 1024,
  maxTotalSize: 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 1024 * 1024,
};

export interface ZipEntryInfo {
  name: string;
  /** Uncompressed size declared by the archive. */
  size: number;
  compressedSize: number;
  method: number;
  crc32: number;
  localHeaderOffset: number;
}

export interface ZipReadOptions {
  /** Shown in error messages. */
  fileName?: string;
  limits?: Partial<ZipLimits>;
}

/** An opened archive: its directory, and its entries inflated on demand. */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntryInfo>();
  private totalRead = 0;

  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntryInfo[],
    private readonly limits: ZipLimits,
    private readonly fileName: string,
  ) {
    for (const e of entries) this.byName.set(e.name, e);
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The entry's bytes; throws zip.missing when there is no such entry. */
  read(name: string): Uint8Array {
    const entry = this.byName.get(name);
    if (!entry) {
      throw new PadananError('zip.missing', `${this.label} has no part named ${name}.`, { file: this.fileName, part: name });
    }
    const data = this.inflate(entry);
    this.totalRead += data.length;
    if (this.totalRead > this.limits.maxTotalSize) this.bomb('expands to more than the allowed total size');
    return data;
  }

  /** The entry decoded as UTF-8 text (BOM dropped). */
  readText(name: string): string {
    return new TextDecoder('utf-8').decode(this.read(name));
  }

  private get label(): string {
    return this.fileName || 'The archive';
  }

  private inflate(entry: ZipEntryInfo): Uint8Array {
    const { bytes } = this;
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || readU32(bytes, at) !== 0x04034b50) this.corrupt(`the local header of ${entry.name} is missing`);
    const dataStart = at + 30 + readU16(bytes, at + 26) + readU16(bytes, at + 28);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > bytes.length) this.corrupt(`${entry.name} is cut short`);
    const compressed = bytes.subarray(dataStart, dataEnd);
    const limit = Math.min(entry.size, this.limits.maxEntrySize, this.limits.maxTotalSize - this.totalRead);
    const crc = new Crc32();
    let out: Uint8Array;
    if (entry.method === 0) {
      if (compressed.length !== entry.size) this.corrupt(`${entry.name} has the wrong size`);
      out = compressed.slice();
    } else {
      out = new Uint8Array(entry.size);
      let written = 0;
      let done = false;
      const inflater = new Inflate((chunk, final) => {
        if (written + chunk.length > limit) {
          this.bomb(
            written + chunk.length > entry.size
              ? `${entry.name} expands beyond the size it declares`
              : `${entry.name} expands to more than the allowed size`,
          );
        }
        out.set(chunk, written);
        written += chunk.length;
        if (final) done = true;
      });
      const STEP = 64 * 1024;
      try {
        for (let i = 0; i < compressed.length; i += STEP) {
          inflater.push(compressed.subarray(i, Math.min(compressed.length, i + STEP)), i + STEP >= compressed.length);
        }
        if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
      } catch (error) {
        if (error instanceof PadananError) throw error;
        this.corrupt(`${entry.name} cannot be decompressed`);
      }
      if (!done || written !== entry.size) this.corrupt(`${entry.name} is cut short`);
    }
    crc.update(out);
    if (crc.value !== entry.crc32) this.corrupt(`${entry.name} fails its checksum`);
    return out;
  }

  private corrupt(detail: string): never {
    throw new PadananError('zip.corrupt', `${this.label} is damaged or incomplete: ${detail}.`, { file: this.fileName, detail });
  }

  private bomb(detail: string): never {
    throw new PadananError('zip.bomb', `${this.label} was refused: ${detail} (a possible zip bomb).`, { file: this.fileName, detail });
  }
}

/** Opens an archive and checks its directory against the limits; entries are inflated by read(). */
export function openZip(bytes: Uint8Array, options: ZipReadOptions = {}): ZipArchive {
  const fileName = options.fileName ?? '';
  const limits: ZipLimits = { ...ZIP_LIMITS, ...options.limits };
  const label = fileName || 'The file';
  const fail = (code: string, message: string, detail = ''): never => {
    throw new PadananError(code, `${label} ${message}.`, { file: fileName, detail });
  };
  const corrupt = (detail: string): never => fail('zip.corrupt', `is damaged or incomplete: ${detail}`, detail);
  const bomb = (detail: string): never => fail('zip.bomb', `was refused: ${detail} (a possible zip bomb)`, detail);

  if (bytes.length < 22 || readU32(bytes, 0) !== 0x04034b50) {
    if (bytes.length >= 22 && readU32(bytes, 0) === 0x06054b50) fail('zip.corrupt', 'is an empty archive', 'empty');
    fail('zip.notZip', 'is not a ZIP package (a DOCX file is one); it may be damaged or another kind of file');
  }
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) corrupt('the end of the archive is missing (truncated download?)');
  let count = readU16(bytes, eocd + 10);
  let dirSize = readU32(bytes, eocd + 12);
  let dirOffset = readU32(bytes, eocd + 16);
  if (readU16(bytes, eocd + 4) !== 0 || readU16(bytes, eocd + 6) !== 0) fail('zip.unsupported', 'is split over several disks', 'multi-disk');
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    // ZIP64: the real figures are in the ZIP64 end record, found through its locator.
    const locator = eocd - 20;
    if (locator < 0 || readU32(bytes, locator) !== 0x07064b50) corrupt('the ZIP64 locator is missing');
    const rec = Number(readU64(bytes, locator + 8));
    if (rec + 56 > bytes.length || readU32(bytes, rec) !== 0x06064b50) corrupt('the ZIP64 directory record is missing');
    count = Number(readU64(bytes, rec + 32));
    dirSize = Number(readU64(bytes, rec + 40));
    dirOffset = Number(readU64(bytes, rec + 48));
  }
  if (count > limits.maxEntries) bomb(`it has ${count} entries (at most ${limits.maxEntries} are allowed)`);
  if (dirOffset + dirSize > bytes.length) corrupt('the directory lies outside the file (truncated?)');

  const entries: ZipEntryInfo[] = [];
  const seen = new Set<string>();
  let totalDeclared = 0;
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || readU32(bytes, p) !== 0x02014b50) corrupt('the directory is damaged');
    const flags = readU16(bytes, p + 8);
    const method = readU16(bytes, p + 10);
    const crc32 = readU32(bytes, p + 16);
    let compressedSize = readU32(bytes, p + 20);
    let size = readU32(bytes, p + 24);
    const nameLength = readU16(bytes, p + 28);
    const extraLength = readU16(bytes, p + 30);
    const commentLength = readU16(bytes, p + 32);
    let localHeaderOffset = readU32(bytes, p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    if (p + 46 + nameLength > bytes.length) corrupt('the directory is damaged');
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
    // ZIP64 extra field: the 0xffffffff fields are given there, in order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd && e + 4 <= bytes.length) {
      const id = readU16(bytes, e);
      const len = readU16(bytes, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) (size = Number(readU64(bytes, q))), (q += 8);
        if (compressedSize === 0xffffffff) (compressedSize = Number(readU64(bytes, q))), (q += 8);
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = Number(readU64(bytes, q));
      }
      e += 4 + len;
    }
    p = extraEnd + commentLength;

    checkName(name, fail);
    if (seen.has(name)) corrupt(`the entry ${name} appears twice`);
    seen.add(name);
    if (flags & 0x1) fail('zip.encrypted', 'is encrypted or password-protected; save an unprotected copy and import that', name);
    if (method !== 0 && method !== 8) fail('zip.unsupported', `uses a compression method Padanan cannot read (${method})`, String(method));
    if (size > limits.maxEntrySize) bomb(`${name} would expand to ${size} bytes`);
    totalDeclared += size;
    if (totalDeclared > limits.maxTotalSize) bomb(`its entries would expand to more than ${limits.maxTotalSize} bytes`);
    if (size > limits.ratioFloor && size > compressedSize * limits.maxRatio) {
      bomb(`${name} is compressed ${Math.round(size / Math.max(1, compressedSize))} to 1`);
    }
    if (localHeaderOffset + 30 > bytes.length) corrupt(`${name} lies outside the file (truncated?)`);
    entries.push({ name, size, compressedSize, method, crc32, localHeaderOffset });
  }
  return new ZipArchive(bytes, entries, limits, fileName);
}

function checkName(name: string, fail: (code: string, message: string, detail?: string) => never): void {
  const unsafe =
    name.length === 0 ||
    name.includes('\0') ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..');
  if (unsafe) fail('zip.unsafeName', `contains an entry with an unsafe name (${JSON.stringify(name)}) and was refused`, name);
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) return i;
  }
  return -1;
}

function readU16(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8)) >>> 0;
}

function readU32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

function readU64(b: Uint8Array, at: number): bigint {
  return BigInt(readU32(b, at)) | (BigInt(readU32(b, at + 4)) << 32n);
}
