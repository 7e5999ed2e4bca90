import { describe, expect, it } from 'vitest';
import { StringHashSet } from '../../../core/tm/stringHashSet';

describe('StringHashSet', () => {
  it('remembers what was added, through growth, and nothing else', () => {
    const set = new StringHashSet(4);
    const added = Array.from({ length: 20_000 }, (_, i) => `Kalimat nomor ${i} tentang harga beras.`);
    added.forEach((s) => set.add(s));
    added.slice(0, 100).forEach((s) => set.add(s));
    expect(set.size).toBe(20_000);
    expect(added.every((s) => set.has(s))).toBe(true);
    const absent = Array.from({ length: 20_000 }, (_, i) => `Kalimat nomor ${i} tentang harga gula.`);
    expect(absent.filter((s) => set.has(s))).toEqual([]);
    expect(set.has('')).toBe(false);
    set.add('');
    expect(set.has('')).toBe(true);
  });
});
