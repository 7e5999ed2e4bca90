import { SaxesParser } from 'saxes';
import { PadananError } from '../errors';
import { XmlByteDecoder } from './encoding';

/**
 * Hardened streaming XML reader. Push chunks (bytes or text) and receive callbacks; memory stays
 * flat whatever the document's size. It refuses what XML parsers are attacked with:
 * - a DOCTYPE that declares entities (billion laughs, quadratic blowup, external entities/XXE):
 *   `xml.doctype`; a DOCTYPE without an internal subset (e.g. `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`)
 *   is accepted and its external DTD is never fetched;
 * - any reference to an entity other than the five predefined ones: `xml.entity`;
 * - nesting deeper than `maxDepth`, more than `maxAttributes` attributes on one element, a text or
 *   attribute longer than `maxTextLength`, a document longer than `maxChars`: `xml.tooLarge`;
 * - anything not well-formed or truncated: `xml.malformed` with line and column (params.detail
 *   is 'truncated' for a document that ends too early);
 * - bytes not valid in the document's encoding, or an unknown encoding: `xml.encoding`.
 */
export interface XmlReaderOptions {
  /** Shown in error messages. */
  fileName?: string;
  maxDepth?: number;
  maxAttributes?: number;
  maxTextLength?: number;
  maxChars?: number;
  /**
   * Resolve namespaces (default true). Formats without namespaces (TMX) read faster without;
   * then `local` is the name as written and `uri` is ''.
   */
  namespaces?: boolean;
}

export interface XmlStartTag {
  /** Qualified name as written (`xliff:source`, `target`). */
  name: string;
  local: string;
  prefix: string;
  /** Namespace URI ('' when none). */
  uri: string;
  /** Attributes by qualified name, in document order, values unescaped. */
  attrs: Record<string, string>;
  selfClosing: boolean;
  /** Offsets of the start tag in the decoded text: [start, end). */
  start: number;
  end: number;
  depth: number;
}

export interface XmlEndTag {
  name: string;
  local: string;
  uri: string;
  /** Offset just after the end tag (or the self-closing start tag) in the decoded text. */
  end: number;
  depth: number;
}

export interface XmlHandlers {
  openTag?(tag: XmlStartTag): void;
  closeTag?(tag: XmlEndTag): void;
  /** Character data, entity references resolved; `cdata` for CDATA sections. Whitespace included. */
  text?(text: string, cdata: boolean): void;
  comment?(text: string): void;
  processingInstruction?(target: string, body: string): void;
}

export const XML_LIMITS = {
  maxDepth: 256,
  maxAttributes: 512,
  maxTextLength: 32 * 1024 * 1024,
  maxChars: Number.MAX_SAFE_INTEGER,
} as const;

/** Feed size for saxes: bounds how much text accumulates before the length cap is checked. */
const SLICE = 1 << 20;

export class XmlReader {
  private readonly parser: SaxesParser<{ position: true }>;
  private readonly limits: Required<Omit<XmlReaderOptions, 'fileName' | 'namespaces'>>;
  private readonly fileName: string;
  private decoder: XmlByteDecoder | undefined;
  private depth = 0;
  private chars = 0;
  private pendingError: PadananError | undefined;
  private closed = false;

  constructor(handlers: XmlHandlers, options: XmlReaderOptions = {}) {
    this.fileName = options.fileName ?? '';
    this.limits = {
      maxDepth: options.maxDepth ?? XML_LIMITS.maxDepth,
      maxAttributes: options.maxAttributes ?? XML_LIMITS.maxAttributes,
      maxTextLength: options.maxTextLength ?? XML_LIMITS.maxTextLength,
      maxChars: options.maxChars ?? XML_LIMITS.maxChars,
    };
    const xmlns = options.namespaces ?? true;
    const parser = new SaxesParser({ position: true });
    this.parser = parser;
    parser.on('error', (error) => {
      throw this.pendingError ?? this.translateError(error.message);
    });
    parser.on('doctype', (doctype) => {
      if (/<!ENTITY/i.test(doctype)) {
        this.fail('xml.doctype', 'declares entities in its DOCTYPE, which Padanan refuses for safety');
      }
      if (/<!|%/.test(doctype)) this.fail('xml.doctype', 'has an internal DTD subset, which Padanan refuses for safety');
    });
    parser.on('opentagstart', (tag) => {
      this.tagStart = parser.position - tag.name.length - 2;
      if (++this.depth > this.limits.maxDepth) this.fail('xml.tooLarge', `nests elements deeper than ${this.limits.maxDepth} levels`);
    });
    // Namespaces are resolved here rather than by saxes' xmlns mode, which costs a third more time:
    // one scope object per element that declares namespaces, looked up through its prototype chain.
    const scopes: Record<string, string>[] = [ROOT_SCOPE];
    const resolve = (qname: string, scope: Record<string, string>, isAttribute: boolean): { prefix: string; local: string; uri: string } => {
      const colon = qname.indexOf(':');
      if (colon < 0) return { prefix: '', local: qname, uri: isAttribute ? '' : (scope[''] ?? '') };
      const prefix = qname.slice(0, colon);
      const uri = scope[prefix];
      if (uri === undefined && prefix !== 'xmlns') this.fail('xml.malformed', `uses the namespace prefix "${prefix}" without declaring it`);
      return { prefix, local: qname.slice(colon + 1), uri: uri ?? '' };
    };
    parser.on('opentag', (raw) => {
      const attrs = raw.attributes as Record<string, string>;
      // Counted here: an 'attribute' listener makes saxes several times slower on text.
      let count = 0;
      for (const _ in attrs) count++;
      if (count > this.limits.maxAttributes) this.fail('xml.tooLarge', `has an element with more than ${this.limits.maxAttributes} attributes`);
      let scope = scopes[scopes.length - 1]!;
      if (xmlns) {
        let declared: Record<string, string> | undefined;
        for (const name in attrs) {
          if (name === 'xmlns') (declared ??= Object.create(scope) as Record<string, string>)[''] = attrs[name]!;
          else if (name.startsWith('xmlns:')) {
            const prefix = name.slice(6);
            if (prefix === 'xml' || prefix === 'xmlns' || attrs[name] === '') this.fail('xml.malformed', `declares the reserved or empty namespace prefix "${prefix}"`);
            (declared ??= Object.create(scope) as Record<string, string>)[prefix] = attrs[name]!;
          }
        }
        if (declared) scope = declared;
        for (const name in attrs) if (name.includes(':')) resolve(name, scope, true);
      }
      scopes.push(scope);
      const tag = xmlns ? resolve(raw.name, scope, false) : splitName(raw.name);
      handlers.openTag?.({
        name: raw.name,
        local: tag.local,
        prefix: tag.prefix,
        uri: tag.uri,
        attrs,
        selfClosing: raw.isSelfClosing,
        start: this.tagStart,
        end: parser.position,
        depth: this.depth,
      });
    });
    parser.on('closetag', (raw) => {
      const scope = scopes.pop()!;
      const tag = xmlns ? resolve(raw.name, scope, false) : splitName(raw.name);
      handlers.closeTag?.({ name: raw.name, local: tag.local, uri: tag.uri, end: parser.position, depth: this.depth });
      this.depth--;
    });
    if (handlers.text) {
      const onText = handlers.text;
      parser.on('text', (text) => onText(text, false));
      parser.on('cdata', (text) => onText(text, true));
    }
    if (handlers.comment) parser.on('comment', handlers.comment);
    if (handlers.processingInstruction) {
      const onPi = handlers.processingInstruction;
      parser.on('processinginstruction', (pi) => onPi(pi.target, pi.body));
    }
  }

  private tagStart = 0;

  /** Line (1-based) and column (1-based) the parser has reached. */
  get line(): number {
    return this.parser.line;
  }

  get column(): number {
    return this.parser.column + 1;
  }

  /** Offset in the decoded text the parser has reached. */
  get position(): number {
    return this.parser.position;
  }

  /** Pushes the next chunk. Text chunks are taken as already decoded; byte chunks are decoded here. */
  write(chunk: Uint8Array | string): void {
    if (typeof chunk === 'string') {
      this.feed(chunk);
      return;
    }
    this.decoder ??= new XmlByteDecoder(this.fileName);
    this.feed(this.decoder.push(chunk));
  }

  /** Ends the document; throws `xml.malformed` if it is truncated. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.decoder) this.feed(this.decoder.end());
    this.parser.close();
  }

  private feed(text: string): void {
    for (let i = 0; i < text.length; i += SLICE) {
      const piece = i === 0 && text.length <= SLICE ? text : text.slice(i, i + SLICE);
      this.chars += piece.length;
      if (this.chars > this.limits.maxChars) this.fail('xml.tooLarge', `is longer than ${this.limits.maxChars} characters`);
      this.parser.write(piece);
      // saxes gathers text (and attribute values) in one string until the markup that ends it.
      const pending = (this.parser as unknown as { text?: string }).text;
      if (pending && pending.length > this.limits.maxTextLength) {
        this.fail('xml.tooLarge', `has a text or attribute longer than ${this.limits.maxTextLength} characters`);
      }
    }
  }

  private fail(code: string, what: string): never {
    const error = new PadananError(code, `${this.fileName || 'The XML file'} ${what} (line ${this.line}, column ${this.column}).`, {
      file: this.fileName,
      line: this.line,
      column: this.column,
    });
    this.pendingError = error;
    throw error;
  }

  private translateError(message: string): PadananError {
    // saxes prefixes "line:column: "; the position is reported separately.
    const detail = message.replace(/^\d+:\d+:\s*/, '').replace(/\.$/, '');
    const params = { file: this.fileName, line: this.line, column: this.column, detail };
    const where = `(line ${this.line}, column ${this.column})`;
    const name = this.fileName || 'The XML file';
    if (/undefined entity/.test(detail)) {
      return new PadananError('xml.entity', `${name} refers to an entity that is not defined; Padanan does not expand entities ${where}.`, params);
    }
    if (/unexpected end|unclosed tag|document must contain a root/.test(detail)) {
      return new PadananError('xml.malformed', `${name} ends too early: it is truncated or not XML ${where}.`, { ...params, detail: 'truncated' });
    }
    return new PadananError('xml.malformed', `${name} is not well-formed XML: ${detail} ${where}.`, params);
  }
}

const ROOT_SCOPE: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
});

function splitName(name: string): { prefix: string; local: string; uri: string } {
  const colon = name.indexOf(':');
  return colon < 0 ? { prefix: '', local: name, uri: '' } : { prefix: name.slice(0, colon), local: name.slice(colon + 1), uri: '' };
}

/** Reads a whole stream of byte chunks (e.g. a file read piece by piece) through the handlers. */
export async function readXmlStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  handlers: XmlHandlers,
  options: XmlReaderOptions & { onChunk?: (bytesSoFar: number) => void | Promise<void> } = {},
): Promise<void> {
  const reader = new XmlReader(handlers, options);
  let bytes = 0;
  for await (const chunk of chunks) {
    reader.write(chunk);
    bytes += chunk.length;
    await options.onChunk?.(bytes);
  }
  reader.close();
}
