import { describe, expect, it } from 'vitest';
import { PadananError } from '../../../core/errors';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import { translateError } from '../../../renderer/src/i18n/translateError';

describe('translateError', () => {
  it('translates a PadananError code with its params through the errors namespace', () => {
    const en = createI18n('en');
    const error = new PadananError('file.empty', 'laporan.txt is empty.', { file: 'laporan.txt' });
    expect(translateError(en.t, error)).toBe('laporan.txt is empty.');
    const id = createI18n('id');
    expect(translateError(id.t, error)).toBe('laporan.txt kosong.');
  });

  it('uses codes from every errors.<area>.json file', () => {
    const id = createI18n('id');
    expect(translateError(id.t, new PadananError('storage.quota', 'No space.'))).toMatch(/Ruang disk tidak cukup/);
  });

  it('accepts the plain-object form an error takes after crossing a worker or IPC boundary', () => {
    const id = createI18n('id');
    expect(translateError(id.t, { code: 'file.binary', message: 'x.bin is not a text file.', params: { file: 'x.bin' } })).toBe('x.bin bukan berkas teks.');
  });

  it('falls back to the English message for an unknown code', () => {
    const id = createI18n('id');
    expect(translateError(id.t, new PadananError('nobody.knows', 'Something specific failed.'))).toBe('Something specific failed.');
  });

  it('shows the message of an ordinary error, and a generic sentence when there is none', () => {
    const en = createI18n('en');
    expect(translateError(en.t, new Error('disk on fire'))).toBe('disk on fire');
    expect(translateError(en.t, undefined)).toBe('Something unexpected went wrong. Please try again.');
    expect(translateError(createI18n('id').t, {})).toBe('Terjadi kesalahan yang tidak terduga. Silakan coba lagi.');
  });

  it('does not mistake a DOMException numeric code for an error code', () => {
    const en = createI18n('en');
    expect(translateError(en.t, { code: 22, message: 'QuotaExceededError' })).toBe('QuotaExceededError');
  });
});
