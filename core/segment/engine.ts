import { PadananError } from '../errors';
import { parseTagChar } from '../formats/inlineTags';
import { JS_REGEX_FLAGS } from './javaRegex';
import { compileRulePattern, languageRuleNamesFor, type SrxDocument } from './srx';

/**
 * The SRX engine. SRX semantics: at every position between two characters the rules are tried in
 * order and the first rule whose beforebreak matches the text ending there and whose afterbreak
 * matches the text starting there decides (break or no break); when none matches, no break.
 *
 * Doing that literally costs rules × characters regex runs. Instead:
 * 1. each break rule yields the set of characters its beforebreak can end with (or its
 *    afterbreak start with), and one class regex finds the candidate positions;
 * 2. at a candidate, one sticky regex made of every break rule as `(?<=B)(?=A)()` tells the first
 *    break rule that matches (the empty group marks which);
 * 3. one sticky regex of every no-break rule tells the first exception that matches; the position
 *    breaks unless that exception comes before the break rule.
 * beforebreak patterns run as lookbehinds, so "matches the text ending here" is exact whatever
 * the pattern's length.
 */
export interface CompiledRules {
  /** Break positions (0 < p < text.length), ascending. */
  findBreaks(text: string): number[];
}

interface RuleRef {
  index: number;
  languageRule: string;
  position: number;
}

export function compileRules(doc: SrxDocument, language: string): CompiledRules {
  const names = languageRuleNamesFor(doc, language);
  if (names.length === 0) {
    throw new PadananError('segment.srx.noLanguage', `The segmentation rules have no language map for "${language}".`, { language });
  }
  const ordered: (RuleRef & { break: boolean; before: string; after: string })[] = [];
  for (const name of names) {
    const lr = doc.languageRules.find((l) => l.name === name)!;
    lr.rules.forEach((r, i) => {
      // A rule with neither pattern would match everywhere; like other SRX engines, ignore it.
      if (r.before === '' && r.after === '') return;
      ordered.push({ ...r, index: ordered.length, languageRule: name, position: i + 1 });
    });
  }
  const lastBreak = ordered.map((r) => r.break).lastIndexOf(true);
  // Exceptions after the last break rule can never change a decision.
  const rules = ordered.slice(0, lastBreak + 1);

  const breakRules = rules.filter((r) => r.break);
  const noBreakRules = rules.filter((r) => !r.break);
  const breaks = combine(breakRules);
  const exceptions = noBreakRules.length ? combine(noBreakRules) : null;

  const endChars: string[] = [];
  const startChars: string[] = [];
  let everywhere = false;
  for (const c of breaks.compiled) {
    if (c.lastChars) endChars.push(c.lastChars);
    else if (c.firstChars) startChars.push(c.firstChars);
    else everywhere = true;
  }
  const endScan = endChars.length ? new RegExp(`[${endChars.join('')}]`, `g${JS_REGEX_FLAGS}`) : null;
  const startScan = startChars.length ? new RegExp(`[${startChars.join('')}]`, `g${JS_REGEX_FLAGS}`) : null;

  const formatShift = formatHandleShift(doc);

  return {
    findBreaks(text: string): number[] {
      const out: number[] = [];
      if (breakRules.length === 0 || text.length < 2) return out;
      const test = (p: number): void => {
        breaks.regex.lastIndex = p;
        const m = breaks.regex.exec(text);
        if (!m) return;
        const k = firstMarker(m, breaks.markers);
        if (exceptions) {
          exceptions.regex.lastIndex = p;
          const e = exceptions.regex.exec(text);
          if (e && noBreakRules[firstMarker(e, exceptions.markers)]!.index < breakRules[k]!.index) return;
        }
        out.push(formatShift(text, p));
      };
      const done = (): number[] => {
        // Moving breaks over inline codes can reorder or merge them.
        const sorted = out.sort((a, b) => a - b);
        return sorted.filter((q, i) => q > 0 && q < text.length && q !== sorted[i - 1]);
      };
      if (everywhere) {
        for (let p = 1; p < text.length; p++) {
          const c = text.charCodeAt(p);
          if (c >= 0xdc00 && c <= 0xdfff && p > 0 && isHigh(text.charCodeAt(p - 1))) continue;
          test(p);
        }
        return done();
      }
      for (const p of candidates(text, endScan, startScan)) {
        if (p > 0 && p < text.length) test(p);
      }
      return done();
    },
  };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

interface Combined {
  regex: RegExp;
  /** Group number of each rule's marker, in rule order. */
  markers: number[];
  compiled: ReturnType<typeof compileRulePattern>[];
}

function combine(rules: readonly (RuleRef & { before: string; after: string })[]): Combined {
  let groups = 0;
  const markers: number[] = [];
  const parts: string[] = [];
  const compiled: ReturnType<typeof compileRulePattern>[] = [];
  for (const r of rules) {
    const compile = (part: 'beforebreak' | 'afterbreak', base: number): ReturnType<typeof compileRulePattern> =>
      compileRulePattern(part === 'beforebreak' ? r.before : r.after, part, r.languageRule, r.position, 'SRX rules', base);
    const probeBefore = compile('beforebreak', 0);
    const probeAfter = compile('afterbreak', 0);
    // Both sides are zero-width at the same position, so their order does not change the result,
    // only the cost: test first the side that does not start with an unbounded repetition, else
    // e.g. the lookbehind [.!?]+ rescans a long run of dots at every dot (quadratic time).
    const behindFirst = r.before !== '' && !probeBefore.unboundedEnd && probeAfter.unboundedStart;
    // Group numbers follow the order in which the two sides appear in the combined source.
    let before = probeBefore;
    let after = probeAfter;
    if (behindFirst) {
      before = compile('beforebreak', groups);
      groups += before.groups;
      after = compile('afterbreak', groups);
      groups += after.groups;
    } else {
      after = compile('afterbreak', groups);
      groups += after.groups;
      before = compile('beforebreak', groups);
      groups += before.groups;
    }
    markers.push(++groups);
    compiled.push({
      ...before,
      // For candidate scanning: where the rule can match is bounded by its beforebreak's last
      // character, else by its afterbreak's first character.
      firstChars: r.after ? after.firstChars : null,
      lastChars: r.before ? before.lastChars : null,
    });
    const lookbehind = r.before ? `(?<=${before.source})` : '';
    const lookahead = r.after ? `(?=${after.source})` : '';
    // A one-character guard from the rule's own edge characters, so that a rule is only attempted
    // where it can match: a sentence rule is then not tried after every line end of a long run.
    const guard = r.before && before.lastChars ? `(?<=${before.lastChars})` : r.after && after.firstChars ? `(?=${after.firstChars})` : '';
    parts.push(`${guard}${behindFirst ? lookbehind + lookahead : lookahead + lookbehind}()`);
  }
  return { regex: new RegExp(parts.join('|'), `y${JS_REGEX_FLAGS}`), markers, compiled };
}

function firstMarker(m: RegExpExecArray, markers: readonly number[]): number {
  for (let i = 0; i < markers.length; i++) if (m[markers[i]!] !== undefined) return i;
  return -1;
}

/** Positions after a character of `endScan` or at a character of `startScan`, ascending, unique. */
function* candidates(text: string, endScan: RegExp | null, startScan: RegExp | null): Generator<number> {
  if (endScan && !startScan) {
    endScan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = endScan.exec(text))) yield m.index + m[0].length;
    return;
  }
  if (startScan && !endScan) {
    startScan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = startScan.exec(text))) yield m.index;
    return;
  }
  const all = new Set<number>();
  for (const [re, after] of [
    [endScan!, true],
    [startScan!, false],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) all.add(after ? m.index + m[0].length : m.index);
  }
  yield* [...all].sort((a, b) => a - b);
}

const FORMAT_HANDLE_KIND = { open: 'start', close: 'end', standalone: 'isolated' } as const;

/**
 * SRX formathandle: inline codes (Padanan's tag characters) next to a break go to the segment the
 * rules say. Start codes and isolated codes just before a break move to the next segment unless
 * included; end codes just after a break stay with the previous segment when included.
 */
function formatHandleShift(doc: SrxDocument): (text: string, p: number) => number {
  const fh = doc.formatHandles;
  const kind = (c: number): 'start' | 'end' | 'isolated' | null => {
    const tag = parseTagChar(c);
    return tag ? FORMAT_HANDLE_KIND[tag.kind] : null;
  };
  return (text, p) => {
    let q = p;
    for (;;) {
      const k = kind(text.charCodeAt(q));
      if (k === 'end' && fh.end) q++;
      else if (k === 'start' && fh.start) q++;
      else if (k === 'isolated' && fh.isolated) q++;
      else break;
    }
    if (q !== p) return q;
    for (;;) {
      const k = q > 0 ? kind(text.charCodeAt(q - 1)) : null;
      if (k === 'start' && !fh.start) q--;
      else if (k === 'isolated' && !fh.isolated) q--;
      else if (k === 'end' && !fh.end) q--;
      else break;
    }
    return q;
  };
}
