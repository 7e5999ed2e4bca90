import { buildXmlTree } from '../../xml/tree';

/**
 * An XML tree that remembers where each element sits in the text, so a part can be rewritten by
 * splicing: everything Padanan does not translate stays byte for byte as it was.
 */
export interface SpanElement {
  name: string;
  local: string;
  uri: string;
  prefix: string;
  attrs: Record<string, string>;
  /** [start, openEnd) is the start tag, [closeStart, end) the end tag (equal for `<x/>`). */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  children: SpanNode[];
  parent?: SpanElement;
}

export type SpanNode = SpanElement | string;

export function parseSpanTree(xml: string, fileName: string): SpanElement {
  return buildXmlTree<SpanElement>(
    xml,
    { fileName },
    (tag, parent) => ({
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      prefix: tag.prefix,
      attrs: tag.attrs,
      start: tag.start,
      openEnd: tag.end,
      closeStart: tag.end,
      end: tag.end,
      children: [],
      parent,
    }),
    (el, tag) => {
      el.end = tag.end;
      el.closeStart = tag.end === el.openEnd ? tag.end : xml.lastIndexOf('</', tag.end - 1);
    },
  );
}

export function elements(el: SpanElement): SpanElement[] {
  return el.children.filter((c): c is SpanElement => typeof c !== 'string');
}

export function textOf(el: SpanElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

export function raw(xml: string, el: SpanElement): string {
  return xml.slice(el.start, el.end);
}
