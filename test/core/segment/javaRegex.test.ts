import { describe, it, expect } from 'vitest';
import { translateJavaRegex, RegexTranslationError, escapeJavaRegex } from '../../../core/segment/javaRegex';

/** Compiles a Java pattern for a whole-string test, as Java's Matcher.matches() does. */
function java(pattern: string): RegExp {
  return new RegExp(`^(?:${translateJavaRegex(pattern, { direction: 'forward' }).source})$`, 'v');
}

/** Finds like Matcher.find(). */
function finds(pattern: string, text: string): boolean {
  return new RegExp(translateJavaRegex(pattern, { direction: 'forward' }).source, 'v').test(text);
}

/** Whether the pattern, used as a beforebreak, matches the text ending at its end. */
function endsWith(pattern: string, text: string): boolean {
  return new RegExp(`(?<=${translateJavaRegex(pattern, { direction: 'backward' }).source})$`, 'v').test(text);
}

describe('Java regex translation: character classes that differ between Java and JavaScript', () => {
  it('\\s is ASCII whitespace as in Java; \\h and \\v include the Unicode spaces and line ends', () => {
    expect(java('\\s').test('\u00a0')).toBe(false);
    expect(java('\\s').test('\t')).toBe(true);
    expect(java('\\h').test('\u00a0')).toBe(true);
    expect(java('\\h').test('\n')).toBe(false);
    expect(java('\\v').test('\u2028')).toBe(true);
    expect(java('\\H').test('a')).toBe(true);
  });

  it('. does not match Java line terminators (including U+0085) unless (?s)', () => {
    expect(java('.').test('\u0085')).toBe(false);
    expect(java('.').test('a')).toBe(true);
    expect(java('(?s).').test('\n')).toBe(true);
    expect(java('(?d).').test('\r')).toBe(true);
  });

  it('\\w and \\d are ASCII; (?U) makes them Unicode', () => {
    expect(java('\\w').test('é')).toBe(false);
    expect(java('(?U)\\w').test('é')).toBe(true);
    expect(java('\\d').test('٣')).toBe(false);
    expect(java('(?U)\\d').test('٣')).toBe(true);
  });

  it('\\b treats letters of any script as word characters (Java), unlike JavaScript', () => {
    expect(finds('caf\\b', 'café')).toBe(false);
    expect(finds('café\\b', 'café!')).toBe(true);
    expect(finds('\\Bé', 'café')).toBe(true);
  });

  it('POSIX classes are ASCII unless (?U); java* and Is/In properties are mapped', () => {
    expect(java('\\p{Alpha}').test('é')).toBe(false);
    expect(java('(?U)\\p{Alpha}').test('é')).toBe(true);
    expect(java('\\p{Punct}+').test('!?.,')).toBe(true);
    expect(java('\\p{javaLowerCase}').test('ß')).toBe(true);
    expect(java('\\p{javaWhitespace}').test('\u00a0')).toBe(false);
    expect(java('\\p{javaWhitespace}').test('\u2003')).toBe(true);
    expect(java('\\p{IsLatin}+').test('Indonesia')).toBe(true);
    expect(java('\\p{IsGreek}').test('λ')).toBe(true);
    expect(java('\\p{script=Cyrillic}').test('ж')).toBe(true);
    expect(java('\\p{InGreek}').test('λ')).toBe(true);
    expect(java('\\p{Lu}\\p{Ll}+').test('Jakarta')).toBe(true);
    expect(java('\\pL\\PL').test('a1')).toBe(true);
    expect(java('\\p{IsAlphabetic}').test('ا')).toBe(true);
    expect(java('\\p{IsPunctuation}').test('«')).toBe(true);
  });

  it('class intersection, subtraction-by-negation and nested classes', () => {
    const consonant = java('[a-z&&[^aeiou]]');
    expect(consonant.test('b')).toBe(true);
    expect(consonant.test('a')).toBe(false);
    expect(java('[a-c[x-z]]').test('y')).toBe(true);
    expect(java('[^a-c[x-z]]').test('y')).toBe(false);
    expect(java('[]a]').test(']')).toBe(true);
    expect(java('[a\\-z]').test('-')).toBe(true);
    expect(java('[.?!]').test('?')).toBe(true);
    expect(java('[\\Q^]\\E]').test('^')).toBe(true);
  });

  it('escapes: \\Q…\\E, hexadecimal, Unicode, octal, control characters', () => {
    expect(java('\\Qa.b*\\E').test('a.b*')).toBe(true);
    expect(java('\\Qa.b\\E').test('axb')).toBe(false);
    expect(java('\\Qab\\E*').test('abbb')).toBe(true); // the quantifier applies to "b" only
    expect(java('\\Qab\\E*').test('abab')).toBe(false);
    expect(java('\\x41\\u0042\\x{1F600}\\0103\\cJ').test('AB😀C\n')).toBe(true);
    expect(java('\\t\\e\\a').test('\t\x1b\x07')).toBe(true);
  });
});

describe('Java regex translation: constructs JavaScript lacks', () => {
  it('possessive quantifiers never give back what they took', () => {
    expect(finds('a*+a', 'aaa')).toBe(false);
    expect(finds('a*a', 'aaa')).toBe(true);
    expect(java('\\d++\\.').test('123.')).toBe(true);
    expect(java('(?:ab)?+b').test('abb')).toBe(true);
  });

  it('atomic groups commit to their first successful alternative', () => {
    expect(java('(?>ab|a)c').test('ac')).toBe(true);
    expect(java('(?>a|ab)c').test('abc')).toBe(false);
    expect(java('(?:a|ab)c').test('abc')).toBe(true);
  });

  it('(?i) is ASCII-only like Java; (?iu) folds Unicode; flags can be scoped or turned off', () => {
    expect(java('(?i)dr\\.').test('DR.')).toBe(true);
    expect(java('(?i)é').test('É')).toBe(false);
    expect(java('(?iu)é').test('É')).toBe(true);
    expect(java('(?i:a)b').test('Ab')).toBe(true);
    expect(java('(?i:a)b').test('AB')).toBe(false);
    expect(java('(?i)a(?-i)b').test('Ab')).toBe(true);
    expect(java('(?i)a(?-i)b').test('AB')).toBe(false);
    expect(java('(?i)[a-c]').test('B')).toBe(true);
    expect(java('(?i)[^a-c]').test('B')).toBe(false);
    expect(java('(?i)\\p{Lu}').test('a')).toBe(true);
  });

  it('(?i) in a group lasts until the end of that group only', () => {
    expect(java('(a(?i)b)c').test('aBc')).toBe(true);
    expect(java('(a(?i)b)c').test('aBC')).toBe(false);
  });

  it('anchors: \\A, \\z, \\Z and $ (which also matches before a final line end)', () => {
    expect(finds('b$', 'ab\n')).toBe(true);
    expect(finds('b\\Z', 'ab\r\n')).toBe(true);
    expect(finds('b\\z', 'ab\n')).toBe(false);
    expect(finds('\\Aa', 'ba')).toBe(false);
    expect(finds('(?m)^b', 'a\nb')).toBe(true);
    expect(finds('^b', 'a\nb')).toBe(false);
    expect(finds('(?m)a$', 'a\nb')).toBe(true);
  });

  it('comments mode ignores whitespace and # comments', () => {
    expect(java('(?x) a b  # the letters\n c').test('abc')).toBe(true);
    expect(java('(?x)[ a ]').test(' ')).toBe(false);
  });

  it('\\R matches any line break including \\r\\n', () => {
    expect(java('a\\Rb').test('a\r\nb')).toBe(true);
    expect(java('a\\Rb').test('a\u2029b')).toBe(true);
  });

  it('groups and backreferences are renumbered for a combined regex', () => {
    const t = translateJavaRegex('(?<w>x)(y)\\k<w>\\2', { direction: 'forward', groupBase: 5 });
    expect(t.groups).toBe(2);
    const combined = new RegExp(`(a)(b)(c)(d)(e)${t.source}`, 'v');
    expect(combined.test('abcdexyxy')).toBe(true);
    expect(combined.test('abcdexyxx')).toBe(false);
    // A backreference followed by a digit stays a backreference to its own group.
    expect(java('(a)\\1 0'.replace(' ', '')).test('aa0')).toBe(true);
  });

  it('a possessive quantifier keeps later group numbers right', () => {
    expect(java('a++(b)\\1').test('aabb')).toBe(true);
  });
});

describe('Java regex translation: refusals and analysis', () => {
  const refuse = (pattern: string, direction: 'forward' | 'backward' = 'forward'): string => {
    try {
      translateJavaRegex(pattern, { direction });
    } catch (error) {
      expect(error).toBeInstanceOf(RegexTranslationError);
      return (error as Error).message;
    }
    throw new Error(`accepted ${pattern}`);
  };

  it('refuses what cannot be translated, saying what', () => {
    expect(refuse('a{2,1}')).toMatch(/repetition/);
    expect(refuse('(ab')).toMatch(/unclosed group/);
    expect(refuse('ab)')).toMatch(/unmatched/);
    expect(refuse('[ab')).toMatch(/unclosed character class/);
    expect(refuse('*a')).toMatch(/dangling/);
    expect(refuse('\\G')).toMatch(/\\G/);
    expect(refuse('\\N{LATIN SMALL LETTER A}')).toMatch(/named characters/);
    expect(refuse('\\p{NoSuchThing}')).toMatch(/unknown or unsupported character property/);
    expect(refuse('\\p{InArmenian}')).toMatch(/property/);
    expect(refuse('\\y')).toMatch(/illegal escape/);
    expect(refuse('(?<n>a)(?<n>b)')).toMatch(/twice/);
    expect(refuse('\\k<m>')).toMatch(/not defined/);
    expect(refuse('(a)\\1', 'backward')).toMatch(/backreferences are not supported in a beforebreak/);
    expect(refuse('\\3')).toMatch(/does not exist/);
    expect(refuse('(?Z)')).toMatch(/unknown group construct/);
  });

  it('reports the characters a match can start and end with', () => {
    const t = translateJavaRegex('\\b(?:Dr|Prof)\\.["”]?', { direction: 'backward' });
    const last = new RegExp(t.lastChars!, 'v');
    expect(last.test('.')).toBe(true);
    expect(last.test('”')).toBe(true);
    expect(last.test('a')).toBe(false);
    const first = new RegExp(t.firstChars!, 'v');
    expect(first.test('D')).toBe(true);
    expect(first.test('.')).toBe(false);
    expect(translateJavaRegex('a*', { direction: 'forward' }).firstChars).toBeNull();
    expect(translateJavaRegex('\\s+\\p{Lu}', { direction: 'forward' }).firstChars).not.toBeNull();
    expect(translateJavaRegex('(?=x)', { direction: 'forward' }).firstChars).toBeNull();
  });

  it('escapeJavaRegex quotes every metacharacter', () => {
    const word = 'a.n.(x)[y]{z}|+*?^$\\';
    expect(java(escapeJavaRegex(word)).test(word)).toBe(true);
  });

  it('beforebreak patterns match text ending at the position, whatever their length', () => {
    expect(endsWith('\\b(?:Dr|Drs)\\.', 'Kata Drs.')).toBe(true);
    expect(endsWith('\\b(?:Dr|Drs)\\.', 'KataDrs.')).toBe(false);
    expect(endsWith('[.!?]+["”]*', 'Selesai!”')).toBe(true);
    expect(endsWith('(?>ab|a)c', 'xac')).toBe(true);
  });
});
