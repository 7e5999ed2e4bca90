import { describe, expect, it } from 'vitest';
import { segmentEditCommand } from '../../../../renderer/src/features/segmentation/segmentKeys';
import { segmentKeyCommand } from '../../../../renderer/src/features/editor/keyboard';
import { tmInsertKey } from '../../../../renderer/src/features/tm/tmKeys';

const key = (code: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean; isComposing: boolean; altGraph: boolean }> = {}) => ({
  code,
  key: code.replace(/^Key/, '').toLowerCase(),
  ctrlKey: mods.ctrlKey ?? false,
  altKey: mods.altKey ?? false,
  shiftKey: mods.shiftKey ?? false,
  metaKey: mods.metaKey ?? false,
  isComposing: mods.isComposing ?? false,
  getModifierState: (name: string) => name === 'AltGraph' && (mods.altGraph ?? false),
});

describe('segment edit keys', () => {
  it('Alt+Shift+S splits and Alt+Shift+J joins, on any layout', () => {
    expect(segmentEditCommand(key('KeyS', { altKey: true, shiftKey: true }))).toBe('split');
    expect(segmentEditCommand(key('KeyJ', { altKey: true, shiftKey: true }))).toBe('join');
  });

  it('leaves other combinations alone (typing, AltGr, menu mnemonics, IME)', () => {
    for (const event of [
      key('KeyS'),
      key('KeyS', { shiftKey: true }),
      key('KeyS', { altKey: true }),
      key('KeyF', { altKey: true }),
      key('KeyS', { altKey: true, shiftKey: true, ctrlKey: true }),
      key('KeyS', { altKey: true, shiftKey: true, metaKey: true }),
      key('KeyS', { altKey: true, shiftKey: true, altGraph: true }),
      key('KeyS', { altKey: true, shiftKey: true, isComposing: true }),
      key('KeyX', { altKey: true, shiftKey: true }),
    ]) {
      expect(segmentEditCommand(event)).toBeUndefined();
    }
  });

  it('does not clash with the editor’s or the TM’s keys', () => {
    for (const code of ['KeyS', 'KeyJ']) {
      const event = key(code, { altKey: true, shiftKey: true });
      expect(segmentKeyCommand({ ...event, key: event.key })).toBeUndefined();
      expect(tmInsertKey(event)).toBeUndefined();
    }
    for (const [code, mods] of [
      ['Enter', { ctrlKey: true }],
      ['ArrowDown', { ctrlKey: true }],
      ['Digit1', { ctrlKey: true, altKey: true }],
      ['Digit1', { altKey: true }],
    ] as const) {
      expect(segmentEditCommand(key(code, mods))).toBeUndefined();
    }
  });
});
