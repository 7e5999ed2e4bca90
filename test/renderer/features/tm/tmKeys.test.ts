import { describe, expect, it } from 'vitest';
import { tmInsertKey, type TmKeyLike } from '../../../../renderer/src/features/tm/tmKeys';
import { segmentKeyCommand } from '../../../../renderer/src/features/editor/keyboard';

const key = (code: string, mods: Partial<TmKeyLike> = {}): TmKeyLike & { key: string } => ({
  code,
  key: code.replace(/^Digit|^Numpad/, ''),
  ctrlKey: true,
  altKey: true,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('tmInsertKey', () => {
  it('maps Ctrl+Alt+1…3 (row and keypad) to matches 1…3', () => {
    expect(['Digit1', 'Digit2', 'Digit3'].map((c) => tmInsertKey(key(c)))).toEqual([0, 1, 2]);
    expect(tmInsertKey(key('Numpad2'))).toBe(1);
    expect(tmInsertKey(key('Digit4'))).toBeUndefined();
    expect(tmInsertKey(key('KeyA'))).toBeUndefined();
  });

  it('leaves other modifiers, AltGr and composition alone', () => {
    expect(tmInsertKey(key('Digit1', { ctrlKey: false }))).toBeUndefined(); // Alt+1: the glossary's
    expect(tmInsertKey(key('Digit1', { altKey: false }))).toBeUndefined();
    expect(tmInsertKey(key('Digit1', { shiftKey: true }))).toBeUndefined();
    expect(tmInsertKey(key('Digit1', { metaKey: true }))).toBeUndefined();
    expect(tmInsertKey(key('Digit2', { getModifierState: (k) => k === 'AltGraph' }))).toBeUndefined();
    expect(tmInsertKey(key('Digit1', { isComposing: true }))).toBeUndefined();
  });

  it('never clashes with the editor’s own keys', () => {
    for (const code of ['Digit1', 'Digit2', 'Digit3']) expect(segmentKeyCommand(key(code))).toBeUndefined();
    expect(tmInsertKey(key('Enter', { altKey: false }))).toBeUndefined();
  });
});
