import { PadananError } from '../errors';

/**
 * Writing XML 1.0 correctly: escaping for text and attribute values, and characters that XML 1.0
 * cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) — not even as character
 * references. Those are refused with `xml.invalidChar` unless the caller asks for them to be
 * replaced (U+FFFD) or dropped.
 */
export type InvalidCharPolicy = 'throw' | 'replace' | 'drop';

// Lone surrogates are matched explicitly: without the u flag a pair is two code units.
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function checkXmlChars(text: string, policy: InvalidCharPolicy = 'throw', where = ''): string {
  INVALID.lastIndex = 0;
  if (!INVALID.test(text)) return text;
  if (policy === 'throw') {
    INVALID.lastIndex = 0;
    const m = INVALID.exec(text)!;
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new PadananError('xml.invalidChar', `The character U+${code} cannot be written to an XML file${where ? ` (${where})` : ''}.`, {
      char: `U+${code}`,
      where,
    });
  }
  INVALID.lastIndex = 0;
  return text.replace(INVALID, policy === 'replace' ? '\ufffd' : '');
}

/** Escapes character data. `>` is escaped too, so that "]]>" can never appear. */
export function escapeXmlText(text: string, policy: InvalidCharPolicy = 'throw'): string {
  return checkXmlChars(text, policy).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Escapes an attribute value for double quotes; tabs and line ends are kept as references (not normalised away). */
export function escapeXmlAttr(value: string, policy: InvalidCharPolicy = 'throw'): string {
  return checkXmlChars(value, policy).replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

/** ` a="1" b="2"` for the defined values, in the object's order. */
export function xmlAttrs(attrs: Record<string, string | number | undefined>, policy: InvalidCharPolicy = 'throw'): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${name}="${escapeXmlAttr(String(value), policy)}"`;
  }
  return out;
}

export function startTag(name: string, attrs: Record<string, string | number | undefined> = {}, selfClosing = false): string {
  return `<${name}${xmlAttrs(attrs)}${selfClosing ? '/>' : '>'}`;
}

/**
 * Builds a document from pieces. Large exports stay fast because the pieces are joined once;
 * `toBytes` encodes UTF-8 without BOM.
 */
export class XmlWriter {
  private readonly parts: string[] = [];
  private readonly open: string[] = [];

  constructor(private readonly policy: InvalidCharPolicy = 'throw') {}

  declaration(): this {
    this.parts.push('<?xml version="1.0" encoding="UTF-8"?>\n');
    return this;
  }

  start(name: string, attrs: Record<string, string | number | undefined> = {}): this {
    this.parts.push(`<${name}${xmlAttrs(attrs, this.policy)}>`);
    this.open.push(name);
    return this;
  }

  empty(name: string, attrs: Record<string, string | number | undefined> = {}): this {
    this.parts.push(`<${name}${xmlAttrs(attrs, this.policy)}/>`);
    return this;
  }

  end(name?: string): this {
    const top = this.open.pop();
    if (top === undefined || (name !== undefined && name !== top)) throw new Error(`XmlWriter: closing ${name ?? '?'} but ${top ?? 'nothing'} is open`);
    this.parts.push(`</${top}>`);
    return this;
  }

  /** A whole element with text content. */
  element(name: string, attrs: Record<string, string | number | undefined>, text: string): this {
    this.parts.push(`<${name}${xmlAttrs(attrs, this.policy)}>${escapeXmlText(text, this.policy)}</${name}>`);
    return this;
  }

  text(text: string): this {
    this.parts.push(escapeXmlText(text, this.policy));
    return this;
  }

  /** Markup the caller has already escaped. */
  raw(xml: string): this {
    this.parts.push(xml);
    return this;
  }

  toString(): string {
    if (this.open.length) throw new Error(`XmlWriter: unclosed ${this.open.join(' > ')}`);
    return this.parts.join('');
  }

  toBytes(): Uint8Array {
    return new TextEncoder().encode(this.toString());
  }
}
