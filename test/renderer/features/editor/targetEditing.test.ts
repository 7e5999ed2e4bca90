import { describe, expect, it } from 'vitest';
import type { InlineTag } from '../../../../core/model';
import { tagChar } from '../../../../core/formats/inlineTags';
import {
  copySourceInto,
  insertNextTagInto,
  insertRawInto,
  readTargetInput,
  snapTargetCaret,
  targetDisplay,
  widenDeletion,
  type TargetBox,
} from '../../../../renderer/src/features/editor/targetEditing';
import { tagKeyCommand } from '../../../../renderer/src/features/editor/tagKeys';

const open = (n: number) => tagChar('open', n);
const close = (n: number) => tagChar('close', n);
const alone = (n: number) => tagChar('standalone', n);

const tags: InlineTag[] = [
  { n: 1, kind: 'open', type: 'b' },
  { n: 1, kind: 'close', type: 'b' },
  { n: 2, kind: 'standalone', type: 'br' },
];
const source = `Kim akan menanggung ${open(1)}konsekuensi${close(1)}.${alone(2)}`;

/** A textarea as far as the helpers see it; the browser's own editing is simulated by the tests. */
class Box implements TargetBox {
  selectionStart = 0;
  selectionEnd = 0;
  rewrites = 0;
  private text = '';
  get value(): string {
    return this.text;
  }
  set value(v: string) {
    this.rewrites++;
    this.text = v;
    this.selectionStart = this.selectionEnd = v.length;
  }
  static showing(segment: { target: string; tags?: InlineTag[] }, caret?: number): Box {
    const box = new Box();
    box.text = targetDisplay(segment);
    box.selectionStart = box.selectionEnd = caret ?? box.text.length;
    return box;
  }
  /** What the browser does for a key or a paste: replace the selection, caret after. */
  browserTypes(text: string): void {
    this.text = this.text.slice(0, this.selectionStart) + text + this.text.slice(this.selectionEnd);
    this.selectionStart = this.selectionEnd = this.selectionStart + text.length;
  }
  browserBackspace(): void {
    if (this.selectionStart === this.selectionEnd) this.selectionStart = Math.max(0, this.selectionStart - 1);
    this.browserTypes('');
  }
}

describe('the translation box’s tag helpers', () => {
  it('shows the target with tags as tokens', () => {
    expect(targetDisplay({ target: `Kim will face ${open(1)}consequences${close(1)}.${alone(2)}`, tags })).toBe('Kim will face {1}consequences{/1}.{2/}');
  });

  it('plain typing passes through untouched (the box is not rewritten, so native undo keeps working)', () => {
    const segment = { source, target: 'Kim will', tags };
    const box = Box.showing(segment);
    box.browserTypes(' face');
    expect(readTargetInput(box, segment)).toBe('Kim will face');
    expect(box.rewrites).toBe(0);
  });

  it('Backspace right after a closing token selects the whole token first, so the browser deletes all of it', () => {
    const segment = { source, target: `Kim will face ${open(1)}consequences${close(1)}`, tags };
    const box = Box.showing(segment);
    expect(widenDeletion(box, segment, 'backward')).toBe(true);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('{/1}');
    box.browserBackspace();
    expect(readTargetInput(box, segment)).toBe(`Kim will face ${open(1)}consequences`);
    // Nothing to widen in plain text.
    const plain = { source, target: 'Kim', tags };
    expect(widenDeletion(Box.showing(plain), plain, 'backward')).toBe(false);
  });

  it('if half a token is deleted anyway (a cut, a script), the box is corrected and the whole token goes', () => {
    const segment = { source, target: `Kim ${open(1)}x${close(1)}`, tags };
    const box = Box.showing(segment);
    box.browserBackspace();
    expect(box.value).toBe('Kim {1}x{/1');
    expect(readTargetInput(box, segment)).toBe(`Kim ${open(1)}x`);
    expect(box.value).toBe('Kim {1}x');
    expect(box.selectionStart).toBe(8);
  });

  it('Playwright’s fill() (replace everything) with tokens gives real tags', () => {
    const segment = { source, target: '', tags };
    const box = Box.showing(segment);
    box.selectionStart = 0;
    box.browserTypes('Kim will face {1}consequences{/1}.{2/} {7}');
    expect(readTargetInput(box, segment)).toBe(`Kim will face ${open(1)}consequences${close(1)}.${alone(2)} {7}`);
  });

  it('snaps a caret that lands inside a token to its edge', () => {
    const segment = { source, target: `a${open(1)}b`, tags };
    const box = Box.showing(segment, 2);
    expect(snapTargetCaret(box, segment, 1)).toBe(4);
    expect(box.selectionStart).toBe(4);
    box.selectionStart = box.selectionEnd = 3;
    expect(snapTargetCaret(box, segment, 4)).toBe(1);
  });

  it('inserts the next missing tag, copies the source, inserts memory text', () => {
    const segment = { source, target: 'Kim will face consequences.', tags };
    const box = Box.showing(segment);
    box.selectionStart = 'Kim will face '.length;
    box.selectionEnd = 'Kim will face consequences'.length;
    const wrapped = insertNextTagInto(box, segment)!;
    expect(wrapped).toBe(`Kim will face ${open(1)}consequences${close(1)}.`);
    expect(box.value).toBe('Kim will face {1}consequences{/1}.');
    const next = insertNextTagInto(box, { ...segment, target: wrapped })!;
    // The caret was left after the pair, so the line break goes there.
    expect(next).toBe(`Kim will face ${open(1)}consequences${close(1)}${alone(2)}.`);
    expect(insertNextTagInto(box, { ...segment, target: next })).toBeUndefined();

    const copy = Box.showing(segment);
    expect(copySourceInto(copy, segment)).toBe(source);
    expect(copy.value).toBe('Kim akan menanggung {1}konsekuensi{/1}.{2/}');
    expect(copy.selectionStart).toBe(copy.value.length);

    const memory = Box.showing({ target: 'Kim ', tags }, 4);
    expect(insertRawInto(memory, { source, target: 'Kim ', tags }, `will face ${open(1)}consequences${close(1)}`)).toBe(`Kim will face ${open(1)}consequences${close(1)}`);
  });
});

describe('tag keys', () => {
  const key = (code: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean }> = {}) => ({
    code,
    ctrlKey: false,
    altKey: false,
    shiftKey: false,
    metaKey: false,
    ...mods,
  });

  it('Ctrl+, inserts the next tag; Ctrl+Alt+Insert copies the source', () => {
    expect(tagKeyCommand(key('Comma', { ctrlKey: true }))).toBe('insertTag');
    expect(tagKeyCommand(key('Comma', { metaKey: true }))).toBe('insertTag');
    expect(tagKeyCommand(key('Insert', { ctrlKey: true, altKey: true }))).toBe('copySource');
  });

  it('leaves other keys, the clipboard’s Ctrl+Insert, AltGr and composition alone', () => {
    expect(tagKeyCommand(key('Comma'))).toBeUndefined();
    expect(tagKeyCommand(key('Insert', { ctrlKey: true }))).toBeUndefined();
    expect(tagKeyCommand(key('Insert', { shiftKey: true }))).toBeUndefined();
    expect(tagKeyCommand(key('KeyT', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(tagKeyCommand({ ...key('Comma', { ctrlKey: true, altKey: true }), getModifierState: (k: string) => k === 'AltGraph' })).toBeUndefined();
    expect(tagKeyCommand({ ...key('Comma', { ctrlKey: true }), isComposing: true })).toBeUndefined();
  });
});
