import { PadananError } from '../errors';

/**
 * Works out how an XML file is encoded (byte-order mark, the UTF-16 signature of "<?", then the
 * encoding declaration) and decodes it incrementally, refusing bytes that are not valid in it.
 */
export interface XmlEncoding {
  /** WHATWG label given to TextDecoder. */
  label: string;
  bom: boolean;
}

/** Decodes a whole XML file to a string (the byte-order mark removed). */
export function decodeXmlBytes(bytes: Uint8Array, fileName = ''): { text: string; encoding: XmlEncoding } {
  const decoder = new XmlByteDecoder(fileName);
  const text = decoder.push(bytes) + decoder.end();
  return { text, encoding: decoder.encoding! };
}

/** Incremental decoder: push byte chunks in order, get text back; the encoding is sniffed from the start. */
export class XmlByteDecoder {
  encoding: XmlEncoding | undefined;
  private decoder: TextDecoder | undefined;
  private head: Uint8Array = new Uint8Array(0);
  private decodedChars = 0;

  constructor(private readonly fileName = '') {}

  push(chunk: Uint8Array): string {
    if (!this.decoder) {
      this.head = concat(this.head, chunk);
      // The declaration fits in the first few hundred bytes; wait for them unless the file is shorter.
      if (this.head.length < 512) return '';
      return this.start(this.head);
    }
    return this.decode(chunk, true);
  }

  end(): string {
    let text = '';
    if (!this.decoder) text = this.start(this.head);
    return text + this.decode(new Uint8Array(0), false);
  }

  private start(bytes: Uint8Array): string {
    this.encoding = sniffEncoding(bytes, this.fileName);
    try {
      this.decoder = new TextDecoder(this.encoding.label, { fatal: true });
    } catch {
      throw encodingError(this.fileName, this.encoding.label);
    }
    this.head = new Uint8Array(0);
    return this.decode(bytes, true);
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      const text = this.decoder!.decode(bytes, { stream });
      this.decodedChars += text.length;
      return text;
    } catch {
      throw new PadananError(
        'xml.encoding',
        `${this.fileName || 'The XML file'} is not valid ${this.encoding!.label.toUpperCase()} (after character ${this.decodedChars}).`,
        { file: this.fileName, encoding: this.encoding!.label.toUpperCase() },
      );
    }
  }
}

/** The encoding of an XML document from its first bytes (XML 1.0 appendix F). */
export function sniffEncoding(bytes: Uint8Array, fileName = ''): XmlEncoding {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { label: 'utf-8', bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { label: 'utf-16le', bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { label: 'utf-16be', bom: true };
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return { label: 'utf-16le', bom: false };
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return { label: 'utf-16be', bom: false };
  if ((b0 === 0x00 && b1 === 0x00) || (b2 === 0x00 && b3 === 0x00 && b0 !== 0x00)) {
    throw new PadananError('xml.encoding', `${fileName || 'The XML file'} is in UTF-32, which Padanan does not read.`, {
      file: fileName,
      encoding: 'UTF-32',
    });
  }
  const declared = declaredEncoding(bytes);
  if (!declared) return { label: 'utf-8', bom: false };
  const label = declared.toLowerCase();
  // A file whose bytes are ASCII-compatible but that claims UTF-16 was written by a tool that
  // serialised a string and wrote it as UTF-8: the bytes are the truth, the declaration is not.
  if (/^(utf-?16|ucs-?2|unicode)/.test(label)) return { label: 'utf-8', bom: false };
  if (/^(utf-?8|us-ascii|ascii)$/.test(label)) return { label: 'utf-8', bom: false };
  if (!isSupportedLabel(label)) throw encodingError(fileName, declared);
  return { label, bom: false };
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  if (!(bytes[0] === 0x3c && bytes[1] === 0x3f)) return undefined;
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 400); i++) {
    head += String.fromCharCode(bytes[i]!);
    if (head.endsWith('?>')) break;
  }
  return /^<\?xml\s[^>]*?encoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(head)?.[2];
}

function isSupportedLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function encodingError(fileName: string, encoding: string): PadananError {
  return new PadananError('xml.encoding', `${fileName || 'The XML file'} declares the encoding "${encoding}", which Padanan cannot read.`, {
    file: fileName,
    encoding,
  });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
