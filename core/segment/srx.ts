import { PadananError, isPadananError } from '../errors';
import { parseXml, childElements, firstChild, textContent, escapeXmlText, escapeXmlAttr, type XmlElement } from '../xml/index';
import { translateJavaRegex, escapeJavaRegex, JS_REGEX_FLAGS, RegexTranslationError } from './javaRegex';

/**
 * SRX 2.0 (Segmentation Rules eXchange) as plain, structured-clone-safe data, with a parser that
 * checks everything the engine will need (including that every regex translates and compiles),
 * so a bad file is refused at import time and the caller keeps the rules it had.
 */
export interface SrxRule {
  /** true: a break rule; false: an exception (no break). */
  break: boolean;
  /** Java regex that must match the text just before the position ('' = anything). */
  before: string;
  /** Java regex that must match the text just after the position ('' = anything). */
  after: string;
}

export interface SrxLanguageRule {
  name: string;
  rules: SrxRule[];
}

export interface SrxLanguageMap {
  /** Java regex matched against the whole language code. */
  pattern: string;
  ruleName: string;
}

export type SrxFormatType = 'start' | 'end' | 'isolated';

export interface SrxDocument {
  segmentSubflows: boolean;
  /** yes: every matching language map contributes its rules, in order; no: only the first. */
  cascade: boolean;
  /** Whether inline codes of each kind stay with the segment before a break (SRX formathandle). */
  formatHandles: Record<SrxFormatType, boolean>;
  languageRules: SrxLanguageRule[];
  mapRules: SrxLanguageMap[];
}

export const SRX_NAMESPACE = 'http://www.lisa.org/srx20';

/** The SRX defaults: start codes go to the next segment, end codes stay, isolated codes go. */
export const DEFAULT_FORMAT_HANDLES: Readonly<Record<SrxFormatType, boolean>> = { start: false, end: true, isolated: false };

/** Parses and checks an SRX 2.0 document. Throws PadananError (`segment.srx.*`). */
export function parseSrx(input: string | Uint8Array, fileName = 'SRX file'): SrxDocument {
  let root: XmlElement;
  try {
    root = parseXml(input, { fileName, keepWhitespace: true });
  } catch (error) {
    if (isPadananError(error)) {
      throw new PadananError('segment.srx.notXml', `${fileName} is not a readable SRX file: ${error.message}`, { file: fileName, detail: error.message });
    }
    throw error;
  }
  if (!root || root.local !== 'srx' || (root.uri !== SRX_NAMESPACE && root.uri !== '')) {
    const found = root ? (root.uri ? `{${root.uri}}${root.local}` : root.local) : 'nothing';
    throw new PadananError('segment.srx.wrongRoot', `${fileName} is not an SRX file: its root element is <${found}>, not <srx> in ${SRX_NAMESPACE}.`, {
      file: fileName,
      root: found,
    });
  }
  const version = root.attrs['version'];
  if (version !== '2.0') {
    throw new PadananError('segment.srx.version', `${fileName} is SRX version "${version ?? 'none'}"; Padanan reads SRX 2.0.`, {
      file: fileName,
      version: version ?? '',
    });
  }
  const header = firstChild(root, 'header');
  const body = firstChild(root, 'body');
  if (!header || !body) {
    throw new PadananError('segment.srx.structure', `${fileName} lacks the <${header ? 'body' : 'header'}> element that SRX 2.0 requires.`, {
      file: fileName,
      element: header ? 'body' : 'header',
    });
  }
  const formatHandles = { ...DEFAULT_FORMAT_HANDLES };
  for (const fh of childElements(header, 'formathandle')) {
    const type = fh.attrs['type'];
    if (type === 'start' || type === 'end' || type === 'isolated') formatHandles[type] = fh.attrs['include'] === 'yes';
  }
  const languageRules: SrxLanguageRule[] = [];
  for (const lr of childElements(firstChild(body, 'languagerules') ?? body, 'languagerule')) {
    const name = lr.attrs['languagerulename'] ?? '';
    const rules = childElements(lr, 'rule').map((r) => ({
      break: r.attrs['break'] !== 'no',
      before: patternText(firstChild(r, 'beforebreak')),
      after: patternText(firstChild(r, 'afterbreak')),
    }));
    languageRules.push({ name, rules });
  }
  if (languageRules.length === 0) {
    throw new PadananError('segment.srx.noLanguageRule', `${fileName} has no <languagerule>: there are no rules to segment with.`, { file: fileName });
  }
  const mapRules: SrxLanguageMap[] = childElements(firstChild(body, 'maprules') ?? body, 'languagemap').map((m) => ({
    pattern: m.attrs['languagepattern'] ?? '',
    ruleName: m.attrs['languagerulename'] ?? '',
  }));
  if (mapRules.length === 0) {
    throw new PadananError('segment.srx.noLanguageMap', `${fileName} has no <languagemap>: no language is given any rules.`, { file: fileName });
  }
  const doc: SrxDocument = {
    segmentSubflows: header.attrs['segmentsubflows'] !== 'no',
    cascade: header.attrs['cascade'] === 'yes',
    formatHandles,
    languageRules,
    mapRules,
  };
  checkSrx(doc, fileName);
  return doc;
}

/**
 * Checks that every map names an existing rule set and every pattern translates to JavaScript and
 * compiles. Throws PadananError naming the language rule and the rule's position (1-based).
 */
export function checkSrx(doc: SrxDocument, fileName = 'SRX rules'): void {
  const names = new Set(doc.languageRules.map((l) => l.name));
  doc.mapRules.forEach((map, i) => {
    if (!names.has(map.ruleName)) {
      throw new PadananError(
        'segment.srx.unknownLanguageRule',
        `${fileName}: language map ${i + 1} (pattern "${map.pattern}") names the language rule "${map.ruleName}", which does not exist.`,
        { file: fileName, languagerule: map.ruleName, position: i + 1, pattern: map.pattern },
      );
    }
    compileLanguagePattern(map.pattern, fileName, i + 1);
  });
  for (const lr of doc.languageRules) {
    lr.rules.forEach((rule, i) => {
      compileRulePattern(rule.before, 'beforebreak', lr.name, i + 1, fileName);
      compileRulePattern(rule.after, 'afterbreak', lr.name, i + 1, fileName);
    });
  }
}

/** Translates one rule pattern, or throws `segment.srx.regex` naming the rule. */
export function compileRulePattern(
  pattern: string,
  part: 'beforebreak' | 'afterbreak',
  languageRule: string,
  position: number,
  fileName = 'SRX rules',
  groupBase = 0,
): ReturnType<typeof translateJavaRegex> {
  const direction = part === 'beforebreak' ? 'backward' : 'forward';
  try {
    // Checked on its own (group numbers from 1), then translated for its place in a combined regex.
    const alone = translateJavaRegex(pattern, { direction });
    new RegExp(part === 'beforebreak' ? `(?<=${alone.source})` : `(?=${alone.source})`, JS_REGEX_FLAGS);
    return groupBase ? translateJavaRegex(pattern, { direction, groupBase }) : alone;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PadananError(
      'segment.srx.regex',
      `${fileName}: rule ${position} of language rule "${languageRule}" has a ${part} pattern that cannot be used: ${detail} (pattern: ${pattern}).`,
      { file: fileName, languagerule: languageRule, position, part, pattern, detail },
    );
  }
}

/** A JavaScript regex that matches a whole language code, or throws `segment.srx.languagePattern`. */
export function compileLanguagePattern(pattern: string, fileName = 'SRX rules', position = 0): RegExp {
  try {
    const translated = translateJavaRegex(pattern, { direction: 'forward' });
    return new RegExp(`^(?:${translated.source})$`, JS_REGEX_FLAGS);
  } catch (error) {
    const detail = error instanceof RegexTranslationError || error instanceof SyntaxError ? error.message : String(error);
    throw new PadananError(
      'segment.srx.languagePattern',
      `${fileName}: language map ${position} has a language pattern that cannot be used: ${detail} (pattern: ${pattern}).`,
      { file: fileName, position, pattern, detail },
    );
  }
}

/** Writes an SRX 2.0 document (valid against srx20.xsd) for export to other tools. */
export function serializeSrx(doc: SrxDocument): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<srx xmlns="${SRX_NAMESPACE}" version="2.0">`,
    `  <header segmentsubflows="${doc.segmentSubflows ? 'yes' : 'no'}" cascade="${doc.cascade ? 'yes' : 'no'}">`,
  ];
  for (const type of ['start', 'end', 'isolated'] as const) {
    out.push(`    <formathandle type="${type}" include="${doc.formatHandles[type] ? 'yes' : 'no'}"/>`);
  }
  out.push('  </header>', '  <body>', '    <languagerules>');
  for (const lr of doc.languageRules) {
    out.push(`      <languagerule languagerulename="${escapeXmlAttr(lr.name)}">`);
    for (const rule of lr.rules) {
      out.push(`        <rule break="${rule.break ? 'yes' : 'no'}">`);
      if (rule.before) out.push(`          <beforebreak>${escapeXmlText(rule.before)}</beforebreak>`);
      if (rule.after) out.push(`          <afterbreak>${escapeXmlText(rule.after)}</afterbreak>`);
      out.push('        </rule>');
    }
    out.push('      </languagerule>');
  }
  out.push('    </languagerules>', '    <maprules>');
  for (const map of doc.mapRules) {
    out.push(`      <languagemap languagepattern="${escapeXmlAttr(map.pattern)}" languagerulename="${escapeXmlAttr(map.ruleName)}"/>`);
  }
  out.push('    </maprules>', '  </body>', '</srx>', '');
  return out.join('\n');
}

/**
 * Returns a copy of the rules in which `abbreviation` (e.g. "Kapt." or "a.n.") never ends a
 * segment: a no-break rule put first in the language rule used for `language`, so it wins over
 * every break rule. Used by the editor's "don't split after this".
 */
export function withNoBreakAbbreviation(doc: SrxDocument, abbreviation: string, language = 'id'): SrxDocument {
  const word = abbreviation.trim();
  if (!word || /\s/.test(word)) {
    throw new PadananError('segment.abbreviation.invalid', `"${abbreviation}" is not an abbreviation (one word, usually ending in a period).`, {
      abbreviation,
    });
  }
  const target = languageRuleNamesFor(doc, language)[0] ?? doc.languageRules[0]!.name;
  const startsWithWordChar = /^[\p{L}\p{N}]/u.test(word);
  const rule: SrxRule = { break: false, before: `${startsWithWordChar ? '\\b' : ''}${escapeJavaRegex(word)}`, after: '\\s' };
  return {
    ...doc,
    languageRules: doc.languageRules.map((lr) =>
      lr.name === target ? { ...lr, rules: lr.rules.some((r) => sameRule(r, rule)) ? lr.rules : [rule, ...lr.rules] } : lr,
    ),
  };
}

/** Names of the language rules that apply to `language`, in order (honouring cascade). */
export function languageRuleNamesFor(doc: SrxDocument, language: string): string[] {
  // Tools disagree on the case of language codes (OmegaT writes "EN.*", memoQ "en.*"): a map
  // matches when the code matches in any of these spellings.
  const spellings = [...new Set([language, language.toLowerCase(), language.toUpperCase()])].flatMap((c) => [c, c.replace(/_/g, '-')]);
  const names: string[] = [];
  for (const [i, map] of doc.mapRules.entries()) {
    const re = compileLanguagePattern(map.pattern, 'SRX rules', i + 1);
    if (!spellings.some((code) => re.test(code))) continue;
    if (!names.includes(map.ruleName)) names.push(map.ruleName);
    if (!doc.cascade) break;
  }
  return names;
}

function sameRule(a: SrxRule, b: SrxRule): boolean {
  return a.break === b.break && a.before === b.before && a.after === b.after;
}

function patternText(el: XmlElement | undefined): string {
  return el ? textContent(el) : '';
}
