import { XmlReader, type XmlEndTag, type XmlReaderOptions, type XmlStartTag } from './reader';

/**
 * A small in-memory tree for small documents (glossaries, settings, a DOCX part). Large files
 * (TMX, big XLIFF) should use `XmlReader` events instead. Plain objects: structured-clone safe.
 */
export interface XmlElement {
  name: string;
  local: string;
  prefix: string;
  uri: string;
  attrs: Record<string, string>;
  /** Elements and text in document order; adjacent text and CDATA are merged into one string. */
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export interface XmlTreeOptions extends XmlReaderOptions {
  /** Keep whitespace-only text in elements that contain only elements (default false: dropped). */
  keepWhitespace?: boolean;
}

/** Default size cap for trees (characters); streaming has none. */
export const XML_TREE_MAX_CHARS = 256 * 1024 * 1024;

/** Parses a whole document (bytes in any XML encoding, or text) into a tree; throws PadananError. */
export function parseXml(input: Uint8Array | string, options: XmlTreeOptions = {}): XmlElement {
  return buildXmlTree<XmlElement>(
    input,
    { maxChars: XML_TREE_MAX_CHARS, ...options },
    (tag) => ({ name: tag.name, local: tag.local, prefix: tag.prefix, uri: tag.uri, attrs: tag.attrs, children: [] }),
    (el) => {
      if (options.keepWhitespace) return;
      // Whitespace is layout only in element-only content; in mixed content it is text.
      const elementOnly = el.children.some((c) => typeof c !== 'string') && el.children.every((c) => typeof c !== 'string' || c.trim() === '');
      if (elementOnly) el.children = el.children.filter((c) => typeof c !== 'string');
    },
  );
}

/**
 * Builds a tree of any element shape from the reader's events: `open` makes the element for a
 * start tag, `close` finishes it at its end tag; adjacent text (and CDATA) becomes one string child.
 */
export function buildXmlTree<E extends { children: (E | string)[] }>(
  input: Uint8Array | string,
  options: XmlReaderOptions,
  open: (tag: XmlStartTag, parent: E | undefined) => E,
  close: (el: E, tag: XmlEndTag) => void,
): E {
  const stack: E[] = [];
  let root: E | undefined;
  const reader = new XmlReader(
    {
      openTag(tag) {
        const parent = stack[stack.length - 1];
        const el = open(tag, parent);
        if (parent) parent.children.push(el);
        else root = el;
        stack.push(el);
      },
      closeTag(tag) {
        close(stack.pop()!, tag);
      },
      text(text) {
        const parent = stack[stack.length - 1];
        if (!parent) return;
        const last = parent.children.length - 1;
        if (last >= 0 && typeof parent.children[last] === 'string') parent.children[last] += text;
        else parent.children.push(text);
      },
    },
    options,
  );
  reader.write(input);
  reader.close();
  return root!;
}

/** Child elements, optionally only those with this local name. */
export function childElements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (local === undefined || c.local === local));
}

export function firstChild(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => typeof c !== 'string' && c.local === local);
}

/** All descendant elements with this local name, in document order. */
export function descendants(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** Concatenated text of an element and its descendants. */
export function textContent(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textContent(c);
  return out;
}
