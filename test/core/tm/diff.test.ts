import { describe, expect, it } from 'vitest';
import { diffSources } from '../../../core/tm/diff';

describe('diffSources', () => {
  it('marks words only in the memory as removed and words only in the segment as added', () => {
    const parts = diffSources('Harga beras naik tajam menjelang Lebaran.', 'Harga beras turun tajam menjelang Natal.');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['naik', 'Lebaran']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['turun', 'Natal']);
    // The memory's own text is rebuilt from the parts that are not additions.
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe('Harga beras naik tajam menjelang Lebaran.');
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('Harga beras turun tajam menjelang Natal.');
  });

  it('has nothing to mark for the same text', () => {
    expect(diffSources('Sama persis.', 'Sama persis.')).toEqual([{ text: 'Sama persis.', kind: 'same' }]);
  });

  it('sees punctuation and case changes', () => {
    const parts = diffSources('Harga beras naik.', 'harga beras naik!');
    expect(parts.some((p) => p.kind === 'removed' && p.text.includes('Harga'))).toBe(true);
    expect(parts.some((p) => p.kind === 'added' && p.text.includes('!'))).toBe(true);
  });
});

describe('insertableTarget', () => {
  it('keeps the tags the current source has and drops the others', async () => {
    const { insertableTarget } = await import('../../../core/tm/insertable');
    const source = 'Harga \ue000beras\ue100 naik.';
    expect(insertableTarget('Rice \ue000prices\ue100 rose.', source)).toBe('Rice \ue000prices\ue100 rose.');
    expect(insertableTarget('Rice \ue001prices\ue101 rose\ue200.', source)).toBe('Rice prices rose.');
    expect(insertableTarget('Plain text.', 'Teks biasa.')).toBe('Plain text.');
  });
});
