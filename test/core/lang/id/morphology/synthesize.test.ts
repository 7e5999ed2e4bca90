import { describe, expect, it } from 'vitest';
import { derivedForms, inflect, synthesize } from '../../../../../core/lang/id/morphology/synthesize';
import { analyseReduplication, analyseWord } from '../../../../../core/lang/id/morphology/analyse';
import { DERIVATIONS } from '../../../../../core/lang/id/morphology/affixes';

const forms = (root: string) => new Set(derivedForms(root).map((f) => f.form));

describe('synthesis (inflection generator)', () => {
  it('applies the meN- sound changes', () => {
    expect(synthesize('tulis', { prefixes: ['meN'], suffix: '' })[0]).toBe('menulis');
    expect(synthesize('pukul', { prefixes: ['meN'], suffix: '' })[0]).toBe('memukul');
    expect(synthesize('kirim', { prefixes: ['meN'], suffix: '' })[0]).toBe('mengirim');
    expect(synthesize('sapu', { prefixes: ['meN'], suffix: '' })[0]).toBe('menyapu');
    expect(synthesize('bom', { prefixes: ['meN'], suffix: '' })[0]).toBe('mengebom');
    expect(synthesize('baca', { prefixes: ['meN'], suffix: '' })).toEqual(['membaca']);
    expect(synthesize('lihat', { prefixes: ['meN'], suffix: '' })).toEqual(['melihat']);
    expect(synthesize('ambil', { prefixes: ['meN'], suffix: '' })).toEqual(['mengambil']);
    expect(synthesize('kritik', { prefixes: ['meN'], suffix: '' })).toEqual(['mengkritik']);
    expect(synthesize('produksi', { prefixes: ['meN'], suffix: '' })).toEqual(['memproduksi']);
  });

  it('generates the forms of pasok named in the issue', () => {
    const pasok = forms('pasok');
    for (const f of ['memasok', 'dipasok', 'pasokan', 'pemasok', 'pemasokan', 'memasokkan', 'terpasok']) expect(pasok).toContain(f);
  });

  it('builds confixes and prefix chains', () => {
    expect(forms('aman')).toContain('keamanan');
    expect(forms('temu')).toContain('pertemuan');
    expect(forms('datang')).toContain('berdatangan');
    expect(forms('pimpin')).toContain('kepemimpinan');
    expect(forms('kuat')).toContain('memperkuat');
    expect(forms('ajar')).toEqual(expect.any(Set));
    for (const f of ['belajar', 'pelajar', 'pelajaran', 'mempelajari', 'pembelajaran']) expect(forms('ajar')).toContain(f);
    expect(forms('kerja')).toContain('bekerja');
    expect(forms('tahu')).toContain('mengetahui');
    expect(forms('lanjut')).toContain('berkelanjutan');
    expect(forms('hasil')).toContain('keberhasilan');
    expect(forms('daya')).toContain('memberdayakan');
  });

  it('adds clitics and reduplication', () => {
    const all = new Set(inflect('anak').map((f) => f.form));
    for (const f of ['anaknya', 'anakku', 'anakmu', 'anaklah', 'anakkah', 'anakpun', 'anak-anak', 'anak-anaknya']) expect(all).toContain(f);
    expect(inflect('negara').find((f) => f.form === 'negara-negara')?.how).toBe('reduplication');
    expect(inflect('tulis').find((f) => f.form === 'tulisannya')?.how).toBe('-an + -nya');
  });

  it('does not affix roots of two letters nor give monosyllables ber-/ter-/ke-', () => {
    expect(derivedForms('as')).toEqual([]);
    expect(forms('bom')).not.toContain('berbom');
    expect(forms('bom')).toContain('pengeboman');
  });

  it('is inverted exactly by analysis, for every derivation of many roots', () => {
    const roots = ['tulis', 'pukul', 'kirim', 'sapu', 'bom', 'pasok', 'ajar', 'kerja', 'rasa', 'runding', 'usaha', 'tahu', 'hasil', 'cek', 'protes', 'syarat', 'khawatir', 'nyanyi', 'ubah', 'ganggu'];
    let checked = 0;
    for (const root of roots) {
      for (const { form, how } of derivedForms(root)) {
        const readings = analyseWord(form, (r) => r === root);
        expect(readings.map((a) => a.how), `${form} ← ${root}`).toContain(how);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(roots.length * 20);
    expect(DERIVATIONS.length).toBeGreaterThan(30);
  });
});

describe('analysis', () => {
  it('reads each form back to its root with the inflection named', () => {
    const read = (w: string, root: string) => analyseWord(w, (r) => r === root).map((a) => a.how);
    expect(read('memasoknya', 'pasok')).toContain('meN- + -nya');
    expect(read('pemasokan', 'pasok')).toContain('pe(N)-…-an');
    expect(read('keamanan', 'aman')).toContain('ke-…-an');
    expect(read('diperkuat', 'kuat')).toContain('diper-');
    expect(read('menulis', 'ulis')).toEqual([]);
  });

  it('reads reduplication', () => {
    const hows = (l: string, r: string) => analyseReduplication(l, r).map((a) => `${a.root}:${a.how}`);
    expect(hows('negara', 'negara')).toContain('negara:reduplication');
    expect(hows('anak', 'anaknya')).toContain('anak:reduplication + -nya');
    expect(hows('obat', 'obatan')).toContain('obat:reduplication + -an');
    expect(hows('berhati', 'hati')).toContain('hati:ber- + reduplication');
    expect(hows('tembak', 'menembak')).toContain('tembak:reduplication meN-');
    expect(hows('memukul', 'mukul')).toContain('pukul:meN- + reduplication');
    expect(hows('kemerah', 'merahan')).toContain('merah:ke-…-an + reduplication');
  });
});
