import { PadananError } from '../errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the bytes began with a byte-order mark (kept when writing back). */
  bom: boolean;
}

/**
 * Decodes a text file the way a translator's files arrive: UTF-8 (with or without BOM),
 * UTF-16 with BOM, or legacy Windows-1252. Binary or undecodable input is refused with a
 * clear error instead of being imported as mojibake. `declared` is the encoding the file itself
 * names (e.g. HTML's meta charset); a byte-order mark still wins over it.
 */
export function decodeText(bytes: Uint8Array, fileName = '', declared?: TextEncodingName): DecodedText {
  if (bytes.length === 0) throw new PadananError('file.empty', `${fileName || 'The file'} is empty.`, { file: fileName });
  const bomEncoding = detectBom(bytes);
  if (bomEncoding) {
    const skip = bomEncoding === 'utf-8' ? 3 : 2;
    const text = strictDecode(bytes.subarray(skip), bomEncoding, fileName);
    return { text: checkText(text, fileName), encoding: bomEncoding, bom: true };
  }
  if (looksBinary(bytes)) {
    throw new PadananError('file.binary', `${fileName || 'The file'} is not a text file.`, { file: fileName });
  }
  // A document that declares a legacy charset (HTML <meta charset="windows-1252">) is decoded as it says.
  if (declared === 'windows-1252') {
    return { text: checkText(decodeWindows1252(bytes), fileName), encoding: 'windows-1252', bom: false };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: checkText(text, fileName), encoding: 'utf-8', bom: false };
  } catch (error) {
    if (error instanceof PadananError) throw error;
  }
  const text = decodeWindows1252(bytes);
  return { text: checkText(text, fileName), encoding: 'windows-1252', bom: false };
}

// Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control characters; the
// WHATWG mapping is spelled out here so every runtime gives the same text. Unassigned bytes stay
// C1 controls, which checkText then refuses.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 to text (never fails: every byte maps to a character). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes: number[] = new Array(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Encodes text back in the encoding it arrived in (UTF-8 for anything new). */
export function encodeText(text: string, encoding: TextEncodingName = 'utf-8', bom = false): Uint8Array {
  if (encoding === 'utf-8' || encoding === 'windows-1252') {
    // Windows-1252 output would lose characters the translator typed; UTF-8 is the safe hand-back.
    const body = new TextEncoder().encode(text);
    if (!bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const out = new Uint8Array(2 + text.length * 2);
  const little = encoding === 'utf-16le';
  out.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = little ? code & 0xff : code >> 8;
    out[3 + i * 2] = little ? code >> 8 : code & 0xff;
  }
  return out;
}

function detectBom(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function strictDecode(bytes: Uint8Array, encoding: TextEncodingName, fileName: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new PadananError('file.undecodable', `${fileName || 'The file'} is not valid ${encoding.toUpperCase()} text.`, {
      file: fileName,
      encoding: encoding.toUpperCase(),
    });
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

// C0 controls other than tab/newlines, and C1 controls, do not occur in real text documents.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

function checkText(text: string, fileName: string): string {
  const match = CONTROL.exec(text);
  if (match) {
    const line = text.slice(0, match.index).split('\n').length;
    throw new PadananError(
      'file.undecodable',
      `${fileName || 'The file'} contains characters that are not text (line ${line}); it may be binary or in an unknown encoding.`,
      { file: fileName, line },
    );
  }
  return text;
}
