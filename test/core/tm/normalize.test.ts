import { describe, expect, it } from 'vitest';
import { matchTokens, normalizeForMatching } from '../../../core/tm/normalize';

describe('normalizeForMatching', () => {
  it('leaves a clean text as it is and cleans the others like the regular expressions do', () => {
    const slow = (text: string) => text.replace(/[\ue000-\ue2ff]/gu, '').replace(/\s+/g, ' ').trim();
    const cases = [
      'Harga beras naik.',
      '',
      ' ',
      ' Harga',
      'Harga ',
      'Harga  beras',
      'Harga\tberas\nnaik',
      'Harga\u00a0beras',
      'Harga\u2009beras\u3000naik',
      'Harga \ue000beras\ue100 naik.',
      '\ue200',
      'Rp1,5 triliun — “kata” pedagang…',
      'Ketua\u2028baru',
      'émigré café',
    ];
    for (const text of cases) expect(normalizeForMatching(text), JSON.stringify(text)).toBe(slow(text));
    expect(matchTokens('Harga \ue000Beras\ue100, naik!')).toEqual(['harga', 'beras', 'naik']);
  });
});
