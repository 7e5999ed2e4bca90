import { describe, expect, it } from 'vitest';
import { TAG_CLOSE_BASE, TAG_OPEN_BASE, TAG_STANDALONE_BASE } from '../../../../core/model';
import { splitView, suggestSplitOffset } from '../../../../renderer/src/features/segmentation/splitView';

const open = (n: number) => String.fromCharCode(TAG_OPEN_BASE + n);
const close = (n: number) => String.fromCharCode(TAG_CLOSE_BASE + n);
const standalone = (n: number) => String.fromCharCode(TAG_STANDALONE_BASE + n);

describe('splitView', () => {
  it('is the source itself when there are no inline codes', () => {
    const view = splitView('Banjir melanda. Warga mengungsi.');
    expect(view.text).toBe('Banjir melanda. Warga mengungsi.');
    for (const offset of [0, 7, 16, 32]) {
      expect(view.toDisplay(offset)).toBe(offset);
      expect(view.toSource(offset)).toBe(offset);
    }
    expect(view.toSource(99)).toBe(32);
    expect(view.toSource(-3)).toBe(0);
  });

  it('shows codes as the grid’s labels and maps carets inside a label to after the code', () => {
    const source = `Rapat ${open(1)}penting${close(1)}${standalone(2)} hari ini.`;
    const view = splitView(source);
    expect(view.text).toBe('Rapat {1}penting{/1}{2/} hari ini.');
    // "Rapat " is 6 characters; the open code's label is 3.
    expect(view.toDisplay(6)).toBe(6);
    expect(view.toDisplay(7)).toBe(9);
    expect(view.toSource(7)).toBe(7);
    expect(view.toSource(8)).toBe(7);
    expect(view.toSource(9)).toBe(7);
    const afterCodes = source.indexOf(' hari');
    expect(view.toSource(view.text.indexOf(' hari'))).toBe(afterCodes);
    expect(view.toSource(view.text.indexOf('{2/}') + 1)).toBe(afterCodes);
    for (let i = 0; i <= source.length; i++) expect(view.toSource(view.toDisplay(i))).toBe(i);
  });
});

describe('suggestSplitOffset', () => {
  it('prefers a sentence-like end near the middle', () => {
    const source = 'Rapat dipimpin Dirut. Ahmad Santoso di Jakarta pada pagi hari.';
    expect(source.slice(suggestSplitOffset(source))).toBe('Ahmad Santoso di Jakarta pada pagi hari.');
    const semicolons = 'Semua direktur hadir; dua komisaris berhalangan; satu terlambat.';
    expect(semicolons.slice(suggestSplitOffset(semicolons))).toBe('dua komisaris berhalangan; satu terlambat.');
  });

  it('falls back to the word start nearest the middle, and to nothing for one word', () => {
    const source = 'satu dua tiga empat lima';
    expect(source.slice(suggestSplitOffset(source))).toBe('empat lima');
    expect(suggestSplitOffset('Selesai.')).toBeUndefined();
    expect(suggestSplitOffset(' Selesai. ')).toBeUndefined();
  });
});
