import { describe, expect, it } from 'vitest';
import { segmentKeyCommand } from '../../../../renderer/src/features/editor/keyboard';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; isComposing: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('segmentKeyCommand', () => {
  it('Ctrl+Enter and Cmd+Enter confirm', () => {
    expect(segmentKeyCommand(key('Enter', { ctrlKey: true }))).toBe('confirm');
    expect(segmentKeyCommand(key('Enter', { metaKey: true }))).toBe('confirm');
  });

  it('Ctrl+arrows move between segments', () => {
    expect(segmentKeyCommand(key('ArrowDown', { ctrlKey: true }))).toBe('next');
    expect(segmentKeyCommand(key('ArrowUp', { ctrlKey: true }))).toBe('previous');
  });

  it('Ctrl+Home / Ctrl+End go to the first / last segment; Home, End and Ctrl+Shift+End stay with the textbox', () => {
    expect(segmentKeyCommand(key('Home', { ctrlKey: true }))).toBe('first');
    expect(segmentKeyCommand(key('End', { ctrlKey: true }))).toBe('last');
    expect(segmentKeyCommand(key('End', { metaKey: true }))).toBe('last');
    expect(segmentKeyCommand(key('End'))).toBeUndefined();
    expect(segmentKeyCommand(key('Home'))).toBeUndefined();
    expect(segmentKeyCommand(key('End', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
  });

  it('leaves plain keys, other modifier combinations and IME composition to the textbox', () => {
    expect(segmentKeyCommand(key('Enter'))).toBeUndefined();
    expect(segmentKeyCommand(key('ArrowDown'))).toBeUndefined();
    expect(segmentKeyCommand(key('Enter', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(segmentKeyCommand(key('Enter', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(segmentKeyCommand(key('Enter', { ctrlKey: true, isComposing: true }))).toBeUndefined();
    expect(segmentKeyCommand(key('a', { ctrlKey: true }))).toBeUndefined();
  });
});
