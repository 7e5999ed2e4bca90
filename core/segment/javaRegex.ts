/**
 * Translates the Java (java.util.regex / ICU flavoured) regular expressions that SRX files are
 * written in into JavaScript regular expressions (compiled with the `v` flag).
 *
 * Why a real parser rather than a few string replacements: Java and JavaScript disagree on many
 * details that change which text matches (`\s` and `.` differ, `\b` is Unicode-aware in Java,
 * `(?i)` is ASCII-only in Java and may be scoped, `$` matches before a final line end), Java has
 * constructs JavaScript lacks (possessive quantifiers, atomic groups, `\Q…\E`, `\h`, POSIX and
 * `java*` classes, class intersections), and the engine combines many patterns into one regex,
 * which needs group renumbering. Parsing once also yields the set of characters a pattern can end
 * or start with, which the engine uses to visit only the positions where a rule can match.
 *
 * What cannot be translated is refused with a RegexTranslationError that says what and where.
 */

export interface TranslateOptions {
  /**
   * 'backward' when the result is placed inside a lookbehind (SRX beforebreak): JavaScript
   * matches lookbehinds right to left, so backreferences cannot work there and atomic groups
   * would change meaning; they are refused (backreferences) or matched without atomicity.
   */
  direction: 'forward' | 'backward';
  /** Number of capturing groups that precede this pattern in the combined regex. */
  groupBase?: number;
}

export interface TranslatedRegex {
  /** JavaScript source for the `v` flag. */
  source: string;
  /** Capturing groups the source contains. */
  groups: number;
  /**
   * A `v`-mode class (e.g. `[[.!?][\p{Lu}]]`) containing every character a non-empty match can
   * start with, or null when the pattern can match the empty string or the set is unknown.
   */
  firstChars: string | null;
  /** Same for the last character of a match. */
  lastChars: string | null;
  /**
   * Whether matching starts (forward: at the pattern's start; backward: at its end) with an
   * unbounded repetition, which can make a test cost as much as the run of text it repeats over.
   */
  unboundedStart: boolean;
  unboundedEnd: boolean;
}

export class RegexTranslationError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
    this.name = 'RegexTranslationError';
  }
}

export const JS_REGEX_FLAGS = 'v';

export function translateJavaRegex(pattern: string, options: TranslateOptions): TranslatedRegex {
  const ast = new Parser(pattern).parse();
  const emitter = new Emitter(options.groupBase ?? 0);
  const source = emitter.emit(ast.node, options.direction === 'backward');
  const first = edgeChars(ast.node, 'first');
  const last = edgeChars(ast.node, 'last');
  return {
    source,
    groups: emitter.groups,
    firstChars: first.nullable || first.chars === null ? null : unionClass(first.chars),
    lastChars: last.nullable || last.chars === null ? null : unionClass(last.chars),
    unboundedStart: unboundedEdge(ast.node, 'first'),
    unboundedEnd: unboundedEdge(ast.node, 'last'),
  };
}

function unboundedEdge(n: Node, side: 'first' | 'last'): boolean {
  switch (n.type) {
    case 'quant':
      return n.max === Infinity || unboundedEdge(n.body, side);
    case 'group':
    case 'atomic':
      return unboundedEdge(n.body, side);
    case 'alt':
      return n.alts.some((a) => unboundedEdge(a, side));
    case 'seq': {
      const items = side === 'first' ? n.items : [...n.items].reverse();
      const edge = items.find((i) => i.type !== 'assert' && i.type !== 'look');
      return edge ? unboundedEdge(edge, side) : false;
    }
    default:
      return false;
  }
}

/** Escapes text so that Java (and .NET) regexes match it literally. */
export function escapeJavaRegex(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}\-&]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// AST

type Node =
  | { type: 'seq'; items: Node[] }
  | { type: 'alt'; alts: Node[] }
  /** One consumed character from a set; `cls` is a v-mode class operand. */
  | { type: 'set'; cls: string }
  | { type: 'group'; capture: number | null; body: Node }
  | { type: 'look'; behind: boolean; negate: boolean; body: Node }
  | { type: 'atomic'; body: Node }
  | { type: 'quant'; min: number; max: number; mode: 'greedy' | 'lazy' | 'possessive'; body: Node }
  | { type: 'backref'; group: number }
  /** Zero-width JavaScript source that needs no further translation. */
  | { type: 'assert'; js: string }
  /** Fixed JavaScript source for a multi-character construct (\R, \X) with known edge sets. */
  | { type: 'raw'; js: string; first: string; last: string };

interface Flags {
  i: boolean;
  /** UNICODE_CASE */
  u: boolean;
  s: boolean;
  m: boolean;
  x: boolean;
  /** UNIX_LINES */
  d: boolean;
  /** UNICODE_CHARACTER_CLASS */
  U: boolean;
}

const LINE_TERMINATORS = '\\n\\r\\u{85}\\u{2028}\\u{2029}';
const WORD_CHAR = '[\\p{L}\\p{Nd}\\p{Mn}_]';
const JAVA_SPACE = '[\\t-\\r ]';
const HSPACE = '[\\t \\u{A0}\\u{1680}\\u{180E}\\u{2000}-\\u{200A}\\u{202F}\\u{205F}\\u{3000}]';
const VSPACE = '[\\n-\\r\\u{85}\\u{2028}\\u{2029}]';

// ---------------------------------------------------------------------------------------------
// Parser

interface ClassOperand {
  /** v-mode operand: a single escaped char, a range `a-b`, `\p{…}` or a bracketed class. */
  js: string;
  /** Code point ranges when the operand is plain characters (for case folding). */
  ranges?: [number, number][];
}

class Parser {
  private pos = 0;
  groupCount = 0;
  private readonly names = new Map<string, number>();

  constructor(private readonly src: string) {}

  parse(): { node: Node; groupCount: number } {
    const flags: Flags = { i: false, u: false, s: false, m: false, x: false, d: false, U: false };
    const node = this.parseAlternation(flags);
    if (this.pos < this.src.length) this.fail(`unmatched ")"`);
    this.checkBackrefs(node);
    return { node, groupCount: this.groupCount };
  }

  private checkBackrefs(node: Node): void {
    const visit = (n: Node): void => {
      switch (n.type) {
        case 'seq':
          n.items.forEach(visit);
          break;
        case 'alt':
          n.alts.forEach(visit);
          break;
        case 'group':
        case 'look':
        case 'atomic':
        case 'quant':
          visit(n.body);
          break;
        case 'backref':
          if (n.group > this.groupCount) throw new RegexTranslationError(`backreference \\${n.group} to a group that does not exist`, 0);
          break;
        default:
      }
    };
    visit(node);
  }

  private fail(message: string, at = this.pos): never {
    throw new RegexTranslationError(`${message} at index ${at}`, at);
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  private codePointAt(): number {
    return this.src.codePointAt(this.pos)!;
  }

  /** Alternatives up to ")" or the end; flags changed by (?i) last until the end of the group. */
  private parseAlternation(flags: Flags): Node {
    const alts: Node[] = [];
    let items: Node[] = [];
    for (;;) {
      this.skipExtended(flags);
      const c = this.peek();
      if (c === undefined || c === ')') break;
      if (c === '|') {
        this.pos++;
        alts.push(seq(items));
        items = [];
        continue;
      }
      const atom = this.parseAtom(flags);
      if (atom === null) continue;
      if (atom.type === 'seq') {
        // \Q…\E: a quantifier that follows applies to its last character only, as in Java.
        items.push(...atom.items.slice(0, -1));
        items.push(this.parseQuantifier(atom.items[atom.items.length - 1]!, flags));
        continue;
      }
      items.push(this.parseQuantifier(atom, flags));
    }
    alts.push(seq(items));
    return alts.length === 1 ? alts[0]! : { type: 'alt', alts };
  }

  private skipExtended(flags: Flags): void {
    if (!flags.x) return;
    for (;;) {
      const c = this.peek();
      if (c !== undefined && /[ \t\n\x0B\f\r]/.test(c)) this.pos++;
      else if (c === '#') {
        while (this.pos < this.src.length && !/[\n\r\u0085\u2028\u2029]/.test(this.src[this.pos]!)) this.pos++;
      } else return;
    }
  }

  private parseQuantifier(atom: Node, flags: Flags): Node {
    this.skipExtended(flags);
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) this.fail('illegal repetition "{"');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (max < min) this.fail('illegal repetition range');
      this.pos += m[0].length - 1;
    } else return atom;
    this.pos++;
    let mode: 'greedy' | 'lazy' | 'possessive' = 'greedy';
    if (this.peek() === '?') {
      mode = 'lazy';
      this.pos++;
    } else if (this.peek() === '+') {
      mode = 'possessive';
      this.pos++;
    }
    return { type: 'quant', min, max, mode, body: atom };
  }

  /** One atom, or null for constructs that match nothing (a flag group like "(?i)"). */
  private parseAtom(flags: Flags): Node | null {
    const c = this.peek()!;
    switch (c) {
      case '(':
        return this.parseGroup(flags);
      case '[': {
        this.pos++;
        const cls = this.parseClass(flags);
        return { type: 'set', cls };
      }
      case '.':
        this.pos++;
        return { type: 'set', cls: flags.s ? '[\\s\\S]' : flags.d ? '[^\\n]' : `[^${LINE_TERMINATORS}]` };
      case '^':
        this.pos++;
        if (!flags.m) return { type: 'assert', js: '^' };
        return { type: 'assert', js: flags.d ? '(?:^|(?<=\\n)(?!$))' : `(?:^|(?<=[\\n\\u{85}\\u{2028}\\u{2029}]|\\r(?!\\n))(?!$))` };
      case '$':
        this.pos++;
        return { type: 'assert', js: this.endOfLine(flags) };
      case '\\':
        return this.parseEscape(flags);
      case '*':
      case '+':
      case '?':
        this.fail(`dangling meta character "${c}"`);
      // falls through (fail never returns)
      case '{':
        this.fail('illegal repetition "{"');
      // falls through
      default: {
        const cp = this.codePointAt();
        this.pos += cp > 0xffff ? 2 : 1;
        return literal(cp, flags);
      }
    }
  }

  private endOfLine(flags: Flags): string {
    if (flags.m) return flags.d ? '(?=\\n|$)' : '(?:(?<!\\r)(?=\\n)|(?=[\\r\\u{85}\\u{2028}\\u{2029}])|$)';
    return flags.d ? '(?=\\n?$)' : `(?=(?:\\r\\n|[${LINE_TERMINATORS}])?$)`;
  }

  private parseGroup(flags: Flags): Node | null {
    const start = this.pos;
    this.pos++; // (
    let kind: 'capture' | 'plain' | 'look' | 'atomic' = 'capture';
    let behind = false;
    let negate = false;
    let inner = { ...flags };
    if (this.peek() === '?') {
      this.pos++;
      const c = this.peek();
      if (c === ':') {
        kind = 'plain';
        this.pos++;
      } else if (c === '=' || c === '!') {
        kind = 'look';
        negate = c === '!';
        this.pos++;
      } else if (c === '>') {
        kind = 'atomic';
        this.pos++;
      } else if (c === '<' && (this.peek(1) === '=' || this.peek(1) === '!')) {
        kind = 'look';
        behind = true;
        negate = this.peek(1) === '!';
        this.pos += 2;
      } else if (c === '<') {
        const m = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(this.src.slice(this.pos));
        if (!m) this.fail('bad named group');
        if (this.names.has(m[1]!)) this.fail(`named group "${m[1]}" is defined twice`);
        this.pos += m[0].length;
        this.names.set(m[1]!, this.groupCount + 1);
      } else {
        const m = /^([idmsuxcU]*)(?:-([idmsuxcU]*))?([:)])/.exec(this.src.slice(this.pos));
        if (!m) this.fail('unknown group construct "(?"');
        const target = m[3] === ')' ? flags : inner;
        for (const f of m[1]!) setFlag(target, f, true);
        for (const f of m[2] ?? '') setFlag(target, f, false);
        this.pos += m[0].length;
        if (m[3] === ')') return null;
        kind = 'plain';
        inner = { ...target };
        // "(?i:…)" changes flags only inside; restore the outer object (target was the copy).
      }
    }
    const capture = kind === 'capture' ? ++this.groupCount : null;
    const body = this.parseAlternation(inner);
    if (this.peek() !== ')') this.fail('unclosed group', start);
    this.pos++;
    if (kind === 'look') return { type: 'look', behind, negate, body };
    if (kind === 'atomic') return { type: 'atomic', body };
    return { type: 'group', capture, body };
  }

  private parseEscape(flags: Flags): Node | null {
    const start = this.pos;
    this.pos++; // backslash
    const c = this.peek();
    if (c === undefined) this.fail('pattern ends with a backslash');
    switch (c) {
      case 'Q': {
        this.pos++;
        const end = this.src.indexOf('\\E', this.pos);
        const text = this.src.slice(this.pos, end < 0 ? undefined : end);
        this.pos = end < 0 ? this.src.length : end + 2;
        const items = [...text].map((ch) => literal(ch.codePointAt(0)!, flags));
        if (items.length === 0) return null;
        return items.length === 1 ? items[0]! : { type: 'seq', items };
      }
      case 'E':
        this.pos++;
        return null;
      case 'b':
        this.pos++;
        if (this.peek() === '{') this.fail('grapheme boundaries (\\b{g}) are not supported');
        return { type: 'assert', js: wordBoundary(flags, false) };
      case 'B':
        this.pos++;
        return { type: 'assert', js: wordBoundary(flags, true) };
      case 'A':
        this.pos++;
        return { type: 'assert', js: '^' };
      case 'z':
        this.pos++;
        return { type: 'assert', js: '$' };
      case 'Z':
        this.pos++;
        return { type: 'assert', js: flags.d ? '(?=\\n?$)' : `(?=(?:\\r\\n|[${LINE_TERMINATORS}])?$)` };
      case 'G':
        this.fail('\\G (end of previous match) has no meaning in segmentation rules', start);
      // falls through
      case 'R':
        this.pos++;
        return { type: 'raw', js: '(?:\\r\\n|[\\n-\\r\\u{85}\\u{2028}\\u{2029}])', first: VSPACE, last: VSPACE };
      case 'X':
        this.pos++;
        return { type: 'raw', js: '(?:\\r\\n|\\P{M}\\p{M}*|\\p{M}+)', first: '[\\s\\S]', last: '[\\s\\S]' };
      case 'k': {
        const m = /^k<([a-zA-Z][a-zA-Z0-9]*)>/.exec(this.src.slice(this.pos));
        if (!m) this.fail('bad named backreference');
        const group = this.names.get(m[1]!);
        if (group === undefined) this.fail(`named group "${m[1]}" is not defined before its backreference`);
        this.pos += m[0].length;
        return { type: 'backref', group };
      }
      default:
    }
    if (c >= '1' && c <= '9') {
      // Java reads as many digits as still name an existing group.
      let group = Number(c);
      this.pos++;
      while (/[0-9]/.test(this.peek() ?? '') && group * 10 + Number(this.peek()) <= this.groupCount) {
        group = group * 10 + Number(this.peek());
        this.pos++;
      }
      return { type: 'backref', group };
    }
    this.pos = start;
    const operand = this.parseClassEscape(flags, false);
    return { type: 'set', cls: operand.js };
  }

  /**
   * An escape that denotes one character or a character class, inside or outside brackets.
   * Called with pos on the backslash.
   */
  private parseClassEscape(flags: Flags, inClass: boolean): ClassOperand {
    const start = this.pos;
    this.pos++;
    const c = this.peek();
    if (c === undefined) this.fail('pattern ends with a backslash');
    this.pos++;
    switch (c) {
      case 'd':
        return { js: flags.U ? '\\p{Nd}' : '[0-9]' };
      case 'D':
        return { js: flags.U ? '\\P{Nd}' : '[^0-9]' };
      case 'w':
        return { js: flags.U ? '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}]' : '[a-zA-Z_0-9]' };
      case 'W':
        return { js: flags.U ? '[^\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}]' : '[^a-zA-Z_0-9]' };
      case 's':
        return { js: flags.U ? '\\p{White_Space}' : JAVA_SPACE };
      case 'S':
        return { js: flags.U ? '\\P{White_Space}' : '[^\\t-\\r ]' };
      case 'h':
        return { js: HSPACE };
      case 'H':
        return { js: `[^${HSPACE.slice(1, -1)}]` };
      case 'v':
        return { js: VSPACE };
      case 'V':
        return { js: `[^${VSPACE.slice(1, -1)}]` };
      case 'p':
      case 'P': {
        let name: string;
        if (this.peek() === '{') {
          const end = this.src.indexOf('}', this.pos);
          if (end < 0) this.fail('unclosed character property');
          name = this.src.slice(this.pos + 1, end);
          this.pos = end + 1;
        } else {
          name = this.peek() ?? '';
          if (!name) this.fail('bad character property');
          this.pos++;
        }
        const js = propertyClass(name, flags);
        if (js === null) this.fail(`unknown or unsupported character property \\${c}{${name}}`, start);
        return { js: c === 'P' ? `[^${js}]` : js };
      }
      default:
    }
    const cp = this.parseCharEscape(c, start, inClass);
    return charOperand(cp, flags);
  }

  /** The code point of a character escape whose letter (c) was just consumed. */
  private parseCharEscape(c: string, start: number, inClass: boolean): number {
    const hex = (re: RegExp): number => {
      const m = re.exec(this.src.slice(this.pos));
      if (!m) this.fail('bad hexadecimal escape', start);
      this.pos += m[0].length;
      const cp = parseInt(m[1]!, 16);
      if (cp > 0x10ffff) this.fail('hexadecimal escape beyond U+10FFFF', start);
      return cp;
    };
    switch (c) {
      case 't':
        return 9;
      case 'n':
        return 10;
      case 'r':
        return 13;
      case 'f':
        return 12;
      case 'a':
        return 7;
      case 'e':
        return 27;
      case 'x':
        return this.peek() === '{' ? hex(/^\{([0-9a-fA-F]+)\}/) : hex(/^([0-9a-fA-F]{2})/);
      case 'u':
        return hex(/^([0-9a-fA-F]{4})/);
      case 'c': {
        const ch = this.peek();
        if (ch === undefined) this.fail('bad control escape', start);
        this.pos++;
        return ch.charCodeAt(0) ^ 64;
      }
      case '0': {
        const m = /^(?:[0-3][0-7]{2}|[0-7]{1,2})/.exec(this.src.slice(this.pos));
        if (!m) this.fail('bad octal escape', start);
        this.pos += m[0].length;
        return parseInt(m[0], 8);
      }
      case 'N':
        this.fail('named characters (\\N{…}) are not supported', start);
      // falls through
      default:
    }
    if (/[a-zA-Z]/.test(c)) this.fail(`illegal escape "\\${c}"${inClass ? ' in a character class' : ''}`, start);
    if (/[0-9]/.test(c)) this.fail(`illegal escape "\\${c}" in a character class`, start);
    this.pos--;
    const cp = this.codePointAt();
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }

  /** A bracketed class; pos is just after "[". Returns a v-mode class. */
  private parseClass(flags: Flags): string {
    const start = this.pos - 1;
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.pos++;
    }
    const operands: string[] = [];
    let current = this.parseClassUnion(flags, true);
    while (this.src.startsWith('&&', this.pos)) {
      this.pos += 2;
      operands.push(current);
      current = this.parseClassUnion(flags, false);
    }
    operands.push(current);
    if (this.peek() !== ']') this.fail('unclosed character class', start);
    this.pos++;
    const body = operands.length === 1 ? operands[0]!.slice(1, -1) : operands.join('&&');
    return `[${negate ? '^' : ''}${body}]`;
  }

  /** Union items up to "]" or "&&", as one bracketed v-mode class. */
  private parseClassUnion(flags: Flags, first: boolean): string {
    const parts: string[] = [];
    let atStart = first;
    for (;;) {
      if (flags.x) {
        while (/[ \t\n\x0B\f\r]/.test(this.peek() ?? '')) this.pos++;
      }
      const c = this.peek();
      if (c === undefined) this.fail('unclosed character class');
      if (c === ']' && !atStart) break;
      if (this.src.startsWith('&&', this.pos)) break;
      atStart = false;
      if (c === '[') {
        this.pos++;
        parts.push(this.parseClass(flags));
        continue;
      }
      if (c === '\\' && this.peek(1) === 'Q') {
        this.pos += 2;
        const end = this.src.indexOf('\\E', this.pos);
        const text = this.src.slice(this.pos, end < 0 ? undefined : end);
        this.pos = end < 0 ? this.src.length : end + 2;
        for (const ch of text) parts.push(charOperand(ch.codePointAt(0)!, flags).js);
        continue;
      }
      const lo = this.parseClassChar(flags);
      if (lo.cp !== undefined && this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '[' && this.peek(1) !== undefined) {
        this.pos++;
        const hi = this.parseClassChar(flags);
        if (hi.cp === undefined) this.fail('illegal character range');
        if (hi.cp < lo.cp) this.fail('illegal character range (end before start)');
        parts.push(rangeOperand(lo.cp, hi.cp, flags));
        continue;
      }
      parts.push(lo.js);
    }
    return `[${parts.join('')}]`;
  }

  /** One class member: a character (with its code point) or a class escape. */
  private parseClassChar(flags: Flags): { js: string; cp?: number } {
    const c = this.peek()!;
    if (c === '\\') {
      const next = this.peek(1);
      if (next !== undefined && /[dDwWsShHvVpP]/.test(next)) return { js: this.parseClassEscape(flags, true).js };
      const start = this.pos;
      this.pos += 2;
      const cp = this.parseCharEscape(next ?? '', start, true);
      return { js: charOperand(cp, flags).js, cp };
    }
    const cp = this.codePointAt();
    this.pos += cp > 0xffff ? 2 : 1;
    return { js: charOperand(cp, flags).js, cp };
  }
}

function setFlag(flags: Flags, f: string, on: boolean): void {
  if (f === 'c') return; // canonical equivalence: no JavaScript equivalent, and irrelevant to NFC text
  (flags as unknown as Record<string, boolean>)[f] = on;
  if (f === 'U' && on) flags.u = true;
}

function seq(items: Node[]): Node {
  return items.length === 1 ? items[0]! : { type: 'seq', items };
}

function wordBoundary(flags: Flags, negate: boolean): string {
  // Java (up to 18, which OmegaT and most tools run on) treats letters and digits of any script
  // as word characters for \b, unlike JavaScript's ASCII-only \b.
  const w = flags.U ? '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}]' : WORD_CHAR;
  return negate ? `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))` : `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
}

// ---------------------------------------------------------------------------------------------
// Characters, case folding, properties

function escapeCp(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return String.fromCodePoint(cp);
  return `\\u{${cp.toString(16).toUpperCase()}}`;
}

/** Case variants of a code point under Java's rules: ASCII only unless UNICODE_CASE. */
function caseVariants(cp: number, flags: Flags): number[] {
  if (!flags.i) return [cp];
  if (!flags.u) {
    if (cp >= 0x41 && cp <= 0x5a) return [cp, cp + 32];
    if (cp >= 0x61 && cp <= 0x7a) return [cp, cp - 32];
    return [cp];
  }
  const ch = String.fromCodePoint(cp);
  const out = new Set<number>([cp]);
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
    if ([...v].length === 1) out.add(v.codePointAt(0)!);
  }
  return [...out];
}

function charOperand(cp: number, flags: Flags): ClassOperand {
  const variants = caseVariants(cp, flags);
  if (variants.length === 1) return { js: escapeCp(cp) };
  return { js: `[${variants.map(escapeCp).join('')}]` };
}

function literal(cp: number, flags: Flags): Node {
  return { type: 'set', cls: charOperand(cp, flags).js };
}

function rangeOperand(lo: number, hi: number, flags: Flags): string {
  const base = `${escapeCp(lo)}-${escapeCp(hi)}`;
  if (!flags.i) return base;
  const extra: string[] = [];
  if (!flags.u) {
    // Java's ASCII case folding: add the other case of the letters the range covers.
    const add = (a: number, b: number, shift: number): void => {
      const from = Math.max(lo, a);
      const to = Math.min(hi, b);
      if (from <= to) extra.push(`${escapeCp(from + shift)}-${escapeCp(to + shift)}`);
    };
    add(0x41, 0x5a, 32);
    add(0x61, 0x7a, -32);
  } else if (hi - lo <= 4096) {
    const seen = new Set<number>();
    for (let cp = lo; cp <= hi; cp++) for (const v of caseVariants(cp, flags)) if (v < lo || v > hi) seen.add(v);
    for (const v of seen) extra.push(escapeCp(v));
  }
  return extra.length ? `[${base}${extra.join('')}]` : base;
}

const GENERAL_CATEGORIES = new Set(
  'L Lu Ll Lt Lm Lo LC M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Co Cs Cn'.split(' '),
);

const POSIX_ASCII: Record<string, string> = {
  Lower: '[a-z]',
  Upper: '[A-Z]',
  ASCII: '[\\u{0}-\\u{7F}]',
  Alpha: '[a-zA-Z]',
  Digit: '[0-9]',
  Alnum: '[a-zA-Z0-9]',
  Punct: '[\\u{21}-\\u{2F}\\u{3A}-\\u{40}\\u{5B}-\\u{60}\\u{7B}-\\u{7E}]',
  Graph: '[\\u{21}-\\u{7E}]',
  Print: '[\\u{20}-\\u{7E}]',
  Blank: '[ \\t]',
  Cntrl: '[\\u{0}-\\u{1F}\\u{7F}]',
  XDigit: '[0-9a-fA-F]',
  Space: JAVA_SPACE,
};

const POSIX_UNICODE: Record<string, string> = {
  Lower: '\\p{Lowercase}',
  Upper: '\\p{Uppercase}',
  ASCII: '[\\u{0}-\\u{7F}]',
  Alpha: '\\p{Alphabetic}',
  Digit: '\\p{Nd}',
  Alnum: '[\\p{Alphabetic}\\p{Nd}]',
  Punct: '\\p{P}',
  Graph: '[^\\p{White_Space}\\p{Cc}\\p{Cs}\\p{Cn}]',
  Print: '[[^\\p{White_Space}\\p{Cc}\\p{Cs}\\p{Cn}]\\p{Zs}]',
  Blank: '[\\p{Zs}\\t]',
  Cntrl: '\\p{Cc}',
  XDigit: '[\\p{Nd}\\p{Hex_Digit}]',
  Space: '\\p{White_Space}',
};

const JAVA_PROPERTIES: Record<string, string> = {
  javaLowerCase: '\\p{Lowercase}',
  javaUpperCase: '\\p{Uppercase}',
  javaTitleCase: '\\p{Lt}',
  javaWhitespace: '[[\\t-\\r\\u{1C}-\\u{1F}\\p{Z}]--[\\u{A0}\\u{2007}\\u{202F}]]',
  javaSpaceChar: '\\p{Z}',
  javaLetter: '\\p{L}',
  javaDigit: '\\p{Nd}',
  javaLetterOrDigit: '[\\p{L}\\p{Nd}]',
  javaAlphabetic: '\\p{Alphabetic}',
  javaIdeographic: '\\p{Ideographic}',
  javaISOControl: '[\\u{0}-\\u{1F}\\u{7F}-\\u{9F}]',
  javaDefined: '\\P{Cn}',
  javaMirrored: '\\p{Bidi_Mirrored}',
};

const BINARY_PROPERTIES: Record<string, string> = {
  alphabetic: 'Alphabetic',
  ideographic: 'Ideographic',
  letter: 'L',
  lowercase: 'Lowercase',
  uppercase: 'Uppercase',
  titlecase: 'Lt',
  punctuation: 'P',
  control: 'Cc',
  whitespace: 'White_Space',
  white_space: 'White_Space',
  digit: 'Nd',
  hexdigit: 'Hex_Digit',
  hex_digit: 'Hex_Digit',
  joincontrol: 'Join_Control',
  join_control: 'Join_Control',
  noncharactercodepoint: 'Noncharacter_Code_Point',
  noncharacter_code_point: 'Noncharacter_Code_Point',
  assigned: 'Assigned',
  emoji: 'Emoji',
  emoji_presentation: 'Emoji_Presentation',
  emoji_modifier: 'Emoji_Modifier',
  emoji_modifier_base: 'Emoji_Modifier_Base',
  emoji_component: 'Emoji_Component',
  extended_pictographic: 'Extended_Pictographic',
};

/** Unicode blocks that JavaScript cannot name, as ranges; other blocks are refused. */
const BLOCKS: Record<string, string> = {
  basiclatin: '[\\u{0}-\\u{7F}]',
  latin1supplement: '[\\u{80}-\\u{FF}]',
  latinextendeda: '[\\u{100}-\\u{17F}]',
  latinextendedb: '[\\u{180}-\\u{24F}]',
  latinextendedadditional: '[\\u{1E00}-\\u{1EFF}]',
  greek: '[\\u{370}-\\u{3FF}]',
  greekandcoptic: '[\\u{370}-\\u{3FF}]',
  cyrillic: '[\\u{400}-\\u{4FF}]',
  arabic: '[\\u{600}-\\u{6FF}]',
  hebrew: '[\\u{590}-\\u{5FF}]',
  thai: '[\\u{E00}-\\u{E7F}]',
  generalpunctuation: '[\\u{2000}-\\u{206F}]',
  cjksymbolsandpunctuation: '[\\u{3000}-\\u{303F}]',
  hiragana: '[\\u{3040}-\\u{309F}]',
  katakana: '[\\u{30A0}-\\u{30FF}]',
  cjkunifiedideographs: '[\\u{4E00}-\\u{9FFF}]',
  hangulsyllables: '[\\u{AC00}-\\u{D7AF}]',
  halfwidthandfullwidthforms: '[\\u{FF00}-\\u{FFEF}]',
  privateusearea: '[\\u{E000}-\\u{F8FF}]',
};

/** A Java property name as a v-mode class operand, or null when unknown. */
function propertyClass(raw: string, flags: Flags): string | null {
  let name = raw.trim();
  const caseFold = (js: string): string => (flags.i ? '[\\p{Lu}\\p{Ll}\\p{Lt}]' : js);
  if (flags.U && POSIX_UNICODE[name]) return name === 'Lower' || name === 'Upper' ? caseFold(POSIX_UNICODE[name]!) : POSIX_UNICODE[name]!;
  if (POSIX_ASCII[name]) return (name === 'Lower' || name === 'Upper') && flags.i ? '[a-zA-Z]' : POSIX_ASCII[name]!;
  if (JAVA_PROPERTIES[name]) return /^java(Lower|Upper|Title)Case$/.test(name) ? caseFold(JAVA_PROPERTIES[name]!) : JAVA_PROPERTIES[name]!;
  const eq = /^(\w+)\s*=\s*(.+)$/.exec(name);
  if (eq) {
    const key = eq[1]!.toLowerCase();
    const value = eq[2]!;
    if (key === 'sc' || key === 'script') return scriptClass(value);
    if (key === 'gc' || key === 'general_category') return categoryClass(value, flags);
    if (key === 'blk' || key === 'block') return BLOCKS[value.replace(/[\s_-]/g, '').toLowerCase()] ?? null;
    return null;
  }
  if (name === 'L1') return '[\\u{0}-\\u{FF}]';
  if (name === 'LD') return '[\\p{L}\\p{Nd}]';
  const category = categoryClass(name, flags);
  if (category) return category;
  if (name.startsWith('In')) return BLOCKS[name.slice(2).replace(/[\s_-]/g, '').toLowerCase()] ?? null;
  if (name.startsWith('Is')) {
    name = name.slice(2);
    const cat = categoryClass(name, flags);
    if (cat) return cat;
    const binary = BINARY_PROPERTIES[name.toLowerCase()];
    if (binary) {
      if (binary === 'Lowercase' || binary === 'Uppercase' || binary === 'Lt') return caseFold(`\\p{${binary}}`);
      return `\\p{${binary}}`;
    }
    return scriptClass(name);
  }
  return scriptClass(name);
}

function categoryClass(name: string, flags: Flags): string | null {
  if (!GENERAL_CATEGORIES.has(name)) return null;
  // Java matches any cased letter for Lu/Ll/Lt when CASE_INSENSITIVE is on.
  if (flags.i && (name === 'Lu' || name === 'Ll' || name === 'Lt')) return '[\\p{Lu}\\p{Ll}\\p{Lt}]';
  return `\\p{${name}}`;
}

function scriptClass(name: string): string | null {
  const canonical = name
    .split(/[\s_]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join('_');
  for (const candidate of [name, canonical]) {
    try {
      new RegExp(`\\p{Script=${candidate}}`, 'v');
      return `\\p{Script=${candidate}}`;
    } catch {
      // try the next spelling
    }
  }
  return null;
}

function unionClass(parts: string[]): string {
  return `[${parts.map((p) => (p.startsWith('[') || p.startsWith('\\p') || p.startsWith('\\P') ? p : `[${p}]`)).join('')}]`;
}

// ---------------------------------------------------------------------------------------------
// Emitter

class Emitter {
  groups = 0;
  private readonly javaToJs = new Map<number, number>();
  private readonly pendingRefs: { placeholder: string; group: number }[] = [];

  constructor(private readonly base: number) {}

  emit(node: Node, backward: boolean): string {
    let out = this.node(node, backward);
    for (const ref of this.pendingRefs) {
      const js = this.javaToJs.get(ref.group);
      out = out.replace(ref.placeholder, js === undefined ? '(?!)' : `(?:\\${js})`);
    }
    return out;
  }

  private newGroup(): number {
    this.groups++;
    return this.base + this.groups;
  }

  private node(n: Node, backward: boolean): string {
    switch (n.type) {
      case 'seq':
        return n.items.map((i) => this.node(i, backward)).join('');
      case 'alt':
        return n.alts.map((a) => this.node(a, backward)).join('|');
      case 'set':
        return n.cls;
      case 'assert':
        return n.js;
      case 'raw':
        return n.js;
      case 'group': {
        if (n.capture === null) return `(?:${this.node(n.body, backward)})`;
        const js = this.newGroup();
        this.javaToJs.set(n.capture, js);
        return `(${this.node(n.body, backward)})`;
      }
      case 'look':
        return `(?${n.behind ? '<' : ''}${n.negate ? '!' : '='}${this.node(n.body, n.behind)})`;
      case 'atomic': {
        if (backward) return `(?:${this.node(n.body, backward)})`;
        const g = this.newGroup();
        return `(?=(${this.node(n.body, backward)}))(?:\\${g})`;
      }
      case 'quant': {
        if (n.mode === 'possessive' && !backward) return this.possessive(n, backward);
        const body = this.node(n.body, backward);
        const atom = isAtom(n.body) ? body : `(?:${body})`;
        return `${atom}${quantifier(n.min, n.max)}${n.mode === 'lazy' ? '?' : ''}`;
      }
      case 'backref': {
        if (backward) {
          throw new RegexTranslationError('backreferences are not supported in a beforebreak pattern (it is matched right to left)', 0);
        }
        const placeholder = `\u0000${this.pendingRefs.length}\u0000`;
        this.pendingRefs.push({ placeholder, group: n.group });
        return placeholder;
      }
    }
  }

  private possessive(n: Extract<Node, { type: 'quant' }>, backward: boolean): string {
    // Possessive X*+ behaves as the atomic group (?>X*): capture greedily in a lookahead, then
    // consume exactly what was captured, so nothing can be given back. The capture is numbered
    // before the body's own groups because its parenthesis comes first.
    const g = this.newGroup();
    const body = this.node(n.body, backward);
    const atom = isAtom(n.body) ? body : `(?:${body})`;
    return `(?=(${atom}${quantifier(n.min, n.max)}))(?:\\${g})`;
  }
}

function isAtom(n: Node): boolean {
  if (n.type === 'set' || n.type === 'group') return true;
  if (n.type === 'raw') return n.js.startsWith('(?:');
  return false;
}

function quantifier(min: number, max: number): string {
  if (min === 0 && max === Infinity) return '*';
  if (min === 1 && max === Infinity) return '+';
  if (min === 0 && max === 1) return '?';
  if (max === Infinity) return `{${min},}`;
  return min === max ? `{${min}}` : `{${min},${max}}`;
}

// ---------------------------------------------------------------------------------------------
// Edge analysis

interface Edge {
  /** Class operands; null = any character. */
  chars: string[] | null;
  nullable: boolean;
}

function edgeChars(n: Node, side: 'first' | 'last'): Edge {
  switch (n.type) {
    case 'set':
      return { chars: [n.cls], nullable: false };
    case 'raw':
      return { chars: [side === 'first' ? n.first : n.last], nullable: false };
    case 'assert':
    case 'look':
      return { chars: [], nullable: true };
    case 'backref':
      return { chars: null, nullable: true };
    case 'group':
    case 'atomic':
      return edgeChars(n.body, side);
    case 'quant': {
      if (n.max === 0) return { chars: [], nullable: true };
      const inner = edgeChars(n.body, side);
      return { chars: inner.chars, nullable: inner.nullable || n.min === 0 };
    }
    case 'alt': {
      let chars: string[] | null = [];
      let nullable = false;
      for (const a of n.alts) {
        const e = edgeChars(a, side);
        nullable ||= e.nullable;
        chars = chars === null || e.chars === null ? null : [...chars, ...e.chars];
      }
      return { chars, nullable };
    }
    case 'seq': {
      const items = side === 'first' ? n.items : [...n.items].reverse();
      let chars: string[] | null = [];
      for (const item of items) {
        const e = edgeChars(item, side);
        chars = chars === null || e.chars === null ? null : [...chars, ...e.chars];
        if (!e.nullable) return { chars, nullable: false };
      }
      return { chars, nullable: true };
    }
  }
}
