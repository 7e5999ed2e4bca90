/** Padanan's hardened XML layer: streaming reader, small trees, and a writer that escapes correctly. */
export { XmlReader, readXmlStream, XML_LIMITS, type XmlHandlers, type XmlReaderOptions, type XmlStartTag, type XmlEndTag } from './reader';
export { parseXml, childElements, firstChild, descendants, textContent, XML_TREE_MAX_CHARS, type XmlElement, type XmlNode, type XmlTreeOptions } from './tree';
export { decodeXmlBytes, sniffEncoding, XmlByteDecoder, type XmlEncoding } from './encoding';
export {
  XmlWriter,
  escapeXmlText,
  escapeXmlAttr,
  xmlAttrs,
  startTag,
  checkXmlChars,
  type InvalidCharPolicy,
} from './writer';
