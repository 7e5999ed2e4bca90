import { describe, it, expect } from 'vitest';
import { XmlWriter, escapeXmlText, escapeXmlAttr, checkXmlChars, parseXml, textContent } from '../../../core/xml/index';
import { PadananError } from '../../../core/errors';

describe('XML writer', () => {
  it('escapes text and attributes so that they read back identically', () => {
    const nasty = `a & b < c > d "e" 'f' ]]> \t tab\nline\r\nCRLF 😀`;
    const xml = new XmlWriter().declaration().start('r', { v: nasty }).text(nasty).end('r').toString();
    const root = parseXml(xml);
    expect(root.attrs.v).toBe(nasty);
    expect(textContent(root)).toBe(nasty);
    expect(escapeXmlText(']]>')).toBe(']]&gt;');
    expect(escapeXmlAttr('"<')).toBe('&quot;&lt;');
  });

  it('refuses characters XML 1.0 cannot carry, or replaces/drops them on request', () => {
    for (const bad of ['\u0000', '\u0001', '\u000b', '\u001f', '\ufffe', '\ud800', 'x\udc00y']) {
      expect(() => escapeXmlText(`a${bad}b`)).toThrow(PadananError);
    }
    try {
      escapeXmlText('a\u000bb');
    } catch (error) {
      expect((error as PadananError).code).toBe('xml.invalidChar');
      expect((error as PadananError).params.char).toBe('U+000B');
    }
    expect(checkXmlChars('a\u0001b\ud800', 'replace')).toBe('a\ufffdb\ufffd');
    expect(checkXmlChars('a\u0001b', 'drop')).toBe('ab');
    expect(escapeXmlText('😀\u0085\u00a0')).toBe('😀\u0085\u00a0');
  });

  it('checks element nesting', () => {
    expect(() => new XmlWriter().start('a').end('b')).toThrow();
    expect(() => new XmlWriter().start('a').toString()).toThrow();
    expect(new XmlWriter().start('a').empty('b', { x: 1, y: undefined }).element('c', {}, '<').end().toString()).toBe('<a><b x="1"/><c>&lt;</c></a>');
  });
});
