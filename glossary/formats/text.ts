import { PadananError } from '../../core/errors';
import { PARTS_OF_SPEECH, type PartOfSpeech, type TermDraft } from '../../core/model';

/**
 * Decodes a glossary text file: UTF-8 (BOM optional) or UTF-16 with a BOM. Anything else is
 * refused, naming the line of the first undecodable byte, rather than guessed: a glossary read in
 * the wrong encoding would import wrong terms silently.
 */
export function decodeGlossaryText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw new PadananError('glossary.empty', `${fileName} is empty.`, { file: fileName });
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const line = lineOfBadByte(body);
      throw new PadananError('glossary.encoding', `${fileName}, line ${line}: the file is not UTF-8 text. Save it as UTF-8 and import it again.`, { file: fileName, line });
    }
  }
  if (text.includes('\u0000')) throw new PadananError('glossary.binary', `${fileName} is not a text file.`, { file: fileName });
  return text;
}

/** Splits on LF, CRLF or CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

export function isPartOfSpeech(value: unknown): value is PartOfSpeech {
  return typeof value === 'string' && (PARTS_OF_SPEECH as readonly string[]).includes(value);
}

/**
 * Entries written in capitals (AS, PBB, NATO) are acronyms: case-sensitive unless a format says
 * otherwise, so that AS does not match the word "as".
 */
export function defaultCaseSensitive(source: string): boolean {
  return source.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(source) && /\p{Lu}/u.test(source);
}

/** A term from the three columns every glossary format has. */
export function basicTerm(source: string, target: string, note: string): TermDraft {
  const term: TermDraft = { source, target, forbidden: false, caseSensitive: defaultCaseSensitive(source), matchMode: 'inflected' };
  if (note) term.note = note;
  return term;
}

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function lineOfBadByte(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length) return line;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return line;
    if (b === 0x0a) line++;
    i += need + 1;
  }
  return line;
}
