import { describe, expect, it } from 'vitest';
import type { InlineTag } from '../../../core/model';
import { tagChar, tagSequence } from '../../../core/formats/inlineTags';
import { DISPLAY_ESCAPE, displayMap, fromDisplay, tagToken, toDisplay } from '../../../core/formats/tagDisplay';
import {
  applyDisplayEdit,
  copySource,
  insertNextTag,
  insertRaw,
  nextMissingTag,
  snapCaret,
  wholeTokenDeletion,
} from '../../../core/formats/tagEdit';
import { placeholdersToTags, tagsToPlaceholders } from '../../../core/formats/bilingualDocx';
import { prng } from '../../support/prng';

const open = (n: number) => tagChar('open', n);
const close = (n: number) => tagChar('close', n);
const alone = (n: number) => tagChar('standalone', n);

/** The tags of a segment shaped like the DOCX fixture's second one: bold, a link around a run, a footnote. */
const TAGS: InlineTag[] = [
  { n: 1, kind: 'open', type: 'b' },
  { n: 1, kind: 'close', type: 'b' },
  { n: 2, kind: 'open', type: 'link' },
  { n: 3, kind: 'open', type: 'fmt' },
  { n: 3, kind: 'close', type: 'fmt' },
  { n: 2, kind: 'close', type: 'link' },
  { n: 4, kind: 'standalone', type: 'fn' },
];
const SOURCE = `${open(1)}Bisnis.com${close(1)} - kata pejabat ${open(2)}${open(3)}Amerika Serikat${close(3)}${close(2)} (AS).${alone(4)}`;

describe('tagDisplay: the one readable form of tags', () => {
  it('shows tags as {n}, {/n} and {n/}, numbered as core numbers them (from 1)', () => {
    expect(toDisplay(SOURCE)).toBe('{1}Bisnis.com{/1} - kata pejabat {2}{3}Amerika Serikat{/3}{/2} (AS).{4/}');
    expect(tagToken('open', 1)).toBe('{1}');
    expect(tagToken('close', 12)).toBe('{/12}');
    expect(tagToken('standalone', 4)).toBe('{4/}');
  });

  it('reads tokens of the segment’s own tags back, and leaves look-alikes as text', () => {
    expect(fromDisplay('{1}Bisnis.com{/1} {4/}', TAGS)).toBe(`${open(1)}Bisnis.com${close(1)} ${alone(4)}`);
    // No tag 9, a leading zero, two slashes, a number too large: all ordinary text.
    for (const literal of ['{9}', '{01}', '{/1/}', '{999}', '{ 1}', '{1 }', '{x}']) expect(fromDisplay(literal, TAGS)).toBe(literal);
    expect(fromDisplay('{1}', undefined)).toBe('{1}');
    expect(fromDisplay('{1}', [])).toBe('{1}');
  });

  it('escapes literal text that reads as one of the segment’s tags, invisibly, and only then', () => {
    const text = `Set {1} and {9} then ${open(1)}x${close(1)}`;
    const display = toDisplay(text, TAGS);
    expect(display).toBe(`Set {${DISPLAY_ESCAPE}1} and {9} then {1}x{/1}`);
    expect(fromDisplay(display, TAGS)).toBe(text);
    // Without tags (the review table, CSV) nothing is escaped.
    expect(toDisplay(text)).toBe('Set {1} and {9} then {1}x{/1}');
  });

  it('maps every text character to where its display begins', () => {
    const map = displayMap(`a${open(1)}b{1}c`, TAGS);
    expect(map.display).toBe(`a{1}b{${DISPLAY_ESCAPE}1}c`);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => map.start(i))).toEqual([0, 1, 4, 5, 7, 8, 9, 10]);
    // Offsets inside a unit belong to it.
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((o) => map.unitAt(o))).toEqual([0, 1, 1, 1, 2, 3, 3, 4, 5, 6, 7]);
    const plain = displayMap('abc', TAGS);
    expect([plain.start(2), plain.unitAt(3)]).toEqual([2, 3]);
  });

  it('is the review table’s form too', () => {
    expect(tagsToPlaceholders(SOURCE)).toBe(toDisplay(SOURCE));
    expect(placeholdersToTags(toDisplay(SOURCE), TAGS)).toBe(SOURCE);
  });

  it('round trip (property): fromDisplay(toDisplay(x, tags), tags) === x for any text', () => {
    const random = prng(20240905);
    for (let run = 0; run < 3000; run++) {
      const text = randomText(random, 0, 24);
      expect(fromDisplay(toDisplay(text, TAGS), TAGS), JSON.stringify(text)).toBe(text);
      // The display never shows a private-use tag character.
      expect(toDisplay(text, TAGS)).not.toMatch(/[\ue000-\ue2ff]/);
    }
  });
});

describe('tagEdit: a tagged target cannot be broken', () => {
  const target = `The ${open(1)}bold${close(1)} word${alone(4)}`;
  const shown = 'The {1}bold{/1} word{4/}';

  it('Backspace on a closing token removes the whole token', () => {
    expect(toDisplay(target, TAGS)).toBe(shown);
    const caret = 'The {1}bold{/1}'.length;
    // What the browser shows after deleting one character: the "}" of {/1}.
    const next = shown.slice(0, caret - 1) + shown.slice(caret);
    const after = applyDisplayEdit(target, TAGS, next, caret - 1);
    expect(after.raw).toBe(`The ${open(1)}bold word${alone(4)}`);
    expect(after.display).toBe('The {1}bold word{4/}');
    expect(after.caret).toBe('The {1}bold'.length);
  });

  it('Delete before a token, or a selection that cuts one, removes the whole token', () => {
    const at = 'The '.length;
    expect(applyDisplayEdit(target, TAGS, shown.slice(0, at) + shown.slice(at + 1), at).raw).toBe(`The bold${close(1)} word${alone(4)}`);
    // Selecting "ld{/" and cutting it.
    const from = 'The {1}bo'.length;
    const to = 'The {1}bold{/'.length;
    expect(applyDisplayEdit(target, TAGS, shown.slice(0, from) + shown.slice(to), from).raw).toBe(`The ${open(1)}bo word${alone(4)}`);
  });

  it('text typed inside a token goes after it', () => {
    const inside = 'The {1}bold{/'.length;
    const after = applyDisplayEdit(target, TAGS, `${shown.slice(0, inside)}er${shown.slice(inside)}`, inside + 2);
    expect(after.raw).toBe(`The ${open(1)}bold${close(1)}er word${alone(4)}`);
    expect(after.display).toBe('The {1}bold{/1}er word{4/}');
    expect(after.caret).toBe('The {1}bold{/1}er'.length);
  });

  it('a pasted token of the segment becomes its tag; unknown or duplicate tokens stay text', () => {
    const plain = 'Amerika Serikat';
    const pasted = applyDisplayEdit(plain, TAGS, '{2}{3}Amerika Serikat{/3}{/2} {9}', undefined);
    expect(pasted.raw).toBe(`${open(2)}${open(3)}Amerika Serikat${close(3)}${close(2)} {9}`);
    // A second {1} when the target has one already stays literal (escaped in the display).
    const dup = applyDisplayEdit(target, TAGS, `${shown}{1}`, shown.length + 3);
    expect(dup.raw).toBe(`${target}{1}`);
    expect(dup.display).toBe(`${shown}{${DISPLAY_ESCAPE}1}`);
    expect(fromDisplay(dup.display, TAGS)).toBe(dup.raw);
  });

  it('moving a tag is cut and paste of its token', () => {
    const cut = applyDisplayEdit(target, TAGS, shown.replace('{4/}', ''), shown.length - 4);
    expect(cut.raw).toBe(`The ${open(1)}bold${close(1)} word`);
    const pasted = applyDisplayEdit(cut.raw, TAGS, `{4/}${cut.display}`, 4);
    expect(pasted.raw).toBe(`${alone(4)}The ${open(1)}bold${close(1)} word`);
    expect(pasted.caret).toBe(4);
  });

  it('a token typed character by character becomes its tag once complete', () => {
    let state = { raw: 'x', display: 'x', caret: 1 };
    for (const ch of '{4/}') {
      const next = state.display.slice(0, state.caret) + ch + state.display.slice(state.caret);
      state = applyDisplayEdit(state.raw, TAGS, next, state.caret + 1);
    }
    expect(state.raw).toBe(`x${alone(4)}`);
    expect(state.caret).toBe(5);
  });

  it('plain typing is untouched and keeps the caret where the browser put it', () => {
    const after = applyDisplayEdit('The  said', undefined, 'The W said', 5);
    expect(after).toEqual({ raw: 'The W said', display: 'The W said', caret: 5 });
  });

  it('the caret tells where a change was when the text repeats', () => {
    // "aa" + backspace after the first "a": the caret says which.
    const text = `a${open(1)}a`;
    const shownText = 'a{1}a';
    const after = applyDisplayEdit(text, TAGS, '{1}a', 0);
    expect(after.raw).toBe(`${open(1)}a`);
    expect(applyDisplayEdit(text, TAGS, 'a{1}', 4).raw).toBe(`a${open(1)}`);
    expect(shownText).toBe(toDisplay(text, TAGS));
  });

  it('deletion keys act on whole tokens', () => {
    const end = 'The {1}bold{/1}'.length;
    expect(wholeTokenDeletion(target, TAGS, end, end, 'backward')).toEqual({ start: 'The {1}bold'.length, end });
    expect(wholeTokenDeletion(target, TAGS, 4, 4, 'forward')).toEqual({ start: 4, end: 7 });
    expect(wholeTokenDeletion(target, TAGS, 3, 3, 'forward')).toBeUndefined();
    expect(wholeTokenDeletion(target, TAGS, 5, 9, 'backward')).toEqual({ start: 4, end: 9 });
    expect(wholeTokenDeletion(target, TAGS, 7, 9, 'backward')).toBeUndefined();
  });

  it('a caret inside a token snaps to its edge, in the direction it moved', () => {
    expect(snapCaret(target, TAGS, 5, 4)).toBe(7);
    expect(snapCaret(target, TAGS, 6, 7)).toBe(4);
    expect(snapCaret(target, TAGS, 5)).toBe(4);
    expect(snapCaret(target, TAGS, 6)).toBe(7);
    expect(snapCaret(target, TAGS, 8, 2)).toBe(8);
  });

  it('inserts the next missing source tag, wrapping a selection in a pair', () => {
    expect(nextMissingTag(SOURCE, '')).toEqual({ kind: 'open', n: 1 });
    expect(nextMissingTag(SOURCE, `${open(1)}x${close(1)}`)).toEqual({ kind: 'open', n: 2 });
    expect(nextMissingTag(SOURCE, SOURCE)).toBeUndefined();

    const plain = 'Bisnis.com - said a US official';
    const wrapped = insertNextTag(plain, TAGS, SOURCE, 0, 'Bisnis.com'.length)!;
    expect(wrapped.raw).toBe(`${open(1)}Bisnis.com${close(1)} - said a US official`);
    expect(wrapped.caret).toBe('{1}Bisnis.com{/1}'.length);
    const next = insertNextTag(wrapped.raw, TAGS, SOURCE, wrapped.display.length, wrapped.display.length)!;
    expect(next.display).toBe('{1}Bisnis.com{/1} - said a US official{2}');
    expect(insertNextTag(SOURCE, TAGS, SOURCE, 0, 0)).toBeUndefined();
  });

  it('copies the source with its tags, and inserts memory text with tag characters', () => {
    expect(copySource(SOURCE, TAGS)).toEqual({ raw: SOURCE, display: toDisplay(SOURCE, TAGS), caret: toDisplay(SOURCE).length });
    const inserted = insertRaw('Hello ', TAGS, `${open(1)}world${close(1)}`, 6, 6);
    expect(inserted.raw).toBe(`Hello ${open(1)}world${close(1)}`);
    expect(inserted.display).toBe('Hello {1}world{/1}');
  });

  it('an arbitrary deletion never leaves a broken token (property)', () => {
    const random = prng(7);
    for (let run = 0; run < 3000; run++) {
      const text = randomText(random, 0, 20);
      const { display } = displayMap(text, TAGS);
      const a = Math.floor(random() * (display.length + 1));
      const b = a + Math.floor(random() * (display.length - a + 1));
      if (a === b) continue;
      const after = applyDisplayEdit(text, TAGS, display.slice(0, a) + display.slice(b), a);
      const label = `${JSON.stringify(text)} minus [${a}, ${b})`;
      // The result is consistent: what is shown reads back as the text stored.
      expect(after.display, label).toBe(toDisplay(after.raw, TAGS));
      expect(fromDisplay(after.display, TAGS), label).toBe(after.raw);
      // Every tag left was in the text before (a deletion never makes a tag) and each tag is whole:
      // removed entirely or kept entirely, never in pieces.
      const before = tagSequence(text).map((t) => `${t.kind}${t.n}`);
      const left = tagSequence(after.raw).map((t) => `${t.kind}${t.n}`);
      expect(isSubsequence(left, before), label).toBe(true);
      // What was removed is exactly a range of the original text (whole units).
      expect(isRangeRemoval(text, after.raw), label).toBe(true);
      // The caret is where the text was cut (one invisible escape later when the deletion joined
      // "{1" and "}" into literal text that reads as a tag).
      expect(after.caret, label).toBeLessThanOrEqual(a + 1);
      expect(after.caret, label).toBeGreaterThanOrEqual(0);
    }
  });

  it('an arbitrary insertion never splits a token and never duplicates a tag (property)', () => {
    const random = prng(99);
    for (let run = 0; run < 3000; run++) {
      const text = randomText(random, 0, 16);
      const { display } = displayMap(text, TAGS);
      const at = Math.floor(random() * (display.length + 1));
      const typed = toDisplay(randomText(random, 1, 6));
      const after = applyDisplayEdit(text, TAGS, display.slice(0, at) + typed + display.slice(at), at + typed.length);
      const label = `${JSON.stringify(text)} + ${JSON.stringify(typed)} at ${at}`;
      expect(after.display, label).toBe(toDisplay(after.raw, TAGS));
      // The old tags are all still there, in the same order.
      const before = tagSequence(text).map((t) => `${t.kind}${t.n}`);
      const now = tagSequence(after.raw).map((t) => `${t.kind}${t.n}`);
      expect(isSubsequence(before, now), label).toBe(true);
      // No tag appears more often than before unless it was missing.
      const counts = new Map<string, number>();
      for (const k of now) counts.set(k, (counts.get(k) ?? 0) + 1);
      for (const [k, c] of counts) expect(c, `${label}: ${k}`).toBeLessThanOrEqual(Math.max(1, before.filter((x) => x === k).length));
      expect(after.caret).toBeGreaterThanOrEqual(0);
      expect(after.caret).toBeLessThanOrEqual(after.display.length);
    }
  });
});

/** Text mixing words, tag characters (known and not), and token look-alikes with escapes. */
function randomText(random: () => number, min: number, max: number): string {
  const pieces = ['a', 'b', ' ', '{', '}', '/', '1', '4', '9', '0', DISPLAY_ESCAPE, open(1), close(1), open(2), close(2), alone(4), open(3), close(3), '{1}', '{/1}', '{4/}', '{9}'];
  const length = min + Math.floor(random() * (max - min + 1));
  let out = '';
  for (let i = 0; i < length; i++) out += pieces[Math.floor(random() * pieces.length)]!;
  return out;
}

function isSubsequence(sub: string[], of: string[]): boolean {
  let i = 0;
  for (const x of of) if (i < sub.length && sub[i] === x) i++;
  return i === sub.length;
}

function isRangeRemoval(before: string, after: string): boolean {
  for (let start = 0; start <= after.length; start++) {
    if (before.startsWith(after.slice(0, start)) && before.endsWith(after.slice(start)) && before.length >= after.length) {
      const removedEnd = before.length - (after.length - start);
      if (removedEnd >= start) return true;
    }
  }
  return false;
}
