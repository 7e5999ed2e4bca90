import { describe, expect, it } from 'vitest';
import { TAG_CLOSE_BASE, TAG_OPEN_BASE, TAG_STANDALONE_BASE } from '../../../../core/model';
import { toDisplay } from '../../../../core/formats/tagDisplay';
import { sourceRuns } from '../../../../renderer/src/features/editor/sourcePieces';
import { parseTagChar } from '../../../../core/formats/inlineTags';
import { tagToken } from '../../../../core/formats/tagDisplay';

const open = (n: number) => String.fromCharCode(TAG_OPEN_BASE + n);
const close = (n: number) => String.fromCharCode(TAG_CLOSE_BASE + n);
const standalone = (n: number) => String.fromCharCode(TAG_STANDALONE_BASE + n);

describe('sourceRuns', () => {
  it('keeps plain text as one piece', () => {
    expect(sourceRuns('Gedung Putih menolak.')).toEqual([{ pieces: [{ kind: 'text', text: 'Gedung Putih menolak.' }] }]);
  });

  it('returns one empty text piece for an empty source', () => {
    expect(sourceRuns('')).toEqual([{ pieces: [{ kind: 'text', text: '' }] }]);
  });

  it('turns inline tag characters into placeholders with their type, numbered as core numbers them', () => {
    // Core numbers a segment's tags from 1: <g id="1"> is tag 1 and shows as {1}, as in the target.
    const text = `Kata ${open(1)}penting${close(1)} di sini${standalone(2)}`;
    const [run] = sourceRuns(text, [], [
      { n: 1, kind: 'open', type: 'b' },
      { n: 2, kind: 'standalone', type: 'br' },
    ]);
    expect(run!.pieces).toEqual([
      { kind: 'text', text: 'Kata ' },
      { kind: 'tag', tagKind: 'open', n: 1, type: 'b', label: '{1}' },
      { kind: 'text', text: 'penting' },
      { kind: 'tag', tagKind: 'close', n: 1, type: 'b', label: '{/1}' },
      { kind: 'text', text: ' di sini' },
      { kind: 'tag', tagKind: 'standalone', n: 2, type: 'br', label: '{2/}' },
    ]);
    // The same tokens the translation box shows.
    expect(run!.pieces.map((p) => (p.kind === 'text' ? p.text : p.label)).join('')).toBe(toDisplay(text));
  });

  it('splits the text at marks, keeping their order and titles', () => {
    const text = 'Juru bicara Gedung Putih dan Kremlin.';
    const runs = sourceRuns(text, [
      { start: 29, end: 36, title: 'Kremlin' },
      { start: 12, end: 24, title: 'White House' },
    ]);
    expect(runs.map((r) => [r.mark?.title, r.pieces.map((p) => (p.kind === 'text' ? p.text : p.label)).join('')])).toEqual([
      [undefined, 'Juru bicara '],
      ['White House', 'Gedung Putih'],
      [undefined, ' dan '],
      ['Kremlin', 'Kremlin'],
      [undefined, '.'],
    ]);
  });

  it('drops overlapping and out-of-range marks (the earliest, then longest, wins)', () => {
    const runs = sourceRuns('Korea Utara', [
      { start: 0, end: 5, title: 'Korea' },
      { start: 0, end: 11, title: 'North Korea' },
      { start: 6, end: 11, title: 'north' },
      { start: 5, end: 40, title: 'bad' },
      { start: 3, end: 3, title: 'empty' },
    ]);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.mark?.title).toBe('North Korea');
  });

  it('decodes tag characters and ignores ordinary ones', () => {
    expect(parseTagChar(open(5).charCodeAt(0))).toEqual({ kind: 'open', n: 5 });
    expect(parseTagChar(close(0).charCodeAt(0))).toEqual({ kind: 'close', n: 0 });
    expect(parseTagChar('a'.charCodeAt(0))).toBeUndefined();
    expect(tagToken('standalone', 1)).toBe('{1/}');
    expect(tagToken('open', 1)).toBe('{1}');
    expect(tagToken('close', 12)).toBe('{/12}');
  });
});
